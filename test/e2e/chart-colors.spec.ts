// Charts take their colours from the CSS tokens when they draw and redraw when the visitor's
// colour scheme changes: a canvas does not follow the stylesheet on its own.
import { expect, test, type Page } from '@playwright/test';

async function drawnChart(page: Page, path: string, canvas: string) {
  await page.goto(path);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', { timeout: 15_000 });
  const chart = page.locator(canvas);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-ready', 'true', { timeout: 15_000 });
  return () => chart.evaluate((element) => (element as HTMLCanvasElement).toDataURL());
}

for (const { name, path, canvas } of [
  { name: 'planner timeline', path: '/planner/?e=200&g=40', canvas: '#timeline-title ~ .chart-box canvas' },
  { name: 'planner spend chart', path: '/planner/?e=35&i=technology&st=3&g=80&b=120000', canvas: '[data-testid="spend"] canvas' },
  { name: 'compare cost chart', path: '/compare/?e=300', canvas: 'canvas[aria-labelledby="cost-chart-title"]' },
]) {
  test(`the ${name} redraws in the new colours when the colour scheme changes`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const image = await drawnChart(page, path, canvas);
    const light = await image();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(image).not.toBe(light);
    // Back to light: the same colours as the first drawing.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(image).toBe(light);
  });
}
