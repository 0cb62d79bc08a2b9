// Once visited, the planner, the comparison, a role page and the methodology open without a
// network: the service worker (scripts/generate-service-worker.mjs) keeps each visited page and
// precaches the scripts, so the islands still hydrate and plan offline.
import { expect, test, type Page } from '@playwright/test';
import { profile, recommend, STRUCTURE_LABELS } from '../../src/engine';
import { catalog } from '../support/catalog';
import { recordPageErrors } from '../support/page-checks';

test.use({ serviceWorkers: 'allow' });

const PAGE_CACHE = 'roleplan-pages';
const PAGES = [
  { path: '/planner/', heading: 'Plan your HR team' },
  { path: '/compare/', heading: 'Compare HR structures' },
  { path: '/roles/hr-assistant-manager/', heading: 'HR Assistant Manager' },
  { path: '/methodology/', heading: 'How Roleplan decides' },
];

/** The worker registers on the visitor's first interaction; then waits until it has kept this page. */
async function waitUntilKept(page: Page, path: string) {
  await page.mouse.wheel(0, 200);
  const url = new URL(path, page.url()).href;
  await expect
    .poll(() => page.evaluate(async ({ cacheName, url }) => Boolean(await (await caches.open(cacheName)).match(url)), { cacheName: PAGE_CACHE, url }), {
      timeout: 20_000,
    })
    .toBe(true);
}

async function hydrated(page: Page) {
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

test('the planner, compare, a role page and methodology work offline after a first visit', async ({ page, context }) => {
  test.slow(); // ten page loads in one journey
  for (const { path } of PAGES) {
    await page.goto(path);
    await waitUntilKept(page, path);
  }
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  const errors = recordPageErrors(page);
  for (const { path, heading } of PAGES) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  // The planner hydrates from precached scripts and plans offline, from a link without the
  // trailing slash and with a query, as a bookmark would be.
  await page.goto('/planner?e=300&i=healthcare');
  await hydrated(page);
  const expected = recommend(profile({ employees: 300, industry: 'healthcare' }), catalog);
  await expect(page.getByTestId('structure')).toHaveText(STRUCTURE_LABELS[expected.structure]);

  await page.goto('/compare/?e=1500');
  await hydrated(page);
  await expect(page.locator('article[data-structure]')).toHaveCount(4);
  expect(errors).toEqual([]);
});

test('a page never visited is not pretended to exist offline', async ({ page, context }) => {
  await page.goto('/methodology/');
  await waitUntilKept(page, '/methodology/');
  await context.setOffline(true);
  await expect(page.goto('/sources/')).rejects.toThrow();
});
