// The profile schema: defaults, bounds and messages a person understands.
import { currentMonth } from '../../../src/engine/calendar';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/engine';

const errors = (input: unknown) => {
  const result = parseProfile(input);
  return result.ok ? [] : result.errors;
};

describe('profile schema', () => {
  it('fills every default from employees alone', () => {
    const result = parseProfile({ employees: 40 });
    expect(result.ok && result.profile).toEqual({
      employees: 40,
      growthPct: 10,
      industry: 'other',
      states: 1,
      countries: 1,
      remotePct: 0,
      unionized: false,
      federalContractor: false,
      existingTeam: {},
      priorities: {},
      automation: 'basic',
      outsource: [],
      horizonMonths: 24,
      stateEmployees: {},
      start: currentMonth(),
    });
  });

  it.each([
    [{ employees: 0 }, 'employees', 'Employees must be at least 1'],
    [{ employees: 100_001 }, 'employees', 'Employees must be at most 100,000'],
    [{ employees: 12.5 }, 'employees', 'Employees must be a whole number'],
    [{ employees: 'ten' }, 'employees', 'Employees must be a number'],
    [{ employees: 10, growthPct: -60 }, 'growthPct', 'Growth must be at least -50%'],
    [{ employees: 10, growthPct: 301 }, 'growthPct', 'Growth must be at most 300%'],
    [{ employees: 10, attritionPct: 120 }, 'attritionPct', 'Attrition must be at most 100%'],
    [{ employees: 10, industry: 'mining' }, 'industry', 'Industry must be one of: technology'],
    [{ employees: 10, states: 51 }, 'states', 'States must be at most 50'],
    [{ employees: 10, budget: 10 }, 'budget', 'Budget must be at least $1,000'],
    [{ employees: 10, horizonMonths: 18 }, 'horizonMonths', 'Horizon must be 12, 24 or 36 months'],
    [{ employees: 10, automation: 'robots' }, 'automation', 'Automation must be one of: none, basic, advanced'],
    [{ employees: 10, priorities: { recruiting: 'urgent' } }, 'priorities.recruiting', 'Priority must be one of: low, normal, high'],
    [{ employees: 10, outsource: ['catering'] }, 'outsource.0', 'Outsource must be among'],
    [{ employees: 10, existingTeam: { 'hr-generalist': -1 } }, 'existingTeam.hr-generalist', 'Existing FTE must be at least 0'],
  ])('rejects %j on %s', (input, field, message) => {
    const found = errors(input);
    expect(found.map((error) => error.field)).toContain(field);
    expect(found.find((error) => error.field === field)!.message).toContain(message);
  });

  it('requires employees', () => {
    expect(errors({}).map((error) => error.field)).toContain('employees');
  });

  it('deduplicates and sorts outsourcing choices', () => {
    const result = parseProfile({ employees: 10, outsource: ['payroll', 'benefits', 'payroll'] });
    expect(result.ok && result.profile.outsource).toEqual(['benefits', 'payroll']);
  });
});
