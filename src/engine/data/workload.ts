// The workload figures: hiring capacity, turnover, administration and how HR time splits.
import type { HrFunction } from '../hr-functions.ts';
import type { Automation, Industry, PriorityLevel } from '../profile.ts';
import type { SourceId } from './sources.ts';

export interface Figure<T = number> {
  value: T;
  source: SourceId;
  note: string;
}

/** Hires a year that one HR person can make, by role. */
export const recruitingCapacity = {
  /** A generalist closes about 2-4 vacancies a quarter alongside everything else. */
  generalistPerYear: { value: { low: 8, high: 16 }, source: 'seed-tallenta', note: '2-4 vacancies a quarter' },
  /** A dedicated recruiter makes roughly 22 hires a year. */
  recruiterPerYear: { value: 22, source: 'hires-per-recruiter', note: 'Roughly 22 hires a year (weak, secondary)' },
  /** A recruiter carries 15-20 open requisitions (shown for context). */
  requisitionsPerRecruiter: { value: { low: 15, high: 20 }, source: 'shrm-requisitions', note: 'Median open requisitions' },
  /** Days to hire, for the timeline's lead time. */
  daysToHire: { value: 44, source: 'bersin-ams-2023', note: 'Average time to hire' },
} as const satisfies Record<string, Figure<unknown>>;

/** Headcount growth assumed by the staffing anchors (and the profile's default). */
export const typicalGrowthPct: Figure = {
  value: 10,
  source: 'roleplan-assumption',
  note: 'The growth a "typical" company in the staffing benchmarks is assumed to have',
};

/**
 * Default yearly turnover to back-fill, by industry: the BLS JOLTS monthly quits rate
 * (January-April 2024 average) x 12. Industries without their own series use the all-industry rate;
 * hospitality uses its own sector's older rate, which is twice the all-industry rate (see its note).
 */
export const defaultAttritionPct: Record<Industry, Figure> = {
  technology: { value: 18, source: 'bls-jolts-2024', note: 'Information: 1.5% a month' },
  healthcare: { value: 26, source: 'bls-jolts-2024', note: 'All industries: 2.2% a month' },
  manufacturing: { value: 20, source: 'bls-jolts-2024', note: 'Manufacturing: 1.6% a month' },
  retail: { value: 33, source: 'bls-jolts-2024', note: 'Retail trade: 2.8% a month' },
  nonprofit: { value: 26, source: 'bls-jolts-2024', note: 'All industries: 2.2% a month' },
  finance: { value: 14, source: 'bls-jolts-2024', note: 'Finance and insurance: 1.2% a month' },
  'professional-services': { value: 32, source: 'bls-jolts-2024', note: 'Professional and business services: 2.7% a month' },
  hospitality: { value: 48, source: 'bls-jolts-2008', note: 'Accommodation and food services: 4.0% a month (April-September 2008 average; no 2024 sector rate held)' },
  education: { value: 26, source: 'bls-jolts-2024', note: 'All industries: 2.2% a month' },
  'public-sector': { value: 26, source: 'bls-jolts-2024', note: 'All industries: 2.2% a month' },
  other: { value: 26, source: 'bls-jolts-2024', note: 'All industries: 2.2% a month' },
};

/** Share of HR time spent on administration. */
export const adminShare: Figure = { value: 0.57, source: 'seed-tallenta', note: '57% of HR time (vendor claim: weak)' };

/**
 * Share of administrative time each software level removes, against none. Advanced: a
 * generalist saved 8-10 of 40 hours a week (9 h of the 22.8 h of administration, about 39%).
 * Basic: assumed half of that.
 */
export const automationAdminSaving: Record<Automation, Figure> = {
  none: { value: 0, source: 'seed-tallenta', note: 'No HR software: administration done by hand' },
  basic: { value: 0.2, source: 'roleplan-assumption', note: 'Assumed half the saving of advanced software' },
  advanced: { value: 0.39, source: 'seed-tallenta', note: '8-10 hours a week saved of ~23 hours of administration' },
};

/** The software level the staffing anchors are assumed to reflect. */
export const baselineAutomation: Automation = 'basic';
export const baselineAutomationSource: SourceId = 'roleplan-assumption';

/** How a typical HR team's time splits across the ten functions (sums to 1). */
export const functionShares: Record<HrFunction, number> = {
  recruiting: 0.2,
  onboarding: 0.08,
  'employee-relations': 0.12,
  benefits: 0.12,
  compensation: 0.07,
  compliance: 0.09,
  learning: 0.07,
  'hris-analytics': 0.08,
  engagement: 0.06,
  payroll: 0.11,
};
export const functionSharesSource: SourceId = 'roleplan-assumption';

/** How much a priority scales a function's workload. */
export const priorityWeight: Record<PriorityLevel, number> = { low: 0.75, normal: 1, high: 1.3 };
export const priorityWeightSource: SourceId = 'roleplan-assumption';

/** Extra workload per complexity driver, as a fraction of the function's load. */
export const complexity = {
  /** Compliance and payroll/benefits work per additional US state. */
  perExtraState: 0.03,
  /** Each additional country: this share of the compliance, payroll and benefits work a standalone company of its size has. */
  perExtraCountry: 0.5,
  /** Employee relations work when a union contract is in force (labor relations). */
  unionEmployeeRelations: 0.6,
  /** Compliance work when a union contract is in force. */
  unionCompliance: 0.3,
  /** Compliance work for a federal contractor (Section 503, VEVRAA, VETS-4212). */
  federalContractorCompliance: 0.3,
  /** Engagement and onboarding work at 100% remote. */
  fullyRemoteEngagement: 0.5,
  /** Share of an outsourced function's load that stays in-house (vendor oversight). */
  outsourcedResidual: 0.15,
  /** Share of recruiting load that executive search takes away. */
  executiveSearchShare: 0.1,
  /**
   * Share of onboarding work done once per hire (paperwork, I-9, orientation, equipment): it moves
   * with hires against a typical company's; the rest (programme upkeep) follows headcount.
   */
  onboardingPerHireShare: 0.5,
  source: 'roleplan-assumption' as SourceId,
};

/** When a function's load justifies someone who owns it (deep coverage). */
export const depthThresholds = {
  /** FTE of work in one function that fills most of a specialist's week. */
  specialistFte: 0.8,
  /** A lower bar for a function the company rates high priority (or a rule marks as needed). */
  priorityFte: 0.3,
  /** In a specialist structure, functions with at least this load get their own specialist. */
  specialistStructureFte: 0.25,
  source: 'roleplan-assumption' as SourceId,
};

/**
 * The staffing anchors include a typical company's recruiting. The rest of HR work is the anchor
 * less that recruiting, never below this share of the anchor.
 */
export const nonRecruitingFloor: Figure = {
  value: 0.5,
  source: 'roleplan-assumption',
  note: 'At least half of a typical HR team works outside recruiting',
};

/**
 * The first in-house HR hire is one full-time person, who carries the in-house work until it
 * reaches this many FTE (the rest stays with the founder, HR software and any provider).
 */
export const oneHireUntilFte: Figure = {
  value: 1.5,
  source: 'roleplan-assumption',
  note: 'One full-time HR person carries the in-house work until it reaches 1.5 FTE',
};

/** Team sizes are planned in half-FTE steps. */
export const FTE_STEP = 0.5;
export const fteStepSource: SourceId = 'roleplan-assumption';
