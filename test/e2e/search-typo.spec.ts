// Site search tolerates a typo: a misspelled role title still finds the role, and the closest pages are suggested.
import { expect, test } from '@playwright/test';

// The search index loads on first use; on a busy machine that can take longer than expect's default wait.
const indexLoad = { timeout: 20_000 };

test('a misspelled search ("recruter") finds Recruiter and says what it searched for', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Search Roleplan' }).fill('recruter');
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/?\?q=recruter$/);

  await expect(page.getByRole('status')).toHaveText(/^No results for “recruter”\. Showing \d+ results? for “recruiter”/, indexLoad);
  const results = page.locator('#search-results');
  await expect(results.getByRole('link', { name: 'Recruiter', exact: true })).toBeVisible();
  const suggestion = page.locator('#search-suggest');
  await expect(suggestion).toContainText('Did you mean Recruiter (hr role)');
  await suggestion.getByRole('link', { name: 'Recruiter', exact: true }).click();
  await expect(page).toHaveURL(/\/roles\/recruiter\/$/);
});

test('a correct search shows no suggestion, and nonsense says so plainly', async ({ page }) => {
  await page.goto('/search/?q=recruiter');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “recruiter”/, indexLoad);
  await expect(page.locator('#search-suggest')).toBeHidden();

  await page.goto('/search/?q=qqqqzzzz');
  await expect(page.getByRole('status')).toHaveText('No results for “qqqqzzzz”. Try fewer or different words.', indexLoad);
  await expect(page.locator('#search-suggest')).toBeHidden();
});

test('result excerpts keep words apart: "0.5 Payroll Specialist", not "0.5Payroll"', async ({ page }) => {
  await page.goto('/search/?q=payroll');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “payroll”/, indexLoad);
  const text = await page.locator('#search-results').innerText();
  // Before (visual review 26 M5): "1HR Manager. … 0.5Payroll Specialist" and "payrolls. OutlookSteady demand".
  expect(text).not.toMatch(/\d(HR|Payroll|Recruiter|Benefits)\b/);
  expect(text).not.toMatch(/Outlook[A-Z]/);
});
