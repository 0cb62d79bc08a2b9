// `npm run audit`: Lighthouse (mobile) on every page type of the built site.
// Writes reports/lighthouse.json and prints the four category scores per page.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { playwrightChromiumPath, systemChromiumPath } from './browser-path.mjs';
import { builtPageTypes } from './page-types.mjs';
import { startPreview } from './preview-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const only = process.argv.slice(2);
const pages = only.length > 0 ? only : builtPageTypes();

const chromePath = systemChromiumPath() ?? (await playwrightChromiumPath());
const preview = await startPreview(Number(process.env.LIGHTHOUSE_PORT ?? 4329));
// A browser that will not start must not leave the preview running (Astro allows one per checkout).
const chrome = await chromeLauncher
  .launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  .catch((error) => {
    preview.stop();
    throw error;
  });

const results = [];
try {
  for (const path of pages) {
    const run = await lighthouse(`${preview.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const lhr = run?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
    );
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => `${audit.id} (${audit.score})`);
    results.push({ path, scores, failing });
  }
} finally {
  chrome.kill();
  preview.stop();
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);

const pad = (text, width) => String(text).padEnd(width);
console.log(`${pad('page', 28)}${CATEGORIES.map((c) => pad(c, 16)).join('')}`);
for (const { path, scores, failing } of results) {
  console.log(`${pad(path, 28)}${CATEGORIES.map((c) => pad(scores[c], 16)).join('')}`);
  if (failing.length > 0) console.log(`  below 1: ${failing.join(', ')}`);
}
const perfect = results.every(({ scores }) => CATEGORIES.every((c) => scores[c] === 100));
console.log(perfect ? 'All pages score 100 in all four categories.' : 'Some scores are below 100.');
console.log('Full report: reports/lighthouse.json');
