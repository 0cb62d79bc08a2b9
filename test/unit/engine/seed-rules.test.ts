// One case per rule: the rule fires on its own case and changes the plan the way its source says.
import { describe, expect, it } from 'vitest';
import { profile, recommend, planFor, rules, type Plan, type ProfileInput } from '../../../src/engine';
import { catalog } from '../../support/catalog';

const plan = (input: ProfileInput) => recommend(profile(input), catalog);
const fired = (result: Plan) => new Set(result.explanation.map((entry) => entry.id));
const roles = (result: Plan) => result.team.map((member) => member.role);

describe('rules from the seed documents', () => {
  it('fast-hiring 30-person startup gets recruiting depth', () => {
    const result = plan({ employees: 30, growthPct: 150, industry: 'technology' });
    expect(fired(result)).toContain('hiring-beyond-generalists');
    expect(fired(result)).toContain('fast-growth-recruiting');
    expect(roles(result)).toContain('recruiter');
    expect(result.coverage.recruiting).toBe('deep');
    expect(result.structure).toBe('hybrid');
    // While the work is one person's, that person is one whole generalist who carries the hiring,
    // with outside help for its peaks: not half a generalist and half a recruiter hired as two.
    const onePerson = plan({ employees: 30, growthPct: 100, industry: 'technology' });
    expect(onePerson.hrFte).toBe(1);
    expect(onePerson.team).toEqual([expect.objectContaining({ role: 'hr-generalist', fte: 1 })]);
    expect(onePerson.team[0]!.reason).toMatch(/hiring \(about \d+ hires a year, [\d.]+ FTE of work\) included: an agency, contractor or consultant carries the peaks/);
    expect(fired(onePerson)).toContain('fast-growth-recruiting');
    // The same company hiring slowly needs no recruiter.
    const steady = plan({ employees: 30, growthPct: 5, industry: 'technology' });
    expect(roles(steady)).not.toContain('recruiter');
    expect(steady.structure).toBe('generalist');
  });

  it('a manufacturer gets compliance and safety depth', () => {
    const result = plan({ employees: 120, industry: 'manufacturing' });
    expect(fired(result)).toContain('manufacturing-safety');
    expect(roles(result)).toContain('hr-compliance-and-safety-specialist');
    expect(result.coverage.compliance).toBe('deep');
    expect(result.workload.priorities.compliance).toBe('high');
    // A retailer of the same size does not.
    const retail = plan({ employees: 120, industry: 'retail' });
    expect(roles(retail)).not.toContain('hr-compliance-and-safety-specialist');
  });

  it('a mid-sized healthcare organisation with a multi-person HR team gets the assistant-manager layer', () => {
    const result = plan({ employees: 400, industry: 'healthcare' });
    expect(result.hrFte).toBeGreaterThanOrEqual(4);
    expect(fired(result)).toContain('assistant-manager-band');
    expect(fired(result)).toContain('assistant-manager-industry');
    expect(result.structure).toBe('assistant-manager');
    expect(roles(result)).toEqual(expect.arrayContaining(['hr-manager', 'hr-assistant-manager', 'hr-coordinator']));
    const assistant = result.team.find((member) => member.role === 'hr-assistant-manager')!;
    expect(assistant.reportsTo).toBe('hr-manager');
    expect(result.team.find((member) => member.role === 'hr-coordinator')!.reportsTo).toBe('hr-assistant-manager');
    // The same size in technology, where the title is rare, stays a hybrid.
    expect(plan({ employees: 400, industry: 'technology' }).structure).toBe('hybrid');
  });

  it('an assistant manager with fewer than three people to supervise does not win the plan', () => {
    // A 400-person unionised plant: the layer's assistant manager would supervise 2.5 FTE, and the
    // hybrid team covers the same functions in depth for less.
    const result = plan({ employees: 400, industry: 'manufacturing', unionized: true });
    expect(fired(result)).toContain('assistant-manager-too-few-reports');
    expect(result.structure).toBe('hybrid');
    expect(result.scores.hybrid).toBeGreaterThan(result.scores['assistant-manager']);
  });

  it('a large company gets specialist teams with business partners', () => {
    const result = plan({ employees: 2000, industry: 'technology' });
    expect(fired(result)).toContain('size-large');
    expect(result.structure).toBe('specialist');
    expect(roles(result)).toContain('hr-business-partner');
    const deep = Object.values(result.coverage).filter((level) => level === 'deep');
    expect(deep.length).toBeGreaterThanOrEqual(6);
    expect(roles(result)).toContain('hr-director');
  });

  it('a tight budget gets generalists plus outsourcing', () => {
    const result = plan({ employees: 80, budget: 95_000, outsource: ['benefits', 'executive-search'] });
    expect(fired(result)).toContain('tight-budget');
    expect(result.structure).toBe('generalist');
    expect(result.coverage.benefits).toBe('outsourced');
    expect(roles(result)).toEqual(['hr-generalist']);
    // Over budget: the alternative fits, with generalists only and outsourced benefits.
    expect(result.budget.fits).toBe(false);
    const alternative = result.budget.alternative!;
    expect(alternative.cost.loaded.mid).toBeLessThanOrEqual(95_000);
    expect(alternative.structure).toBe('generalist');
    expect(alternative.coverage.benefits).toBe('outsourced');
    // The same company with an ample budget is not pushed to generalists by the budget rule.
    expect(fired(plan({ employees: 80, budget: 1_000_000 }))).not.toContain('tight-budget');
  });

  it('49 vs 50 employees changes the obligations', () => {
    const ids = (result: Plan) => result.obligations.filter((o) => o.month === null).map((o) => o.id);
    const at49 = plan({ employees: 49, growthPct: 0 });
    const at50 = plan({ employees: 50, growthPct: 0 });
    expect(ids(at49)).not.toContain('fmla');
    expect(ids(at49)).not.toContain('aca-employer-mandate');
    expect(ids(at50)).toEqual(expect.arrayContaining(['fmla', 'aca-employer-mandate']));
    // Growing from 49, FMLA starts inside the horizon, with its month.
    const growing = plan({ employees: 49, growthPct: 20 });
    const fmla = growing.obligations.find((o) => o.id === 'fmla')!;
    expect(fmla.month).toBeGreaterThan(0);
    expect(fmla.month).toBeLessThanOrEqual(24);
  });
});

