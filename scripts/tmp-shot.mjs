import { chromium } from 'playwright-core';
import { systemChromiumPath } from './browser-path.mjs';
const browser = await chromium.launch({ executablePath: systemChromiumPath() });
const [path, selector, ...specs] = process.argv.slice(2);
for (const spec of specs) {
  const [w, scheme] = spec.split(':');
  const page = await browser.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme });
  await page.goto('http://127.0.0.1:4399' + path, { waitUntil: 'networkidle' });
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1200);
  const out = `/tmp/shot-${w}-${scheme}.png`;
  await el.screenshot({ path: out });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  console.log(out, 'overflow', overflow);
  await page.close();
}
await browser.close();
