/**
 * Pay on one basis: every role's salary range is read from the BLS OEWS May 2024 national wage
 * percentiles of the occupation (SOC code) the role maps to, placed by the role's rung within
 * that occupation. The percentiles are primary statistics; the placement is Roleplan's rule.
 */
import { z } from 'zod';
import { RUNGS, rungIndex, type Rung } from './role-ladder.ts';

export interface OccupationWages {
  /** The occupation's title in the Standard Occupational Classification. */
  title: string;
  /** 10th, 25th, 50th, 75th and 90th percentile of annual wages, USD. */
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  /** True where BLS publishes the 90th percentile only as "$239,200 or more". */
  topCoded?: boolean;
  /**
   * The rung whose roles sit in the middle of this occupation (25th to 75th percentile). Roles a
   * rung below sit lower, a rung above higher: Roleplan's assumption about who the occupation holds.
   */
  coreRung: Rung;
}

/** BLS OEWS, May 2024, national estimates (source id `bls-oews-2024`). */
export const OCCUPATIONS = {
  '11-3111': { title: 'Compensation and Benefits Managers', p10: 81_660, p25: 105_210, p50: 140_360, p75: 190_890, p90: 239_200, topCoded: true, coreRung: 'director' },
  '11-3121': { title: 'Human Resources Managers', p10: 83_790, p25: 105_590, p50: 140_030, p75: 189_960, p90: 239_200, topCoded: true, coreRung: 'director' },
  '11-3131': { title: 'Training and Development Managers', p10: 75_810, p25: 96_110, p50: 127_090, p75: 169_310, p90: 219_990, coreRung: 'director' },
  '13-1071': { title: 'Human Resources Specialists', p10: 45_440, p25: 55_870, p50: 72_910, p75: 97_270, p90: 126_540, coreRung: 'professional' },
  '13-1075': { title: 'Labor Relations Specialists', p10: 49_880, p25: 67_670, p50: 93_500, p75: 123_090, p90: 153_440, coreRung: 'senior' },
  '13-1141': { title: 'Compensation, Benefits and Job Analysis Specialists', p10: 48_300, p25: 59_700, p50: 77_020, p75: 99_210, p90: 128_830, coreRung: 'professional' },
  '13-1151': { title: 'Training and Development Specialists', p10: 37_510, p25: 48_900, p50: 65_850, p75: 91_550, p90: 120_190, coreRung: 'professional' },
  '43-3051': { title: 'Payroll and Timekeeping Clerks', p10: 36_670, p25: 45_440, p50: 55_290, p75: 65_750, p90: 78_830, coreRung: 'professional' },
  '43-4161': { title: 'Human Resources Assistants, Except Payroll and Timekeeping', p10: 36_090, p25: 42_360, p50: 49_440, p75: 58_560, p90: 67_140, coreRung: 'assistant' },
} as const satisfies Record<string, OccupationWages>;

export type SocCode = keyof typeof OCCUPATIONS;
export const SOC_CODES = Object.keys(OCCUPATIONS) as [SocCode, ...SocCode[]];

type Percentile = 'p10' | 'p25' | 'p50' | 'p75' | 'p90';

/** Where a role sits within its occupation, by how many rungs it is from the occupation's core. */
export const PLACEMENTS = {
  lower: { offset: -1, low: 'p10', mid: 'p25', high: 'p50', label: '10th to 50th percentile, median at the 25th' },
  core: { offset: 0, low: 'p25', mid: 'p50', high: 'p75', label: '25th to 75th percentile, median at the 50th' },
  upper: { offset: 1, low: 'p50', mid: 'p75', high: 'p90', label: '50th to 90th percentile, median at the 75th' },
} as const satisfies Record<string, { offset: number; low: Percentile; mid: Percentile; high: Percentile; label: string }>;

export type Placement = keyof typeof PLACEMENTS;

/** The placement of a rung within an occupation, or null when the rung is too far from the occupation's core. */
export function placementFor(soc: SocCode, rung: Rung): Placement | null {
  const offset = rungIndex(rung) - rungIndex(OCCUPATIONS[soc].coreRung);
  const found = (Object.keys(PLACEMENTS) as Placement[]).find((key) => PLACEMENTS[key].offset === offset);
  return found ?? null;
}

export interface DerivedSalary {
  min: number;
  median: number;
  max: number;
  currency: 'USD';
  source: 'bls-oews-2024';
  basis: string;
  occupation: SocCode;
  placement: Placement;
}

/** The salary range of a role on `rung` in occupation `soc`; throws where the rung cannot be placed. */
export function deriveSalary(soc: SocCode, rung: Rung): DerivedSalary {
  const placement = placementFor(soc, rung);
  const wages: OccupationWages = OCCUPATIONS[soc];
  if (!placement) {
    throw new Error(
      `rung "${rung}" is more than one rung from the core of SOC ${soc} (${wages.coreRung}); map the role to another occupation`,
    );
  }
  const place = PLACEMENTS[placement];
  const top = place.high === 'p90' && wages.topCoded ? '; BLS top-codes the 90th percentile at $239,200, so the high end runs higher' : '';
  return {
    min: wages[place.low],
    median: wages[place.mid],
    max: wages[place.high],
    currency: 'USD',
    source: 'bls-oews-2024',
    basis: `SOC ${soc} ${wages.title}, ${place.label}; ${placement} placement for a ${rung}-rung role${top}`,
    occupation: soc,
    placement,
  };
}

/** A pay figure a seed document gives for the role, kept beside the BLS range and never mixed into it. */
export const seedPaySchema = z
  .object({
    /** Low end the seed gives, USD. */
    min: z.number().int().positive(),
    /** High end the seed gives, USD. */
    max: z.number().int().positive(),
    /** The seed document's source id. */
    source: z.enum(['seed-uptalent', 'seed-assistant-manager', 'seed-tallenta']),
    /** What the seed's figure refers to, e.g. "HR Supervisor II". */
    label: z.string().trim().min(1),
  })
  .refine((seed) => seed.min <= seed.max, { error: 'min must not exceed max' });

export type SeedPay = z.output<typeof seedPaySchema>;

/** The salary block of a role's frontmatter: the occupation it maps to, and optionally a seed's figure. */
export const salaryInputSchema = z.object({
  /** SOC code of the BLS occupation the role maps to. */
  occupation: z.enum(SOC_CODES, { error: `must be one of the SOC codes ${SOC_CODES.join(', ')}` }),
  /** A seed document's pay figure for the role, shown beside the BLS range. */
  seed: seedPaySchema.optional(),
});

