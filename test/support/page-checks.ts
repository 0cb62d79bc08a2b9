// Checks every page must pass: accessibility (axe), same-origin requests only, no console errors.
import { existsSync, readFileSync, statSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe with the WCAG 2.2 A/AA tags and returns its violations, summarised for a failure message.
 * Legacy mode runs the same rules on the same nodes inside the page; the default opens a blank page
 * per run to merge frame results, which doubles the time. The site has no frames.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** Records every request the page makes to an origin other than its own. */
export function recordForeignRequests(page: Page, siteOrigin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== siteOrigin) foreign.push(url);
  });
  return foreign;
}

/** Records console errors and uncaught exceptions. */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Every page path of the built site, read from the sitemap Astro writes, plus the 404 page. */
export function builtPagePaths(distDir = 'dist'): string[] {
  const sitemap = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...paths, '/404.html'];
}

/** Internal link paths with no built file behind them (a page's index.html or the file itself). */
export function missingInternalLinks(paths: string[], distDir = 'dist'): string[] {
  const missing = new Set<string>();
  for (const path of paths) {
    const file = `${distDir}${decodeURIComponent(path)}`;
    const isFolder = existsSync(file) && statSync(file).isDirectory();
    if (!existsSync(isFolder ? `${file.replace(/\/$/, '')}/index.html` : file)) missing.add(path);
  }
  return [...missing];
}
