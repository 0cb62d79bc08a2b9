// What staff and outside providers cost beyond salary.
import type { SourceId } from './sources.ts';

export interface LoadedCostBand {
  /** Smallest establishment size of the band. */
  minEmployees: number;
  /** Total compensation as a multiple of wages, as BLS publishes it. */
  published: number;
}

/**
 * BLS ECEC total compensation / wages by establishment size. BLS counts paid leave as a
 * benefit, but the salaries here (BLS OEWS annual wages) already include it, so the engine
 * scales each factor by 1.32 / 1.43 to avoid counting leave twice.
 */
export const loadedCost = {
  bands: [
    { minEmployees: 1, published: 1.35 },
    { minEmployees: 50, published: 1.38 },
    { minEmployees: 100, published: 1.44 },
    { minEmployees: 500, published: 1.54 },
  ] as LoadedCostBand[],
  /** All private industry: wages are 69.9% of compensation (x1.43). */
  allPrivate: 1.43,
  /** The same release without paid leave (x1.32). */
  withoutPaidLeave: 1.32,
  source: 'bls-ecec-2026' as SourceId,
};

export interface PriceRange {
  low: number;
  mid: number;
  high: number;
  unit: 'per employee per year' | 'per year' | 'per hire';
  sources: SourceId[];
  note: string;
}

/** Prices of outside HR providers (weak figures: always shown as ranges). */
export const outsourcingPrices = {
  peo: {
    low: 480,
    mid: 1395,
    high: 2400,
    unit: 'per employee per year',
    sources: ['napeo-2019', 'peo-vendor-quotes', 'peoclarify'],
    note: 'NAPEO average $1,395; vendor quotes $40-$200 per employee per month ($80-$200 at PEOClarify)',
  },
  fractionalHrLeader: {
    low: 36000,
    mid: 90000,
    high: 144000,
    unit: 'per year',
    sources: ['fractional-hr-vendor'],
    note: '$3,000-$12,000 a month',
  },
  benefitsAdministration: {
    low: 48,
    mid: 96,
    high: 144,
    unit: 'per employee per year',
    sources: ['benefits-admin-2008'],
    note: '$4-$12 per employee per month (2008, stale)',
  },
  recruitingPerHire: {
    low: 2700,
    mid: 4129,
    high: 4700,
    unit: 'per hire',
    sources: ['shrm-cost-per-hire'],
    note: 'Cost per hire: PwC Saratoga $2,700, SHRM $4,129 (2016) and about $4,700 (2022)',
  },
} as const satisfies Record<string, PriceRange>;

/** What a PEO takes over: all of payroll and benefits administration, and this share of compliance administration. */
export const peoTakesOver = {
  functions: ['payroll', 'benefits'] as const,
  complianceShare: 0.5,
  sources: ['peo-vendor-quotes', 'roleplan-assumption'] as SourceId[],
  note: 'Payroll, benefits administration and about half of compliance administration (share: assumption)',
};

/** How long a PEO contract usually runs, and the notice to leave it (brokers' contract guides: weak). */
export const peoContract = {
  termMonths: 12,
  noticeDays: { low: 30, high: 90 },
  sources: ['peo-contract-guides'] as SourceId[],
  note: 'PEO contracts often run twelve months, with 30-90 days of notice and fees for leaving early',
};

/** Before the first HR hire: what the founder's HR time and HR software cost (Roleplan's assumption). */
export const beforeFirstHire = {
  /** What a founder's hour is worth: the HR manager median wage an hour, as the lowest fair price. */
  founderHourValueRole: 'hr-manager',
  hoursPerYear: 2080,
  /** HR software, per employee per year. */
  software: { low: 48, mid: 96, high: 180 },
  sources: ['roleplan-assumption', 'bls-oews-2024'] as SourceId[],
  note: 'Before the first HR hire, the founder and line managers do the HR work no provider takes over (its hours come from the workload); the hour is valued at the BLS HR manager median, and the HR software price is a Roleplan assumption',
};

/** Average HR spending per employee, for context on the methodology page. */
export const hrSpendPerEmployee = {
  under250: 2966,
  over2500: 594,
  median: 1087,
  source: 'bna-2017' as SourceId,
};
