// "Who to hire first", in whole people: the plan's hires due now (month 0) as full-time hires,
// and any half-FTE left over as a part-time hire, a contractor or a fractional service, each with
// what it costs where a sourced figure exists; a post one of the company's part-timers holds, as
// more hours for them. Before the first HR hire, the provider the plan relies on (a PEO, a
// fractional HR leader) comes first.
import type { Plan } from '../../engine/plan.ts';
import type { Range } from '../../engine/cost.ts';
import type { RoleCatalog } from '../../engine/roles.ts';
import { outsourcingPrices } from '../../engine/data/costs.ts';

const EPSILON = 1e-9;
/** Plan FTE come in half steps (src/engine/data/workload.ts FTE_STEP). */
const HALF = 0.5;

export interface HireWay {
  way: 'part-time hire' | 'contractor' | 'fractional service' | 'recruiting firm';
  /** Cost per `unit`, or null where Roleplan has no sourced price ("price on request"). */
  cost: Range | null;
  unit: 'a year' | 'a hire';
  /** What the figure is, in words. */
  basis: string;
  sources: string[];
}

export type HireFirstItem =
  | { kind: 'provider'; option: string; label: string; cost: Range | null; note: string; sources: string[] }
  | { kind: 'full-time'; role: string; title: string; people: number; costEach: Range; reason: string }
  | {
      kind: 'part-time';
      role: string;
      title: string;
      fte: number;
      ways: HireWay[];
      reason: string;
      /** The month the timeline's hires make the half a whole post, when that is within a hiring round: hire whole now. */
      wholeBy: number | null;
    }
  /** A post a part-time person of the company's holds: the FTE are more hours for them, not a hire. */
  | { kind: 'more-hours'; role: string; title: string; fte: number; cost: Range | null; reason: string; post: boolean };

/** Providers that stand in for an HR hire before the first one, in the order to take them up. */
const BEFORE_FIRST_HIRE = ['peo', 'fractional-hr-leader'];

const scale = (range: Range, factor: number): Range => ({
  low: Math.round(range.low * factor),
  mid: Math.round(range.mid * factor),
  high: Math.round(range.high * factor),
});

/** A role's fully loaded cost for one full-time person a year: from the plan's team, else the catalog. */
function loadedPerFte(plan: Plan, role: string, catalog: RoleCatalog): Range | null {
  const member = plan.team.find((candidate) => candidate.role === role && candidate.fte > EPSILON);
  if (member) return scale(member.loaded, 1 / member.fte);
  const salary = catalog[role]?.salary;
  if (!salary) return null;
  return scale({ low: salary.min, mid: salary.median, high: salary.max }, plan.cost.loadedFactor);
}

/**
 * The outside way to fill a half-time need: a fractional HR leader for generalist and leadership
 * roles (the only fractional rate Roleplan has a source for), a recruiting firm paid per hire for
 * recruiting, and no price for other specialists rather than an invented one.
 */
function outsideWay(area: string, family: string): HireWay {
  const { fractionalHrLeader, recruitingPerHire } = outsourcingPrices;
  if (area === 'recruiting') {
    return {
      way: 'recruiting firm',
      cost: { low: recruitingPerHire.low, mid: recruitingPerHire.mid, high: recruitingPerHire.high },
      unit: 'a hire',
      basis: recruitingPerHire.note,
      sources: [...recruitingPerHire.sources],
    };
  }
  if (area === 'generalist' || area === 'management' || family === 'generalist' || family === 'management') {
    return {
      way: 'fractional service',
      cost: { low: fractionalHrLeader.low, mid: fractionalHrLeader.mid, high: fractionalHrLeader.high },
      unit: 'a year',
      basis: `a fractional HR leader, ${fractionalHrLeader.note}`,
      sources: [...fractionalHrLeader.sources],
    };
  }
  return { way: 'fractional service', cost: null, unit: 'a year', basis: 'price on request: Roleplan has no sourced rate for this specialism', sources: [] };
}

function partTimeWays(perFte: Range | null, fte: number, area: string, family: string): HireWay[] {
  return [
    {
      way: 'part-time hire',
      cost: perFte ? scale(perFte, fte) : null,
      unit: 'a year',
      basis: `${Math.round(fte * 100)}% of the role's fully loaded pay`,
      sources: [],
    },
    { way: 'contractor', cost: null, unit: 'a year', basis: 'price on request: Roleplan has no sourced contractor rate', sources: [] },
    outsideWay(area, family),
  ];
}

/** The month whose hire the engine marks as the other half of this role's half-time hire now, or null. */
function wholeBy(plan: Plan, role: string): number | null {
  return plan.timeline.find((month) => month.hires.some((hire) => hire.role === role && hire.completes === 0))?.month ?? null;
}

export function hireFirst(plan: Plan, catalog: RoleCatalog): HireFirstItem[] {
  const items: HireFirstItem[] = [];
  if (plan.firstHire) {
    for (const option of BEFORE_FIRST_HIRE) {
      const item = plan.outsourcing.find((candidate) => candidate.option === option);
      if (item) items.push({ kind: 'provider', option, label: item.label, cost: item.cost, note: item.note, sources: item.sources });
    }
  }
  const now = plan.timeline.find((month) => month.month === 0);
  for (const hire of now?.hires ?? []) {
    const member = plan.team.find((candidate) => candidate.role === hire.role);
    const title = member?.title ?? catalog[hire.role]?.title ?? hire.role;
    const area = member?.area ?? catalog[hire.role]?.area ?? 'generalist';
    const family = member?.family ?? catalog[hire.role]?.family ?? 'generalist';
    const perFte = loadedPerFte(plan, hire.role, catalog);
    const moreHours = Math.min(member?.moreHours ?? 0, hire.fte);
    if (moreHours > EPSILON) items.push({ kind: 'more-hours', role: hire.role, title, fte: moreHours, cost: perFte ? scale(perFte, moreHours) : null, reason: hire.reason, post: family === 'management' });
    const hired = hire.fte - moreHours;
    const people = Math.floor(hired + EPSILON);
    const rest = Math.round((hired - people) / HALF) * HALF;
    if (people > 0 && perFte) items.push({ kind: 'full-time', role: hire.role, title, people, costEach: perFte, reason: hire.reason });
    if (rest > EPSILON) {
      items.push({ kind: 'part-time', role: hire.role, title, fte: rest, ways: partTimeWays(perFte, rest, area, family), reason: hire.reason, wholeBy: wholeBy(plan, hire.role) });
    }
  }
  return items;
}
