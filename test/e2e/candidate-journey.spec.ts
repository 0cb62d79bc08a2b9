// A candidate's journey in Chromium: search, read a profile, follow a next role, explore the paths
// from it up to HR Director, and compare two roles side by side.
import { expect, test } from '@playwright/test';
import { readRoleEntries } from '../../src/node/content-files';
import { formatUsd } from '../../src/lib/role-format';

const roles = new Map(readRoleEntries().map((entry) => [entry.id, entry.data]));
const median = (id: string) => formatUsd(roles.get(id)!.salary.median);

test('search, profile, next role, career explorer, compare', async ({ page }) => {
  // 1. Search "assistant manager" in the header box.
  await page.goto('/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Search Roleplan' }).fill('assistant manager');
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/?\?q=assistant\+manager$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “assistant manager”/);

  // 2. Open the HR Assistant Manager profile from the results.
  const results = page.locator('#search-results');
  await expect(results.getByRole('link', { name: 'HR Assistant Manager', exact: true })).toBeVisible();
  await results.getByRole('link', { name: 'HR Assistant Manager', exact: true }).click();
  await expect(page).toHaveURL(/\/roles\/hr-assistant-manager\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('HR Assistant Manager');

  // 3. Follow its next role, HR Manager.
  const moves = page.locator('section', { has: page.getByRole('heading', { name: 'Career moves' }) });
  await moves.getByRole('link', { name: 'HR Manager', exact: true }).click();
  await expect(page).toHaveURL(/\/roles\/hr-manager\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('HR Manager');

  // 4. Open the career explorer from it and see the path to HR Director with its pay steps.
  await page.getByRole('link', { name: 'Career paths from here' }).first().click();
  await expect(page).toHaveURL(/\/careers\/\?from=hr-manager$/);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.getByLabel('Starting role')).toHaveValue('hr-manager');
  const toDirector = page.locator('.typical-paths li.path', { hasText: /^To HR Director/ }).first();
  await expect(toDirector).toBeVisible();
  const steps = toDirector.locator('li.step');
  await expect(steps.first()).toContainText('HR Manager');
  await expect(steps.first()).toContainText(median('hr-manager'));
  const last = steps.last();
  await expect(last.getByRole('link')).toHaveText('HR Director');
  await expect(last).toContainText(median('hr-director'));
  await expect(last.locator('.pay-step')).toHaveText(/^[+−]\d+%( to [+−]\d+%)?$/);
  await expect(last).toContainText(/after \d+ to \d+ years/);
  await expect(last).toContainText(/year \d+(–\d+)?/);

  // 5. The compare view shows two roles side by side.
  await page.goto('/roles/hr-manager/');
  await page.getByRole('link', { name: 'Compare with another role' }).click();
  await expect(page).toHaveURL(/\/roles\/compare\/\?a=hr-manager$/);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await page.getByLabel('To role').selectOption('hr-director');
  const heads = page.locator('.side-by-side > .compare-head');
  await expect(heads).toHaveText([/From\s*HR Manager/, /To\s*HR Director/]);
  const [left, right] = [await heads.nth(0).boundingBox(), await heads.nth(1).boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
  await expect(page.getByRole('table').first().getByRole('row', { name: /Median/ })).toContainText(median('hr-director'));
});
