// Command-line flags and CSV columns -> a profile input, parsed with zod. Every problem
// becomes one line naming the flag and what is allowed.
import { z } from 'zod';
import { HR_FUNCTIONS } from '../engine/hr-functions.ts';
import { OUTSOURCE_OPTIONS, parseProfile, PRIORITY_LEVELS, type Profile, type FieldError } from '../engine/profile.ts';
import { formatNumber } from '../engine/format.ts';
import { listFlags, scalarFields, schemaDefaults, type ScalarField } from '../lib/planner/fields.ts';
import { STRUCTURES, type Structure } from '../engine/structures.ts';
import { parseStateHeadcounts } from '../engine/state-headcounts.ts';
import { unknownExistingRoles, unknownRolesMessage } from '../engine/existing-team.ts';
import type { RoleCatalog } from '../engine/roles.ts';

// Every flag comes from the field registry the form and links share (src/lib/planner/fields.ts).

/** The list fields (priorities, existing team, outsourcing) and their repeatable flags. */
const LIST_FLAGS = Object.entries(listFlags).map(([name, flag]) => ({ name, flag }));

/** Profile fields by their flag name (`--growth` sets `growthPct`); also the CSV columns. */
export const FLAG_TO_FIELD: Readonly<Record<string, string>> = Object.fromEntries([
  ...scalarFields.map((field) => [field.flag, field.name]),
  ...LIST_FLAGS.map(({ name, flag }) => [flag, name]),
]);
export type ProfileFlag = string;
const FIELD_TO_FLAG = Object.fromEntries(Object.entries(FLAG_TO_FIELD).map(([flag, field]) => [field, flag])) as Record<string, ProfileFlag>;

/** Flags given more than once, one entry each (`--state CA=40 --state NY=15`). */
export const REPEATABLE_FLAGS: ReadonlySet<ProfileFlag> = new Set([
  ...scalarFields.filter((field) => field.kind === 'text' && field.repeatable).map((field) => field.flag),
  ...LIST_FLAGS.map(({ flag }) => flag),
]);

/** Flags that are on or off (`--unionized`, `--unionized=false`). */
export const TOGGLE_FLAGS: ReadonlySet<ProfileFlag> = new Set(scalarFields.filter((field) => field.kind === 'toggle').map((field) => field.flag));

const orList = (values: string[]) => (values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`);

function allowedText(field: ScalarField): string {
  if (field.kind === 'number') {
    const range = `from ${formatNumber(field.min)} to ${formatNumber(field.max)}`;
    if (field.unit === '%') return `a percentage ${range}`;
    if (field.money) return `US dollars a year, ${range}`;
    return `${field.integer ? 'a whole number' : 'a number'} ${range}`;
  }
  if (field.kind === 'choice') return `${orList(field.options.map((option) => option.value))}${field.unit ? ` ${field.unit}` : ''}`;
  if (field.kind === 'toggle') return 'true or false (or the bare flag)';
  return TEXT_FORMATS[field.name] ?? field.placeholder ?? 'text';
}

/** How the free-text and repeatable fields are written on the command line. */
const TEXT_FORMATS: Record<string, string> = {
  stateEmployees: "CODE=COUNT, CODE a state's postal code (the 50 states and DC) and COUNT the employees there, e.g. CA=40; together at most --employees",
  start: 'the calendar month of month 0, YYYY-MM such as 2027-01 (default: this month)',
  priorities: `FUNCTION=LEVEL, FUNCTION one of ${HR_FUNCTIONS.join(', ')} and LEVEL one of ${PRIORITY_LEVELS.join(', ')}`,
  existingTeam: 'ROLE=FTE, ROLE a role slug such as hr-generalist and FTE from 0 to 500',
  outsource: orList([...OUTSOURCE_OPTIONS]),
};

/** What each flag allows, for messages and --help. */
export const ALLOWED: Readonly<Record<ProfileFlag, string>> = Object.fromEntries([
  ...scalarFields.map((field) => [field.flag, allowedText(field)]),
  ...LIST_FLAGS.map(({ name, flag }) => [flag, TEXT_FORMATS[name]!]),
]);

/** The profile's fields for --help, in the registry's order: flag, what it holds, what it allows, its default. */
export function profileFlagHelp(): string[] {
  const metavar = (field: ScalarField) =>
    field.kind === 'toggle' ? '' : field.kind === 'number' ? (field.unit === '%' ? ' PCT' : field.money ? ' USD' : ' N') : field.kind === 'choice' ? ' VALUE' : field.name === 'start' ? ' YYYY-MM' : ' CODE=COUNT';
  const line = (left: string, right: string) => `  ${left.padEnd(25)}${right}`;
  const lines = scalarFields.map((field) => {
    // A number left empty has a meaning of its own, the first words of its placeholder ("no limit").
    const placeholder = field.kind === 'number' ? field.placeholder?.split(',')[0] : undefined;
    const stated = field.kind !== 'toggle' && schemaDefaults[field.name];
    const fallback = stated ? `default ${stated}` : placeholder ? `default: ${placeholder}` : '';
    const repeat = field.kind === 'text' && field.repeatable ? '; repeatable' : '';
    return line(`--${field.flag}${metavar(field)}`, `${field.label}: ${allowedText(field)}${fallback ? ` (${fallback})` : ''}${repeat}`);
  });
  const listMetavar: Record<string, string> = { priority: ' FN=LEVEL', existing: ' ROLE=FTE', outsource: ' WHAT' };
  const listLabels: Record<string, string> = { priority: 'Priority of an HR function', existing: 'HR staff you already have', outsource: 'Work you are willing to outsource' };
  for (const { flag } of LIST_FLAGS) lines.push(line(`--${flag}${listMetavar[flag] ?? ''}`, `${listLabels[flag] ?? flag}: ${ALLOWED[flag]}; repeatable`));
  return lines;
}

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
  for (const field of scalarFields) {
    const value = raw[field.flag];
    if (value === undefined || field.name === 'stateEmployees') continue;
    const text = last(value);
    // A choice among numbers (the horizon) is a number too.
    const numeric = field.kind === 'number' || (field.kind === 'choice' && field.options.every((option) => numberText.safeParse(option.value).success));
    if (numeric) {
      if (!numberText.safeParse(text).success) fail(field.flag, text);
      input[field.name] = Number(text);
    } else if (field.kind === 'toggle') {
      const word = text.toLowerCase();
      if (!booleanText.safeParse(word).success) fail(field.flag, word);
      input[field.name] = ['', 'true', 'yes', '1'].includes(word);
    } else {
      input[field.name] = text;
    }
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

/**
 * The profile the flags describe; throws InputError with one line on the first problem. With a
 * role catalog, existing-team slugs are checked against it.
 */
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
  // A message that already lists the choices ("must be one of: …") is not followed by the same list again.
  const allowed = flag && !/must be one of/i.test(first.message) ? ` (allowed: ${ALLOWED[flag]})` : '';
  throw new InputError(flag ? `--${flag}: ${first.message}${allowed}` : `${first.field}: ${first.message}`);
}

export const structureFlag = z.enum(STRUCTURES, {
  error: `--structure: must be one of ${STRUCTURES.join(', ')}`,
});

export function parseStructure(value: string): Structure {
  const result = structureFlag.safeParse(value);
  if (!result.success) throw new InputError(`--structure: must be one of ${STRUCTURES.join(', ')} (got "${value}")`);
  return result.data;
}
