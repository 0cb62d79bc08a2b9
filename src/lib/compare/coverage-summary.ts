// Which functions a plan covers, and how, grouped by level for a short summary.
import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../engine/hr-functions.ts';
import type { CoverageLevel } from '../../engine/analysis.ts';
import type { Plan } from '../../engine/plan.ts';

export type { CoverageLevel };
export const COVERAGE_ORDER: CoverageLevel[] = ['deep', 'broad', 'outsourced', 'gap'];

/** The function labels at each level, in the order of HR_FUNCTIONS. */
export function coverageByLevel(coverage: Plan['coverage']): Record<CoverageLevel, string[]> {
  const groups: Record<CoverageLevel, string[]> = { deep: [], broad: [], outsourced: [], gap: [] };
  for (const fn of HR_FUNCTIONS) groups[coverage[fn]].push(HR_FUNCTION_LABELS[fn]);
  return groups;
}

/** Counts per level, in COVERAGE_ORDER. */
export function coverageCounts(coverage: Plan['coverage']): Record<CoverageLevel, number> {
  const groups = coverageByLevel(coverage);
  return { deep: groups.deep.length, broad: groups.broad.length, outsourced: groups.outsourced.length, gap: groups.gap.length };
}
