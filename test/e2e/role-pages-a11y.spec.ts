// axe on the states the page sweep does not reach: query-driven views, opened disclosures and
// messages, in light and dark and at 320 px, plus keyboard use of the filters and the explorer.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, recordPageErrors } from '../support/page-checks';

/** Opens every disclosure the selector matches. */
const openAll = (selector: string) => async (page: Page) => {
  await page.locator(selector).evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
};

const states: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  {
    name: 'a profile with its salary table and every FAQ open',
    path: '/roles/hr-assistant-manager/',
    prepare: openAll('details'),
  },
  { name: 'filtered roles with a rejected URL value', path: '/roles/?family=wizard&level=mid&min=60000' },
  { name: 'filters that match nothing', path: '/roles/?max=1000' },
  {
    name: 'the explorer from an entry role, every path shown',
    path: '/careers?from=hr-assistant',
    prepare: openAll('details.more-paths'),
  },
  { name: 'the explorer with a destination and a bad start', path: '/careers?from=nobody&to=vp-of-hr' },
  { name: 'the compare view of two distant roles', path: '/roles/compare?a=hr-assistant&b=vp-of-hr' },
  { name: 'search results', path: '/search?q=benefits' },
  { name: 'a search with no results', path: '/search?q=zzzzqqq' },
];

/** Goes to the state's page, waits for its islands (and search results), then prepares it. */
async function open(page: Page, state: (typeof states)[number]) {
  await page.goto(state.path, { waitUntil: 'networkidle' });
  const island = page.locator('astro-island');
  if ((await island.count()) > 0) await expect(island).not.toHaveAttribute('ssr', /.*/);
  if (state.path.startsWith('/search')) await expect(page.getByRole('status')).toHaveText(/result/);
  await state.prepare?.(page);
}

// Each state once in light at desktop width and once in dark at 320 px, where sideways scrolling is
// checked too: both schemes and the narrowest width, with one page load each.
const views = [
  { scheme: 'light', width: 1280, height: 720 },
  { scheme: 'dark', width: 320, height: 720 },
] as const;

for (const view of views) {
  test.describe(`${view.scheme} at ${view.width} px`, () => {
    test.use({ viewport: { width: view.width, height: view.height }, colorScheme: view.scheme });
    // axe over every path of the explorer takes most of a minute when both cores are busy.
    test.describe.configure({ timeout: 120_000 });

    for (const state of states) {
      test(`${state.name} has no axe violations, errors or sideways scrolling`, async ({ page }) => {
        const errors = recordPageErrors(page);
        await open(page, state);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(view.scheme === 'dark');
        expect(await axeViolations(page), 'axe violations').toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'page wider than the viewport').toBeLessThanOrEqual(0);
        expect(errors, 'console errors').toEqual([]);
      });
    }
  });
}

test('the filters and the explorer work from the keyboard, with a visible focus ring', async ({ page }) => {
  await page.goto('/roles/');
  const family = page.getByLabel('Family');
  await family.focus();
  await expect(family).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?family=generalist$/);

  await page.goto('/careers/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const start = page.getByLabel('Starting role');
  await start.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?from=/);
  await expect(page.getByRole('status')).toContainText(await start.locator('option:checked').innerText());
});
