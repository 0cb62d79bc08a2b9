// Words and numbers for showing plans on pages: FTE, money ranges, coverage and a profile in a sentence.
import type { CoverageLevel } from '../engine/analysis.ts';
import { formatMoney, formatNumber } from '../engine/format.ts';
import { INDUSTRY_LABELS, type Profile } from '../engine/profile.ts';
import { defaultAttritionPct } from '../engine/data/workload.ts';
import type { Range } from '../engine/cost.ts';

/** 1 -> "1", 1.5 -> "1.5" (FTE are planned in half steps). */
export const formatFte = (fte: number) => formatNumber(fte, 1);

/** HR staff per 100 employees, to two decimals: "2.03". */
export const formatPer100 = (ratio: number) => formatNumber(ratio, 2);

export { formatMoney };

/** "$544,804 to $897,090" */
export const formatRange = (range: Pick<Range, 'low' | 'high'>) => `${formatMoney(range.low)} to ${formatMoney(range.high)}`;

export const COVERAGE_LABELS: Record<CoverageLevel, string> = {
  deep: 'Deep',
  broad: 'Broad',
  outsourced: 'Outsourced',
  gap: 'Gap',
};

/** What each coverage level means, for a legend. */
export const COVERAGE_MEANINGS: Record<CoverageLevel, string> = {
  deep: 'a specialist owns the function',
  broad: 'generalists or managers cover it alongside everything else',
  outsourced: 'an outside provider does the work',
  gap: 'nobody on the team covers it',
};

const plural = (count: number, one: string, many: string) => `${formatNumber(count)} ${count === 1 ? one : many}`;

/**
 * The company of a profile in one sentence, e.g. "A healthcare employer with 300 employees,
 * 10% expected growth a year, 26% yearly turnover (the industry's typical rate), ...".
 */
export function describeProfile(profile: Profile): string {
  const industry = profile.industry === 'other' ? 'An employer' : `A ${INDUSTRY_LABELS[profile.industry].toLowerCase()} employer`;
  const turnover =
    profile.attritionPct === undefined
      ? `${formatNumber(defaultAttritionPct[profile.industry].value)}% yearly turnover (the industry's typical rate)`
      : `${formatNumber(profile.attritionPct, 1)}% yearly turnover`;
  const parts = [
    `${industry} with ${plural(profile.employees, 'employee', 'employees')}`,
    `${formatNumber(profile.growthPct, 1)}% expected growth over the next year`,
    turnover,
    `staff in ${plural(profile.states, 'US state', 'US states')}${profile.countries > 1 ? ` and ${plural(profile.countries, 'country', 'countries')}` : ''}`,
  ];
  if (profile.remotePct > 0) parts.push(`${formatNumber(profile.remotePct, 1)}% remote`);
  if (profile.unionized) parts.push('a union contract');
  if (profile.federalContractor) parts.push('federal contracts');
  parts.push(profile.automation === 'none' ? 'no HR software' : `${profile.automation} HR software`);
  parts.push(profile.budget === undefined ? 'no budget limit' : `a budget of ${formatMoney(profile.budget)} a year`);
  const last = parts.pop();
  return `${parts.join(', ')} and ${last}, planning ${profile.horizonMonths} months ahead.`;
}
