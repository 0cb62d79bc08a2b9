// Issue 11, reports from the planner: the printout has its chart, the date, the plan's link and
// no search box; the CSV opens as clean tables and holds the budget plan.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { profile, recommend } from '../../src/engine';
import { catalog } from '../support/catalog';
import { parseCsvTables } from '../support/csv';
import { openTool, WIDTHS } from '../support/tool-pages';

// Over budget under the staffing model, so the CSV carries a budget plan.
const query = '?e=300&g=40&st=3&b=120000';
const company = profile({ employees: 300, growthPct: 40, states: 3, budget: 120_000 });
const plan = recommend(company, catalog);

// Several page loads per test on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('Print report draws the timeline chart first and prints the date and link, without the search box', async ({ page }) => {
      await openTool(page, '/planner/', query);
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'true');
      });
      await page.getByRole('button', { name: 'Print report' }).click();
      await expect(page.locator('body')).toHaveAttribute('data-printed', 'true');
      await expect(page.locator('#timeline-title ~ .chart-box canvas')).toHaveAttribute('data-chart-ready', 'true');
      await expect(page.locator('[data-testid="spend"] canvas')).toHaveAttribute('data-chart-ready', 'true');
      const { pathname, search } = new URL(page.url());
      await page.emulateMedia({ media: 'print' });
      const header = page.getByTestId('print-header');
      await expect(header).toBeVisible();
      await expect(header).toContainText(`${pathname}${search}`);
      expect(search).toContain('e=')
      await expect(header).toContainText(String(new Date().getFullYear()));
      await expect(page.locator('.site-search')).toBeHidden();
      await expect(page.locator('#timeline-title ~ .chart-box canvas')).toBeVisible();
    });

    test('Ctrl+P after using the page finds the chart already drawn', async ({ page }) => {
      await openTool(page, '/planner/', query);
      await page.getByLabel('Name this scenario').click();
      await expect(page.locator('#timeline-title ~ .chart-box canvas')).toHaveAttribute('data-chart-ready', 'true');
    });

    test('the CSV is one clean table per section and holds the budget plan', async ({ page }) => {
      await openTool(page, '/planner/', query);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      const tables = parseCsvTables(readFileSync((await download.path())!, 'utf8'));
      for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
      expect(plan.budget.alternative).not.toBeNull();
      const budgetPlan = tables.find((table) => table.title.startsWith('Budget plan'))!;
      expect(budgetPlan.rows.at(-1)![0]).toBe('Total');
      expect(budgetPlan.rows.at(-1)![1]).toBe(String(plan.budget.alternative!.hrFte));
      expect(tables.find((table) => table.title === 'Team (USD a year)')!.rows.at(-1)![1]).toBe(String(plan.hrFte));
      const spend = tables.find((table) => table.title === 'Spend by year (USD)')!;
      expect(spend.rows.map((row) => row[0])).toEqual(plan.spend.map((year) => String(year.year)));
      expect(spend.rows.every((row) => row[spend.header.indexOf('budget')] === '120000')).toBe(true);
    });
  });
}
