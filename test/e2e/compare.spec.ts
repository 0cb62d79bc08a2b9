// An HR leader compares the four structures for their company, and the page shows the engine's figures.
import { expect, test, type Page } from '@playwright/test';
import { formatMoney, formatNumber } from '../../src/engine/format';
import { compareStructures, profile, STRUCTURE_LABELS, STRUCTURES } from '../../src/engine';
import { catalog } from '../support/catalog';
import { recordPageErrors } from '../support/page-checks';

// Journeys of several edits each, on a shared two-core machine.
test.describe.configure({ timeout: 60_000 });

async function openCompare(page: Page, query: string) {
  await page.goto(`/compare/${query}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

const card = (page: Page, structure: string) => page.locator(`article[data-structure="${structure}"]`);

test('an HR leader compares structures for 300 healthcare employees, then for 1,500', async ({ page }) => {
  const errors = recordPageErrors(page);
  await openCompare(page, '');
  await page.getByLabel(/^Employees \(/).fill('300');
  await page.getByLabel(/^Industry/).selectOption('healthcare');
  await expect(page).toHaveURL(/e=300/);
  await expect(page).toHaveURL(/i=healthcare/);

  // The recommendation comes from the engine for the same profile, not from a hand-kept answer.
  const recommendedFor = (employees: number) => compareStructures(profile({ employees, industry: 'healthcare' }), catalog).recommended;
  const at300 = recommendedFor(300);
  for (const structure of STRUCTURES) await expect(card(page, structure)).toBeVisible();
  await expect(page.locator('.recommended-badge')).toHaveCount(1);
  await expect(card(page, at300).locator('.recommended-badge')).toHaveText('Recommended');
  await expect(page.getByTestId('recommended')).toHaveText(`${STRUCTURE_LABELS[at300]} is recommended`);

  const at1500 = recommendedFor(1500);
  await page.getByLabel(/^Employees \(/).fill('1500');
  await expect(page.getByTestId('recommended')).toHaveText(`${STRUCTURE_LABELS[at1500]} is recommended`);
  await expect(card(page, at1500).locator('.recommended-badge')).toHaveText('Recommended');
  await expect(page.locator('.recommended-badge')).toHaveCount(1);

  // Charts load when scrolled to, each with a table alternative.
  await page.locator('#cost-table').scrollIntoViewIfNeeded();
  await expect(page.locator('canvas[aria-labelledby="cost-chart-title"]')).toHaveAttribute('data-chart-ready', 'true');
  await expect(page.locator('#coverage-table tbody tr')).toHaveCount(4);
  expect(errors).toEqual([]);
});

test('the figures on /compare equal the engine for the same profile', async ({ page }) => {
  const query = '?e=420&i=manufacturing&g=18&st=4&b=900000&o=benefits';
  await openCompare(page, query);
  const expected = compareStructures(
    profile({ employees: 420, industry: 'manufacturing', growthPct: 18, states: 4, budget: 900_000, outsource: ['benefits'] }),
    catalog,
  );
  await expect(page.getByTestId('recommended')).toHaveText(`${STRUCTURE_LABELS[expected.recommended]} is recommended`);
  for (const structure of STRUCTURES) {
    const plan = expected.plans[structure];
    const shown = card(page, structure);
    await expect(shown.getByTestId('score')).toHaveText(`${plan.scores[structure]} of 100`);
    await expect(shown.getByTestId('fte')).toHaveText(`${formatNumber(plan.hrFte, 1)} FTE`);
    await expect(shown.getByTestId('ratio')).toHaveText(formatNumber(plan.ratioPer100, 2));
    await expect(shown.getByTestId('salary')).toHaveText(`${formatMoney(plan.cost.salary.low)} – ${formatMoney(plan.cost.salary.high)}`);
    await expect(shown.getByTestId('loaded')).toHaveText(`${formatMoney(plan.cost.loaded.low)} – ${formatMoney(plan.cost.loaded.high)}`);
    await expect(shown.getByTestId('budget')).toHaveText(plan.budget.fits ? 'Fits' : `Over by ${formatMoney(plan.budget.overBy)}`);
    await expect(shown.locator('.card-team li')).toHaveText(plan.team.map((member) => `${formatNumber(member.fte, 1)} ${member.title}`));
    await expect(shown.locator('.card-risks li')).toHaveText(plan.risks);
    for (const [fn, level] of Object.entries(plan.coverage)) {
      await expect(page.locator(`td[data-structure="${structure}"][data-function="${fn}"]`)).toHaveText(level[0]!.toUpperCase() + level.slice(1));
    }
  }
  for (const row of expected.outsourcing) {
    const shown = page.locator(`tr[data-option="${row.id}"]`);
    await expect(shown.locator('td').nth(0)).toHaveText(`${formatMoney(row.outsourced.low)} – ${formatMoney(row.outsourced.high)}`);
    await expect(shown.locator('td').nth(1)).toContainText(`${formatMoney(row.inHouse.low)} – ${formatMoney(row.inHouse.high)}`);
  }
});

test('a planner link opens /compare with the same company', async ({ page }) => {
  await page.goto('/planner/?e=75&i=retail&g=40');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
  const query = new URL(page.url()).search;
  await openCompare(page, query);
  await expect(page.getByLabel(/^Employees \(/)).toHaveValue('75');
  await expect(page.getByLabel(/^Industry/)).toHaveValue('retail');
  await expect(page.getByRole('link', { name: 'Open the full plan for this company' })).toHaveAttribute('href', `/planner/${query}`);
});