describe('every other rule, on its own case', () => {
  const cases: Record<string, { yes: ProfileInput; no: ProfileInput }> = {
    'size-small': { yes: { employees: 20 }, no: { employees: 60 } },
    'size-mid': { yes: { employees: 200 }, no: { employees: 700 } },
    'generalists-to-200': { yes: { employees: 150 }, no: { employees: 250 } },
    'size-large': { yes: { employees: 900 }, no: { employees: 400 } },
    'specialists-underused': { yes: { employees: 700 }, no: { employees: 2000 } },
    'first-hr-hire': { yes: { employees: 25 }, no: { employees: 60 } },
    'reduction-in-force': { yes: { employees: 400, growthPct: -40 }, no: { employees: 400, growthPct: -10 } },
    'hybrid-without-specialist': { yes: { employees: 150, growthPct: 5 }, no: { employees: 300, industry: 'manufacturing' } },
    'fast-growth-recruiting': { yes: { employees: 80, growthPct: 60 }, no: { employees: 80, growthPct: 20 } },
    'manufacturing-safety': { yes: { employees: 80, industry: 'manufacturing' }, no: { employees: 80, industry: 'finance' } },
    'multi-state': { yes: { employees: 200, states: 6 }, no: { employees: 200, states: 2 } },
    'multi-country': { yes: { employees: 200, countries: 3 }, no: { employees: 200 } },
    'unionized-labor-relations': { yes: { employees: 200, unionized: true }, no: { employees: 200 } },
    'federal-contractor': { yes: { employees: 200, federalContractor: true }, no: { employees: 30, federalContractor: true } },
    'assistant-manager-band': { yes: { employees: 300 }, no: { employees: 90 } },
    'assistant-manager-industry': { yes: { employees: 250, industry: 'retail' }, no: { employees: 250, industry: 'finance' } },
    'assistant-manager-while-shrinking': { yes: { employees: 401, growthPct: -20, industry: 'nonprofit' }, no: { employees: 401, growthPct: 0, industry: 'nonprofit' } },
    'no-hr-software': { yes: { employees: 100, automation: 'none' }, no: { employees: 100 } },
    'advanced-hr-software': { yes: { employees: 100, automation: 'advanced' }, no: { employees: 100 } },
    'hiring-beyond-generalists': { yes: { employees: 60, growthPct: 80 }, no: { employees: 60, growthPct: 5 } },
    'assistant-manager-too-few-reports': { yes: { employees: 60 }, no: { employees: 400, industry: 'healthcare' } },
    'one-person-hr': { yes: { employees: 55, growthPct: 0 }, no: { employees: 150 } },
    'tight-budget': { yes: { employees: 100, budget: 150_000 }, no: { employees: 100, budget: 900_000 } },
  };

  it('has a case for every rule', () => {
    expect(Object.keys(cases).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  for (const rule of rules) {
    it(`${rule.id}: fires on its case and not on the contrasting one`, () => {
      const { yes, no } = cases[rule.id]!;
      expect(fired(plan(yes))).toContain(rule.id);
      expect(fired(plan(no))).not.toContain(rule.id);
    });
  }

  it('a union contract staffs employee relations with a labor relations specialist', () => {
    const result = planFor(profile({ employees: 400, unionized: true }), 'hybrid', catalog);
    expect(result.team.map((member) => member.role)).toContain('labor-relations-specialist');
    expect(result.coverage['employee-relations']).toBe('deep');
  });

  it('advanced HR software shrinks the workload, none grows it', () => {
    const at = (automation: 'none' | 'basic' | 'advanced') => plan({ employees: 400, automation }).workload.fte;
    expect(at('advanced')).toBeLessThan(at('basic'));
    expect(at('none')).toBeGreaterThan(at('basic'));
  });

  it('warns about a one-person HR team', () => {
    expect(plan({ employees: 55, growthPct: 0 }).warnings.join(' ')).toMatch(/single point of failure/);
  });
});
