// /careers and /roles/compare: the URL drives the view, pickers update the URL, and both work without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { readRoleEntries } from '../../src/node/content-files';
import { formatUsd } from '../../src/lib/role-format';

const roles = readRoleEntries();
const median = (id: string) => formatUsd(roles.find((entry) => entry.id === id)!.data.salary.median);
const escape = (text: string) => text.replace(/[$.]/g, '\\$&');

/** Waits until the island on the page has hydrated. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

test('the explorer follows ?from= and shows each step with years and pay', async ({ page }) => {
  await page.goto('/careers?from=hr-assistant-manager');
  await hydrated(page);
  await expect(page.getByLabel('Starting role')).toHaveValue('hr-assistant-manager');
  await expect(page.getByRole('status')).toContainText('from HR Assistant Manager');
  const destination = page.locator('section.destination', { has: page.getByRole('heading', { name: /To HR Director/ }) });
  const path = destination.locator('li.path').first();
  await expect(path.locator('li.step')).toHaveText([
    new RegExp(`Start.*HR Assistant Manager.*median ${escape(median('hr-assistant-manager'))}`),
    new RegExp(`after 1 to 3 years:.*\\+15% to \\+25%.*reported raise.*HR Manager.*median ${escape(median('hr-manager'))}.*year 1–3`),
    /after .* years:.*HR Director.*median/,
  ]);
});

test('choosing a role and a destination updates the URL, and Back restores the previous choice', async ({ page }) => {
  await page.goto('/careers/');
  await hydrated(page);
  await page.getByLabel('Starting role').selectOption('recruiter');
  await expect(page).toHaveURL(/\/careers\/\?from=recruiter$/);
  await expect(page.getByRole('status')).toContainText('from Recruiter');

  await page.getByLabel(/Ending at/).selectOption('talent-acquisition-manager');
  await expect(page).toHaveURL(/\?from=recruiter&to=talent-acquisition-manager$/);
  await expect(page.locator('section.destination h3')).toHaveText([/To Talent Acquisition Manager/]);

  await page.goBack();
  await expect(page).toHaveURL(/\?from=recruiter$/);
  await expect(page.getByLabel(/Ending at/)).toHaveValue('');
});

test('an unknown start role in the URL is reported and the default is shown', async ({ page }) => {
  await page.goto('/careers?from=astronaut');
  await hydrated(page);
  await expect(page.getByText('Starting role "astronaut" is not a role Roleplan profiles.')).toBeVisible();
  await expect(page.getByLabel('Starting role')).toHaveValue('hr-generalist');
});

test('the whole graph is listed: every role with the roles it leads to', async ({ page }) => {
  await page.goto('/careers/');
  const graph = page.locator('section.graph');
  await expect(graph.locator('li.graph-role')).toHaveCount(roles.length);
  const manager = graph.locator('li.graph-role', { has: page.getByRole('link', { name: 'HR Assistant Manager', exact: true }) });
  await expect(manager.getByRole('list', { name: 'Next roles after HR Assistant Manager' }).getByRole('listitem')).toHaveText([
    /HR Manager after 1 to 3 years, pay \+15% to \+25% \(reported raise; source: HR Assistant Manager career profile\)/,
  ]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the explorer shows paths from the default role, with the form and the graph list', async ({ page }) => {
    await page.goto('/careers/');
    await expect(page.getByLabel('Starting role')).toHaveValue('hr-generalist');
    await expect(page.locator('li.path').first()).toContainText('HR Generalist');
    await expect(page.locator('li.graph-role')).toHaveCount(roles.length);
  });

  test('the compare view shows the default pair side by side', async ({ page }) => {
    await page.goto('/roles/compare/');
    await expect(page.locator('.compare-head')).toHaveText([/From\s*HR Assistant Manager/, /To\s*HR Manager/]);
  });
});

test('the compare view reads ?a=, picks a partner, and the pickers update the URL', async ({ page }) => {
  await page.goto('/roles/compare?a=hr-generalist');
  await hydrated(page);
  await expect(page.getByLabel('From role')).toHaveValue('hr-generalist');
  const partner = roles.find((entry) => entry.id === 'hr-generalist')!.data.next[0]!.role;
  await expect(page.getByLabel('To role')).toHaveValue(partner);

  await page.getByLabel('To role').selectOption('hr-director');
  await expect(page).toHaveURL(/\/roles\/compare\/?\?a=hr-generalist&b=hr-director$/);
  const pay = page.getByRole('table').first();
  await expect(pay.getByRole('columnheader')).toHaveText(['Salary', 'HR Generalist', 'HR Director', 'Difference'], { useInnerText: true });
  await expect(pay.getByRole('row', { name: /Median/ })).toContainText(median('hr-generalist'));
  await expect(pay.getByRole('row', { name: /Median/ })).toContainText(median('hr-director'));

  await page.getByRole('button', { name: 'Swap' }).click();
  await expect(page).toHaveURL(/\?a=hr-director&b=hr-generalist$/);
  await expect(page.getByLabel('From role')).toHaveValue('hr-director');
});
