// Issue 11, money over time: a founder of 35 people growing 80% in three states with a $120k
// budget sees what each year costs, the running total and the budget held against each year,
// and "Use this plan" makes the budget plan the plan shown (Back undoes it).
import { expect, test, type Page } from '@playwright/test';
import { parseProfile, recommend } from '../../src/engine';
import { formatMoney, formatNumber } from '../../src/engine/format';
import { spendRows, type SpendRow } from '../../src/lib/planner/spend-years';
import { budgetPlanOverTime } from '../../src/lib/planner/budget-plan';
import { catalog } from '../support/catalog';
import { documentWidth, field, openTool, WIDTHS } from '../support/tool-pages';
import { axeViolations, recordPageErrors } from '../support/page-checks';

test.describe.configure({ timeout: 90_000 });

const parsed = parseProfile({ employees: 35, growthPct: 80, states: 3, budget: 120_000, industry: 'technology' });
if (!parsed.ok) throw new Error('the founder profile should parse');
const founder = parsed.profile;
const plan = recommend(founder, catalog);
const budgetPlan = budgetPlanOverTime(plan, founder, catalog);
const fteText = (value: number) => `${formatNumber(value, 1)} FTE`;

async function expectSpendTable(page: Page, rows: SpendRow[]) {
  const table = page.getByTestId('spend-table');
  await expect(table.locator('tbody tr')).toHaveCount(rows.length);
  for (const row of rows) {
    const line = table.locator(`tr[data-year="${row.year}"]`);
    await expect(line.locator('[data-cell="total"]')).toHaveText(formatMoney(row.total));
    await expect(line.locator('[data-cell="cumulative"]')).toHaveText(formatMoney(row.cumulative));
    await expect(line.locator('[data-cell="budget"]')).toHaveText('$120,000');
    await expect(line.locator('[data-cell="against"]')).toHaveText(
      row.overBy! > 0 ? `Over by ${formatMoney(row.overBy!)}` : `Within, ${formatMoney(120_000 - row.total)} to spare`,
    );
  }
}

test('the founder profile is over budget, with a budget plan to use', () => {
  expect(plan.budget.fits).toBe(false);
  expect(plan.spend).toHaveLength(2);
  expect(budgetPlan).not.toBeNull();
  expect(budgetPlan!.hrFte).toBeLessThan(plan.hrFte);
});

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('sees yearly and cumulative spend against the budget, and uses the budget plan', async ({ page }) => {
      await openTool(page, '/planner/');
      await field(page, 'Employees').fill('35');
      await field(page, 'Growth in the next 12 months').fill('80');
      await field(page, 'US states with employees').fill('3');
      await field(page, 'Yearly HR budget').fill('$120,000');
      await expect(page).toHaveURL(/b=120000/);

      const rows = spendRows(plan.spend, 120_000);
      await expect(page.getByTestId('hr-fte')).toHaveText(fteText(plan.hrFte));
      await expectSpendTable(page, rows);
      await expect(page.getByTestId('spend-summary')).toContainText(`Over 2 years this plan costs ${formatMoney(rows[1]!.cumulative)}`);
      await expect(page.getByTestId('spend-summary')).toContainText('yearly budget of $120,000');

      // The chart draws once scrolled to, and the page never scrolls sideways.
      const canvas = page.getByTestId('spend').locator('canvas');
      await canvas.scrollIntoViewIfNeeded();
      await expect(canvas).toHaveAttribute('data-chart-ready', 'true');
      expect(await documentWidth(page)).toBeLessThanOrEqual(width);

      // Use the budget plan: it becomes the plan shown, the page says what changed.
      const use = page.getByTestId('use-budget-plan');
      await use.scrollIntoViewIfNeeded();
      await use.click();
      await expect(page).toHaveURL(/pl=budget/);
      const notice = page.getByTestId('budget-plan-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toBeFocused();
      await expect(page.getByTestId('budget-plan-team')).toContainText(`${fteText(plan.hrFte)}`);
      await expect(page.getByTestId('budget-plan-team')).toContainText(`${fteText(budgetPlan!.hrFte)}`);
      await expect(page.getByTestId('hr-fte')).toHaveText(fteText(budgetPlan!.hrFte));
      await expect(page.getByTestId('budget-status')).toContainText(/fits your budget of \$120,000/i);
      await expectSpendTable(page, spendRows(budgetPlan!.spend, 120_000));
      expect(await documentWidth(page)).toBeLessThanOrEqual(width);

      // Back undoes it, as it undoes an edit.
      await page.goBack();
      await expect(page).not.toHaveURL(/pl=budget/);
      await expect(page).toHaveURL(/b=120000/);
      await expect(notice).toHaveCount(0);
      await expect(page.getByTestId('hr-fte')).toHaveText(fteText(plan.hrFte));
      await expectSpendTable(page, rows);
    });
  });
}

test('a link with pl=budget opens on the budget plan, and the notice button returns to the recommended one', async ({ page }) => {
  const errors = recordPageErrors(page);
  await openTool(page, '/planner/', '?e=35&i=technology&st=3&g=80&b=120000&pl=budget');
  await expect(page.getByTestId('budget-plan-notice')).toBeVisible();
  // The new cards (the notice, who to hire first, the spend chart and table) pass axe.
  await page.getByTestId('spend').locator('canvas').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('spend').locator('canvas')).toHaveAttribute('data-chart-ready', 'true');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await expect(page.getByTestId('hr-fte')).toHaveText(fteText(budgetPlan!.hrFte));
  await page.getByTestId('use-recommended-plan').click();
  await expect(page).not.toHaveURL(/pl=budget/);
  await expect(page.getByTestId('hr-fte')).toHaveText(fteText(plan.hrFte));
  await expect(page.getByTestId('budget-plan-notice')).toHaveCount(0);
});

test('who to hire first reads in whole people: one full-time hire and a half-time need with three ways and their costs', async ({ page }) => {
  await openTool(page, '/planner/', '?e=35&i=technology&st=3&g=80&b=120000');
  const list = page.getByTestId('hire-first');
  const due = plan.timeline[0]!.hires.reduce((sum, hire) => sum + hire.fte, 0);
  const whole = plan.timeline[0]!.hires.reduce((sum, hire) => sum + Math.floor(hire.fte + 1e-9), 0);
  await expect(list.locator(':scope > li[data-kind="full-time"]')).toHaveCount(whole > 0 ? 1 : 0);
  const halves = Math.round((due - whole) / 0.5);
  const part = list.locator(':scope > li[data-kind="part-time"]');
  await expect(part).toHaveCount(halves);
  if (halves > 0) {
    await expect(part.first().locator('[data-way="contractor"]')).toContainText('price on request');
    await expect(part.first().locator('[data-way="fractional service"]')).toContainText('$90,000');
    await expect(part.first().locator('[data-way="part-time hire"]')).toContainText('a year');
  }
});

test('before the first HR hire, the PEO comes first in who to hire first', async ({ page }) => {
  await openTool(page, '/planner/', '?e=12&i=technology');
  await expect(page.getByTestId('first-hire')).toBeVisible();
  await expect(page.getByTestId('hire-first').locator(':scope > li').first()).toHaveAttribute('data-kind', 'provider');
  await expect(page.getByTestId('hire-first').locator(':scope > li').first()).toContainText('PEO');
});
