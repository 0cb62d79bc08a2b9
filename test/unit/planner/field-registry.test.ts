// The field registry agrees with the profile schema and the command line: one definition of
// each field's bounds, default, URL key and flag.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/engine/profile';
import { ALLOWED, FLAG_TO_FIELD, InputError, profileFromFlags } from '../../../src/cli/flags';
import { formatNumber } from '../../../src/engine/format';
import { fieldByKey, scalarFields, type NumberField } from '../../../src/lib/planner/fields';
import { ENGINE_DEFAULTS, FIRST_VISIT, parseForm } from '../../../src/lib/planner/form-state';
import { catalog } from '../../support/catalog';

const numberFields = scalarFields.filter((field): field is NumberField => field.kind === 'number');
const withScalar = (name: string, text: string) => ({ ...structuredClone(FIRST_VISIT), scalars: { ...FIRST_VISIT.scalars, [name]: text } });

describe('field registry', () => {
  it.each(numberFields.map((field) => [field.name, field] as const))('%s accepts its bounds and rejects just past them', (_name, field) => {
    expect(parseForm(withScalar(field.name, String(field.min)), catalog).ok).toBe(true);
    expect(parseForm(withScalar(field.name, String(field.max)), catalog).ok).toBe(true);
    const step = field.integer ? 1 : 0.5;
    expect(parseForm(withScalar(field.name, String(field.min - step)), catalog).ok).toBe(false);
    expect(parseForm(withScalar(field.name, String(field.max + step)), catalog).ok).toBe(false);
  });

  it('gives the schema defaults as the form text of an empty link', () => {
    const parsed = parseProfile({ employees: 1 });
    expect(parsed.ok).toBe(true);
    const profile = parsed.ok ? (parsed.profile as unknown as Record<string, unknown>) : {};
    for (const field of scalarFields.filter((candidate) => candidate.kind !== 'text')) {
      const expected = profile[field.name];
      expect(ENGINE_DEFAULTS.scalars[field.name], field.name).toBe(field.name === 'employees' || expected === undefined ? '' : String(expected));
    }
  });

  it('leaves text fields (state headcounts, start month) empty: their parsers give the default', () => {
    for (const field of scalarFields.filter((candidate) => candidate.kind === 'text')) expect(ENGINE_DEFAULTS.scalars[field.name]).toBe('');
  });

  it('has one URL key and one CLI flag per field, and the CLI maps each flag to the same field', () => {
    expect(new Set(scalarFields.map((field) => field.key)).size).toBe(scalarFields.length);
    expect(fieldByKey.size).toBe(scalarFields.length);
    for (const field of scalarFields) expect(FLAG_TO_FIELD[field.flag as keyof typeof FLAG_TO_FIELD], field.flag).toBe(field.name);
  });

  it.each(numberFields.map((field) => [field.flag, field] as const))('the command line takes --%s with the bounds of the registry', (_flag, field) => {
    const step = field.integer ? 1 : 0.5;
    const base = field.name === 'employees' ? {} : { employees: '50' };
    expect(() => profileFromFlags({ ...base, [field.flag]: String(field.max) })).not.toThrow();
    expect(ALLOWED[field.flag]).toContain(`from ${formatNumber(field.min)} to ${formatNumber(field.max)}`);
    let message = '';
    try {
      profileFromFlags({ ...base, [field.flag]: String(field.max + step) });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      message = (error as Error).message;
    }
    expect(message.startsWith(`--${field.flag}: `)).toBe(true);
    expect(message).toContain(`(allowed: ${ALLOWED[field.flag]})`);
  });
});

describe('a field overridden by another says what the plan uses', () => {
  const states = scalarFields.find((field) => field.name === 'states')!;
  it('the state count names the states listed when they are more than the number typed', () => {
    expect(states.note?.({ states: '1', stateEmployees: 'CA=40, NY=20' })).toBe('The plan counts 2: the states listed under employees by state.');
    expect(states.note?.({ states: '3', stateEmployees: 'CA=40, NY=20' })).toBeUndefined();
    expect(states.note?.({ states: '1', stateEmployees: '' })).toBeUndefined();
  });
});
