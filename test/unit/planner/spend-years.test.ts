// The yearly spend table: totals, the running total and each year against the budget, from the
// engine's plan.spend for a real profile.
import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/engine/plan';
import { parseProfile } from '../../../src/engine/profile';
import { spendRows, spendSummary, yearsOverBudget, type SpendRow } from '../../../src/lib/planner/spend-years';
import { formatMoney } from '../../../src/engine/format';
import { catalog } from '../../support/catalog';

function planFor(input: Record<string, unknown>) {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error('bad profile');
  return recommend(parsed.profile, catalog);
}

describe('spend rows', () => {
  it('adds in-house cost and fees per year and keeps a running total', () => {
    const plan = planFor({ employees: 35, growthPct: 80, states: 3, budget: 120_000, industry: 'technology' });
    const rows = spendRows(plan.spend, plan.budget.limit);
    expect(rows.map((row) => row.year)).toEqual([1, 2]);
    let running = 0;
    rows.forEach((row, index) => {
      expect(row.inHouse).toBe(Math.round(plan.spend[index]!.loaded.mid));
      expect(row.fees).toBe(Math.round(plan.spend[index]!.outsourced.mid));
      expect(row.total).toBe(row.inHouse + row.fees);
      running += row.total;
      expect(row.cumulative).toBe(running);
      expect(row.budget).toBe(120_000);
      expect(row.overBy).toBe(Math.max(0, row.total - 120_000));
    });
    // A team growing from 1.5 FTE costs more in its second year than in its first.
    expect(rows[1]!.total).toBeGreaterThan(rows[0]!.total);
    expect(yearsOverBudget(rows)).toEqual(rows.filter((row) => row.total > 120_000).map((row) => row.year));
  });

  it('has no budget figures when no budget is set, and one row a year of a 36-month horizon', () => {
    const plan = planFor({ employees: 200, horizonMonths: 36 });
    const rows = spendRows(plan.spend, plan.budget.limit);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.budget === null && row.overBy === null)).toBe(true);
    expect(yearsOverBudget(rows)).toEqual([]);
  });

  it('counts a generous budget as within it every year', () => {
    const plan = planFor({ employees: 80, budget: 10_000_000 });
    const rows = spendRows(plan.spend, plan.budget.limit);
    expect(rows.every((row) => row.overBy === 0)).toBe(true);
  });
});

describe('spend summary', () => {
  const row = (year: number, total: number, cumulative: number, budget: number | null): SpendRow => ({
    year,
    inHouse: total,
    fees: 0,
    total,
    cumulative,
    budget,
    overBy: budget === null ? null : Math.max(0, total - budget),
  });

  it('names the total, and the years over budget with the largest overrun', () => {
    const plan = planFor({ employees: 35, growthPct: 80, states: 3, budget: 120_000, industry: 'technology' });
    const rows = spendRows(plan.spend, plan.budget.limit);
    const text = spendSummary(rows);
    expect(text).toContain(`Over 2 years this plan costs ${formatMoney(rows[1]!.cumulative)}`);
    expect(text).toContain('yearly budget of $120,000');
    expect(text).toContain(formatMoney(Math.max(...rows.map((r) => r.overBy ?? 0))));
  });

  it('says "Year 2 runs over" when only one year is over, and "within" when none is', () => {
    expect(spendSummary([row(1, 100, 100, 150), row(2, 200, 300, 150)])).toContain('Year 2 runs over your yearly budget of $150, by up to $50.');
    expect(spendSummary([row(1, 100, 100, 150), row(2, 140, 240, 150)])).toContain('Every year stays within your yearly budget of $150.');
    expect(spendSummary([row(1, 200, 200, 150), row(2, 300, 500, 150)])).toContain('Every year runs over');
    expect(spendSummary([row(1, 100, 100, null)])).toBe('Over the first year this plan costs $100 at mid-range pay.');
  });
});
