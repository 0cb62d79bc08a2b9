// /careers and /roles/compare: the URL drives the view, pickers update the URL, and both work without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { readRoleEntries } from '../../src/node/content-files';
import { careerPaths, medianChangePct, toCareerGraph } from '../../src/lib/career-paths';
import { formatPct, formatUsd } from '../../src/lib/role-format';

const roles = readRoleEntries();
const graph = toCareerGraph(roles);
const salary = (id: string) => roles.find((entry) => entry.id === id)!.data.salary;
const median = (id: string) => formatUsd(salary(id).median);
const step = (from: string, to: string) => formatPct(medianChangePct(salary(from).median, salary(to).median));
const escape = (text: string) => text.replace(/[$.+]/g, '\\$&');

/** Waits until the island on the page has hydrated. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

test('the explorer follows ?from= and shows each step with years and pay', async ({ page }) => {
  await page.goto('/careers?from=hr-assistant-manager');
  await hydrated(page);
  await expect(page.getByLabel('Starting role')).toHaveValue('hr-assistant-manager');
  await expect(page.getByRole('status')).toContainText('from HR Assistant Manager');
  const path = page.locator('.typical-paths li.path', { hasText: /^To HR Director/ }).first();
  await expect(path.locator('li.step')).toHaveText([
    new RegExp(`Start.*HR Assistant Manager.*median ${escape(median('hr-assistant-manager'))}`),
    new RegExp(
      `after 1 to 3 years:.*${escape(step('hr-assistant-manager', 'hr-manager'))} between medians.*reported raise \\+15% to \\+25%.*HR Manager.*median ${escape(median('hr-manager'))}.*year 1–3.*usual next step.*Takes: certification: SHRM-CP or PHR`,
    ),
    /after .* years:.*HR Director.*median/,
  ]);
});

test('from HR Assistant the explorer lists the most typical paths first, and every path on demand', async ({ page }) => {
  const all = careerPaths(graph, 'hr-assistant').paths;
  expect(all.length).toBeGreaterThan(4);
  await page.goto('/careers?from=hr-assistant');
  await hydrated(page);
  const short = page.locator('.typical-paths li.path');
  await expect(short).toHaveCount(4);
  await expect(page.locator('.typical-paths h3')).toHaveText('The 4 most typical paths');
  // The first one starts with the usual move out of HR Assistant.
  await expect(short.first().locator('li.step').nth(1)).toContainText('the usual next step');

  const more = page.locator('details.all-paths');
  await expect(more.locator('summary')).toHaveText(`Show all ${all.length} paths, by destination`);
  await expect(more.locator('li.path').first()).toBeHidden();
  await more.locator('summary').click();
  await expect(more.locator('li.path')).toHaveCount(all.length);
  await expect(more.locator('li.path').first()).toBeVisible();
});

test('choosing a role and a destination updates the URL, and Back restores the previous choice', async ({ page }) => {
  await page.goto('/careers/');
  await hydrated(page);
  await page.getByLabel('Starting role').selectOption('recruiter');
  await expect(page).toHaveURL(/\/careers\/\?from=recruiter$/);
  await expect(page.getByRole('status')).toContainText('from Recruiter');

  await page.getByLabel(/Ending at/).selectOption('talent-acquisition-manager');
  await expect(page).toHaveURL(/\?from=recruiter&to=talent-acquisition-manager$/);
  const toManager = careerPaths(graph, 'recruiter', { to: 'talent-acquisition-manager' }).paths;
  await expect(page.locator('.typical-paths li.path .path-head strong')).toHaveText(toManager.map(() => /^To Talent Acquisition Manager/));

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
    new RegExp(
      `HR Manager after 1 to 3 years, pay ${escape(step('hr-assistant-manager', 'hr-manager'))} \\(between the two medians; a raise of \\+15% to \\+25% is reported by HR Assistant Manager career profile\\); the usual next step; takes certification: SHRM-CP or PHR`,
    ),
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

test('the compare view names what the move takes: years, certification, first supervision and the new level', async ({ page }) => {
  await page.goto('/roles/compare?a=hr-generalist&b=hr-manager');
  await hydrated(page);
  const takes = page.locator('section', { has: page.getByRole('heading', { name: 'What the move takes' }) });
  await expect(takes).toContainText(`HR Manager is a common move from HR Generalist, typically after 3 to 5 years, with a pay step of ${step('hr-generalist', 'hr-manager')}`);
  await expect(takes.getByRole('listitem').first()).toHaveText(
    'HR Manager after 3 to 5 years: certification: SHRM-CP or PHR (people in HR Generalist roles often hold it already); first supervisory experience',
  );
  await expect(takes).toContainText('HR Manager sits 2 levels above HR Generalist, and the route usually includes a first job supervising other people.');
  await expect(takes).toContainText('Certifications that fit the new level: SHRM-SCP, SPHR.');
});
