// Takes full-page screenshots of built pages for a person to look at.
// Usage: node scripts/screenshots.mjs /path [/path ...]  (needs `npm run preview` running)
// Options via env: WIDTHS=1280,375  SCHEMES=light,dark  BASE=http://127.0.0.1:4321  PART_HEIGHT=1400
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { playwrightChromiumPath, systemChromiumPath } from './browser-path.mjs';

const base = process.env.BASE ?? 'http://127.0.0.1:4321';
const widths = (process.env.WIDTHS ?? '1280,375').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('Usage: node scripts/screenshots.mjs /path [/path ...]');
  process.exit(2);
}

const executablePath = systemChromiumPath() ?? (await playwrightChromiumPath());
const browser = await chromium.launch({ executablePath });
mkdirSync('reports/screens', { recursive: true });
for (const path of paths) {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      // Scroll down step by step so anything loaded when visible (charts) loads.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 60));
        }
      });
      await page.waitForTimeout(500);
      await page.evaluate(() => window.scrollTo(0, 0));
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `reports/screens/${name}`, fullPage: true });
      console.log(`reports/screens/${name}`);
      // Long pages are also cut into parts that an image viewer shows at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const part = Number(process.env.PART_HEIGHT ?? 0);
      for (let y = 0, index = 1; part > 0 && y < height; y += part, index += 1) {
        const partName = name.replace(/\.png$/, `-part${index}.png`);
        await page.screenshot({ path: `reports/screens/${partName}`, fullPage: true, clip: { x: 0, y, width, height: Math.min(part, height - y) } });
        console.log(`reports/screens/${partName}`);
      }
      await page.close();
    }
  }
}
await browser.close();
