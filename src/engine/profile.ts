// The company profile: the engine's only input, parsed at every boundary (form, URL, CLI, saved scenarios).
import * as z from 'zod/mini';
import { HR_FUNCTIONS, type HrFunction } from './hr-functions.ts';
import { formatNumber } from './format.ts';
import { EMPLOYEES } from './limits.ts';
import { STATE_CODES, type StateCode } from './data/state-codes.ts';
import { currentMonth, isCalendarMonth } from './calendar.ts';
import { choiceValues } from './choices.ts';

export const INDUSTRY_LABELS = {
  technology: 'Technology',
  healthcare: 'Healthcare',
  manufacturing: 'Manufacturing',
  retail: 'Retail',
  nonprofit: 'Nonprofit',
  finance: 'Finance',
  'professional-services': 'Professional services',
  hospitality: 'Hospitality',
  education: 'Education',
  'public-sector': 'Public sector',
  other: 'Other',
};
export const INDUSTRIES = choiceValues(INDUSTRY_LABELS);
export type Industry = (typeof INDUSTRIES)[number];

export const AUTOMATION_LEVELS = ['none', 'basic', 'advanced'] as const;
export type Automation = (typeof AUTOMATION_LEVELS)[number];

export const PRIORITY_LEVELS = ['low', 'normal', 'high'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

export const HORIZONS = [12, 24, 36] as const;
export type Horizon = (typeof HORIZONS)[number];

/** What a company may hand to an outside provider; `peo` covers payroll and benefits together. */
export const OUTSOURCE_LABELS = {
  payroll: 'Payroll',
  benefits: 'Benefits administration',
  recruiting: 'Recruiting (RPO or agencies)',
  'executive-search': 'Executive search',
  learning: 'Training delivery',
  peo: 'A PEO (payroll, benefits and co-employment)',
};
export const OUTSOURCE_OPTIONS = choiceValues(OUTSOURCE_LABELS);
export type OutsourceOption = (typeof OUTSOURCE_OPTIONS)[number];

const list = (values: readonly string[]) => values.join(', ');

// zod/mini: the same schemas with a far smaller bundle, since this file runs in the planner.
const wholeNumber = (field: string, min: number, max: number) =>
  z.number({ error: `${field} must be a number` }).check(
    z.int({ error: `${field} must be a whole number` }),
    z.minimum(min, { error: `${field} must be at least ${formatNumber(min)}` }),
    z.maximum(max, { error: `${field} must be at most ${formatNumber(max)}` }),
  );

const percent = (field: string, min: number, max: number) =>
  z.number({ error: `${field} must be a number` }).check(
    z.minimum(min, { error: `${field} must be at least ${min}%` }),
    z.maximum(max, { error: `${field} must be at most ${max}%` }),
  );

const roleSlug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Existing team roles must be role slugs' }));

export const profileSchema = z.object({
  /** Current headcount, 1 to 100,000. Required. */
  employees: wholeNumber('Employees', EMPLOYEES.min, EMPLOYEES.max),
  /** Expected headcount growth over the next 12 months, percent (-50 to 300). Default 10. */
  growthPct: z._default(percent('Growth', -50, 300), 10),
  /** Yearly turnover to back-fill, percent (0 to 100). Default: the industry's quits rate (BLS JOLTS). */
  attritionPct: z.optional(percent('Attrition', 0, 100)),
  /** Industry, which sets regulation, turnover and structure affinities. Default `other`. */
  industry: z._default(z.enum(INDUSTRIES, { error: `Industry must be one of: ${list(INDUSTRIES)}` }), 'other'),
  /** US states with employees, 1 to 50. Default 1. */
  states: z._default(wholeNumber('States', 1, 50), 1),
  /**
   * Employees by US state (postal code, DC included): `{ CA: 40, NY: 15 }`. The rest of the
   * company works elsewhere in the US or abroad. Default none; the total may not exceed `employees`.
   */
  stateEmployees: z._default(
    z.partialRecord(
      z.enum(STATE_CODES),
      wholeNumber('State headcount', 0, 100_000),
    ),
    {},
  ),
  /** Countries with employees, 1 to 50. Default 1. */
  countries: z._default(wholeNumber('Countries', 1, 50), 1),
  /** Share of employees working remotely, percent. Default 0. */
  remotePct: z._default(percent('Remote share', 0, 100), 0),
  /** Whether any employees are covered by a collective bargaining agreement. Default false. */
  unionized: z._default(z.boolean({ error: 'Unionized must be true or false' }), false),
  /** Whether the company holds US federal contracts. Default false. */
  federalContractor: z._default(z.boolean({ error: 'Federal contractor must be true or false' }), false),
  /** Yearly HR staffing budget in USD; absent means unconstrained. */
  budget: z.optional(
    z.number({ error: 'Budget must be a number' }).check(
      z.minimum(1_000, { error: 'Budget must be at least $1,000 a year (leave it empty for no limit)' }),
      z.maximum(1_000_000_000, { error: 'Budget must be at most $1,000,000,000' }),
    ),
  ),
  /** HR staff the company already has: role slug to FTE. Default none. */
  existingTeam: z._default(
    z.record(
      roleSlug,
      z.number({ error: 'Existing FTE must be a number' }).check(
        z.minimum(0, { error: 'Existing FTE must be at least 0' }),
        z.maximum(500, { error: 'Existing FTE must be at most 500' }),
      ),
    ),
    {},
  ),
  /** Per HR function: low, normal or high. Functions left out take defaults derived from the profile. */
  priorities: z._default(
    z.partialRecord(
      z.enum(HR_FUNCTIONS, { error: `Priority functions must be among: ${list(HR_FUNCTIONS)}` }),
      z.enum(PRIORITY_LEVELS, { error: `Priority must be one of: ${list(PRIORITY_LEVELS)}` }),
    ),
    {},
  ),
  /** HR software maturity, which shrinks administrative load. Default `basic`. */
  automation: z._default(z.enum(AUTOMATION_LEVELS, { error: `Automation must be one of: ${list(AUTOMATION_LEVELS)}` }), 'basic'),
  /** Work the company is willing to hand to an outside provider. Default none. */
  outsource: z.pipe(
    z._default(z.array(z.enum(OUTSOURCE_OPTIONS, { error: `Outsource must be among: ${list(OUTSOURCE_OPTIONS)}` })), []),
    z.transform((options: OutsourceOption[]) => [...new Set(options)].sort()),
  ),
  /** The calendar month of month 0, `YYYY-MM`. Default: this month. */
  start: z._default(
    z.string({ error: 'Start must be a month written YYYY-MM' }).check(
      z.refine(isCalendarMonth, { error: 'Start must be a month written YYYY-MM, from 2000-01 to 2099-12' }),
    ),
    () => currentMonth(),
  ),
  /** How far ahead to plan, in months: 12, 24 or 36. Default 24. */
  horizonMonths: z._default(
    z.union([z.literal(12), z.literal(24), z.literal(36)], { error: 'Horizon must be 12, 24 or 36 months' }),
    24,
  ),
}).check(
  z.refine((input) => sumOf(input.stateEmployees) <= input.employees, {
    error: (issue) => {
      const input = issue.input as { employees: number; stateEmployees: Record<string, number> };
      return `State headcounts add up to ${formatNumber(sumOf(input.stateEmployees))}, more than the ${formatNumber(input.employees)} employees`;
    },
    path: ['stateEmployees'],
    when: (payload) => payload.issues.length === 0,
  }),
);

const sumOf = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);

