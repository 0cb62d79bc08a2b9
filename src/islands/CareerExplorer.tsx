/**
 * The career explorer: pick a starting role (and optionally a destination) and see every path
 * from it, with typical years and pay at each step. Server-rendered for `initialFrom`, so the
 * page is useful without JavaScript; once hydrated it follows `?from=&to=` in the URL.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { ROLE_LEVELS } from '../engine/roles.ts';
import {
  careerPaths,
  groupByDestination,
  reachableRoles,
  type CareerGraph,
  type CareerPath,
  type PathStep,
} from '../lib/career-paths.ts';
import { LEVEL_LABELS, formatPayStep, formatPct, formatUsd, formatYears } from '../lib/role-format.ts';
import { careerQueryString, resolveCareerQuery, type CareerSelection } from '../lib/role-query.ts';
import './CareerExplorer.css';
import ProblemList from './shared/ProblemList';

interface Props {
  graph: CareerGraph;
  /** Start role shown before the URL is read (and without JavaScript). */
  initialFrom: string;
}

export default function CareerExplorer({ graph, initialFrom }: Props) {
  const [selection, setSelection] = useState<CareerSelection>({ from: initialFrom });
  const [problems, setProblems] = useState<string[]>([]);

  // Read the URL once hydrated, and follow back/forward between choices.
  useEffect(() => {
    const sync = () => {
      const read = resolveCareerQuery(new URLSearchParams(window.location.search), graph, initialFrom);
      setSelection(read.value);
      setProblems(read.problems);
    };
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [graph, initialFrom]);

  const choose = (next: CareerSelection) => {
    setSelection(next);
    setProblems([]);
    const query = careerQueryString(next);
    if (query !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${query}`);
  };

  const start = graph[selection.from]!;
  const reachable = useMemo(() => reachableRoles(graph, selection.from), [graph, selection.from]);
  const result = useMemo(
    () => careerPaths(graph, selection.from, selection.to ? { to: selection.to } : {}),
    [graph, selection.from, selection.to],
  );
  const groups = useMemo(() => groupByDestination(graph, result.paths), [graph, result.paths]);
  const roleOptions = useMemo(
    () =>
      ROLE_LEVELS.map((level) => ({
        level,
        roles: Object.values(graph)
          .filter((role) => role.level === level)
          .sort((a, b) => a.title.localeCompare(b.title, 'en')),
      })).filter((group) => group.roles.length > 0),
    [graph],
  );

  const onFrom = (event: TargetedEvent<HTMLSelectElement>) => {
    const from = event.currentTarget.value;
    const keepTo = selection.to && reachableRoles(graph, from).includes(selection.to) ? selection.to : undefined;
    choose({ from, ...(keepTo ? { to: keepTo } : {}) });
  };
  const onTo = (event: TargetedEvent<HTMLSelectElement>) => {
    const to = event.currentTarget.value;
    choose({ from: selection.from, ...(to ? { to } : {}) });
  };
  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get('from') ?? selection.from);
    const to = String(form.get('to') ?? '');
    choose({ from, ...(to && reachableRoles(graph, from).includes(to) ? { to } : {}) });
  };

  const fastest = result.paths.find((path) => path.yearsToExecutive !== null)?.yearsToExecutive ?? null;
  const summary =
    result.paths.length === 0
      ? start.next.length === 0
        ? `${start.title} is the top of the ladder in Roleplan’s profiles: no further moves are recorded.`
        : `No path leads from ${start.title} to that role.`
      : `${result.paths.length} ${result.paths.length === 1 ? 'path' : 'paths'} from ${start.title}${
          selection.to ? ` to ${graph[selection.to]!.title}` : ''
        }${
          fastest && start.level !== 'executive'
            ? `; the quickest reaches executive level in ${formatYears(fastest)}`
            : ''
        }.`;

  return (
    <div class="explorer">
      <form class="explorer-form card" method="get" action="/careers/" onSubmit={onSubmit}>
        <div class="explorer-field">
          <label for="career-from">Starting role</label>
          <select id="career-from" name="from" value={selection.from} onChange={onFrom}>
            {roleOptions.map((group) => (
              <optgroup label={LEVEL_LABELS[group.level]} key={group.level}>
                {group.roles.map((role) => (
                  <option value={role.id} key={role.id} selected={role.id === selection.from}>
                    {role.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div class="explorer-field">
          <label for="career-to">
            Ending at <span class="optional">(optional)</span>
          </label>
          <select id="career-to" name="to" value={selection.to ?? ''} onChange={onTo} disabled={reachable.length === 0}>
            <option value="">Anywhere it leads</option>
            {reachable
              .map((id) => graph[id]!)
              .sort((a, b) => ROLE_LEVELS.indexOf(a.level) - ROLE_LEVELS.indexOf(b.level) || a.title.localeCompare(b.title, 'en'))
              .map((role) => (
                <option value={role.id} key={role.id} selected={role.id === selection.to}>
                  {role.title}
                </option>
              ))}
          </select>
        </div>
        <button class="button" type="submit">
          Show paths
        </button>
      </form>

      <ProblemList problems={problems} />

      <p class="explorer-summary" role="status">
        {summary}
      </p>
      {result.paths.length > 0 && (
        <p class="explorer-legend">
          Each move shows the typical years before it and its pay step: a <em>reported raise</em> where a source gives
          one, otherwise the change <em>between medians</em> of the two roles. “Year” counts from the start of the first
          role.
        </p>
      )}
      {result.truncated && (
        <p class="muted">Only the first {result.paths.length} paths are shown; pick a destination to narrow them down.</p>
      )}

      {groups.map((group) => (
        <DestinationGroup key={group.to} graph={graph} to={group.to} paths={group.paths} />
      ))}
    </div>
  );
}

/** How many paths of a destination are shown before "Show more". */
const SHOWN_PATHS = 3;

function DestinationGroup({ graph, to, paths }: { graph: CareerGraph; to: string; paths: CareerPath[] }) {
  const target = graph[to]!;
  const shown = paths.slice(0, SHOWN_PATHS);
  const more = paths.slice(SHOWN_PATHS);
  const further = target.next.map((move) => graph[move.role]).filter((role) => role !== undefined);
  return (
    <section class="destination" aria-labelledby={`to-${to}`}>
      <h3 id={`to-${to}`}>
        To {target.title}{' '}
        <span class="destination-meta">
          {LEVEL_LABELS[target.level]} · {paths.length} {paths.length === 1 ? 'path' : 'paths'}
        </span>
      </h3>
      <ol class="paths">
        {shown.map((path, index) => (
          <PathCard key={pathKey(path)} graph={graph} path={path} quickest={index === 0 && paths.length > 1} />
        ))}
      </ol>
      {more.length > 0 && (
        <details class="more-paths">
          <summary>
            Show {more.length} more {more.length === 1 ? 'path' : 'paths'} to {target.title}
          </summary>
          <ol class="paths">
            {more.map((path) => (
              <PathCard key={pathKey(path)} graph={graph} path={path} quickest={false} />
            ))}
          </ol>
        </details>
      )}
      {further.length > 0 && (
        <p class="destination-further">
          From {target.title}, people move on to {further.map((role) => role.title).join(' or ')}.{' '}
          <a href={`/careers?from=${to}`}>
            Paths from {target.title}
          </a>
        </p>
      )}
    </section>
  );
}

const pathKey = (path: CareerPath) => path.steps.map((step) => step.role).join('>');

function PathCard({ graph, path, quickest }: { graph: CareerGraph; path: CareerPath; quickest: boolean }) {
  const start = graph[path.from]!;
  return (
    <li class="path card">
      <p class="path-head">
        {quickest && <span class="path-badge">Quickest</span>}
        <strong>
          {path.steps.length} {path.steps.length === 1 ? 'move' : 'moves'}, about {formatYears(path.totalYears)}
        </strong>
        <span class="path-totals">
          median pay {formatUsd(start.median)} → {formatUsd(path.steps[path.steps.length - 1]!.median)} (
          {formatPct(path.medianChangePct)})
        </span>
      </p>
      <ol class="steps">
        <li class="step step-start">
          <span class="step-move">Start</span>
          <a class="step-role" href={`/roles/${start.id}/`}>
            {start.title}
          </a>
          <span class="step-meta">median {formatUsd(start.median)}</span>
        </li>
        {path.steps.map((step) => (
          <StepItem key={step.role} step={step} />
        ))}
      </ol>
    </li>
  );
}

function StepItem({ step }: { step: PathStep }) {
  const down = step.pay.kind === 'sourced' ? step.pay.max < 0 : step.pay.pct < -0.5;
  return (
    <li class="step">
      <span class="step-move">
        <span class="visually-hidden">then, </span>after {formatYears(step.years)}:{' '}
        <strong class={down ? 'pay-step pay-down' : 'pay-step'}>{formatPayStep(step.pay)}</strong>{' '}
        <span class="step-basis">{step.pay.kind === 'sourced' ? 'reported raise' : 'between medians'}</span>
      </span>
      <a class="step-role" href={`/roles/${step.role}/`}>
        {step.title}
      </a>
      <span class="step-meta">
        median {formatUsd(step.median)} · year {formatYearSpan(step.cumulativeYears)}
      </span>
    </li>
  );
}

/** Cumulative years as a span: `3–7`, or `3` when both ends agree. */
function formatYearSpan(range: { min: number; max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}
