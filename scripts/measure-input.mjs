// Measures the planner's input-to-render time while typing in the Employees field, on the built
// site, and prints the median and the worst. A measurement to read, not a test: timings on a
// shared machine vary too much to assert. Usage: npm run build && npm run measure
// The island marks each edit with performance.measure('roleplan:input-to-render')
// (src/islands/shared/use-profile-state.ts).
import { chromium } from 'playwright-core';
import { playwrightChromiumPath, systemChromiumPath } from './browser-path.mjs';
import { startPreview } from './preview-server.mjs';

const MEASURE = 'roleplan:input-to-render';
const preview = await startPreview(Number(process.env.MEASURE_PORT ?? process.env.ROLEPLAN_PORT ?? 4328));
const browser = await chromium.launch({ executablePath: systemChromiumPath() ?? (await playwrightChromiumPath()) });
try {
  const page = await browser.newPage();
  await page.goto(`${preview.url}/planner/`);
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached', timeout: 15_000 });
  const employees = page.getByLabel(/^Employees( \(|$)/);
  await employees.click();
  await page.evaluate((name) => performance.clearMeasures(name), MEASURE);
  for (const value of ['1', '12', '120', '1200', '120', '12', '125', '1250', '125']) {
    await employees.fill(value);
    await page.waitForTimeout(30);
  }
  await employees.fill('');
  await employees.pressSequentially('3456', { delay: 40 });
  await page.waitForTimeout(200);
  const durations = await page.evaluate(
    (name) => performance.getEntriesByName(name, 'measure').map((entry) => entry.duration),
    MEASURE,
  );
  if (durations.length === 0) throw new Error(`No ${MEASURE} measures: did the planner hydrate?`);
  const sorted = [...durations].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const worst = sorted[sorted.length - 1];
  console.log(`planner input-to-render over ${durations.length} edits: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`);
} finally {
  await browser.close();
  preview.stop();
}
