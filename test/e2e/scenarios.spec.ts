// Issue 11, scenarios: one unreadable entry hides none of the others; saving under a taken name
// asks first; comparing shows which inputs differ and marks the results that change.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/page-checks';
import { field, openTool, WIDTHS } from '../support/tool-pages';

const saved = (name: string, query: string) => ({ name, query, savedAt: '2026-11-20T10:00:00.000Z' });
const store = {
  version: 1,
  scenarios: [saved('Seed round', 'e=20&i=technology&g=80'), { name: 42, query: ['e=1'] }, saved('Series B', 'e=400&i=technology&g=40&b=900000')],
};

// Several page loads per test on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test.beforeEach(async ({ page }) => {
      await page.addInitScript((data) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('roleplan.scenarios', data);
          sessionStorage.setItem('seeded', '1');
        }
      }, JSON.stringify(store));
    });

    test('one unreadable scenario is set aside and the others stay, with a download', async ({ page }) => {
      await openTool(page, '/planner/');
      const notice = page.getByTestId('scenario-notice');
      await expect(notice).toContainText('1 saved scenario could not be read');
      await expect(notice).toContainText('Your other 2 scenarios are below');
      // The notice sits in the scenarios section, above the list.
      await expect(page.locator('section[aria-labelledby="scenarios-title"]').getByTestId('scenario-notice')).toBeVisible();
      await expect(page.locator('.scenario-list li')).toHaveCount(2);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download what was set aside' }).click()]);
      const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      expect(file.roleplanSetAsideScenarios.map((entry: { data: unknown }) => entry.data)).toEqual([{ name: 42, query: ['e=1'] }]);
      await page.getByRole('button', { name: 'Open Series B' }).click();
      await expect(field(page, 'Employees')).toHaveValue('400');
    });

    test('saving under a taken name asks first; keeping or replacing does what it says', async ({ page }) => {
      await openTool(page, '/planner/', '?e=25&g=100');
      await page.getByLabel('Name this scenario').fill('Seed round');
      await page.getByRole('button', { name: 'Save scenario' }).click();
      const question = page.getByTestId('replace-question');
      await expect(question).toContainText('A scenario named “Seed round” already exists.');
      await expect(question.locator('#replace-question')).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Keep the saved one' }).click();
      await expect(question).toHaveCount(0);
      await expect(page.getByText('Not saved: the saved scenario is unchanged.')).toBeVisible();
      const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('roleplan.scenarios')!).scenarios.find((s: { name: string }) => s.name === 'Seed round').query);
      expect(await stored()).toBe('e=20&i=technology&g=80');

      await page.getByRole('button', { name: 'Save scenario' }).click();
      await page.getByRole('button', { name: 'Replace “Seed round”' }).click();
      await expect(page.getByText('Replaced "Seed round".')).toBeVisible();
      expect(await stored()).toBe('e=25&g=100');
      await expect(page.locator('.scenario-list li')).toHaveCount(2);
    });

    test('comparing scenarios shows the inputs that differ and marks the results that change', async ({ page }) => {
      await openTool(page, '/planner/');
      await page.getByLabel('Seed round (compare)').check();
      await page.getByLabel('Series B (compare)').check();
      const inputs = page.getByTestId('input-diff');
      await expect(inputs.locator('tbody th')).toHaveText(['Employees', 'Growth in the next 12 months', 'Yearly HR budget']);
      await expect(inputs.locator('tbody tr').first().locator('td')).toHaveText(['20', '400']);
      const results = page.getByTestId('result-diff');
      await expect(results.locator('tr[data-changes="true"]').first()).toBeVisible();
      await expect(results.locator('tr', { hasText: 'HR team' })).toHaveAttribute('data-changes', 'true');
      await expect(results.locator('tr', { hasText: 'HR team' }).locator('th')).toContainText('(changes)');
    });
  });
}
