// The form in the URL query with short keys, so a copied link reproduces the plan. A link
// with bad or unknown values opens anyway, with a notice naming what was ignored.
import * as z from 'zod/mini';
import { HR_FUNCTIONS, type HrFunction } from '../../engine/hr-functions.ts';
import { OUTSOURCE_OPTIONS, PRIORITY_LEVELS, type OutsourceOption, type PriorityLevel } from '../../engine/profile.ts';
import type { RoleCatalog } from '../../engine/roles.ts';
import { fieldByKey, listKeys, scalarFields } from './fields.ts';
import { ENGINE_DEFAULTS, FIRST_VISIT, normalizeNumberText, parseForm, type FormValues } from './form-state.ts';

const MAX_QUERY_LENGTH = 2_000;
/** Which plan the planner shows: `pl=budget` is the budget-fitting plan ("Use this plan"). */
export const PLAN_KEY = 'pl';

/** The form as a query string: every scalar that differs from the engine default, plus the lists. */
export function toQuery(values: FormValues): string {
  const params = new URLSearchParams();
  for (const field of scalarFields) {
    const typed = (values.scalars[field.name] ?? '').trim();
    // Numbers go in the link as plain digits ("$120,000" and "120k" become 120000).
    const text = field.kind === 'number' ? normalizeNumberText(typed, field.money) : typed;
    if (text === '' || text === ENGINE_DEFAULTS.scalars[field.name]) continue;
    params.set(field.key, field.kind === 'toggle' ? (text === 'true' ? '1' : '0') : field.kind === 'text' && field.compact ? field.compact(text) : text);
  }
  const priorities = HR_FUNCTIONS.filter((fn) => values.priorities[fn]).map((fn) => `${fn}:${values.priorities[fn]}`);
  if (priorities.length > 0) params.set(listKeys.priorities, priorities.join(','));
  const existing = values.existing.filter((row) => row.role && row.fte.trim()).map((row) => `${row.role}:${row.fte.trim()}`);
  if (existing.length > 0) params.set(listKeys.existingTeam, existing.join(','));
  if (values.outsource.length > 0) params.set(listKeys.outsource, [...values.outsource].sort().join(','));
  if (values.plan === 'budget') params.set(PLAN_KEY, 'budget');
  return params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

const TOGGLE_TEXT: Record<string, 'true' | 'false'> = { '1': 'true', true: 'true', yes: 'true', '0': 'false', false: 'false', no: 'false' };

const priorityEntry = z.tuple([z.enum(HR_FUNCTIONS), z.enum(PRIORITY_LEVELS)]);
const outsourceEntry = z.enum(OUTSOURCE_OPTIONS);

export interface QueryState {
  values: FormValues;
  /** One sentence per ignored setting, for the notice. */
  ignored: string[];
}

/**
 * Reads a query string into form values. No query: the first-visit example. Otherwise the
 * engine's defaults with the link's settings on top; each bad or unknown setting is ignored
 * (its default kept) and named.
 */
export function fromQuery(query: string, catalog: RoleCatalog): QueryState {
  const text = query.startsWith('?') ? query.slice(1) : query;
  if (text.trim() === '') return { values: structuredClone(FIRST_VISIT), ignored: [] };
  if (text.length > MAX_QUERY_LENGTH) {
    return { values: structuredClone(FIRST_VISIT), ignored: ['The link is too long to be a Roleplan plan, so the example plan is shown.'] };
  }
  const params = new URLSearchParams(text);
  const values = structuredClone(ENGINE_DEFAULTS);
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    const value = raw.trim();
    // A setting given twice is ambiguous: the first one counts and the repeat is named.
    if (seen.has(key)) {
      ignored.push(`Ignored the repeated setting ${key}=${value}: the link gives "${key}" more than once, so the first one is used.`);
      continue;
    }
    seen.add(key);
    const field = fieldByKey.get(key);
    if (field?.kind === 'toggle') {
      const on = TOGGLE_TEXT[value.toLowerCase()];
      if (on === undefined) ignored.push(`Ignored ${key}=${value}: ${field.label.toLowerCase()} must be 1 (yes) or 0 (no).`);
      else values.scalars[field.name] = on;
      continue;
    }
    if (field) {
      values.scalars[field.name] = field.kind === 'text' && field.expand ? field.expand(value) : value;
      continue;
    }
    if (key === listKeys.priorities) {
      const priorities: Partial<Record<HrFunction, PriorityLevel>> = {};
      for (const entry of value.split(',').filter(Boolean)) {
        const parsed = priorityEntry.safeParse(entry.split(':'));
        if (parsed.success) priorities[parsed.data[0]] = parsed.data[1];
        else ignored.push(`Ignored priority "${entry}": expected a function and low, normal or high.`);
      }
      values.priorities = priorities;
    } else if (key === listKeys.existingTeam) {
      for (const entry of value.split(',').filter(Boolean)) {
        const [role = '', fte = ''] = entry.split(':');
        if (catalog[role]) values.existing.push({ role, fte });
        else ignored.push(`Ignored existing role "${role}": not a role Roleplan knows.`);
      }
    } else if (key === listKeys.outsource) {
      const options: OutsourceOption[] = [];
      for (const entry of value.split(',').filter(Boolean)) {
        const parsed = outsourceEntry.safeParse(entry);
        if (parsed.success) options.push(parsed.data);
        else ignored.push(`Ignored outsourcing option "${entry}".`);
      }
      values.outsource = [...new Set(options)];
    } else if (key === PLAN_KEY) {
      if (value === 'budget') values.plan = 'budget';
      else ignored.push(`Ignored ${key}=${value}: the only other plan a link can show is the budget plan (${key}=budget).`);
    } else {
      ignored.push(`Ignored unknown setting "${key}".`);
    }
  }
  // Settings with bad values fall back to their defaults, one by one, and are named.
  const checked = parseForm(values, catalog);
  if (!checked.ok) {
    const badRows = new Set<number>();
    for (const [name, message] of Object.entries(checked.errors)) {
      if (name.startsWith('existing.')) {
        const index = Number(name.split('.')[1]);
        const row = values.existing[index];
        ignored.push(`Ignored existing role "${row?.role}:${row?.fte}": ${message}.`);
        badRows.add(index);
        continue;
      }
      const field = scalarFields.find((candidate) => candidate.name === name);
      if (!field) continue;
      const typed = values.scalars[name] ?? '';
      const fallback = name === 'employees' ? FIRST_VISIT.scalars.employees! : ENGINE_DEFAULTS.scalars[name]!;
      ignored.push(
        typed === ''
          ? `The link gives no ${field.label.toLowerCase()}; using ${fallback}.`
          : `Ignored ${field.key}=${typed}: ${message}.`,
      );
      values.scalars[name] = fallback;
    }
    values.existing = values.existing.filter((_, index) => !badRows.has(index));
  }
  return { values, ignored };
}
