// Where people work: state obligations with dated phase-ins, a posting draft with a state's pay
// range and pay-transparency law, and a role page's pay by state.
import { expect, test, type Page } from '@playwright/test';
import { recordPageErrors } from '../support/page-checks';
import { untilResultShown } from '../support/tool-pages';
import { profile, recommend } from '../../src/engine';
import { hiresToPost } from '../../src/engine/posting-draft';
import { scaleSalary, statePayFactor } from '../../src/engine/state-pay';
import { formatMoney } from '../../src/engine/format';
import { catalog } from '../support/catalog';

async function openPlanner(page: Page, query: string) {
  await page.goto(`/planner/?${query}`);
  await untilResultShown(page, query);
}

const QUERY = 'e=90&g=20&sh=CA:40,NY:20,VA:20&sm=2027-01';

test('a founder with people in three states sees each state\'s obligations and dated phase-ins', async ({ page }) => {
  const errors = recordPageErrors(page);
  await openPlanner(page, QUERY);
  await expect(page.getByLabel(/^Employees by state/)).toHaveValue('CA=40, NY=20, VA=20');
  for (const [code, name] of [['CA', 'California'], ['NY', 'New York'], ['VA', 'Virginia']] as const) {
    const group = page.locator(`[data-jurisdiction="${code}"]`);
    await expect(group.getByRole('heading', { level: 3 })).toContainText(name);
  }
  await expect(page.locator('[data-jurisdiction="US"]')).toBeVisible();
  await expect(page.locator('[data-jurisdiction="CA"] [data-obligation="ca-pay-scale-postings"]')).toBeVisible();
  await expect(page.locator('[data-jurisdiction="NY"] [data-obligation="ny-paid-family-leave"]')).toBeVisible();
  // Virginia's sick leave starts in July 2027 for 50+ (everyone counts), and shows its phase-in.
  const virginia = page.locator('[data-jurisdiction="VA"] [data-testid="coming-VA"] [data-obligation="va-paid-sick-leave"]');
  await expect(virginia).toContainText('Jul 2027');
  await expect(virginia).toContainText('(month 6)');
  await virginia.getByText('How employees are counted, phase-in').click();
  await expect(virginia.getByTestId('phase-in')).toHaveText('Phase-in: 50+ from Jul 2027, then 25+ from Jan 2028, then 1+ from Jan 2029.');
  // Upcoming dates come first within a state.
  const vaItems = await page.locator('[data-jurisdiction="VA"] li[data-obligation]').evaluateAll((items) => items.map((item) => item.getAttribute('data-obligation')));
  expect(vaItems[0]).toBe('va-paid-sick-leave');
  expect(vaItems.indexOf('va-pay-transparency')).toBeGreaterThan(0);
  await expect(page.getByText('City and county ordinances are not covered').first()).toBeVisible();
  await expect(page.getByTestId('pay-by-state')).toContainText('Pay in this plan follows California');
  expect(errors).toEqual([]);
});

test('a state without rules in Roleplan says so', async ({ page }) => {
  await openPlanner(page, 'e=30&sh=WY:10');
  await expect(page.locator('[data-jurisdiction="WY"]')).toContainText('No state rules in Roleplan yet.');
});

test('a California hire\'s posting draft holds its pay range and names the law', async ({ page }) => {
  await openPlanner(page, QUERY);
  const plan = recommend(profile({ employees: 90, growthPct: 20, stateEmployees: { CA: 40, NY: 20, VA: 20 }, start: '2027-01' }), catalog);
  const first = hiresToPost(plan.timeline)[0] ?? { role: plan.team[0]!.role, month: 0 };
  const role = catalog[first.role]!;
  const expected = scaleSalary(role.salary, statePayFactor(role, 'CA'));
  const drafts = page.getByTestId('posting-drafts');
  await drafts.getByLabel('Where the hire sits').selectOption('CA');
  const text = drafts.getByTestId('posting-text');
  await expect(text).toContainText(`# ${role.title}`);
  await expect(text).toContainText(`**Pay range:** ${formatMoney(expected.min)} - ${formatMoney(expected.max)} a year`);
  await expect(text).toContainText('as California requires (Pay scale in job postings)');
  await expect(drafts.getByTestId('posting-law')).toContainText('California requires it');
  await drafts.getByLabel('Plain text').check();
  await expect(text).toContainText(`Pay range: ${formatMoney(expected.min)} - ${formatMoney(expected.max)} a year`);
  const download = page.waitForEvent('download');
  await drafts.getByRole('button', { name: 'Download text' }).click();
  expect((await download).suggestedFilename()).toBe(`${role.slug}-CA-posting.txt`);
});

test('a role page\'s pay changes with the state chosen', async ({ page }) => {
  await page.goto('/roles/recruiter/');
  const pay = page.getByTestId('state-pay');
  const national = await pay.textContent();
  const role = catalog.recruiter!;
  const california = scaleSalary(role.salary, statePayFactor(role, 'CA'));
  await page.getByLabel('State', { exact: true }).selectOption('CA');
  await expect(pay).toContainText(`${formatMoney(california.min)} – ${formatMoney(california.max)}`);
  expect(await pay.textContent()).not.toBe(national);
  await page.getByLabel('State', { exact: true }).selectOption('MS');
  const mississippi = scaleSalary(role.salary, statePayFactor(role, 'MS'));
  await expect(pay).toContainText(formatMoney(mississippi.median));
});

test('/methodology/states and /sources list every state rule with its source and strength', async ({ page }) => {
  const { stateRules } = await import('../../src/engine/data/state-law');
  await page.goto('/methodology/states/');
  const rows = await page.locator('[id^="state-rule-"]').evaluateAll((items) =>
    items.map((item) => ({ id: item.id, text: item.textContent ?? '', links: [...item.querySelectorAll('a')].map((a) => a.getAttribute('href')) })),
  );
  expect(rows.map((row) => row.id).sort()).toEqual(stateRules.map((rule) => `state-rule-${rule.id}`).sort());
  for (const rule of stateRules) {
    const row = rows.find((candidate) => candidate.id === `state-rule-${rule.id}`)!;
    expect(row.text).toContain(rule.title);
    expect(row.text).toContain(`(${rule.strength})`);
    expect(row.links).toEqual(rule.sources);
  }
  await expect(page.locator('#state-law')).toContainText('No state rules in Roleplan yet');
  await expect(page.locator('#state-law')).toContainText('guidance, not legal advice');
  await expect(page.locator('#pay-by-state')).toContainText('median of the 51 state means');
  await page.goto('/sources/');
  const listed = await page.locator('li[id^="source-"]').evaluateAll((items) => Object.fromEntries(items.map((item) => [item.id, item.textContent ?? ''])));
  for (const rule of stateRules) expect(listed[`source-${rule.id}`]).toContain(`(${rule.strength})`);
});
