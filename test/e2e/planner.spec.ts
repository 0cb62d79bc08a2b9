// A founder's journeys through the planner in Chromium.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, recordPageErrors } from '../support/page-checks';
import { untilResultShown } from '../support/tool-pages';
import { parseCsvTables } from '../support/csv';
import { profile, recommend, STRUCTURE_LABELS, type Structure } from '../../src/engine';
import { catalog } from '../support/catalog';
import { spendRows } from '../../src/lib/planner/spend-years';

// Journeys of several edits each, on a shared two-core machine.
test.describe.configure({ timeout: 60_000 });

async function openPlanner(page: Page, query = '') {
  await page.goto(`/planner/${query}`);
  await untilResultShown(page, query);
}

/** A form field by the start of its label (labels end with their unit, e.g. "Employees (people)"). */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`));

async function planSummary(page: Page) {
  return {
    structure: await page.getByTestId('structure').textContent(),
    fte: await page.getByTestId('hr-fte').textContent(),
    loaded: await page.getByTestId('loaded-mid').textContent(),
    team: await page.locator('.team-table tbody th a').allTextContents(),
    hires: await page.locator('[data-testid="hire-list"] li').allTextContents(),
  };
}

test('a founder of a fast-growing startup gets recruiting depth and a hire month', async ({ page }) => {
  const errors = recordPageErrors(page);
  await openPlanner(page);
  await field(page, 'Employees').fill('35');
  await field(page, 'Growth in the next 12 months').fill('100');
  await field(page, 'Industry').selectOption('technology');
  await field(page, 'Yearly HR budget').fill('400000');

  await expect(page).toHaveURL(/e=35/);
  await expect(page).toHaveURL(/g=100/);
  await expect(page).toHaveURL(/b=400000/);
  await expect(page.locator('[data-function="recruiting"]')).toHaveAttribute('data-level', 'deep');
  await expect(page.locator('.team-table tbody th a', { hasText: 'Recruiter' })).toBeVisible();
  const expected = recommend(profile({ employees: 35, growthPct: 100, industry: 'technology', budget: 400_000 }), catalog);
  await expect(page.getByTestId('structure')).toHaveText(STRUCTURE_LABELS[expected.structure]);
  // The budget is yearly: a team that fits today may outgrow it, and the page says which.
  const outgrows = spendRows(expected.spend, 400_000).some((row) => (row.overBy ?? 0) > 0);
  await expect(page.getByTestId('budget-status')).toContainText(outgrows ? "Today's team fits your budget" : 'Fits your budget');
  const hires = page.locator('[data-testid="hire-list"] li');
  await expect(hires.first()).toBeVisible();
  const months = await hires.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-month'))));
  expect(months.some((month) => month > 0), 'a hire due in a later month').toBe(true);
  await expect(page.locator('[data-testid="hire-list"] li[data-role="recruiter"]').first()).toBeVisible();

  // The timeline chart loads when scrolled into view, with its table alternative.
  const timelineChart = page.locator('#timeline-title ~ .chart-box canvas');
  await timelineChart.scrollIntoViewIfNeeded();
  await expect(timelineChart).toHaveAttribute('data-chart-ready', 'true');
  await page.getByText('Timeline as a table').click();
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(25);
  expect(errors).toEqual([]);
});

test('the shared URL opened in a new page shows the same plan', async ({ page, context }) => {
  await openPlanner(page);
  await field(page, 'Employees').fill('140');
  await field(page, 'Industry').selectOption('healthcare');
  await field(page, 'US states with employees').fill('3');
  await page.getByText('Options', { exact: true }).click();
  await page.getByLabel('Benefits administration').check();
  await expect(page).toHaveURL(/o=benefits/);
  const original = await planSummary(page);

  const second = await context.newPage();
  await openPlanner(second, `?${new URL(page.url()).searchParams.toString()}`);
  expect(await planSummary(second)).toEqual(original);
  await expect(field(second, 'Employees')).toHaveValue('140');
  await expect(second.locator('[data-function="benefits"]')).toHaveAttribute('data-level', 'outsourced');
});

test('typed bad values show messages, keep the text and keep the last plan', async ({ page }) => {
  await openPlanner(page);
  const employees = field(page, 'Employees');
  await employees.fill('80');
  // The plan for 80 employees, settled: read before it is drawn, the summary mixes two plans.
  await expect(page).toHaveURL(/e=80/);
  await expect(page.getByTestId('tool-results')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('hr-fte')).toBeVisible();
  const before = await planSummary(page);

  const cases: [string, RegExp][] = [
    ['-5', /Employees must be at least 1/],
    ['eighty', /Employees must be a number/],
    ['5000000', /Employees must be at most 100,000/],
    ['', /Employees is required/],
  ];
  for (const [typed, message] of cases) {
    await employees.fill(typed);
    await expect(employees).toHaveValue(typed);
    await expect(employees).toHaveAttribute('aria-invalid', 'true');
    const errorId = (await employees.getAttribute('aria-describedby'))!.split(' ')[0]!;
    await expect(page.locator(`#${errorId}`)).toHaveText(message);
    await expect(page.getByTestId('stale-banner')).toBeVisible();
    expect(await planSummary(page)).toEqual(before);
    await expect(page).toHaveURL(/e=80/);
  }
  await field(page, 'Growth in the next 12 months').fill('abc');
  await expect(page.getByText('Growth in the next 12 months must be a number')).toBeVisible();

  await employees.fill('90');
  await field(page, 'Growth in the next 12 months').fill('10');
  await expect(page.getByTestId('stale-banner')).toHaveCount(0);
  await expect(employees).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/e=90/);
});

