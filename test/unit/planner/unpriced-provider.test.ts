// A provider with no sourced price (a payroll service alone) is left out of the costs: the budget's
// verdict says so, and what the quote must come under for the plan to fit (review 26 M6: before,
// "today's team fits" counted the payroll provider at $0).
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import CostSection from '../../../src/islands/planner/CostSection';
import { formatMoney } from '../../../src/engine/format';
import { recommend } from '../../../src/engine/plan';
import { profile } from '../../../src/engine/profile';
import { budgetVerdict } from '../../../src/lib/budget-fit';
import { catalog } from '../../support/catalog';

const planWith = (budget: number, outsource: ('payroll' | 'benefits')[]) =>
  recommend(profile({ employees: 48, industry: 'healthcare', growthPct: 10, outsource, budget }), catalog);

describe('a provider without a sourced price against the budget', () => {
  it('a plan that fits says the unpriced provider is not counted and what its quote must come under', () => {
    const plan = planWith(100_000, ['payroll', 'benefits']);
    expect(plan.budget.fits).toBe(true);
    expect(plan.budget.unpriced).toEqual(['payroll provider']);
    const left = 100_000 - plan.cost.loaded.mid - plan.cost.outsourced.mid;
    expect(plan.budget.unpricedNote).toBe(
      `Not counted: the payroll provider, which has no sourced price. The plan fits only if its quote comes to less than the ${formatMoney(left)} a year left.`,
    );
    const html = renderToString(h(CostSection, { plan }));
    expect(html).toContain(`data-testid="budget-unpriced">${plan.budget.unpricedNote}`);
    // The compact verdict of the compare cards and saved scenarios says it too.
    expect(budgetVerdict(plan, 'No limit set')).toBe('Fits before the payroll provider quote');
    expect(budgetVerdict(planWith(60_000, ['payroll']), 'No limit')).toMatch(/^Over by \$[\d,]+ before the payroll provider quote$/);
  });

  it('a plan over its budget says the unpriced provider comes on top; without a budget or an unpriced provider there is no note', () => {
    const over = planWith(60_000, ['payroll']);
    expect(over.budget.fits).toBe(false);
    expect(over.budget.unpricedNote).toBe('Not counted either: the payroll provider, which has no sourced price: it comes on top of the amount over.');
    expect(recommend(profile({ employees: 48, industry: 'healthcare', outsource: ['payroll'] }), catalog).budget.unpricedNote).toBeNull();
    const priced = planWith(100_000, ['benefits']);
    expect(priced.budget.unpriced).toEqual([]);
    expect(priced.budget.unpricedNote).toBeNull();
    expect(renderToString(h(CostSection, { plan: priced }))).not.toContain('budget-unpriced');
  });
});
