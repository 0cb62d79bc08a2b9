/**
 * Two roles side by side (/roles/compare?a=&b=): pay, level, experience, the route from a to b,
 * and the duties and certifications added or dropped going from a to b. Server-rendered for
 * the default pair; once hydrated it follows the URL and updates it when a picker changes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { ROLE_LEVELS } from '../engine/roles.ts';
import { fastestPath, type CareerGraph } from '../lib/career-paths.ts';
import { compareRoles, partnerFor, type AmountChange, type CompareRole, type ListDiff } from '../lib/role-compare.ts';
import {
  FAMILY_LABELS,
  LEVEL_LABELS,
  areaLabel,
  formatPayStep,
  formatPct,
  formatUsd,
  formatUsdChange,
  formatYears,
} from '../lib/role-format.ts';
import { resolveComparePair, type ComparePair } from '../lib/role-query.ts';
import './RoleCompare.css';
import ProblemList from './shared/ProblemList';

interface Props {
  roles: CompareRole[];
  graph: CareerGraph;
  initialA: string;
  initialB: string;
}

export default function RoleCompare({ roles, graph, initialA, initialB }: Props) {
  const [pair, setPair] = useState<ComparePair>({ a: initialA, b: initialB });
  const [problems, setProblems] = useState<string[]>([]);
  const byId = useMemo(() => new Map(roles.map((role) => [role.id, role])), [roles]);
  const roleIds = useMemo(() => roles.map((role) => role.id), [roles]);

  useEffect(() => {
    const sync = () => {
      const read = resolveComparePair(new URLSearchParams(window.location.search), roleIds, graph, { a: initialA, b: initialB });
      setPair(read.value);
      setProblems(read.problems);
    };
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [roleIds, graph, initialA, initialB]);

  const choose = (next: ComparePair) => {
    const fixed = next.a === next.b ? { a: next.a, b: partnerFor(graph, roleIds, next.a) } : next;
    setPair(fixed);
    setProblems(next.a === next.b ? ['Pick two different roles; the second now shows a related role.'] : []);
    const query = `?${new URLSearchParams({ a: fixed.a, b: fixed.b })}`;
    if (query !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${query}`);
  };

  const a = byId.get(pair.a)!;
  const b = byId.get(pair.b)!;
  const comparison = useMemo(() => compareRoles(a, b), [a, b]);
  const route = useMemo(() => fastestPath(graph, a.id, b.id), [graph, a.id, b.id]);
  const reverse = useMemo(() => (route ? null : fastestPath(graph, b.id, a.id)), [graph, a.id, b.id, route]);

  const grouped = ROLE_LEVELS.map((level) => ({
    level,
    roles: roles.filter((role) => role.level === level).sort((x, y) => x.title.localeCompare(y.title, 'en')),
  })).filter((group) => group.roles.length > 0);

  const picker = (name: 'a' | 'b', label: string) => (
    <div class="compare-field">
      <label for={`compare-${name}`}>{label}</label>
      <select
        id={`compare-${name}`}
        name={name}
        value={pair[name]}
        onChange={(event: TargetedEvent<HTMLSelectElement>) => choose({ ...pair, [name]: event.currentTarget.value })}
      >
        {grouped.map((group) => (
          <optgroup label={LEVEL_LABELS[group.level]} key={group.level}>
            {group.roles.map((role) => (
              <option value={role.id} key={role.id} selected={role.id === pair[name]}>
                {role.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    choose({ a: String(form.get('a') ?? pair.a), b: String(form.get('b') ?? pair.b) });
  };

  return (
    <div class="compare">
      <form class="compare-form card" method="get" action="/roles/compare/" onSubmit={onSubmit}>
        {picker('a', 'From role')}
        <button class="button secondary swap" type="button" onClick={() => choose({ a: pair.b, b: pair.a })}>
          <span aria-hidden="true">⇄</span> Swap
        </button>
        {picker('b', 'To role')}
        <button class="button" type="submit">
          Compare
        </button>
      </form>

      <ProblemList problems={problems} />

      <p class="compare-status" role="status">
        Going from {a.title} to {b.title}: median pay {formatUsdChange(comparison.pay.median.diff)} (
        {formatPct(comparison.pay.median.pct)}).
      </p>

      <div class="side-by-side">
        <RoleHead role={a} tag="From" />
        <RoleHead role={b} tag="To" />
      </div>

      <section aria-labelledby="compare-pay">
        <h2 id="compare-pay">Pay</h2>
        <div class="table-scroll" role="region" aria-labelledby="compare-pay" tabIndex={0}>
          <table class="compare-table">
            <caption class="visually-hidden">Typical yearly base salary, USD</caption>
            <thead>
              <tr>
                <th scope="col">Salary</th>
                <th scope="col" class="num">
                  <RoleColumn title={a.title} short="From" />
                </th>
                <th scope="col" class="num">
                  <RoleColumn title={b.title} short="To" />
                </th>
                <th scope="col" class="num">
                  Difference
                </th>
              </tr>
            </thead>
            <tbody>
              <PayRow label="Low" change={comparison.pay.min} />
              <PayRow label="Median" change={comparison.pay.median} strong />
              <PayRow label="High" change={comparison.pay.max} />
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="compare-facts">
        <h2 id="compare-facts">Level and experience</h2>
        <div class="table-scroll" role="region" aria-labelledby="compare-facts" tabIndex={0}>
          <table class="compare-table">
            <caption class="visually-hidden">Level, family, area and experience of both roles</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span class="visually-hidden">Fact</span>
                </th>
                <th scope="col">
                  <RoleColumn title={a.title} short="From" />
                </th>
                <th scope="col">
                  <RoleColumn title={b.title} short="To" />
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Level</th>
                <td>{LEVEL_LABELS[a.level]}</td>
                <td>
                  {LEVEL_LABELS[b.level]}
                  <span class="delta">{levelText(comparison.levelSteps)}</span>
                </td>
              </tr>
              <tr>
                <th scope="row">Family</th>
                <td>{FAMILY_LABELS[a.family]}</td>
                <td>{FAMILY_LABELS[b.family]}</td>
              </tr>
              <tr>
                <th scope="row">Area</th>
                <td>{areaLabel(a.area)}</td>
                <td>{areaLabel(b.area)}</td>
              </tr>
              <tr>
                <th scope="row">Experience when hired</th>
                <td>{formatYears(a.experience)}</td>
                <td>
                  {formatYears(b.experience)}
                  <span class="delta">{experienceText(comparison.experience)}</span>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="compare-route">
        <h2 id="compare-route">Getting from one to the other</h2>
        {route ? (
          <p>
            {route.steps.length === 1 ? (
              <>
                {b.title} is a usual next step from {a.title}, typically after {formatYears(route.steps[0]!.years)}, with a pay step of{' '}
                <strong>{formatPayStep(route.steps[0]!.pay)}</strong>
                {route.steps[0]!.pay.kind === 'median-change' ? ' (change between the medians)' : ''}.
              </>
            ) : (
              <>
                The quickest route takes about {formatYears(route.totalYears)}:{' '}
                {[a.title, ...route.steps.map((step) => step.title)].join(' → ')}.
              </>
            )}{' '}
            <a href={`/careers?from=${a.id}&to=${b.id}`}>
              See every path<span class="visually-hidden"> from {a.title} to {b.title}</span>
            </a>
          </p>
        ) : reverse ? (
          <p>
            No usual path leads from {a.title} to {b.title}; it runs the other way, from {b.title} to {a.title}, in about{' '}
            {formatYears(reverse.totalYears)}.{' '}
            <a href={`/careers?from=${b.id}&to=${a.id}`}>
              See those paths<span class="visually-hidden"> from {b.title} to {a.title}</span>
            </a>
          </p>
        ) : (
          <p>
            Neither role usually leads to the other in Roleplan’s profiles: moving between them means a change of
            track rather than a promotion.
          </p>
        )}
      </section>

      <section aria-labelledby="compare-duties">
        <h2 id="compare-duties">Duties</h2>
        <DiffColumns diff={comparison.duties} a={a.title} b={b.title} noun="duties" />
      </section>

      <section aria-labelledby="compare-certs">
        <h2 id="compare-certs">Certifications</h2>
        <DiffColumns diff={comparison.certifications} a={a.title} b={b.title} noun="certifications" />
      </section>
    </div>
  );
}

function levelText(steps: number): string {
  if (steps === 0) return 'same level';
  return steps > 0 ? `${steps} ${steps === 1 ? 'level' : 'levels'} up` : `${-steps} ${steps === -1 ? 'level' : 'levels'} down`;
}

function experienceText(change: { min: number; max: number }): string {
  if (change.min === 0 && change.max === 0) return 'same experience';
  const fmt = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
  return change.min === change.max ? `${fmt(change.min)} years` : `${fmt(change.min)} to ${fmt(change.max)} years`;
}

/** A column header naming a role: the full title, or on phones "From"/"To" (the cards above name the roles). */
function RoleColumn({ title, short }: { title: string; short: string }) {
  return (
    <>
      <span class="column-full">{title}</span>
      <span class="column-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}

function RoleHead({ role, tag }: { role: CompareRole; tag: string }) {
  return (
    <div class="compare-head card">
      <p class="compare-tag">{tag}</p>
      <p class="compare-title">
        <a href={`/roles/${role.id}/`}>{role.title}</a>
      </p>
      <p class="compare-meta">
        {LEVEL_LABELS[role.level]} · {FAMILY_LABELS[role.family]}
      </p>
      <p class="compare-pay">
        <strong>{formatUsd(role.salary.median)}</strong> median
      </p>
    </div>
  );
}

function PayRow({ label, change, strong = false }: { label: string; change: AmountChange; strong?: boolean }) {
  const Cell = strong ? 'strong' : 'span';
  return (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">
        <Cell>{formatUsd(change.a)}</Cell>
      </td>
      <td class="num">
        <Cell>{formatUsd(change.b)}</Cell>
      </td>
      <td class={change.diff < 0 ? 'num down' : 'num up'}>
        <Cell>{formatUsdChange(change.diff)}</Cell> <span class="pct">({formatPct(change.pct)})</span>
      </td>
    </tr>
  );
}

function DiffColumns({ diff, a, b, noun }: { diff: ListDiff; a: string; b: string; noun: string }) {
  return (
    <div class="diff">
      <div class="diff-col diff-added">
        <h3>
          Added going to {b} <span class="diff-count">({diff.added.length})</span>
        </h3>
        {diff.added.length > 0 ? (
          <ul>
            {diff.added.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">No {noun} that {a} does not already have.</p>
        )}
      </div>
      <div class="diff-col diff-dropped">
        <h3>
          Dropped from {a} <span class="diff-count">({diff.dropped.length})</span>
        </h3>
        {diff.dropped.length > 0 ? (
          <ul>
            {diff.dropped.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">Nothing: {b} keeps all of them.</p>
        )}
      </div>
      {diff.shared.length > 0 && (
        <div class="diff-col diff-shared">
          <h3>
            Similar in both <span class="diff-count">({diff.shared.length})</span>
          </h3>
          <ul>
            {diff.shared.map((item) => (
              <li key={item.a}>
                {item.b}
                {item.a !== item.b && <span class="muted"> (as {a}: “{item.a}”)</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
