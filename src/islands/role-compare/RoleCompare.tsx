/**
 * Two roles side by side (/roles/compare?a=&b=): pay, level, experience, what the move from a to
 * b takes, and the duties and certifications added or dropped. Server-rendered for the default
 * pair; once hydrated it follows the URL and updates it when a picker changes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fastestPath, type CareerGraph } from '../../lib/career-paths.ts';
import { compareRoles, moveRequirements, partnerFor, type CompareRole } from '../../lib/role-compare.ts';
import { formatPct, formatUsdChange } from '../../lib/role-format.ts';
import { resolveComparePair, type ComparePair } from '../../lib/role-query.ts';
import ProblemList from '../shared/ProblemList';
import { ComparePickers } from './ComparePickers.tsx';
import { DiffColumns } from './DiffColumns.tsx';
import { FactsTable } from './FactsTable.tsx';
import { PayTable } from './PayTable.tsx';
import { RoleHead } from './RoleHead.tsx';
import { WhatItTakes } from './WhatItTakes.tsx';
import './RoleCompare.css';

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
  const needs = useMemo(() => moveRequirements(a, b, route, graph), [a, b, route, graph]);

  return (
    <div class="compare">
      <ComparePickers roles={roles} pair={pair} choose={choose} />

      <ProblemList problems={problems} />

      <p class="compare-status" role="status">
        Going from {a.title} to {b.title}: median pay {formatUsdChange(comparison.pay.median.diff)} (
        {formatPct(comparison.pay.median.pct)}).
      </p>

      <div class="side-by-side">
        <RoleHead role={a} tag="From" />
        <RoleHead role={b} tag="To" />
      </div>

      <WhatItTakes a={a} b={b} route={route} reverse={reverse} needs={needs} />

      <PayTable a={a.title} b={b.title} pay={comparison.pay} />

      <FactsTable a={a} b={b} comparison={comparison} />

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
