// Which of the providers the company is willing to use the plan takes on. `outsource` is a
// willingness, not an order: a priced provider is used where it costs no more than the company's
// own staff doing the same work, and declined (with both figures) where it costs more.
import type { OutsourceOption, Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import { analyzeWorkload, providersInstead } from './analysis.ts';
import { headcountAt } from './headcount.ts';
import { outsourcingComparison, type OutsourcingComparison } from './outsourcing-comparison.ts';

/** The options the in-house comparison prices, by their row there. */
const COMPARED_OPTION: Partial<Record<OutsourceOption, OutsourcingComparison['id']>> = {
  peo: 'peo',
  benefits: 'benefits-administration',
  recruiting: 'recruiting',
};

export interface DeclinedOutsourcing {
  option: OutsourceOption;
  comparison: OutsourcingComparison;
  /** Set when the comparison is made later in the horizon, once the plan has HR staff: that month and headcount. */
  later: { month: number; employees: number } | null;
}

export interface OutsourcingChoice {
  /** The profile with only the providers the plan uses. */
  profile: Profile;
  declined: DeclinedOutsourcing[];
}

export function chooseOutsourcing(profile: Profile, catalog: RoleCatalog): OutsourcingChoice {
  const priced = profile.outsource.filter((option) => COMPARED_OPTION[option] !== undefined);
  if (priced.length === 0) return { profile, declined: [] };
  // With no HR person yet there is no staff to compare with today: the providers are the plan
  // until the first HR hire. If that hire falls within the horizon, the providers are weighed against
  // the staff of the horizon's end, so a provider the plan would drop then is not locked in now. A
  // company with an HR generalist or manager of its own has that staff today.
  let later: DeclinedOutsourcing['later'] = null;
  let weighed = profile;
  if (providersInstead(profile, analyzeWorkload(profile).workload, catalog)) {
    const employees = headcountAt(profile.employees, profile.growthPct, profile.horizonMonths);
    weighed = { ...profile, employees };
    if (employees <= profile.employees || analyzeWorkload(weighed).workload.teamFte === 0) return { profile, declined: [] };
    later = { month: profile.horizonMonths, employees };
  }
  const rows = outsourcingComparison(weighed, catalog);
  const costlier = (option: OutsourceOption): OutsourcingComparison | undefined => {
    const row = rows.find((candidate) => candidate.id === COMPARED_OPTION[option]);
    return row && row.outsourced.mid > row.inHouse.mid ? row : undefined;
  };
  const declined: DeclinedOutsourcing[] = [];
  const peoDeclined = profile.outsource.includes('peo') && costlier('peo') !== undefined;
  for (const option of priced) {
    // Benefits administration is part of a PEO's service: weighed on its own only without one.
    if (option === 'benefits' && profile.outsource.includes('peo') && !peoDeclined) continue;
    const comparison = costlier(option);
    if (comparison) declined.push({ option, comparison, later });
  }
  if (declined.length === 0) return { profile, declined };
  const outsource = profile.outsource.filter((option) => !declined.some((entry) => entry.option === option));
  return { profile: { ...profile, outsource }, declined };
}
