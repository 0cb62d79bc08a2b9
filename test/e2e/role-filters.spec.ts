// /roles: the list works without JavaScript; the filters keep their state in the URL and announce the count.
import { expect, test } from '@playwright/test';
import { readRoleEntries } from '../../src/node/content-files';
import { formatUsd } from '../../src/lib/role-format';

const roles = readRoleEntries();
const count = (keep: (data: (typeof roles)[number]['data']) => boolean) => roles.filter(({ data }) => keep(data)).length;

test('restores filters from the URL, shows only matching roles and announces the count', async ({ page }) => {
  const expected = count((data) => data.family === 'specialist' && data.level === 'mid' && data.salary.median >= 60000);
  expect(expected).toBeGreaterThan(0);
  await page.goto('/roles/?family=specialist&level=mid&min=60000');

  await expect(page.getByLabel('Family')).toHaveValue('specialist');
  await expect(page.getByLabel('Level')).toHaveValue('mid');
  await expect(page.getByLabel(/Median pay from/)).toHaveValue('60000');
  await expect(page.locator('#role-list > li:visible')).toHaveCount(expected);
  const status = page.getByRole('status');
  await expect(status).toHaveText(`Showing ${expected} of ${roles.length} roles.`);
  await expect(status).toHaveAttribute('role', 'status');
});

test('changing a filter updates the list and the URL; reset clears both', async ({ page }) => {
  await page.goto('/roles/');
  await expect(page.locator('#role-list > li:visible')).toHaveCount(roles.length);

  await page.getByLabel('Level').selectOption('executive');
  await expect(page).toHaveURL(/\/roles\/\?level=executive$/);
  await expect(page.locator('#role-list > li:visible')).toHaveCount(count((data) => data.level === 'executive'));

  await page.getByLabel('Area').selectOption('compensation');
  await expect(page).toHaveURL(/\?level=executive&area=compensation$/);
  const both = count((data) => data.level === 'executive' && data.area === 'compensation');
  await expect(page.locator('#role-list > li:visible')).toHaveCount(both);
  await expect(page.getByRole('status')).toHaveText(`Showing ${both} of ${roles.length} roles.`);

  // Typing filters the list at once; confirming the figure puts it in the URL.
  await page.getByLabel(/Median pay up to/).fill('1000');
  await expect(page.locator('#role-list > li:visible')).toHaveCount(0);
  await page.getByLabel(/Median pay up to/).press('Enter');
  await expect(page).toHaveURL(/&max=1000$/);
  await expect(page.locator('#role-list > li:visible')).toHaveCount(0);
  await expect(page.getByText('No role matches these filters.')).toBeVisible();

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page).toHaveURL(/\/roles\/$/);
  await expect(page.locator('#role-list > li:visible')).toHaveCount(roles.length);
  await expect(page.getByLabel('Level')).toHaveValue('');
  await expect(page.getByRole('status')).toHaveText(`Showing all ${roles.length} roles.`);

  // The filters survive a reload because they live in the URL.
  await page.getByLabel('Family').selectOption('management');
  await page.reload();
  await expect(page.getByLabel('Family')).toHaveValue('management');
  await expect(page.locator('#role-list > li:visible')).toHaveCount(count((data) => data.family === 'management'));
});

test('each committed filter is a history entry: Back restores the previous filter, Forward the next', async ({ page }) => {
  await page.goto('/roles/');
  await page.getByLabel('Family').selectOption('specialist');
  await expect(page).toHaveURL(/\?family=specialist$/);
  await page.getByLabel('Level').selectOption('mid');
  await expect(page).toHaveURL(/\?family=specialist&level=mid$/);
  const both = count((data) => data.family === 'specialist' && data.level === 'mid');
  await expect(page.locator('#role-list > li:visible')).toHaveCount(both);

  await page.goBack();
  await expect(page).toHaveURL(/\/roles\/\?family=specialist$/);
  await expect(page.getByLabel('Level')).toHaveValue('');
  await expect(page.getByLabel('Family')).toHaveValue('specialist');
  await expect(page.locator('#role-list > li:visible')).toHaveCount(count((data) => data.family === 'specialist'));

  await page.goBack();
  await expect(page).toHaveURL(/\/roles\/$/);
  await expect(page.getByLabel('Family')).toHaveValue('');
  await expect(page.locator('#role-list > li:visible')).toHaveCount(roles.length);

  await page.goForward();
  await expect(page.getByLabel('Family')).toHaveValue('specialist');
});

test('a bad value in the URL is ignored with a message, and the other filters still apply', async ({ page }) => {
  await page.goto('/roles/?family=wizard&level=entry');
  await expect(page.getByText(/Family "wizard" was ignored/)).toBeVisible();
  await expect(page.locator('#role-list > li:visible')).toHaveCount(count((data) => data.level === 'entry'));
  await expect(page.getByLabel('Family')).toHaveValue('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every role is listed with its summary, family, level, area and salary', async ({ page }) => {
    await page.goto('/roles/?level=executive');
    await expect(page.locator('#role-list > li')).toHaveCount(roles.length);
    const card = page.locator('#role-list > li', { has: page.getByRole('link', { name: 'HR Assistant Manager', exact: true }) });
    await expect(card).toContainText('Management');
    await expect(card).toContainText('Senior');
    await expect(card).toContainText('Leads the HR team');
    await expect(card).toContainText(formatUsd(roles.find((entry) => entry.id === 'hr-assistant-manager')!.data.salary.median));
    // Chromium with scripting turned off by Playwright still parses <noscript> as raw text, so check it is there.
    expect(await page.locator('#role-filters noscript').textContent()).toContain('Filtering needs JavaScript. Every role is listed below.');
  });
});
