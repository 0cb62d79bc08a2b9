// Which employment-law obligations apply today, and which start inside the horizon: federal ones
// from the federal table, state ones from the dated state table, each counted its own way.
import type { Profile } from './profile.ts';
import { obligationRules, type ObligationRule } from './data/obligations.ts';
import { stateRules, type LawStrength, type StateRule, type ThresholdStep } from './data/state-law.ts';
import { withoutLowerTiers } from './state-compliance.ts';
import { countingWords, MONTHS_FOR_TWENTY_WEEKS, type Counting } from './data/counting.ts';
import type { StateCode } from './data/state-codes.ts';
import { addMonths, monthIndex } from './calendar.ts';
import { headcountAt } from './headcount.ts';

export type Jurisdiction = 'US' | StateCode;

export interface Obligation {
  id: string;
  title: string;
  /** Employee count at which it applies (for a phase-in, the step that makes it apply). */
  threshold: number;
  /** Month of the plan it starts to apply, counted from `profile.start`; null when it applies today. */
  month: number | null;
  /** Calendar month it starts to apply (`YYYY-MM`); null when it applies today. */
  date: string | null;
  /** The main source: a source id for federal rules, a URL for state rules. */
  source: string;
  /** Every source (state rules: URLs). */
  sources: string[];
  detail: string;
  jurisdiction: Jurisdiction;
  /** How employees are counted, in words. */
  counting: string;
  /** State rules: verified or fair. */
  strength?: LawStrength;
  /** Dated threshold steps (phase-ins), for state rules that change over time. */
  phaseIn: { date: string; threshold: number }[];
  caution?: string;
}

/**
 * Employees in a state in a month of the plan: the state's share of today's headcount, growing
 * with the company. Before the plan starts Roleplan assumes today's headcount (it knows no history).
 */
export function stateHeadcountAt(profile: Profile, state: StateCode, month: number): number {
  const today = profile.stateEmployees[state] ?? 0;
  if (today === 0) return 0;
  const total = headcountAt(profile.employees, profile.growthPct, Math.max(0, month));
  return Math.max(1, Math.round((today / profile.employees) * total));
}

/** The threshold in force in a calendar month, or null before the first dated step. */
export function thresholdIn(steps: readonly ThresholdStep[], month: string): number | null {
  let threshold: number | null = null;
  for (const step of steps) if (step.from === null || monthIndex(step.from) <= monthIndex(month)) threshold = step.threshold;
  return threshold;
}

type CountAt = (month: number) => number;

/** Counts for months 0..horizon computed once; earlier months repeat month 0 (no history is known). */
function memo(horizon: number, count: CountAt): CountAt {
  const counts = Array.from({ length: horizon + 1 }, (_, month) => count(month));
  return (month) => counts[Math.min(horizon, Math.max(0, month))]!;
}

/** Whether a rule with this threshold and counting covers the employer in plan month `m`. */
function coveredIn(m: number, threshold: number, counting: Counting, start: string, countAt: CountAt): boolean {
  if (counting.timing === 'current') return countAt(m) >= threshold;
  const calendar = monthIndex(start) + m;
  const januaryOffset = m - (calendar % 12);
  const monthsAtOrAbove = (from: number, to: number) => {
    let months = 0;
    for (let offset = from; offset <= to; offset += 1) if (countAt(offset) >= threshold) months += 1;
    return months;
  };
  switch (counting.timing) {
    case 'twenty-weeks':
      return (
        monthsAtOrAbove(januaryOffset, m) >= MONTHS_FOR_TWENTY_WEEKS ||
        monthsAtOrAbove(januaryOffset - 12, januaryOffset - 1) >= MONTHS_FOR_TWENTY_WEEKS
      );
    case 'twenty-weeks-prior-year':
      return monthsAtOrAbove(januaryOffset - 12, januaryOffset - 1) >= MONTHS_FOR_TWENTY_WEEKS;
    case 'prior-year-average': {
      let sum = 0;
      for (let offset = januaryOffset - 12; offset < januaryOffset; offset += 1) sum += countAt(offset);
      return sum / 12 >= threshold;
    }
    case 'january':
      return countAt(januaryOffset) >= threshold;
    case 'prior-year-most-days':
      return monthsAtOrAbove(januaryOffset - 12, januaryOffset - 1) > 6;
    case 'prior-year-any-time':
      return monthsAtOrAbove(januaryOffset - 12, januaryOffset - 1) > 0;
  }
}

const stepIndexes = new WeakMap<readonly ThresholdStep[], { from: number; threshold: number }[]>();

/** Steps with their months as numbers, parsed once per table row. */
function indexed(steps: readonly ThresholdStep[]) {
  let cached = stepIndexes.get(steps);
  if (!cached) {
    cached = steps.map((step) => ({ from: step.from === null ? -Infinity : monthIndex(step.from), threshold: step.threshold }));
    stepIndexes.set(steps, cached);
  }
  return cached;
}

