// The page checks must fail on a broken page, or a clean run proves nothing.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, missingInternalLinks, recordForeignRequests } from '../support/page-checks';

async function openFixture(page: Page, name: string) {
  const html = readFileSync(`test/fixtures/broken-pages/${name}.html`, 'utf8');
  // Served from the site's own origin, as a built page would be.
  await page.route(`**/__fixture__/${name}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
  await page.goto(`/__fixture__/${name}`, { waitUntil: 'networkidle' });
}

test('axe reports an image without alt text', async ({ page }) => {
  await openFixture(page, 'image-without-alt');
  const violations = await axeViolations(page);
  expect(violations.some((line) => line.startsWith('image-alt'))).toBe(true);
});

test('a request to another origin is recorded', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
  await openFixture(page, 'foreign-request');
  expect(foreign).toContain('https://fonts.example.com/logo.png');
});

test('a clean page passes both checks', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
  await openFixture(page, 'valid');
  expect(await axeViolations(page)).toEqual([]);
  expect(foreign).toEqual([]);
});

test('an internal link to a page that was not built is reported', () => {
  expect(missingInternalLinks(['/planner/', '/planner', '/roles/hr-generalist/', '/favicon.svg'])).toEqual([]);
  expect(missingInternalLinks(['/roles/no-such-role/', '/no-such-file.svg', '/planner/'])).toEqual(['/roles/no-such-role/', '/no-such-file.svg']);
});
