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
 * Typical HR staff per 100 employees at a "typical" company (10% growth, all-industry turnover,
 * one state, basic HR software). The engine interpolates HR FTE between anchors on a log-log
 * scale, so FTE rises smoothly with headcount while the ratio falls (economies of scale).
 */
export const staffingAnchors: StaffingAnchor[] = [
  { employees: 1, per100: 2.5, sources: ['seed-tallenta'], note: 'One HR person per about 40 employees in small companies' },
  { employees: 50, per100: 2.25, sources: ['seed-tallenta', 'adp-2023'], note: 'One per 40-50; firms under 50 often above 2 per 100' },
  { employees: 100, per100: 1.9, sources: ['sesame-2022', 'i4cp-2010'], note: '2.70 under 100 and 1.26 at 100-249 (Sesame); i4cp 1.74-2.51 at 100-1,000' },
  { employees: 250, per100: 1.5, sources: ['sesame-2022', 'i4cp-2010'], note: '1.26 at 100-249, 1.07 at 250-499 (Sesame); i4cp 1.74-2.51' },
  { employees: 1000, per100: 1.22, sources: ['shrm-2015-greenkey', 'i4cp-2010'], note: 'SHRM 2015: 1.22 at about 1,000; i4cp 1.24-1.38 from 1,000' },
  { employees: 2500, per100: 1.0, sources: ['bna-2017', 'i4cp-2010'], note: 'BNA 0.83 at 1,000-2,499 and 0.65 at 2,500+; i4cp 1.24-1.38' },
  { employees: 10000, per100: 0.85, sources: ['shrm-2015-greenkey', 'bna-2017'], note: 'SHRM 2015: about 1.0 near 10,000; BNA 0.65 at 2,500+' },
  { employees: 100000, per100: 0.65, sources: ['bna-2017'], note: 'BNA 0.65 per 100 at 2,500+ employees' },
];

/** One point of the published ratio band: the band is interpolated between points (log of headcount). */
export interface RatioBand {
  /** Headcount of the point. */
  employees: number;
  /** Low end of the typical HR staff per 100 employees there. */
  low: number;
  /** High end of the typical HR staff per 100 employees there. */
  high: number;
  sources: SourceId[];
}

/** Published HR-to-employee ratios by company size, used to judge a plan. */
export const ratioBands: RatioBand[] = [
  { employees: 1, low: 2.0, high: 4.5, sources: ['adp-2023', 'seed-tallenta'] },
  { employees: 50, low: 1.5, high: 4.5, sources: ['adp-2023', 'seed-tallenta'] },
  { employees: 100, low: 1.26, high: 2.7, sources: ['sesame-2022', 'i4cp-2010'] },
  { employees: 250, low: 1.07, high: 2.51, sources: ['sesame-2022', 'i4cp-2010'] },
  { employees: 1000, low: 0.83, high: 1.38, sources: ['bna-2017', 'i4cp-2010', 'shrm-2015-greenkey'] },
  { employees: 2500, low: 0.65, high: 1.38, sources: ['bna-2017', 'i4cp-2010'] },
  { employees: 10000, low: 0.65, high: 1.24, sources: ['bna-2017', 'i4cp-2010', 'shrm-2015-greenkey'] },
  { employees: 100000, low: 0.65, high: 1.24, sources: ['bna-2017', 'i4cp-2010'] },
];

/** Cross-industry medians, shown for context. */
export const ratioMedians = [
  { per100: 1.33, label: 'SHRM median (2016)', source: 'shrm-hcb-2016' },
  { per100: 1.7, label: 'SHRM average (2022)', source: 'shrm-hcb-2022' },
  { per100: 1.4, label: 'Bloomberg BNA median (2016-17)', source: 'bna-2017' },
  { per100: 1.5, label: 'Bloomberg BNA median (2018)', source: 'bloomberg-2018' },
] as const satisfies { per100: number; label: string; source: SourceId }[];
