// Command-line flags and CSV columns -> a profile input, parsed with zod. Every problem
// becomes one line naming the flag and what is allowed.
import { z } from 'zod';
import { HR_FUNCTIONS } from '../engine/hr-functions.ts';
import { parseProfile, PRIORITY_LEVELS, type Profile, type FieldError } from '../engine/profile.ts';
import { STRUCTURES, type Structure } from '../engine/structures.ts';
import { parseStateHeadcounts } from '../engine/state-headcounts.ts';
import { unknownExistingRoles, unknownRolesMessage } from '../engine/existing-team.ts';
import type { RoleCatalog } from '../engine/roles.ts';

/** Profile fields by their flag name (`--growth` sets `growthPct`). */
export const FLAG_TO_FIELD = {
  employees: 'employees',
  growth: 'growthPct',
  attrition: 'attritionPct',
  industry: 'industry',
  states: 'states',
  state: 'stateEmployees',
  countries: 'countries',
  remote: 'remotePct',
  unionized: 'unionized',
  'federal-contractor': 'federalContractor',
  budget: 'budget',
  automation: 'automation',
  horizon: 'horizonMonths',
  start: 'start',
  priority: 'priorities',
  existing: 'existingTeam',
  outsource: 'outsource',
} as const;
export type ProfileFlag = keyof typeof FLAG_TO_FIELD;
const FIELD_TO_FLAG = Object.fromEntries(Object.entries(FLAG_TO_FIELD).map(([flag, field]) => [field, flag])) as Record<
  string,
  ProfileFlag
>;

const NUMBER_FLAGS = ['employees', 'growth', 'attrition', 'states', 'countries', 'remote', 'budget', 'horizon'] as const;
const BOOLEAN_FLAGS = ['unionized', 'federal-contractor'] as const;

/** What each flag allows, for messages and --help. */
export const ALLOWED: Record<ProfileFlag, string> = {
  employees: 'a whole number from 1 to 100,000',
  growth: 'a percentage from -50 to 300',
  attrition: 'a percentage from 0 to 100',
  industry: 'technology, healthcare, manufacturing, retail, nonprofit, finance, professional-services, hospitality, education, public-sector or other',
  states: 'a whole number from 1 to 50',
  state: "CODE=COUNT, CODE a state's postal code (the 50 states and DC) and COUNT the employees there, e.g. CA=40; together at most --employees",
  countries: 'a whole number from 1 to 50',
  remote: 'a percentage from 0 to 100',
  unionized: 'true or false (or the bare flag)',
  'federal-contractor': 'true or false (or the bare flag)',
  budget: 'US dollars a year, from 1,000 to 1,000,000,000',
  automation: 'none, basic or advanced',
  horizon: '12, 24 or 36 months',
  start: 'the calendar month of month 0, YYYY-MM such as 2027-01 (default: this month)',
  priority: `FUNCTION=LEVEL, FUNCTION one of ${HR_FUNCTIONS.join(', ')} and LEVEL one of ${PRIORITY_LEVELS.join(', ')}`,
  existing: 'ROLE=FTE, ROLE a role slug such as hr-generalist and FTE from 0 to 500',
  outsource: 'payroll, benefits, recruiting, executive-search, learning or peo',
};

export class InputError extends Error {}

const numberText = z.string().trim().regex(/^[-+]?(\d+(\.\d*)?|\.\d+)$/);
const booleanText = z.enum(['', 'true', 'false', 'yes', 'no', '1', '0']);
const pairText = z.string().regex(/^[^=\s]+=[^=\s]+$/);

/** Raw flag values as strings (repeatable ones as lists). */
export type RawFlags = Partial<Record<ProfileFlag, string | string[] | boolean>>;

function fail(flag: ProfileFlag, got: string): never {
  throw new InputError(`--${flag}: must be ${ALLOWED[flag]} (got "${got}")`);
}

