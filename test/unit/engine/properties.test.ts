// Properties that must hold for every valid profile (fast-check; run count from test/support/property-runs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HR_FUNCTIONS, planFor, recommend, STRUCTURES, type CoverageLevel, type Plan } from '../../../src/engine';
import { sources } from '../../../src/engine/data/sources';
import { loadedFactor } from '../../../src/engine/cost';
import { analyze, pickStructure } from '../../../src/engine/analysis';
import { FTE_STEP } from '../../../src/engine/data/workload';
import { plannedRoles } from '../../../src/engine/team';
import { catalog } from '../../support/catalog';
import { employeesArb, profileArb } from '../../support/profile-arbitrary';
import { propertySettings } from '../../support/property-runs';

const settings = propertySettings();

/** Every number anywhere in the plan, with its path. */
function numbersIn(value: unknown, path = 'plan', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => numbersIn(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) numbersIn(item, `${path}.${key}`, out);
  }
  return out;
}

const RANK: Record<CoverageLevel, number> = { gap: 0, outsourced: 1, broad: 1, deep: 2 };
const coverageScore = (plan: Plan) => HR_FUNCTIONS.reduce((sum, fn) => sum + RANK[plan.coverage[fn]], 0);

// Each property checks PROPERTY_RUNS profiles (10,000 in CI) unless it says otherwise.
describe('engine properties over generated profiles', { timeout: 600_000 }, () => {
  it('never throws and has no NaN, Infinity or negative figure (full plans with the timeline)', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        // The threshold scan is covered by its own property below, on fewer profiles.
        const plan = recommend(profile, catalog, { thresholds: false });
        const bad = numbersIn(plan).filter(([, number]) => !Number.isFinite(number) || number < 0);
        expect(bad).toEqual([]);
        expect(plan.timeline).toHaveLength(profile.horizonMonths + 1);
      }),
      settings,
    );
  });

  it('team cost equals the sum of its roles, and the pick has the top score', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const plan = recommend(profile, catalog, { full: false });
        const factor = loadedFactor(profile.employees);
        let salaryMid = 0;
        let loadedMid = 0;
        let loadedHigh = 0;
        for (const member of plan.team) {
          const salary = catalog[member.role]!.salary;
          const mid = Math.round(salary.median * member.fte * member.payFactor);
          salaryMid += mid;
          loadedMid += Math.round(mid * factor);
          loadedHigh += Math.round(Math.round(salary.max * member.fte * member.payFactor) * factor);
        }
        expect(plan.cost.salary.mid).toBe(salaryMid);
        expect(plan.cost.loaded.mid).toBe(loadedMid);
        expect(plan.cost.loaded.high).toBe(loadedHigh);
        expect(plan.cost.loaded.mid).toBe(plan.team.reduce((sum, member) => sum + member.loaded.mid, 0));
        expect(plan.cost.salary.low).toBe(plan.team.reduce((sum, member) => sum + member.salary.low, 0));
        expect(plan.hrFte).toBeCloseTo(plan.team.reduce((sum, member) => sum + member.fte, 0), 9);
        const top = Math.max(...STRUCTURES.map((s) => plan.scores[s]));
        expect(plan.scores[plan.structure]).toBe(top);
      }),
      settings,
    );
  });

  // Per structure: the recommendation may switch to a leaner structure as a company grows (an
  // assistant-manager layer adds supervision that a hybrid team does not carry).
  it('HR FTE of each structure never falls as employees rise, all else fixed', () => {
    fc.assert(
      fc.property(profileArb, employeesArb, fc.constantFrom(...STRUCTURES), (profile, other, structure) => {
        const [low, high] = [Math.min(profile.employees, other), Math.max(profile.employees, other)];
        const small = planFor({ ...profile, employees: low }, structure, catalog, { full: false });
        const large = planFor({ ...profile, employees: high }, structure, catalog, { full: false });
        expect(large.hrFte).toBeGreaterThanOrEqual(small.hrFte);
      }),
      settings,
    );
  });

  // What a founder can afford: the plan when it fits, its budget alternative when it does not.
  const affordable = (plan: Plan): Plan => plan.budget.alternative ?? plan;

  it('a larger budget never shrinks the budget alternative', () => {
    fc.assert(
      // Without an existing team: the budget alternative does not yet build on existing staff.
      fc.property(profileArb.map((profile) => ({ ...profile, existingTeam: {} })), fc.integer({ min: 1_000, max: 50_000_000 }), (profile, otherBudget) => {
        const budget = profile.budget ?? 100_000;
        const [less, more] = [Math.min(budget, otherBudget), Math.max(budget, otherBudget)];
        const tight = recommend({ ...profile, budget: less }, catalog, { full: false });
        const ample = recommend({ ...profile, budget: more }, catalog, { full: false });
        // Both over budget: the larger budget's alternative covers at least as much of the work
        // (in-house FTE plus what providers take off the team), then at least as many functions.
        fc.pre(!tight.budget.fits && !ample.budget.fits);
        const work = (plan: Plan) =>
          (plan.budget.alternativeCovers ?? 0) + HR_FUNCTIONS.filter((fn) => affordable(plan).coverage[fn] !== 'gap').length / 100;
        expect(work(ample) + 1e-9).toBeGreaterThanOrEqual(work(tight));
      }),
      settings,
    );
  });

  it('every explanation entry has a known source, for every structure', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...STRUCTURES), (profile, structure) => {
        const plan = planFor(profile, structure, catalog, { full: false });
        expect(plan.explanation.length).toBeGreaterThan(0);
        for (const entry of plan.explanation) {
          expect(entry.source in sources, `${entry.id} has source ${entry.source}`).toBe(true);
          for (const id of entry.sources) expect(id in sources, `${entry.id} cites ${id}`).toBe(true);
          expect(entry.detail.length).toBeGreaterThan(10);
        }
        for (const obligation of plan.obligations) expect(obligation.source in sources).toBe(true);
      }),
      settings,
    );
  });

  it('the quick pick used for thresholds agrees with the full analysis, and thresholds are where the pick changes', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const plan = recommend(profile, catalog);
        expect(pickStructure(profile, catalog)).toBe(analyze(profile, catalog).pick);
        expect(plan.structure).toBe(pickStructure(profile, catalog));
        for (const threshold of plan.thresholds) {
          expect(pickStructure({ ...profile, employees: threshold.employees }, catalog)).toBe(threshold.structure);
          expect(pickStructure({ ...profile, employees: threshold.employees - 1 }, catalog)).not.toBe(threshold.structure);
        }
      }),
      // A threshold scan plans about a hundred headcounts: 50 profiles.
      propertySettings(200),
    );
  });

  it('recruiting FTE grows in step with hires', () => {
    fc.assert(
      fc.property(profileArb, fc.double({ min: 0, max: 100, noNaN: true }), (profile, attritionPct) => {
        const a = recommend(profile, catalog, { full: false }).workload;
        const b = recommend({ ...profile, attritionPct }, catalog, { full: false }).workload;
        if (a.hiresPerYear < 1 || b.hiresPerYear < 1) return;
        expect(b.loads.recruiting / b.hiresPerYear).toBeCloseTo(a.loads.recruiting / a.hiresPerYear, 9);
      }),
      settings,
    );
  });

  // A half-FTE step is itself a quarter of a 2-FTE team and a third of a 1.5-FTE team, so where a
  // quarter of the cost is less than half an FTE of the team's dearest role, that is the bound.
  it('one more employee moves hrFte by at most one step, and cost by at most 25% (or one half-FTE step and the new employee’s fees) above 100 employees (generalist and hybrid teams)', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 100, max: 99_999 }), fc.constantFrom('generalist' as const, 'hybrid' as const), (profile, employees, structure) => {
        const a = planFor({ ...profile, employees, budget: undefined }, structure, catalog, { full: false });
        const b = planFor({ ...profile, employees: employees + 1, budget: undefined }, structure, catalog, { full: false });
        expect(Math.abs(b.hrFte - a.hrFte)).toBeLessThanOrEqual(FTE_STEP + 1e-9);
        const [x, y] = [a.cost.loaded.mid + a.cost.outsourced.mid, b.cost.loaded.mid + b.cost.outsourced.mid];
        const halfStep = FTE_STEP * Math.max(...[...a.team, ...b.team].map((member) => member.loaded.mid / member.fte), 0);
        // Plus the new employee's own provider fees; 1e-4: members are rounded to the dollar one by one.
        const feesPerEmployee = b.cost.outsourced.mid / (employees + 1);
        if (x > 0) expect(y - x).toBeLessThanOrEqual(Math.max(0.25 * x, halfStep + feesPerEmployee) * (1 + 1e-4));
      }),
      settings,
    );
  });

  // A specialist in every area pays for idle time until the areas fill a specialist each: the
  // engine recommends that structure only where the premium has become modest, and once the HR
  // team is large the specialist team does about the work of the hybrid team, not a second layer
  // on top of it.
  it('a recommended specialist team costs at most 1.5 times the hybrid team; once the hybrid team is 40 FTE, at most 1.3 times (no budget, no existing team)', () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const profile = { ...input, budget: undefined, existingTeam: {} };
        const specialist = planFor(profile, 'specialist', catalog, { full: false });
        const hybrid = planFor(profile, 'hybrid', catalog, { full: false });
        if (hybrid.hrFte === 0) return;
        const ratio = specialist.cost.loaded.mid / hybrid.cost.loaded.mid;
        if (pickStructure(profile, catalog) === 'specialist') expect(ratio).toBeLessThanOrEqual(1.5);
        if (hybrid.hrFte >= 40) expect(ratio).toBeLessThanOrEqual(1.3);
      }),
      settings,
    );
  });

  // Spans are the engine's to set only where it builds the whole team: an existing team keeps its own shape.
  it('no lead has more than 12 reports per FTE (teams the engine builds), and the chart has one head', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...STRUCTURES), (profile, structure) => {
        const plan = planFor(profile, structure, catalog, { full: false });
        if (plan.hrFte === 0) return;
        expect(plan.team.filter((member) => member.reportsTo === null)).toHaveLength(1);
        const roles = new Set(plan.team.map((member) => member.role));
        for (const lead of plan.team) {
          const reports = plan.team.filter((member) => member.reportsTo === lead.role).reduce((sum, member) => sum + member.fte, 0);
          if (Object.keys(profile.existingTeam).length === 0) expect(reports / lead.fte, `${lead.role} in ${structure}`).toBeLessThanOrEqual(12);
          if (lead.reportsTo !== null) expect(roles.has(lead.reportsTo)).toBe(true);
        }
      }),
      settings,
    );
  });

  // The seed plans an assistant manager for three to five reports: with fewer, the layer is overhead.
  it('a recommended assistant-manager layer gives each assistant manager at least three FTE to supervise (teams the engine builds)', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        if (Object.keys(profile.existingTeam).length > 0) return;
        const plan = recommend(profile, catalog, { full: false });
        if (plan.structure !== 'assistant-manager') return;
        const managers = plan.team.filter((member) => member.role === 'hr-assistant-manager').reduce((sum, member) => sum + member.fte, 0);
        const supervised = plan.team.filter((member) => member.reportsTo === 'hr-assistant-manager').reduce((sum, member) => sum + member.fte, 0);
        expect(supervised / managers).toBeGreaterThanOrEqual(3);
      }),
      settings,
    );
  });

  // The planner ships job-posting text only for the roles the engine can place.
  it('every role a plan hires is one the engine lists as planned', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...STRUCTURES), (profile, structure) => {
        const plan = planFor(profile, structure, catalog, { thresholds: false });
        const hired = plan.timeline.flatMap((month) => month.hires.map((hire) => hire.role));
        const built = plan.team.filter((member) => !(member.role in profile.existingTeam)).map((member) => member.role);
        expect([...hired, ...built].filter((role) => !plannedRoles.has(role))).toEqual([]);
      }),
      settings,
    );
  });

  it('timeline hires add up to the end team minus the existing team', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const plan = recommend(profile, catalog, { thresholds: false });
        const hired = plan.timeline.reduce((sum, month) => sum + month.hires.reduce((s, hire) => s + hire.fte, 0), 0);
        const existing = Object.values(profile.existingTeam).reduce((sum, fte) => sum + fte, 0);
        const end = plan.timeline[plan.timeline.length - 1]!.hrFte;
        expect(hired).toBeCloseTo(Math.max(0, end - existing), 6);
      }),
      settings,
    );
  });

  // One plan, one story: the team the page shows is the team month 0 of the timeline puts in place.
  it('today\u2019s team is exactly what month 0 hires, plus the existing staff it keeps', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const plan = recommend(profile, catalog, { thresholds: false });
        const byRole = (entries: [string, number][]) => {
          const map = new Map<string, number>();
          for (const [role, fte] of entries) if (fte > 1e-9) map.set(role, (map.get(role) ?? 0) + fte);
          return [...map].sort(([a], [b]) => a.localeCompare(b));
        };
        const team = byRole(plan.team.map((member) => [member.role, member.fte]));
        // Existing people stay on the team, in their own roles or moved into a need the plan has.
        const kept = plan.team.filter((member) => member.fromExisting).map((member): [string, number] => [member.role, member.fromExisting!]);
        const existingTotal = Object.values(profile.existingTeam).reduce((sum, fte) => sum + fte, 0);
        expect(kept.reduce((sum, [, fte]) => sum + fte, 0)).toBeCloseTo(existingTotal, 9);
        const monthZero = byRole([...kept, ...plan.timeline[0]!.hires.map((hire): [string, number] => [hire.role, hire.fte])]);
        expect(monthZero).toEqual(team);
      }),
      settings,
    );
  });

  it('a budget alternative, fees included, never exceeds the budget', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        if (profile.budget === undefined) return;
        const plan = recommend(profile, catalog, { full: false });
        const limit = profile.budget;
        expect(plan.budget.fits).toBe(plan.cost.loaded.mid + plan.cost.outsourced.mid <= limit);
        const alternative = plan.budget.alternative;
        if (alternative) expect(alternative.cost.loaded.mid + alternative.cost.outsourced.mid).toBeLessThanOrEqual(limit);
      }),
      settings,
    );
  });
});