test('a malformed link opens with a notice naming what was ignored', async ({ page }) => {
  const errors = recordPageErrors(page);
  await openPlanner(page, '?e=120&g=lots&i=mining&zz=3&p=recruiting:urgent&x=wizard:2&b=-1&h=18');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Ignored g=lots');
  await expect(notice).toContainText('Ignored i=mining');
  await expect(notice).toContainText('Ignored unknown setting "zz"');
  await expect(notice).toContainText('recruiting:urgent');
  await expect(notice).toContainText('wizard');
  await expect(notice).toContainText('Ignored b=-1');
  await expect(notice).toContainText('Ignored h=18');
  await expect(field(page, 'Employees')).toHaveValue('120');
  await expect(page.getByTestId('structure')).not.toBeEmpty();
  await expect(page.getByTestId('stale-banner')).toHaveCount(0);
  expect(errors).toEqual([]);

  await openPlanner(page, `?${'e=' + '%'.repeat(50)}`);
  await expect(page.getByTestId('structure')).not.toBeEmpty();
});

test('corrupt saved scenarios are set aside; saving and comparing scenarios works', async ({ page }) => {
  const errors = recordPageErrors(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('roleplan.scenarios', '{"version":1,"scenarios":[{"name":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openPlanner(page);
  await expect(page.getByTestId('scenario-notice')).toContainText('could not be read');
  const aside = await page.evaluate(() => JSON.parse(localStorage.getItem('roleplan.scenarios.set-aside') ?? '[]'));
  expect(aside).toHaveLength(1);

  const save = async (name: string) => {
    await page.getByLabel('Name this scenario').fill(name);
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect(page.getByText(`Saved "${name}".`)).toBeVisible();
  };
  await field(page, 'Employees').fill('60');
  await save('Today');
  await field(page, 'Employees').fill('400');
  await save('In two years');
  await field(page, 'Employees').fill('2000');
  await save('At scale');
  for (const name of ['Today', 'In two years', 'At scale']) await page.getByLabel(`${name} (compare)`).check();
  const table = page.getByTestId('result-diff');
  await expect(table.locator('thead th')).toHaveText(['Figure', 'Today', 'In two years', 'At scale']);
  await expect(table).toContainText('Specialist team');

  // Scenarios survive a reload; opening one restores its inputs.
  await page.reload();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await page.getByRole('button', { name: 'Open In two years' }).click();
  await expect(field(page, 'Employees')).toHaveValue('400');
  expect(errors).toEqual([]);
});

test('exported CSV and JSON hold the plan figures', async ({ page }) => {
  await openPlanner(page, '?e=250&i=manufacturing&g=15&b=900000');
  const summary = await planSummary(page);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csvDownload.suggestedFilename()).toBe('roleplan-250-employees.csv');
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const { profile, plan } = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));

  expect(profile.employees).toBe(250);
  expect(summary.structure).toContain(STRUCTURE_LABELS[plan.structure as Structure]);
  expect(summary.loaded).toBe(`$${plan.cost.loaded.mid.toLocaleString('en-US')}`);
  expect(summary.team).toEqual(plan.team.map((member: { title: string }) => member.title));
  const tables = parseCsvTables(csv);
  const team = tables.find((table) => table.title === 'Team (USD a year)')!;
  for (const member of plan.team) {
    expect(team.rows).toContainEqual(expect.arrayContaining([member.title, String(member.fte), String(member.salary.low), String(member.salary.mid)]));
  }
  expect(team.rows.at(-1)!.slice(0, 8)).toEqual(
    ['Total', plan.hrFte, plan.cost.salary.low, plan.cost.salary.mid, plan.cost.salary.high, plan.cost.loaded.low, plan.cost.loaded.mid, plan.cost.loaded.high].map(String),
  );
  expect(tables.find((table) => table.title === 'Coverage')!.rows).toContainEqual(['Compliance and safety', 'Deep']);
});

test('works with the keyboard alone, with visible focus', async ({ page }) => {
  await openPlanner(page);
  const employees = field(page, 'Employees');
  await employees.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('45');
  await expect(page).toHaveURL(/e=45/);
  const outline = await employees.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  // Tab from the employees field reaches the industry select and changes it with the keyboard.
  await page.keyboard.press('Tab');
  await expect(field(page, 'Industry')).toBeFocused();
  const download = page.getByRole('button', { name: 'Download CSV' });
  await download.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
});

test('fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  // axe over the whole planner takes over 15 s on a loaded two-core machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 800 });
  await openPlanner(page, '?e=2000&i=technology&g=30');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('without JavaScript the page says what it needs and links to the guides', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/planner/');
  const note = page.locator('.noscript-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('The planner needs JavaScript');
  await expect(note.getByRole('link', { name: 'structure guides' })).toHaveAttribute('href', '/structures/');
  await expect(note.getByRole('link', { name: 'methodology page' })).toHaveAttribute('href', '/methodology/');
  await context.close();
});
