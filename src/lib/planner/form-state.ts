// What the visitor typed, exactly as typed, and how it becomes a profile. Text is never
// thrown away: a bad value stays in its field with a message, and the last good plan stays.
import * as z from 'zod/mini';
import { HR_FUNCTIONS, type HrFunction } from '../../engine/hr-functions.ts';
import {
  INDUSTRY_LABELS,
  OUTSOURCE_OPTIONS,
  parseProfile,
  PRIORITY_LEVELS,
  type OutsourceOption,
  type PriorityLevel,
  type Profile,
} from '../../engine/profile.ts';
import type { RoleCatalog } from '../../engine/roles.ts';
import { scalarFields, schemaDefaults, type NumberField } from './fields.ts';
import { formatStateHeadcounts, parseStateHeadcounts } from '../../engine/state-headcounts.ts';
import { currentMonth } from '../../engine/calendar.ts';

export interface ExistingRow {
  role: string;
  fte: string;
}

export interface FormValues {
  /** Scalar fields by profile name, as typed ('' is empty; toggles are 'true' or 'false'). */
  scalars: Record<string, string>;
  priorities: Partial<Record<HrFunction, PriorityLevel>>;
  existing: ExistingRow[];
  outsource: OutsourceOption[];
  /** 'budget': show the budget-fitting plan instead of the recommended one ("Use this plan"). */
  plan?: 'budget';
}

/** The engine's own defaults, as form text: what a shared link means when it leaves a field out. */
export const ENGINE_DEFAULTS: FormValues = {
  scalars: { ...schemaDefaults },
  priorities: {},
  existing: [],
  outsource: [],
};

/** What a first visitor sees: a growing 60-person technology company, so a plan shows at once. */
export const FIRST_VISIT: FormValues = {
  ...ENGINE_DEFAULTS,
  scalars: { ...ENGINE_DEFAULTS.scalars, employees: '60', industry: 'technology', growthPct: '25' },
};

/** A profile as form text: the inverse of parseForm, for links built from a profile. */
export function valuesFromProfile(profile: Profile): FormValues {
  const scalars: Record<string, string> = {};
  for (const field of scalarFields) {
    const value = (profile as Record<string, unknown>)[field.name];
    scalars[field.name] =
      field.name === 'stateEmployees'
        ? formatStateHeadcounts(profile.stateEmployees)
        : value === undefined || (field.name === 'start' && value === currentMonth())
          ? '' // this month is the start's default: a link leaves it out, as the planner's do
          : String(value);
  }
  return {
    scalars,
    priorities: { ...profile.priorities },
    existing: Object.entries(profile.existingTeam).map(([role, fte]) => ({ role, fte: String(fte) })),
    outsource: [...profile.outsource],
  };
}

/** Field name -> message, for every field with a problem. Existing-team rows are `existing.<index>`. */
export type FieldErrors = Record<string, string>;

export type FormResult = { ok: true; profile: Profile } | { ok: false; errors: FieldErrors };

const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
/** A money amount as people write it: "$120,000", "120k", "1.2m", "120 000". */
const MONEY_TEXT = /^\$?\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*([km])?$/i;
const MONEY_SCALE = { k: 1_000, m: 1_000_000 } as const;

/** Text without thousands separators; money fields also drop "$" and read a k or m suffix. */
export function normalizeNumberText(text: string, money = false): string {
  const plain = text.trim().replace(/,/g, '');
  if (!money) return plain;
  const match = MONEY_TEXT.exec(plain.replace(/(\d)\s+(?=\d)/g, '$1'));
  if (!match) return plain;
  const suffix = match[2]?.toLowerCase() as keyof typeof MONEY_SCALE | undefined;
  if (!suffix) return match[1]!;
  return String(Math.round(Number(match[1]) * MONEY_SCALE[suffix] * 100) / 100);
}

type NumberTextField = Pick<NumberField, 'label' | 'required' | 'money'>;

