// The planner's boundaries: form text -> profile, and the URL query <-> form.
import { describe, expect, it } from 'vitest';
import { ENGINE_DEFAULTS, FIRST_VISIT, parseForm, type FormValues } from '../../../src/lib/planner/form-state';
import { fromQuery, toQuery } from '../../../src/lib/planner/url-state';
import { catalog } from '../../support/catalog';

const withScalars = (scalars: Record<string, string>): FormValues => ({
  ...structuredClone(FIRST_VISIT),
  scalars: { ...FIRST_VISIT.scalars, ...scalars },
});

describe('parseForm', () => {
  it('turns the first-visit form into a profile', () => {
    const result = parseForm(FIRST_VISIT, catalog);
    expect(result.ok && result.profile).toMatchObject({ employees: 60, industry: 'technology', growthPct: 25 });
  });

  it.each([
    ['employees', '-5', 'Employees must be at least 1'],
    ['employees', 'abc', 'Employees must be a number'],
    ['employees', '9999999', 'Employees must be at most 100,000'],
    ['employees', '', 'Employees is required'],
    ['employees', '12.5', 'Employees must be a whole number'],
    ['growthPct', '500', 'Growth must be at most 300%'],
    ['budget', '10', 'Budget must be at least $1,000 a year (leave it empty for no limit)'],
  ])('%s = "%s" gives "%s" on that field', (field, text, message) => {
    const result = parseForm(withScalars({ [field]: text }), catalog);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field]).toBe(message);
  });

  it('accepts thousands separators and leaves optional fields out when empty', () => {
    const result = parseForm(withScalars({ employees: '1,200', budget: '', attritionPct: '' }), catalog);
    expect(result.ok && result.profile.employees).toBe(1200);
    expect(result.ok && result.profile.budget).toBeUndefined();
    expect(result.ok && result.profile.attritionPct).toBeUndefined();
  });

  it.each([
    ['$120,000', 120_000],
    ['120k', 120_000],
    ['120K', 120_000],
    ['$ 95.5k', 95_500],
    ['1.2m', 1_200_000],
    ['120 000', 120_000],
    ['120000', 120_000],
  ])('reads the budget "%s" as %d dollars', (text, dollars) => {
    const result = parseForm(withScalars({ budget: text }), catalog);
    expect(result.ok && result.profile.budget).toBe(dollars);
  });

  it.each(['12kk', '$', 'k', 'about 5k'])('rejects the budget "%s" with a message that shows the accepted forms', (text) => {
    const result = parseForm(withScalars({ budget: text }), catalog);
    expect(!result.ok && result.errors.budget).toBe('Yearly HR budget must be an amount in dollars, like 120000, $120,000 or 120k');
  });

  it('reads "k" only in money fields', () => {
    const result = parseForm(withScalars({ employees: '2k' }), catalog);
    expect(!result.ok && result.errors.employees).toBe('Employees must be a number');
  });

  it('checks existing-team rows one by one', () => {
    const values = { ...structuredClone(FIRST_VISIT), existing: [{ role: 'hr-generalist', fte: 'x' }, { role: '', fte: '1' }] };
    const result = parseForm(values, catalog);
    expect(!result.ok && result.errors).toEqual({ 'existing.0': 'FTE must be a number', 'existing.1': 'Choose a role' });
  });
});

