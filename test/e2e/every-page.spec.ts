// One visit per built page checks everything a page must pass: status, title, landmarks, axe,
// same-origin requests, no console errors, no sideways scrolling at phone and desktop widths, and
// internal links that lead to built files. (One visit, not one per check: the suite must fit the machine.)
import { expect, test } from '@playwright/test';
import { axeViolations, builtPagePaths, missingInternalLinks, recordForeignRequests, recordPageErrors } from '../support/page-checks';
import { documentWidth, WIDTHS } from '../support/tool-pages';

for (const path of builtPagePaths()) {
  test(`page ${path} is accessible, self-contained, error-free and fits every width`, async ({ page, baseURL }) => {
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
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(missingInternalLinks(hrefs), 'internal links that lead to no built file').toEqual([]);

    for (const width of [...WIDTHS].sort((a, b) => b - a)) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(150);
      expect(await documentWidth(page), `page width at ${width} px`).toBeLessThanOrEqual(width);
    }
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
