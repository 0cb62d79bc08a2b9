// Hiring: who the company hires (a mix of types per industry), how many hires of each type one
// recruiting FTE makes, the work a reduction in force brings, and when the first HR hire is due.
import type { Industry } from '../profile.ts';
import type { SourceId } from './sources.ts';

export const HIRE_TYPES = ['hourly', 'professional', 'technical', 'executive'] as const;
export type HireType = (typeof HIRE_TYPES)[number];

export interface HireCapacity {
  /** Hires a year one recruiting FTE makes, the value the engine uses. */
  value: number;
  /** The published range the value was taken from. */
  low: number;
  high: number;
  label: string;
  sources: SourceId[];
  note: string;
}

/**
 * Hires a year per recruiting FTE, by type of hire. The engine takes the top of each vendor
 * range (an applicant-tracking system is assumed, as in the benchmarks' firms): Roleplan's choice.
 */
export const hireCapacity: Record<HireType, HireCapacity> = {
  hourly: {
    value: 80,
    low: 40,
    high: 80,
    label: 'High-volume hourly',
    sources: ['treegarden-recruiter-productivity'],
    note: 'High-volume operational roles: 40-80 hires a year',
  },
  professional: {
    value: 60,
    low: 35,
    high: 96,
    label: 'Professional (non-technical salaried)',
    sources: ['cluff-2007', 'shrm-recruiter-workload', 'roleplan-assumption'],
    note: 'No direct figure: between the technical range (up to 35) and about 8 fills a month at full volume (96 a year)',
  },
  technical: {
    value: 35,
    low: 20,
    high: 35,
    label: 'Technical',
    sources: ['treegarden-recruiter-productivity'],
    note: 'Technical roles: 20-35 hires a year',
  },
  executive: {
    value: 15,
    low: 8,
    high: 15,
    label: 'Executive',
    sources: ['treegarden-recruiter-productivity'],
    note: 'Executive roles: 8-15 hires a year',
  },
};

/**
 * In high-volume hourly hiring, store and unit managers make most hiring decisions; HR keeps
 * this share of the recruiting work of each hourly hire (Roleplan's assumption for "most").
 */
export const hourlyHrShare = {
  value: 0.25,
  sources: ['high-volume-hiring', 'roleplan-assumption'] as SourceId[],
  note: 'Line managers make most hourly hiring decisions; HR runs the system and the checks (a quarter of the work: assumption)',
};

/** Share of each industry's hires by type (sums to 1). No published source: Roleplan's assumption. */
export const hireMix: Record<Industry, Record<HireType, number>> = {
  technology: { hourly: 0.1, professional: 0.35, technical: 0.52, executive: 0.03 },
  healthcare: { hourly: 0.6, professional: 0.3, technical: 0.08, executive: 0.02 },
  manufacturing: { hourly: 0.7, professional: 0.15, technical: 0.13, executive: 0.02 },
  retail: { hourly: 0.88, professional: 0.08, technical: 0.03, executive: 0.01 },
  nonprofit: { hourly: 0.4, professional: 0.45, technical: 0.12, executive: 0.03 },
  finance: { hourly: 0.2, professional: 0.55, technical: 0.22, executive: 0.03 },
  'professional-services': { hourly: 0.1, professional: 0.6, technical: 0.27, executive: 0.03 },
  hospitality: { hourly: 0.9, professional: 0.07, technical: 0.02, executive: 0.01 },
  education: { hourly: 0.35, professional: 0.5, technical: 0.12, executive: 0.03 },
  'public-sector': { hourly: 0.35, professional: 0.45, technical: 0.17, executive: 0.03 },
  other: { hourly: 0.55, professional: 0.3, technical: 0.13, executive: 0.02 },
};
export const hireMixSource: SourceId = 'roleplan-assumption';

/** The work a reduction in force brings, per employee let go (Roleplan's assumption). */
export const reductionWork = {
  /** HR hours per departure: notices, meetings, final pay, COBRA, outplacement referral. */
  hoursPerDeparture: 6,
  /** Working hours in an HR FTE's year. */
  hoursPerFte: 1800,
  /** Headcount from which the WARN Act can apply to a mass layoff or plant closing. */
  warnFromEmployees: 100,
  sources: ['roleplan-assumption', 'dol-warn'] as SourceId[],
  note: 'Six hours of HR work per person let go (assumption); WARN applies to employers of 100+',
};

/**
 * The headcount of the first in-house HR hire: typically 40-50 employees, 20-30 by another
 * (unverified) estimate. It moves to the low end with hiring volume and complexity.
 */
export const firstHrHire = {
  /** Typical headcount of the first HR hire with no complicating factor. */
  typical: 50,
  /** The low end of the usual range (40-50). */
  usualFrom: 40,
  /** The lowest it moves to. */
  earliest: 20,
  /** Employees earlier per complicating factor (union, several states or countries, federal contracts, safety-critical work). */
  perComplexity: 6,
  /** Hires a year under which the founder does the hiring. */
  founderHiresPerYear: 10,
  /** Employees earlier per 10 hires a year beyond that. */
  perTenHires: 5,
  sources: ['zelt-2023', 'first-hire-estimates', 'roleplan-assumption'] as SourceId[],
  note: '40-50 typically (Zelt); 20-30 by another estimate; under ~10 openings a year the founder hires. How far it moves is Roleplan\'s assumption.',
};

/**
 * How long filling a post takes: 42 days (SHRM, 2016) and 44 days (Bersin and AMS, 2023). A first
 * HR hire due within this many months is recruited now, so they join about when they are due.
 */
export const timeToFill = {
  days: { low: 42, high: 44 },
  /** The days in whole months, rounded up. */
  months: 2,
  sources: ['shrm-cost-per-hire', 'bersin-ams-2023'] as SourceId[],
  note: '42 days to fill (SHRM 2016), 44 days to hire (Bersin and AMS 2023); two months when rounded up to whole months',
};
