// The structure guides: each page's comparison shows exactly what the engine's planAll()
// returns for the guide's typical company, the recommended structure is the engine's, and
// the guide's roles link to their profiles.
import { parseForm } from '../../src/lib/planner/form-state';
import { fromQuery } from '../../src/lib/planner/url-state';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HR_FUNCTIONS, INDUSTRIES, planAll, profile, recommend, STRUCTURES, type Plan, type Profile } from '../../src/engine';
import { readStructureEntries } from '../../src/node/content-files';
import { typicalProfileOf } from '../../src/lib/structure-guides';
import { catalog } from '../support/catalog';

const guides = readStructureEntries();

// Number formats written out independently of the page's own helpers.
const upTo = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
const fte = (value: number) => upTo(1).format(value);
const per100 = (value: number) => upTo(2).format(value);
const usd = (value: number) => `$${upTo(0).format(value)}`;
const COVERAGE = { deep: 'Deep', broad: 'Broad', outsourced: 'Outsourced', gap: 'Gap' } as const;

/** The /compare link the page should carry: the planner's URL keys, defaults left out. */
/** The company a /compare link opens, read with the planner's own URL reader. */
function companyOf(href: string): Profile | null {
  const opened = fromQuery(new URL(href, 'http://localhost').search, catalog);
  if (opened.ignored.length > 0) return null;
  const parsed = parseForm(opened.values, catalog);
  return parsed.ok ? parsed.profile : null;
}

async function teamShown(card: Locator) {
  return card.locator('.team li').evaluateAll((items) =>
    items.map((item) => ({
      role: item.getAttribute('data-role'),
      fte: item.querySelector('[data-field="fte"]')?.textContent?.trim(),
      title: item.querySelector('[data-field="title"]')?.textContent?.trim(),
      href: item.querySelector('a')?.getAttribute('href'),
    })),
  );
}

