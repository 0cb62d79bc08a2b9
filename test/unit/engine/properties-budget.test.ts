// Properties of budgets and team shape that must hold for every valid profile (fast-check; run
// count from test/support/property-runs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HR_FUNCTIONS, outsourcingComparison, planFor, recommend, STRUCTURES, type Plan } from '../../../src/engine';
import { catalogForStates } from '../../../src/engine/state-pay';
import { formatNumber } from '../../../src/engine/format';
import { spans } from '../../../src/engine/data/team-shape';
import { catalog } from '../../support/catalog';
import { profileArb } from '../../support/profile-arbitrary';
import { propertySettings } from '../../support/property-runs';

const settings = propertySettings();

// Each property checks PROPERTY_RUNS profiles (10,000 in CI) unless it says otherwise.
describe('engine properties over generated profiles: budgets and team shape', { timeout: 600_000 }, () => {
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

  // Spans are the engine's to set only where it builds the whole team: an existing team keeps its own shape.
  it('no lead has more than 12 reports per FTE (teams the engine builds), a line manager\u2019s reason counts its reports, and the chart has one head', () => {
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
          // A line manager's reason counts the reports the chart gives it (after an assistant-manager layer took some).
          const stated = /^Line managers?,? (?:of )?about ([\d.,]+) direct/.exec(lead.reason);
          if (stated && Object.keys(profile.existingTeam).length === 0) {
            expect(Number(stated[1]!.replace(/,/g, '')), `${lead.reason} in ${structure}`).toBeCloseTo(reports / lead.fte, 0);
          }
        }
      }),
      settings,
    );
  });

  // A hybrid of one or two FTE with several areas needing depth once became half-time specialists
  // only (0.5 relations + 0.5 compliance at 79 employees), leaving every other function uncovered.
  it('a hybrid team with staff leaves no function uncovered: its generalists keep what no specialist owns (teams the engine builds)', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const plan = planFor({ ...profile, existingTeam: {} }, 'hybrid', catalog, { full: false });
        if (plan.hrFte === 0) return;
        expect(HR_FUNCTIONS.filter((fn) => plan.coverage[fn] === 'gap')).toEqual([]);
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

  it('a budget alternative, fees included, never exceeds the budget', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        if (profile.budget === undefined) return;
        const plan = recommend(profile, catalog, { full: false });
        const limit = profile.budget;
        expect(plan.budget.fits).toBe(plan.cost.loaded.mid + plan.cost.outsourced.mid <= limit);
        const alternative = plan.budget.alternative;
        if (alternative) expect(alternative.cost.loaded.mid + alternative.cost.outsourced.mid).toBeLessThanOrEqual(limit);
        // A company that needs an HR manager at its head has one on a budget team of more than one
        // person that Roleplan hires (review 26 H1: 800 employees headed by a generalist).
        const hired = alternative && alternative.team.every((member) => (member.fromExisting ?? 0) === 0);
        if (alternative && hired && alternative.hrFte > 1 && profile.employees >= spans.managerFromEmployees.value) {
          expect(alternative.team.some((member) => member.area === 'management')).toBe(true);
        }
      }),
      settings,
    );
  });

  // `outsource` is a willingness: beside an HR team of its own, a priced provider the plan uses
  // costs no more than the company's own staff doing the same work, and one it declines is named.
  it('a provider the plan uses beside its own HR team costs no more than staff; a declined one is named', () => {
    const optionRow = { peo: 'peo', benefits: 'benefits-administration', recruiting: 'recruiting' } as const;
    fc.assert(
      fc.property(profileArb, (profile) => {
        const plan = recommend(profile, catalog, { full: false });
        // No in-house team needed (HR software stands in for one): the providers are the plan.
        if (plan.outsourcing.some((item) => item.option === 'hr-software')) return;
        const rows = outsourcingComparison(profile, catalogForStates(catalog, profile));
        for (const option of ['peo', 'benefits', 'recruiting'] as const) {
          if (!profile.outsource.includes(option)) continue;
          const row = rows.find((candidate) => candidate.id === optionRow[option])!;
          const used = plan.outsourcing.some((item) => item.option === option);
          const declined = plan.warnings.some((text) => text.startsWith('Kept in-house') && text.includes(`$${formatNumber(row.outsourced.mid)} a year`));
          if (used) expect(row.outsourced.mid).toBeLessThanOrEqual(row.inHouse.mid);
          // Benefits administration under a PEO the plan uses is part of the PEO, not weighed apart.
          else if (!(option === 'benefits' && plan.outsourcing.some((item) => item.option === 'peo'))) expect(declined).toBe(true);
        }
      }),
      settings,
    );
  });
});