/** Employees by state with the zero rows dropped, in code order. */
function listedStates(counts: Record<string, number>): Partial<Record<StateCode, number>> {
  return Object.fromEntries(
    Object.entries(counts).filter(([, count]) => count > 0).sort(([a], [b]) => a.localeCompare(b)),
  ) as Partial<Record<StateCode, number>>;
}

/** A profile as people write it: only `employees` is required. */
export type ProfileInput = z.input<typeof profileSchema>;
/** A parsed profile with every default filled in. */
export type Profile = Omit<z.output<typeof profileSchema>, 'stateEmployees'> & {
  stateEmployees: Partial<Record<StateCode, number>>;
};

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: FieldError[] };

/** One problem with one field, in words a person understands. */
export interface FieldError {
  field: string;
  message: string;
}

const unknownStates = (codes: string[]) =>
  `Unknown state code${codes.length === 1 ? '' : 's'} ${codes.map((code) => `"${code}"`).join(', ')}: use the two-letter postal code of one of the 50 states or DC, such as CA or NY`;

/**
 * The number of states a plan counts: the old `states` count keeps working, and listing states
 * with people in them raises it to at least their number.
 */
/** Whether the company gave an HR team of its own. */
export const hasExistingTeam = (profile: Pick<Profile, 'existingTeam'>): boolean => Object.keys(profile.existingTeam).length > 0;

/** FTE of the HR team the company already has. */
export const existingTeamFte = (profile: Pick<Profile, 'existingTeam'>): number => Object.values(profile.existingTeam).reduce((sum, fte) => sum + fte, 0);

export function statesCounted(typed: number, stateEmployees: Record<string, number>): number {
  return Math.min(50, Math.max(typed, Object.keys(listedStates(stateEmployees)).length));
}

/** Parses a profile; never throws. */
export function parseProfile(input: unknown): ProfileResult {
  const result = profileSchema.safeParse(input);
  if (result.success) {
    const stateEmployees = listedStates(result.data.stateEmployees);
    const states = statesCounted(result.data.states, stateEmployees);
    return { ok: true, profile: { ...result.data, stateEmployees, states } };
  }
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || 'profile',
      message:
        issue.code === 'unrecognized_keys' && issue.path[0] === 'stateEmployees'
          ? unknownStates(issue.keys)
          : issue.message,
    })),
  };
}

/** Parses a profile that must be valid (tests, fixed examples); throws with every message otherwise. */
export function profile(input: ProfileInput): Profile {
  const result = parseProfile(input);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.field}: ${error.message}`).join('; '));
  return result.profile;
}

export type Priorities = Record<HrFunction, PriorityLevel>;