for (const guide of guides) {
  test.describe(`/structures/${guide.id}/`, () => {
    const company = typicalProfileOf(guide.data.typicalProfile);
    const plans = planAll(company, catalog);
    const recommended = recommend(company, catalog).structure;

    // Every check only reads the page: one visit serves them all (a page load per check made this
    // file one of the slowest in the suite).
    test.describe.configure({ mode: 'serial' });
    let page: Page;
    test.beforeAll(async ({ browser, baseURL }) => {
      page = await browser.newPage({ baseURL, serviceWorkers: 'block' });
      await page.goto(`/structures/${guide.id}/`);
    });
    test.afterAll(async () => {
      await page.close();
    });

    test('shows the engine’s plan of each structure for the typical company', async () => {
      const comparison = page.locator('[data-comparison]');
      await expect(comparison.locator('[data-field="company"]')).toContainText(`${upTo(0).format(company.employees)} employees`);
      for (const structure of STRUCTURES) {
        const plan: Plan = plans[structure];
        const card = comparison.locator(`.plans > li[data-structure="${structure}"]`);
        await expect(card.locator('[data-field="score"]'), `${structure} score`).toHaveText(String(plan.scores[structure]));
        await expect(card.locator('[data-field="hr-fte"]'), `${structure} FTE`).toHaveText(fte(plan.hrFte));
        await expect(card.locator('[data-field="ratio"]'), `${structure} ratio`).toHaveText(per100(plan.ratioPer100));
        await expect(card.locator('[data-field="loaded-mid"]'), `${structure} mid cost`).toHaveText(usd(plan.cost.loaded.mid));
        await expect(card.locator('[data-field="loaded-range"]'), `${structure} cost range`).toHaveText(
          `${usd(plan.cost.loaded.low)} to ${usd(plan.cost.loaded.high)}`,
        );
        expect(await teamShown(card), `${structure} team`).toEqual(
          plan.team.map((member) => ({
            role: member.role,
            fte: fte(member.fte),
            title: member.title,
            href: `/roles/${member.role}/`,
          })),
        );
        if (plan.team.length === 0) await expect(card.locator('[data-field="empty-team"]')).toBeVisible();
        // One read of the coverage column, compared in Node (forty locator calls were slow).
        const shown = await comparison.locator(`tr[data-function] td[data-structure="${structure}"]`).evaluateAll((cells) =>
          Object.fromEntries(cells.map((cell) => [cell.closest('tr')!.getAttribute('data-function'), cell.textContent?.trim()])),
        );
        expect(shown, `${structure} coverage`).toEqual(Object.fromEntries(HR_FUNCTIONS.map((fn) => [fn, COVERAGE[plan.coverage[fn]]])));
      }
    });

    test('marks this structure and the engine’s recommendation, and nothing else', async () => {
      const comparison = page.locator('[data-comparison]');
      await expect(comparison.locator('[data-badge="recommended"]')).toHaveCount(1);
      await expect(comparison.locator(`li[data-structure="${recommended}"] [data-badge="recommended"]`)).toHaveCount(1);
      await expect(comparison.locator('[data-badge="current"]')).toHaveCount(1);
      await expect(comparison.locator(`li[data-structure="${guide.id}"] [data-badge="current"]`)).toHaveCount(1);
      await expect(comparison.locator('.plans > li.current')).toHaveAttribute('data-structure', guide.id);
    });

    test('shows where the recommendation changes with headcount, as the engine finds it', async () => {
      const steps = await page.locator('[data-ladder] li').evaluateAll((items) =>
        items.map((item) => ({
          from: Number(item.getAttribute('data-from')),
          structure: item.getAttribute('data-structure'),
        })),
      );
      const first = recommend({ ...company, employees: 1 }, catalog, { full: false }).structure;
      expect(steps).toEqual([
        { from: 1, structure: first },
        ...plans[guide.id as keyof typeof plans].recommendationChanges.map((threshold) => ({
          from: threshold.employees,
          structure: threshold.structure,
        })),
      ]);
      await expect(page.locator('[data-ladder] li.here')).toContainText(`This company: ${upTo(0).format(company.employees)}`);
    });

    test('links to /compare with the same company in the planner’s URL keys', async () => {
      const href = await page.getByRole('link', { name: 'Compare the four for your own company' }).getAttribute('href');
      expect(href).toMatch(/^\/compare\/\?/);
      expect(companyOf(href!)).toEqual(company);
    });

    test('links every role it names to an existing profile, and is indexed for search', async () => {
      const article = page.locator('article[data-pagefind-body]');
      await expect(article.getByRole('heading', { level: 1 })).toHaveText(guide.data.title);
      const slugs = await article
        .locator('a[href^="/roles/"]')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2]));
      expect(slugs.length).toBeGreaterThan(0);
      expect(slugs.filter((slug) => !slug || !catalog[slug])).toEqual([]);
      for (const team of guide.data.typicalTeams) {
        for (const member of team.roles) {
          await expect(article.locator(`.team-card a[href="/roles/${member.role}/"]`).first()).toHaveText(catalog[member.role]!.title);
        }
      }
    });

    test('ships no JavaScript', async () => {
      await expect(page.locator('script[src], astro-island')).toHaveCount(0);
    });
  });
}

test('/structures lists the four guides and the recommendation by headcount in every industry', async ({ page }) => {
  await page.goto('/structures/');
  for (const guide of guides) {
    await expect(page.getByRole('link', { name: guide.data.title, exact: true })).toHaveAttribute('href', `/structures/${guide.id}/`);
  }
  await expect(page.locator('.ladders [data-industry]')).toHaveCount(INDUSTRIES.length);
  for (const industry of INDUSTRIES) {
    // One run of headcount per recommendation: from 1 employee, then one per threshold, open-ended at the top.
    const thresholds = recommend(profile({ employees: 1, industry }), catalog).recommendationChanges;
    const segments = page.locator(`[data-industry="${industry}"] .segment`);
    await expect(segments, industry).toHaveCount(thresholds.length + 1);
    await expect(segments.first()).toContainText(/^1[–\s]/);
    await expect(segments.last()).toContainText(`${upTo(0).format(thresholds.at(-1)?.employees ?? 1)}+`);
  }
  await expect(page.locator('script[src], astro-island')).toHaveCount(0);
});
