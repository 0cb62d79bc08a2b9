// Prints a page to PDF with Chromium, as a visitor's "Print report" would, for a person to check.
// Usage: node scripts/print-pdf.mjs http://127.0.0.1:4321/planner/?e=120 reports/planner.pdf
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { playwrightChromiumPath, systemChromiumPath } from './browser-path.mjs';

const [url, out = 'reports/print.pdf'] = process.argv.slice(2);
if (!url) {
  console.error('Usage: node scripts/print-pdf.mjs <url> [out.pdf]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: systemChromiumPath() ?? (await playwrightChromiumPath()) });
const page = await browser.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
await page.emulateMedia({ media: 'print' });
// What the browser does before printing: charts that load when visible load now.
await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
await page.waitForTimeout(1000);
mkdirSync(dirname(out), { recursive: true });
await page.pdf({ path: out, format: 'Letter', printBackground: true, margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
console.log(out);
await browser.close();
