import type { CoverageLevel } from '../../engine/analysis';

/** The coverage levels from best to worst, as the cards and the legend list them. */
export const COVERAGE_LEVELS: CoverageLevel[] = ['deep', 'broad', 'outsourced', 'gap'];
