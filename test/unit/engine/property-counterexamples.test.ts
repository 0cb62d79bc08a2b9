// Profiles the 10,000-run engine properties found (CI, seed 20261121), kept as plain cases so a
// developer's 1,000-run pass catches them too. Each failed before the fix named beside it.
import { describe, expect, it } from 'vitest';
import { HR_FUNCTIONS, planFor, profile, recommend, type Plan, type ProfileInput } from '../../../src/engine';
import { catalog } from '../../support/catalog';

const at = (input: ProfileInput) => profile(input);
const covered = (plan: Plan) => HR_FUNCTIONS.filter((fn) => (plan.budget.alternative ?? plan).coverage[fn] !== 'gap').length;

describe('counterexamples from the 10,000-run properties', () => {
  it('the assistant-manager layer never shrinks as a PEO client grows (its HR manager counts inside the team)', () => {
    const base: ProfileInput = { employees: 209, growthPct: 10, attritionPct: 0, states: 49, outsource: ['peo'] };
    let previous = 0;
    for (let employees = 200; employees <= 300; employees += 1) {
      const fte = planFor(at({ ...base, employees }), 'assistant-manager', catalog, { full: false }).hrFte;
      expect(fte, `${employees} employees`).toBeGreaterThanOrEqual(previous);
      previous = fte;
    }
  });

  it('a larger budget buys at least as much of the work: a 10,001-person company at $443k and $1.35M', () => {
    const base: ProfileInput = { employees: 10_001, growthPct: 0 };
    const tight = recommend(at({ ...base, budget: 443_094 }), catalog, { full: false });
    const ample = recommend(at({ ...base, budget: 1_348_447 }), catalog, { full: false });
    expect(tight.budget.alternativeCovers).not.toBeNull();
    expect(ample.budget.alternativeCovers!).toBeGreaterThanOrEqual(tight.budget.alternativeCovers!);
    expect(covered(ample)).toBeGreaterThanOrEqual(covered(tight));
  });

  it('the first full-time lead does not raise cost by a third for one more employee (102 to 103 employees)', () => {
    const base: ProfileInput = {
      employees: 102, growthPct: 10, attritionPct: 51, states: 4, countries: 10, remotePct: 82,
      unionized: true, federalContractor: true, automation: 'advanced',
    };
    for (let employees = 100; employees <= 200; employees += 1) {
      const [a, b] = [employees, employees + 1].map((count) => planFor(at({ ...base, employees: count }), 'generalist', catalog, { full: false }));
      expect(b!.cost.loaded.mid / a!.cost.loaded.mid, `${employees} to ${employees + 1}`).toBeLessThanOrEqual(1.25);
    }
  });

  it('a VP over many directors keeps a workable span when the assistant-manager layer is added (13,164 people, hyper-growth)', () => {
    const plan = planFor(
      at({ employees: 13_164, growthPct: 160, industry: 'technology', countries: 5, priorities: { recruiting: 'high' } }),
      'assistant-manager',
      catalog,
      { full: false },
    );
    for (const lead of plan.team) {
      const reports = plan.team.filter((member) => member.reportsTo === lead.role).reduce((sum, member) => sum + member.fte, 0);
      expect(reports / lead.fte, lead.role).toBeLessThanOrEqual(12);
    }
    // Assistant managers supervise coordinators and generalists: each has at least three of them.
    const assistants = plan.team.find((member) => member.role === 'hr-assistant-manager')!;
    const supervised = plan.team.filter((member) => member.reportsTo === 'hr-assistant-manager').reduce((sum, member) => sum + member.fte, 0);
    expect(supervised / assistants.fte).toBeGreaterThanOrEqual(3);
  });
});
