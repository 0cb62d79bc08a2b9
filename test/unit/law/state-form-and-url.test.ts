// Where people work, in the planner's form and links: state headcounts and the start month.
import { describe, expect, it } from 'vitest';
import { fromQuery, toQuery } from '../../../src/lib/planner/url-state';
import { parseForm, valuesFromProfile, ENGINE_DEFAULTS } from '../../../src/lib/planner/form-state';
import { profile } from '../../../src/engine';
import { STATE_CODES } from '../../../src/engine/data/state-codes';
import { catalog } from '../../support/catalog';

const parsed = (query: string) => {
  const state = fromQuery(query, catalog);
  const result = parseForm(state.values, catalog);
  return { ...state, result };
};

describe('state headcounts in links and the form', () => {
  it('reads a link with state headcounts and a start month, and writes it back the same', () => {
    const { result, ignored } = parsed('e=60&sh=CA:40,NY:15&sm=2027-01');
    expect(ignored).toEqual([]);
    expect(result.ok && result.profile).toMatchObject({ employees: 60, stateEmployees: { CA: 40, NY: 15 }, states: 2, start: '2027-01' });
    const values = valuesFromProfile(profile({ employees: 60, stateEmployees: { CA: 40, NY: 15 }, start: '2027-01' }));
    expect(values.scalars.stateEmployees).toBe('CA=40, NY=15');
    expect(toQuery(values)).toContain('sh=CA:40,NY:15');
    expect(toQuery(values)).toContain('sm=2027-01');
  });

  it('keeps old links with a bare state count working', () => {
    const { result, ignored } = parsed('e=60&st=3');
    expect(ignored).toEqual([]);
    expect(result.ok && result.profile).toMatchObject({ states: 3, stateEmployees: {} });
  });

  it('opens a link with a bad state list anyway, naming what it ignored', () => {
    for (const [query, words] of [
      ['e=60&sh=ZZ:4', 'Unknown state code "ZZ"'],
      ['e=60&sh=CA:70', 'add up to 70, more than the 60 employees'],
      ['e=60&sh=CA:-3', 'must be at least 0'],
      ['e=60&sm=2027-13', 'Start must be a month'],
    ] as const) {
      const { result, ignored } = parsed(query);
      expect(result.ok, query).toBe(true);
      expect(ignored.join(' '), query).toContain(words);
    }
  });

  it('gives the form field its own message, naming the problem', () => {
    const values = structuredClone(ENGINE_DEFAULTS);
    values.scalars.employees = '50';
    values.scalars.stateEmployees = 'CA=30, XX=2';
    const result = parseForm(values, catalog);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.stateEmployees).toContain('Unknown state code "XX"');
    values.scalars.stateEmployees = 'CA 30';
    const typo = parseForm(values, catalog);
    if (!typo.ok) expect(typo.errors.stateEmployees).toBe('"CA 30" is not CODE=COUNT, e.g. CA=40');
  });

  it('knows the 50 states and DC', () => {
    expect(STATE_CODES).toHaveLength(51);
    expect(STATE_CODES).toContain('DC');
    for (const code of STATE_CODES) expect(profile({ employees: 2, stateEmployees: { [code]: 1 } }).stateEmployees).toEqual({ [code]: 1 });
  });
});