describe('URL state', () => {
  it('round-trips every kind of input through the query', () => {
    const values: FormValues = {
      scalars: { ...ENGINE_DEFAULTS.scalars, employees: '35', growthPct: '100', industry: 'technology', budget: '250000', unionized: 'true', horizonMonths: '36' },
      priorities: { recruiting: 'high', payroll: 'low' },
      existing: [{ role: 'hr-generalist', fte: '1' }],
      outsource: ['payroll', 'benefits'],
    };
    const query = toQuery(values);
    expect(query).toBe('e=35&i=technology&u=1&g=100&h=36&b=250000&p=recruiting:high,payroll:low&x=hr-generalist:1&o=benefits,payroll');
    const back = fromQuery(query, catalog);
    expect(back.ignored).toEqual([]);
    expect(back.values.scalars).toEqual(values.scalars);
    expect(back.values.priorities).toEqual(values.priorities);
    expect(back.values.existing).toEqual(values.existing);
    expect([...back.values.outsource].sort()).toEqual(['benefits', 'payroll']);
  });

  it('keeps the choice of the budget plan in the link (pl=budget) and names any other value', () => {
    const values: FormValues = { ...withScalars({ employees: '35', budget: '120000' }), plan: 'budget' };
    const query = toQuery(values);
    expect(query).toContain('pl=budget');
    expect(fromQuery(query, catalog).values.plan).toBe('budget');
    expect(toQuery({ ...values, plan: undefined })).not.toContain('pl=');
    const odd = fromQuery('e=35&pl=cheapest', catalog);
    expect(odd.values.plan).toBeUndefined();
    expect(odd.ignored).toEqual(['Ignored pl=cheapest: the only other plan a link can show is the budget plan (pl=budget).']);
  });

  it('opens the first-visit example when there is no query', () => {
    expect(fromQuery('', catalog)).toEqual({ values: FIRST_VISIT, ignored: [] });
  });

  it('ignores bad and unknown settings, names each, and keeps the rest', () => {
    const { values, ignored } = fromQuery('?e=80&g=fast&i=mining&zz=1&p=recruiting:urgent&x=wizard:1&o=catering,payroll&b=-4', catalog);
    expect(values.scalars.employees).toBe('80');
    expect(values.scalars.growthPct).toBe('10');
    expect(values.scalars.industry).toBe('other');
    expect(values.scalars.budget).toBe('');
    expect(values.outsource).toEqual(['payroll']);
    expect(ignored).toEqual(
      expect.arrayContaining([
        'Ignored unknown setting "zz".',
        'Ignored priority "recruiting:urgent": expected a function and low, normal or high.',
        'Ignored existing role "wizard": not a role Roleplan knows.',
        'Ignored outsourcing option "catering".',
        'Ignored g=fast: Growth in the next 12 months must be a number.',
        expect.stringMatching(/^Ignored i=mining: Industry must be one of/),
        'Ignored b=-4: Budget must be at least $1,000 a year (leave it empty for no limit).',
      ]),
    );
    expect(parseForm(values, catalog).ok).toBe(true);
  });

  it('puts a budget typed as "$120,000" or "120k" in the link as digits', () => {
    expect(toQuery(withScalars({ budget: '$120,000' }))).toContain('b=120000');
    expect(toQuery(withScalars({ budget: '120k' }))).toContain('b=120000');
    expect(fromQuery('e=35&b=120k', catalog).values.scalars.budget).toBe('120k');
    expect(fromQuery('e=35&b=120k', catalog).ignored).toEqual([]);
  });

  it('names a repeated setting like any other bad value and uses the first', () => {
    const { values, ignored } = fromQuery('e=35&e=900&g=20&g=30', catalog);
    expect(values.scalars.employees).toBe('35');
    expect(values.scalars.growthPct).toBe('20');
    expect(ignored).toEqual([
      'Ignored the repeated setting e=900: the link gives "e" more than once, so the first one is used.',
      'Ignored the repeated setting g=30: the link gives "g" more than once, so the first one is used.',
    ]);
  });

  it.each(['maybe', '2', ''])('names a yes/no setting with the value "%s" and keeps the default', (value) => {
    const { values, ignored } = fromQuery(`e=35&u=${value}`, catalog);
    expect(values.scalars.unionized).toBe('false');
    expect(ignored).toEqual([`Ignored u=${value}: some employees are under a union contract must be 1 (yes) or 0 (no).`]);
  });

  it.each([['1', 'true'], ['yes', 'true'], ['true', 'true'], ['0', 'false'], ['no', 'false']])('reads u=%s as %s', (value, expected) => {
    const { values, ignored } = fromQuery(`e=35&u=${value}`, catalog);
    expect(values.scalars.unionized).toBe(expected);
    expect(ignored).toEqual([]);
  });

  it('fills in a missing employee count with a notice', () => {
    const { values, ignored } = fromQuery('g=20', catalog);
    expect(values.scalars.employees).toBe('60');
    expect(ignored).toEqual(['The link gives no employees; using 60.']);
  });

  it('refuses an absurdly long query without crashing', () => {
    const { values, ignored } = fromQuery(`e=${'9'.repeat(5000)}`, catalog);
    expect(values).toEqual(FIRST_VISIT);
    expect(ignored).toHaveLength(1);
  });
});
