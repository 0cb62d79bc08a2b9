// Issue 11, a comparison that decides: why the pick wins, what each structure covers and risks,
// cost differences that show, best-fit beside the guide, and share, export and print.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { compareStructures, profile, STRUCTURE_LABELS, STRUCTURES } from '../../src/engine';
import { formatMoney } from '../../src/engine/format';
import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../src/engine/hr-functions';
import { coverageByLevel } from '../../src/lib/compare/coverage-summary';
import { whyRecommended } from '../../src/lib/compare/why-recommended';
import { catalog } from '../support/catalog';
import { parseCsvTables } from '../support/csv';
import { recordPageErrors } from '../support/page-checks';
import { openTool, WIDTHS } from '../support/tool-pages';

const query = '?e=420&i=manufacturing&g=18&st=4&b=900000';
const company = profile({ employees: 420, industry: 'manufacturing', growthPct: 18, states: 4, budget: 900_000 });
const expected = compareStructures(company, catalog);

// Several page loads per test on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('says why the recommended structure wins, and what each covers and risks', async ({ page }) => {
      const errors = recordPageErrors(page);
      await openTool(page, '/compare/', query);
      await expect(page.getByTestId('why-recommended')).toHaveText(whyRecommended(expected.plans, expected.recommended).sentence);
      for (const structure of STRUCTURES) {
        const card = page.locator(`article[data-structure="${structure}"]`);
        const covers = coverageByLevel(expected.plans[structure].coverage);
        await expect(card.locator('[data-level="deep"]')).toHaveText(`Deep: ${covers.deep.join(', ') || 'none'}`);
        await expect(card.locator('[data-level="gap"]')).toHaveText(`Gap: ${covers.gap.join(', ') || 'none'}`);
        await expect(card.locator('.card-risks li')).toHaveText(expected.plans[structure].risks);
        await expect(card.getByTestId('guide-fit')).toContainText(`guide`);
        await expect(card.getByTestId('guide-fit').getByRole('link')).toHaveAttribute('href', `/structures/${structure}/`);
      }
      expect(errors).toEqual([]);
    });

    test('the cost chart does not start at zero and the table gives each difference', async ({ page }) => {
      await openTool(page, '/compare/', query);
      await page.locator('#cost-table').scrollIntoViewIfNeeded();
      await expect(page.locator('canvas[aria-labelledby="cost-chart-title"]')).toHaveAttribute('data-chart-ready', 'true');
      const lows = STRUCTURES.map((structure) => expected.plans[structure].cost.loaded.low);
      const axisText = await page.getByTestId('cost-axis').textContent();
      const axisMin = Number(axisText!.match(/from \$([\d,]+)/)![1]!.replace(/,/g, ''));
      expect(axisMin).toBeGreaterThan(0);
      expect(axisMin).toBeLessThanOrEqual(Math.min(...lows));
      const reference = expected.plans[expected.recommended].cost.loaded.mid;
      for (const structure of STRUCTURES) {
        const row = page.locator(`#cost-table tr[data-structure="${structure}"]`);
        const mid = expected.plans[structure].cost.loaded.mid;
        if (structure === expected.recommended) await expect(row.getByTestId('versus')).toHaveText('Recommended');
        else if (mid !== reference) await expect(row.getByTestId('versus')).toContainText(formatMoney(Math.abs(mid - reference)));
      }
    });

    test('a /compare link reproduces the comparison, and CSV and JSON hold its figures', async ({ page }) => {
      await openTool(page, '/compare/', query);
      await expect(page.getByTestId('recommended')).toHaveText(`${STRUCTURE_LABELS[expected.recommended]} is recommended`);
      await expect(page).toHaveURL(/e=420/);
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(csvDownload.suggestedFilename()).toBe('roleplan-compare-420-employees.csv');
      const tables = parseCsvTables(readFileSync((await csvDownload.path())!, 'utf8'));
      const structures = tables.find((table) => table.title.startsWith('Structures'))!;
      expect(structures.rows[0]![0]).toBe(`${STRUCTURE_LABELS[expected.recommended]} (recommended)`);
      const mid = structures.header.indexOf('loaded_mid');
      expect(structures.rows[0]![mid]).toBe(String(expected.plans[expected.recommended].cost.loaded.mid));
      const coverage = tables.find((table) => table.title === 'Coverage')!;
      expect(coverage.rows.map((row) => row[0])).toEqual(HR_FUNCTIONS.map((fn) => HR_FUNCTION_LABELS[fn]));

      const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
      const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
      expect(json.profile.employees).toBe(420);
      expect(json.comparison.recommended).toBe(expected.recommended);
      expect(json.comparison.plans.hybrid.cost).toEqual(JSON.parse(JSON.stringify(expected.plans.hybrid.cost)));
    });

    test('Print draws both charts first; the printout has the date and link, and no search box', async ({ page }) => {
      await openTool(page, '/compare/', query);
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      // Nothing scrolled: the charts are not drawn yet.
      await expect(page.locator('canvas[data-chart-ready]')).toHaveCount(0);
      await page.getByRole('button', { name: 'Print report' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await expect(page.locator('canvas[data-chart-ready="true"]')).toHaveCount(2);
      const { pathname, search } = new URL(page.url());
      await page.emulateMedia({ media: 'print' });
      const header = page.getByTestId('print-header');
      await expect(header).toBeVisible();
      const today = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date());
      await expect(header).toContainText(`Printed ${today}`);
      await expect(header).toContainText(`${pathname}${search}`);
      expect(search).toContain('e=')
      await expect(page.locator('.site-search')).toBeHidden();
      await expect(page.locator('.planner-form')).toBeHidden();
      await expect(page.locator('canvas[aria-labelledby="cost-chart-title"]')).toBeVisible();
    });
  });
}