const asList = (value: string | string[] | boolean | undefined) =>
  value === undefined || typeof value === 'boolean' ? [] : Array.isArray(value) ? value : [value];
const last = (value: string | string[] | boolean) =>
  typeof value === 'boolean' ? String(value) : Array.isArray(value) ? value[value.length - 1]! : value;

/** Turns raw flag strings into a profile input object (types only; bounds are the profile schema's job). */
export function toProfileInput(raw: RawFlags): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const flag of NUMBER_FLAGS) {
    const value = raw[flag];
    if (value === undefined) continue;
    const text = last(value);
    if (!numberText.safeParse(text).success) fail(flag, text);
    input[FLAG_TO_FIELD[flag]] = Number(text);
  }
  for (const flag of BOOLEAN_FLAGS) {
    const value = raw[flag];
    if (value === undefined) continue;
    const text = last(value).toLowerCase();
    if (!booleanText.safeParse(text).success) fail(flag, text);
    input[FLAG_TO_FIELD[flag]] = ['', 'true', 'yes', '1'].includes(text);
  }
  for (const flag of ['industry', 'automation', 'start'] as const) {
    const value = raw[flag];
    if (value !== undefined) input[FLAG_TO_FIELD[flag]] = last(value);
  }
  const priorities: Record<string, string> = {};
  for (const pair of asList(raw.priority)) {
    if (!pairText.safeParse(pair).success) fail('priority', pair);
    const [fn, level] = pair.split('=') as [string, string];
    priorities[fn] = level;
  }
  if (raw.priority !== undefined) input.priorities = priorities;
  const existing: Record<string, number> = {};
  for (const pair of asList(raw.existing)) {
    if (!pairText.safeParse(pair).success) fail('existing', pair);
    const [role, fte] = pair.split('=') as [string, string];
    if (!numberText.safeParse(fte).success) fail('existing', pair);
    existing[role] = Number(fte);
  }
  if (raw.existing !== undefined) input.existingTeam = existing;
  if (raw.outsource !== undefined) input.outsource = asList(raw.outsource);
  if (raw.state !== undefined) {
    const parsed = parseStateHeadcounts(asList(raw.state));
    if (!parsed.ok) throw new InputError(`--state: ${parsed.message} (allowed: ${ALLOWED.state})`);
    input.stateEmployees = parsed.value;
  }
  return input;
}

/** The flag a profile error belongs to, e.g. "growthPct" -> "growth", "priorities.payroll" -> "priority". */
export function flagFor(error: FieldError): ProfileFlag | undefined {
  return FIELD_TO_FLAG[error.field.split('.')[0]!];
}

/** Parses raw flags into a profile; throws InputError with one line on the first problem. */
/** The profile the flags describe; with a role catalog, existing-team slugs are checked against it. */
export function profileFromFlags(raw: RawFlags, catalog?: RoleCatalog): Profile {
  const input = toProfileInput(raw);
  if (input.employees === undefined) throw new InputError(`--employees: required, ${ALLOWED.employees}`);
  const result = parseProfile(input);
  if (result.ok) {
    const unknown = catalog ? unknownExistingRoles(result.profile.existingTeam, catalog) : [];
    if (unknown.length > 0) throw new InputError(`--existing: ${unknownRolesMessage(unknown, catalog!)}`);
    return result.profile;
  }
  const first = result.errors[0]!;
  const flag = flagFor(first);
  throw new InputError(flag ? `--${flag}: ${first.message} (allowed: ${ALLOWED[flag]})` : `${first.field}: ${first.message}`);
}

export const structureFlag = z.enum(STRUCTURES, {
  error: `--structure: must be one of ${STRUCTURES.join(', ')}`,
});

export function parseStructure(value: string): Structure {
  const result = structureFlag.safeParse(value);
  if (!result.success) throw new InputError(`--structure: must be one of ${STRUCTURES.join(', ')} (got "${value}")`);
  return result.data;
}
