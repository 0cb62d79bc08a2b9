// When a company makes its first in-house HR hire, and what it does until then.
import type { Profile } from './profile.ts';
import { firstHrHire, timeToFill } from './data/hiring.ts';
import { industryTraits } from './data/industries.ts';
import { headcountAt } from './headcount.ts';
import { formatNumber, listOf } from './format.ts';
import { effectiveAttrition, hiresPerYear } from './workload.ts';

export interface FirstHire {
  /** Headcount at which the first in-house HR hire is due. */
  employees: number;
  /** Month it is due inside the horizon, or null when headcount does not reach it. */
  month: number | null;
  /** Due within the time it takes to fill a post (`timeToFill`): recruit now, so they join about when due. */
  recruitNow: boolean;
  reason: string;
}

/** What pulls the first HR hire earlier than usual, each with its words. */
const COMPLEXITY: { applies: (profile: Profile) => boolean; words: string }[] = [
  { applies: (profile) => profile.unionized, words: 'a union contract' },
  { applies: (profile) => profile.states > 1, words: 'employees in several states' },
  { applies: (profile) => profile.countries > 1, words: 'employees in several countries' },
  { applies: (profile) => profile.federalContractor, words: 'federal contracts' },
  { applies: (profile) => industryTraits[profile.industry].safetyCritical, words: 'safety-critical work' },
];

export function complexityFactors(profile: Profile): string[] {
  return COMPLEXITY.filter((factor) => factor.applies(profile)).map((factor) => factor.words);
}

/** How many complexity factors the profile has: the count alone, at every headcount a scan tries. */
function complexityCount(profile: Profile): number {
  let count = 0;
  for (const factor of COMPLEXITY) if (factor.applies(profile)) count += 1;
  return count;
}

/**
 * Headcount of the first HR hire: 50 with nothing complicating, earlier with each complexity
 * factor and with hiring beyond what a founder handles, never before 20. Hiring is measured at
 * the typical point, so the answer does not depend on today's headcount.
 */
export function firstHirePoint(profile: Profile, hiresPerEmployee: number): number {
  const hiresAtTypical = hiresPerEmployee * firstHrHire.typical;
  const extraHires = Math.max(0, hiresAtTypical - firstHrHire.founderHiresPerYear);
  const point =
    firstHrHire.typical -
    firstHrHire.perComplexity * complexityCount(profile) -
    (firstHrHire.perTenHires * extraHires) / 10;
  return Math.max(firstHrHire.earliest, Math.min(firstHrHire.typical, Math.ceil(point)));
}

/** The first-hire answer for a company below the point today; null when HR staff are due now. */
export function firstHireFor(profile: Profile, point: number): FirstHire | null {
  if (profile.employees >= point) return null;
  let month: number | null = null;
  for (let m = 1; m <= profile.horizonMonths; m += 1) {
    if (headcountAt(profile.employees, profile.growthPct, m) >= point) {
      month = m;
      break;
    }
  }
  const factors = complexityFactors(profile);
  // Hiring pulled the point earlier when it lies below where complexity alone puts it.
  const byComplexity = Math.max(firstHrHire.earliest, Math.min(firstHrHire.typical, Math.ceil(firstHrHire.typical - firstHrHire.perComplexity * factors.length)));
  if (point < byComplexity) {
    // Said as the model reads it: hiring at the usual size of a first hire, against what a founder
    // handles, pulls the point earlier (a company can pass 10 hires a year before the point).
    const hires = Math.round(hiresPerYear(firstHrHire.typical, profile.growthPct, effectiveAttrition(profile)));
    factors.push(
      `hiring (at this rate a company of ${firstHrHire.typical} makes about ${formatNumber(hires)} hires a year, far more than the ${firstHrHire.founderHiresPerYear} or so a founder handles alongside the job)`,
    );
  }
  const usual = `${firstHrHire.usualFrom}-${firstHrHire.typical}`;
  const why =
    point < firstHrHire.usualFrom
      ? `earlier than the usual ${usual} because of ${listOf(factors)}`
      : `where companies usually make their first HR hire (${usual} employees)${factors.length > 0 ? `, at the early end because of ${listOf(factors)}` : ''}`;
  const recruitNow = month !== null && month <= timeToFill.months;
  const when =
    month === null
      ? `Headcount does not reach it in the next ${profile.horizonMonths} months.`
      : recruitNow
        ? `At your growth rate that is month ${month}, and filling a post takes about ${timeToFill.days.low}-${timeToFill.days.high} days: start recruiting your first HR person now, so they join about when they are due.`
        : `At your growth rate that is month ${month}.`;
  return {
    employees: point,
    month,
    recruitNow,
    reason: `Your first in-house HR hire is due at ${formatNumber(point)} employees, ${why}. ${when}`,
  };
}
