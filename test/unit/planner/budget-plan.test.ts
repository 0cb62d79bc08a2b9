// "Use this plan": the budget alternative as a whole plan, held at its size over the horizon.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import CostSection from '../../../src/islands/planner/CostSection';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/engine/plan';
import { parseProfile, type Profile } from '../../../src/engine/profile';
import { budgetPlanOverTime, HELD_NOTE } from '../../../src/lib/planner/budget-plan';
import { catalog } from '../../support/catalog';

function profileOf(input: Record<string, unknown>): Profile {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error('bad profile');
  return parsed.profile;
}

describe('budget plan over time', () => {
  it('a PEO the alternative prices at the low end of quotes stays at that price in every year', () => {
    const profile = profileOf({ employees: 30, industry: 'finance', growthPct: 10, budget: 40_000 });
    const plan = recommend(profile, catalog);
    const held = budgetPlanOverTime(plan, profile, catalog)!;
    expect(held.outsourcing.find((item) => item.option === 'peo')?.quotedAt).toBe('low');
    // Year 1 at the low quote (the PEO is paid per employee, so it grows a little with the company), far below the mid-range price.
    expect(held.spend[0]!.outsourced.mid).toBeLessThan(plan.budget.limit!);
    expect(held.spend[0]!.outsourced.mid).toBeLessThan(plan.cost.outsourced.mid * 0.6);
  });

  it('holds the alternative team every month, hired at month 0, with the recommended headcounts', () => {
    const profile = profileOf({ employees: 35, growthPct: 80, states: 3, budget: 120_000, industry: 'technology' });
    const plan = recommend(profile, catalog);
    const held = budgetPlanOverTime(plan, profile, catalog)!;
    const alternative = plan.budget.alternative!;
    expect(held.team).toEqual(alternative.team);
    expect(held.timeline.map((month) => month.employees)).toEqual(plan.timeline.map((month) => month.employees));
    expect(held.timeline.every((month) => month.hrFte === alternative.hrFte)).toBe(true);
    expect(held.timeline[0]!.hires.reduce((sum, hire) => sum + hire.fte, 0)).toBeCloseTo(alternative.hrFte);
    expect(held.timeline.slice(1).every((month) => month.hires.length === 0)).toBe(true);
    expect(held.spend).toHaveLength(2);
    expect(held.warnings).toContain(HELD_NOTE);
    // Held at a team that fits today, it costs less each year than the growing recommended plan.
    held.spend.forEach((year, index) => {
      expect(year.loaded.mid).toBeLessThan(plan.spend[index]!.loaded.mid);
    });
  });

  it("costs, in a year with no growth, what the engine's alternative costs a year", () => {
    const profile = profileOf({ employees: 120, growthPct: 0, budget: 150_000, industry: 'manufacturing', unionized: true, outsource: ['benefits', 'recruiting'] });
    const plan = recommend(profile, catalog);
    const held = budgetPlanOverTime(plan, profile, catalog)!;
    const alternative = plan.budget.alternative!;
    const year = held.spend[0]!;
    // Within $50: the year adds twelve months each rounded to the dollar.
    expect(year.loaded.mid).toBeCloseTo(alternative.cost.loaded.mid, -2);
    expect(year.outsourced.mid).toBeCloseTo(alternative.cost.outsourced.mid, -2);
    expect(year.loaded.mid + year.outsourced.mid).toBeLessThanOrEqual(150_000 + 1);
  });

  it('hires nobody where the existing team is as large as the alternative', () => {
    // Before: 0.5 generalist, 0.5 recruiter and 0.5 compliance hired at month 0 beside "no hires now" (review 22 M4).
    const profile = profileOf({ employees: 130, industry: 'retail', growthPct: 50, budget: 200_000, existingTeam: { 'hr-generalist': 0.5, 'hr-coordinator': 2 } });
    const plan = recommend(profile, catalog);
    const held = budgetPlanOverTime(plan, profile, catalog)!;
    expect(plan.budget.alternative!.hrFte).toBeLessThanOrEqual(2.5);
    expect(held.timeline[0]!.hires).toEqual([]);
  });

  it('hires only the rows beyond the people placed in the alternative, and the page says when the team alone is over', () => {
    const profile = profileOf({ employees: 300, industry: 'technology', growthPct: 30, budget: 240_000, existingTeam: { 'hr-manager': 1, recruiter: 1 } });
    const plan = recommend(profile, catalog);
    const held = budgetPlanOverTime(plan, profile, catalog)!;
    const hired = held.timeline[0]!.hires.reduce((sum, hire) => sum + hire.fte, 0);
    expect(hired).toBeCloseTo(plan.budget.alternative!.hrFte - 2, 9);
    expect(held.timeline[0]!.hires.map((hire) => hire.role)).not.toContain('hr-manager');
    const tight = profileOf({ ...profile, budget: 200_000 });
    const html = renderToString(h(CostSection, { plan: recommend(tight, catalog) }));
    expect(html).toContain('data-testid="budget-note"');
    expect(html).toContain('Your current HR team alone costs about $237,267 a year');
    expect(html).not.toContain('A plan that fits the budget');
  });

  it('is null when the plan fits or has no budget', () => {
    const none = profileOf({ employees: 60 });
    expect(budgetPlanOverTime(recommend(none, catalog), none, catalog)).toBeNull();
    const rich = profileOf({ employees: 60, budget: 5_000_000 });
    expect(budgetPlanOverTime(recommend(rich, catalog), rich, catalog)).toBeNull();
  });
});

describe('the budget plan notice', () => {
  it('says the structure is unchanged rather than "Hybrid team → Hybrid team" (visual review 26)', async () => {
    const { default: BudgetPlanNotice } = await import('../../../src/islands/planner/BudgetPlanNotice');
    const profile = profileOf({ employees: 300, growthPct: 15, industry: 'technology', states: 5, budget: 400_000 });
    const plan = recommend(profile, catalog);
    const shown = budgetPlanOverTime(plan, profile, catalog)!;
    expect(shown.structure).toBe(plan.structure);
    const html = renderToString(h(BudgetPlanNotice, { recommended: plan, shown, focusOnMount: false, onUndo: () => {} }));
    expect(html).toContain('Structure: unchanged (Hybrid team)');
    expect(html).not.toContain('→ <strong>Hybrid team</strong>');
  });
});