/** The first plan month (0 = today) in which the rule covers the employer, or null if not within the horizon. */
function firstMonth(
  steps: readonly ThresholdStep[],
  counting: Counting,
  profile: Profile,
  countAt: CountAt,
): { month: number; threshold: number } | null {
  const start = monthIndex(profile.start);
  const dated = indexed(steps);
  for (let m = 0; m <= profile.horizonMonths; m += 1) {
    let threshold: number | null = null;
    for (const step of dated) if (step.from <= start + m) threshold = step.threshold;
    if (threshold !== null && coveredIn(m, threshold, counting, profile.start, countAt)) return { month: m, threshold };
  }
  return null;
}

const FEDERAL_COUNTING: Counting = { scope: 'everyone', timing: 'current', stated: true };

/** When an obligation starts: null for both while it already applies at the plan's start. */
function dueIn(month: number, profile: Profile): Pick<Obligation, 'month' | 'date'> {
  return month === 0 ? { month: null, date: null } : { month, date: addMonths(profile.start, month) };
}

function federalApplies(rule: ObligationRule, profile: Profile): boolean {
  if (rule.federalContractorOnly && !profile.federalContractor) return false;
  if (rule.employers && rule.employers !== (isPublicEmployer(profile) ? 'public' : 'private')) return false;
  return !rule.exemptIndustries?.includes(profile.industry);
}

/** A state or local government: the public-sector industry. */
export function isPublicEmployer(profile: Pick<Profile, 'industry'>): boolean {
  return profile.industry === 'public-sector';
}

/** The rule as it applies to this employer: a public agency's own threshold and source where it has one. */
function asApplied(rule: ObligationRule, profile: Profile): ObligationRule {
  if (!rule.publicEmployer || !isPublicEmployer(profile)) return rule;
  const { threshold, detail, source } = rule.publicEmployer;
  const { counting: _counting, ...rest } = rule;
  return { ...rest, threshold, detail, source };
}

export function federalObligationsFor(profile: Profile): Obligation[] {
  const countAt = memo(profile.horizonMonths, (m) => headcountAt(profile.employees, profile.growthPct, m));
  const out: Obligation[] = [];
  for (const listed of obligationRules) {
    if (!federalApplies(listed, profile)) continue;
    const rule = asApplied(listed, profile);
    const counting = rule.counting ?? FEDERAL_COUNTING;
    const found = firstMonth([{ from: null, threshold: rule.threshold }], counting, profile, countAt);
    if (!found) continue;
    out.push({
      id: rule.id,
      title: rule.title,
      threshold: rule.threshold,
      ...dueIn(found.month, profile),
      source: rule.source,
      sources: [rule.source],
      detail: rule.detail,
      jurisdiction: 'US',
      counting: countingWords(counting, 'US'),
      phaseIn: [],
    });
  }
  return out;
}

/** Employees a state rule counts in plan month `m`: in-state staff, or everyone while someone works there. */
export function stateCountFor(rule: Pick<StateRule, 'state' | 'counting'>, profile: Profile): CountAt {
  return memo(profile.horizonMonths, (m) => {
    const inState = stateHeadcountAt(profile, rule.state, m);
    if (rule.counting.scope === 'in-state') return inState;
    return inState > 0 ? headcountAt(profile.employees, profile.growthPct, m) : 0;
  });
}

export function stateObligationsFor(profile: Profile): Obligation[] {
  const out: Obligation[] = [];
  for (const rule of stateRules) {
    if (!profile.stateEmployees[rule.state]) continue;
    if (rule.industries && !rule.industries.includes(profile.industry)) continue;
    const found = firstMonth(rule.steps, rule.counting, profile, stateCountFor(rule, profile));
    if (!found) continue;
    out.push({
      id: rule.id,
      title: rule.title,
      threshold: found.threshold,
      ...dueIn(found.month, profile),
      source: rule.sources[0]!,
      sources: [...rule.sources],
      detail: rule.requires,
      jurisdiction: rule.state,
      counting: `${rule.countingNote} (${countingWords(rule.counting, rule.state)})`,
      strength: rule.strength,
      phaseIn: rule.steps.length > 1 ? rule.steps.map((step) => ({ date: step.from!, threshold: step.threshold })) : [],
      ...(rule.caution ? { caution: rule.caution } : {}),
    });
  }
  return withoutLowerTiers(out, (obligation) => obligation.month ?? 0);
}

/** Federal obligations, then state ones by state code. */
export function obligationsFor(profile: Profile): Obligation[] {
  return [...federalObligationsFor(profile), ...stateObligationsFor(profile)];
}
