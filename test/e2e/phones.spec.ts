// Issue 11, phones: no page scrolls sideways; wide tables scroll in their own box with a cue;
// the recommended structure comes first; the plan is reachable without scrolling past the form.
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/page-checks';
import { documentWidth, openTool, WIDTHS } from '../support/tool-pages';

// Several page loads per test on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('no page is wider than the screen', async ({ page }) => {
      // Every built page, one after another, on a loaded machine.
      test.setTimeout(300_000);
      const wide: string[] = [];
      for (const path of [...builtPagePaths(), '/compare/?e=2000&i=manufacturing&u=1&st=12', '/planner/?e=35&g=80&st=3&b=120000']) {
        await page.goto(path, { waitUntil: 'load' });
        // Scroll to the end so charts and anything loaded when visible are on the page too.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForTimeout(150);
        const scrollWidth = await documentWidth(page);
        if (scrollWidth > width) wide.push(`${path}: ${scrollWidth} px`);
      }
      expect(wide).toEqual([]);
    });

    test('on /compare the recommended structure comes first in cards and tables', async ({ page }) => {
      await openTool(page, '/compare/', '?e=400&i=healthcare');
      await expect(page.getByTestId('recommended')).toHaveText('Assistant-manager layer is recommended');
      await expect(page.locator('.structure-grid > article').first()).toHaveAttribute('data-structure', 'assistant-manager');
      await expect(page.locator('.coverage-matrix thead th').nth(1)).toHaveAttribute('data-structure', 'assistant-manager');
      await expect(page.locator('.coverage-matrix thead th').nth(1)).toContainText('(recommended)');
      await expect(page.locator('#cost-table tbody tr').first()).toHaveAttribute('data-structure', 'assistant-manager');
      // The first card starts on the first screen-width column, left of every other card.
      const boxes = await page.locator('.structure-grid > article').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().top));
      expect(boxes[0]).toBeLessThanOrEqual(Math.min(...boxes));
    });

    test('a table that does not fit scrolls inside its own box, says so, and the page does not', async ({ page }) => {
      await openTool(page, '/compare/');
      const boxes = page.locator('.table-scroll');
      const count = await boxes.count();
      expect(count).toBeGreaterThan(2);
      let overflowing = 0;
      for (let index = 0; index < count; index += 1) {
        const box = boxes.nth(index);
        const { scroll, client, overflowX } = await box.evaluate((element) => ({
          scroll: element.scrollWidth,
          client: element.clientWidth,
          overflowX: getComputedStyle(element).overflowX,
        }));
        expect(overflowX).toBe('auto');
        if (scroll > client + 1) {
          overflowing += 1;
          await expect(box).toHaveAttribute('data-overflows', 'true');
          await expect(box.locator('xpath=following-sibling::p[1]')).toBeVisible();
          await expect(box.locator('xpath=following-sibling::p[1]')).toHaveText(/Scroll the table sideways/);
        } else if (await box.getAttribute('data-overflows')) {
          await expect(box.locator('xpath=following-sibling::p[1]')).toBeHidden();
        }
      }
      if (width === 375) expect(overflowing).toBeGreaterThan(0);
      expect(await documentWidth(page)).toBeLessThanOrEqual(width);
    });

    for (const path of ['/planner/', '/compare/'] as const) {
      test(`the results on ${path} are one tap from the top`, async ({ page }) => {
        await openTool(page, path, '?e=35&g=80');
        const heading = path === '/planner/' ? page.locator('#recommendation-title') : page.locator('#compare-summary');
        if (width < 960) {
          const jump = page.getByRole('link', { name: path === '/planner/' ? 'Skip to your plan' : 'Skip to the comparison' });
          await expect(jump).toBeInViewport();
          await jump.click();
          await expect(heading).toBeInViewport();
        } else {
          // Side by side: the results start beside the form.
          await expect(heading).toBeInViewport();
        }
      });
    }
  });
}