/** Zod schema of one number field's text: '' is absent, anything else must be a number. */
export function numberText(field: NumberTextField) {
  return z
    .pipe(
      z.pipe(z.string(), z.transform((text: string) => normalizeNumberText(text, field.money))),
      z.string().check(
        z.refine((text) => text !== '' || !field.required, { error: `${field.label} is required`, abort: true }),
        z.refine((text) => text === '' || NUMBER_TEXT.test(text), {
          error: field.money ? `${field.label} must be an amount in dollars, like 120000, $120,000 or 120k` : `${field.label} must be a number`,
        }),
      ),
    );
}

/** Parses one number field's text: undefined when empty, a number, or the field's message. */
export function parseNumberText(field: NumberTextField, text: string) {
  const result = numberText(field).safeParse(text);
  if (!result.success) return { ok: false as const, message: firstMessage(result.error) };
  return { ok: true as const, value: result.data === '' ? undefined : Number(result.data) };
}

const toggleText = z.pipe(z.enum(['true', 'false']), z.transform((text: 'true' | 'false') => text === 'true'));
const priorityValue = z.enum(PRIORITY_LEVELS);
const outsourceValue = z.enum(OUTSOURCE_OPTIONS);

function firstMessage(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? 'Invalid value';
}

/** Turns form text into a profile, or into messages by field. Never throws. */
export function parseForm(values: FormValues, catalog: RoleCatalog): FormResult {
  const errors: FieldErrors = {};
  const input: Record<string, unknown> = {};
  for (const field of scalarFields) {
    const text = values.scalars[field.name] ?? '';
    if (field.kind === 'number') {
      const result = parseNumberText(field, text);
      if (!result.ok) errors[field.name] = result.message;
      else if (result.value !== undefined) input[field.name] = result.value;
    } else if (field.kind === 'toggle') {
      const result = toggleText.safeParse(text);
      input[field.name] = result.success ? result.data : false;
    } else if (field.name === 'stateEmployees') {
      const parsed = parseStateHeadcounts([text]);
      if (parsed.ok) input.stateEmployees = parsed.value;
      else errors.stateEmployees = parsed.message;
    } else if (text.trim() !== '') {
      input[field.name] = field.name === 'horizonMonths' ? Number(text) : text.trim();
    }
  }
  const priorities: Record<string, string> = {};
  for (const fn of HR_FUNCTIONS) {
    const level = values.priorities[fn];
    if (level && priorityValue.safeParse(level).success) priorities[fn] = level;
  }
  input.priorities = priorities;
  input.outsource = values.outsource.filter((option) => outsourceValue.safeParse(option).success);
  const existing: Record<string, number> = {};
  values.existing.forEach((row, index) => {
    const key = `existing.${index}`;
    if (!catalog[row.role]) {
      errors[key] = 'Choose a role';
      return;
    }
    const fte = parseNumberText({ label: 'FTE', required: true }, row.fte);
    if (!fte.ok) errors[key] = fte.message;
    else if (row.role in existing) errors[key] = 'This role is listed twice';
    else existing[row.role] = fte.value!;
  });
  input.existingTeam = existing;

  const result = parseProfile(input);
  if (!result.ok) {
    for (const error of result.errors) {
      const [name, detail] = error.field.split('.') as [string, string | undefined];
      if (name === 'existingTeam' && detail) {
        const index = values.existing.findIndex((row) => row.role === detail);
        errors[`existing.${index}`] ??= error.message.replace('Existing FTE', 'FTE');
      } else {
        errors[name] ??= error.message;
      }
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return result.ok ? { ok: true, profile: result.profile } : { ok: false, errors: { profile: 'Invalid profile' } };
}

/** The first-visit example in a few words, for the label that says it is an example. */
export function exampleName(profile: Profile): string {
  return `a ${INDUSTRY_LABELS[profile.industry].toLowerCase()} company of ${profile.employees} people growing ${profile.growthPct}% a year`;
}
