// Issue 11, history and links: Back undoes an edit and Forward redoes it; a shared link never
// shows another plan unlabelled, and typing before the page is ready is kept; money fields read
// "$120,000" and "120k"; repeated keys and bad yes/no values are named.
import { expect, test } from '@playwright/test';
import { field, openTool, WIDTHS } from '../support/tool-pages';

// Several page loads per test on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of ['/planner/', '/compare/'] as const) {
      test(`Back undoes an edit on ${path} and Forward redoes it`, async ({ page }) => {
        await openTool(page, path, '?e=80&i=retail');
        await field(page, 'Employees').fill('450');
        await expect(page).toHaveURL(/e=450/);
        await page.goBack();
        await expect(page).toHaveURL(/e=80/);
        await expect(field(page, 'Employees')).toHaveValue('80');
        await expect(field(page, 'Industry')).toHaveValue('retail');
        await page.goForward();
        await expect(page).toHaveURL(/e=450/);
        await expect(field(page, 'Employees')).toHaveValue('450');
      });
    }

    test('Back from the first edit returns to the labelled example', async ({ page }) => {
      await openTool(page, '/planner/');
      await expect(page.getByTestId('example-banner')).toBeVisible();
      await field(page, 'Employees').fill('200');
      await expect(page.getByTestId('example-banner')).toHaveCount(0);
      await expect(page).toHaveURL(/e=200/);
      await page.goBack();
      await expect(page).toHaveURL(/\/planner\/$/);
      await expect(field(page, 'Employees')).toHaveValue('60');
      await expect(page.getByTestId('example-banner')).toBeVisible();
    });

    test('a shared link is labelled an example until read, then shows its own plan, and typing meanwhile is kept', async ({ page }) => {
      // Hold the planner's script back to see the page as it is before it has read the link.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/Planner\.[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('/planner/?e=900&i=healthcare', { waitUntil: 'domcontentloaded' });
      await expect(page.getByTestId('example-banner')).toContainText('Example plan');
      await field(page, 'Growth in the next 12 months').fill('40');
      release();
      await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
      await expect(page.getByTestId('example-banner')).toHaveCount(0);
      await expect(field(page, 'Employees')).toHaveValue('900');
      await expect(field(page, 'Industry')).toHaveValue('healthcare');
      await expect(field(page, 'Growth in the next 12 months')).toHaveValue('40');
      await expect(page).toHaveURL(/e=900/);
      await expect(page).toHaveURL(/g=40/);
      // The plan on screen is the link's company (the report line names its inputs).
      await expect(page.locator('.profile-summary')).toContainText('900 employees · Healthcare · growth 40% a year');
    });

    test('money fields accept "$120,000" and "120k"', async ({ page }) => {
      await openTool(page, '/planner/', '?e=35&g=80&st=3');
      for (const typed of ['$120,000', '120k']) {
        await field(page, 'Yearly HR budget').fill(typed);
        await expect(page).toHaveURL(/b=120000/);
        await expect(page.getByTestId('budget-status')).toContainText('$120,000');
        await expect(field(page, 'Yearly HR budget')).toHaveValue(typed);
      }
      await field(page, 'Yearly HR budget').fill('lots');
      await expect(page.getByText('must be an amount in dollars, like 120000, $120,000 or 120k')).toBeVisible();
    });

    test('repeated keys and u=maybe in a link get the notice other bad values get', async ({ page }) => {
      await openTool(page, '/compare/', '?e=120&e=5000&u=maybe&g=oops');
      const notice = page.getByTestId('link-notice');
      await expect(notice).toContainText('Ignored the repeated setting e=5000');
      await expect(notice).toContainText('Ignored u=maybe');
      await expect(notice).toContainText('Ignored g=oops');
      await expect(field(page, 'Employees')).toHaveValue('120');
      await expect(page.getByLabel('Some employees are under a union contract')).not.toBeChecked();
    });
  });
}
