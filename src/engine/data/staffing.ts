// How many HR staff a company of a given size typically has: the anchors that size the
// workload, and the benchmark bands a plan is compared against.
import type { SourceId } from './sources.ts';

export interface StaffingAnchor {
  /** Headcount of the anchor. */
  employees: number;
  /** Typical HR staff per 100 employees at that size. */
  per100: number;
  sources: SourceId[];
  note: string;
}

/**
 * Typical HR staff per 100 employees at a "typical" company (10% growth, industry turnover, one
 * state, basic HR software). The engine interpolates HR FTE between anchors on a log-log scale,
 * so FTE rises smoothly with headcount while the ratio falls (economies of scale).
 */
export const staffingAnchors: StaffingAnchor[] = [
  { employees: 1, per100: 2.5, sources: ['seed-tallenta'], note: 'One HR person per about 40 employees in small companies' },
  { employees: 50, per100: 2.25, sources: ['seed-tallenta', 'zelt-2023'], note: 'One per 40-50; first HR hire typically at 40-50 employees' },
  { employees: 100, per100: 2.1, sources: ['i4cp-2010'], note: '1.74-2.51 per 100 at 100-1,000 employees (midpoint)' },
  { employees: 500, per100: 1.9, sources: ['i4cp-2010', 'adp-2023'], note: 'Inside the i4cp band and the ADP 1.5-4.5 range' },
  { employees: 1000, per100: 1.5, sources: ['i4cp-2010', 'bna-2017'], note: 'Between i4cp 1.24-1.38 and the mid-size bands' },
  { employees: 2500, per100: 1.0, sources: ['bna-2017', 'i4cp-2010'], note: 'BNA 0.83 at 1,000-2,499; i4cp 1.24-1.38' },
  { employees: 10000, per100: 0.8, sources: ['bna-2017', 'i4cp-2010'], note: 'BNA 0.65 at 2,500+; i4cp 1.24 at 10,000' },
  { employees: 100000, per100: 0.65, sources: ['bna-2017'], note: 'BNA 0.65 per 100 at 2,500+ employees' },
];

export interface RatioBand {
  /** Smallest headcount of the band. */
  min: number;
  /** Largest headcount of the band (inclusive). */
  max: number;
  /** Low end of the typical HR staff per 100 employees. */
  low: number;
  /** High end of the typical HR staff per 100 employees. */
  high: number;
  sources: SourceId[];
}

/** Published HR-to-employee ratio bands by company size, used to judge a plan. */
export const ratioBands: RatioBand[] = [
  { min: 1, max: 49, low: 2.0, high: 4.5, sources: ['adp-2023', 'seed-tallenta'] },
  { min: 50, max: 99, low: 1.5, high: 2.5, sources: ['adp-2023', 'seed-tallenta', 'shrm-hcb-2022'] },
  { min: 100, max: 999, low: 1.74, high: 2.51, sources: ['i4cp-2010'] },
  { min: 1000, max: 2499, low: 0.83, high: 1.38, sources: ['bna-2017', 'i4cp-2010'] },
  { min: 2500, max: 100000, low: 0.65, high: 1.24, sources: ['bna-2017', 'i4cp-2010'] },
];

/** Cross-industry medians, shown for context. */
export const ratioMedians = [
  { per100: 1.33, label: 'SHRM median (2016)', source: 'shrm-hcb-2016' },
  { per100: 1.7, label: 'SHRM average (2022)', source: 'shrm-hcb-2022' },
  { per100: 1.4, label: 'Bloomberg BNA median (2016-17)', source: 'bna-2017' },
  { per100: 1.5, label: 'Bloomberg BNA median (2018)', source: 'bloomberg-2018' },
] as const satisfies { per100: number; label: string; source: SourceId }[];
