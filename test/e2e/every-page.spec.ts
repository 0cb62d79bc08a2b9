import { expect, test } from '@playwright/test';
import { axeViolations, builtPagePaths, recordForeignRequests, recordPageErrors } from '../support/page-checks';

for (const path of builtPagePaths()) {
  test(`page ${path} is accessible, self-contained and error-free`, async ({ page, baseURL }) => {
    // axe reads every node: the methodology and sources pages hold thousands, minutes on a busy machine.
    if (/^\/(methodology|sources)\//.test(path)) test.setTimeout(180_000);
    const origin = new URL(baseURL!).origin;
    const foreign = recordForeignRequests(page, origin);
    const errors = recordPageErrors(page);

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page).toHaveTitle(/Roleplan/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);

    // Scroll to the bottom so anything loaded when visible has loaded too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');

    expect(await axeViolations(page), 'axe violations').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('internal links on every page lead to pages that exist', async ({ page, request }) => {
  // One visit per built page (over fifty): more than the default 30 s on a busy 2-core machine.
  test.setTimeout(180_000);
  const checked = new Map<string, number>();
  for (const path of builtPagePaths()) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) =>
      links.map((link) => (link as HTMLAnchorElement).pathname),
    );
    for (const href of hrefs) {
      if (checked.has(href)) continue;
      const response = await request.get(href);
      checked.set(href, response.status());
    }
  }
  const broken = [...checked].filter(([, status]) => status !== 200);
  expect(broken, 'internal links that do not resolve').toEqual([]);
});
