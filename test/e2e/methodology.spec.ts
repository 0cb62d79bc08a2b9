// /methodology is generated from the engine: every rule id and every data table's sources
// must be on the built page, so the page cannot drift from what the engine does.
import { PAGES, roleHref, sourceHref } from '../../src/lib/routes';
import { expect, test } from '@playwright/test';
import { rules } from '../../src/engine/rules';
import { sources, type SourceId } from '../../src/engine/data/sources';
import { obligationRules, revokedObligations } from '../../src/engine/data/obligations';
import { scoring } from '../../src/engine/data/scoring';
import { engineDataExports } from '../support/engine-data';
import { catalog } from '../support/catalog';

test.describe('/methodology', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/methodology/');
  });

  // Each check reads the page once and compares in Node: hundreds of separate locator calls made
  // this file one of the slowest in the suite.
  test('shows every rule of the engine with its id, condition, effect and sources', async ({ page }) => {
    const cards = await page.locator('[data-rule-id]').evaluateAll((all) =>
      all.map((card) => ({
        domId: card.id,
        ruleId: card.getAttribute('data-rule-id'),
        code: card.querySelector('code')?.textContent ?? '',
        heading: card.querySelector('h4')?.textContent?.trim() ?? '',
        text: (card.textContent ?? '').replace(/\s+/g, ' '),
        links: [...card.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')),
      })),
    );
    expect(cards).toHaveLength(rules.length);
    for (const rule of rules) {
      const card = cards.find((candidate) => candidate.domId === `rule-${rule.id}`);
      expect(card, rule.id).toBeDefined();
      expect(card!.ruleId).toBe(rule.id);
      expect(card!.code).toBe(rule.id);
      expect(card!.heading).toBe(rule.title);
      expect(card!.text).toContain(rule.conditionText);
      expect(card!.text).toContain(rule.effectText);
      for (const id of rule.sources) expect(card!.links.filter((href) => href === sourceHref(id)), `${rule.id} cites ${id}`).toHaveLength(1);
    }
  });

  test('shows every data table of src/engine/data with every source it cites, here, on the data page or on the state page', async ({ page }) => {
    const readTables = () =>
      page.locator('[data-exports]').evaluateAll((all) =>
        all.map((table) => ({
          exports: (table.getAttribute('data-exports') ?? '').split(/\s+/),
          // Visible links only: a source cited in a closed disclosure or a hidden cell does not count.
          links: [...table.querySelectorAll('a[href]')].filter((link) => (link as HTMLElement).checkVisibility()).map((link) => link.getAttribute('href')),
        })),
      );
    const tables = await readTables();
    for (const path of [PAGES.methodologyData, PAGES.methodologyStates]) {
      await page.goto(path);
      tables.push(...(await readTables()));
    }
    for (const { name, sources: cited } of await engineDataExports()) {
      const showing = tables.filter((table) => table.exports.includes(name));
      expect(showing, `a table showing ${name}`).toHaveLength(1);
      for (const id of cited) expect(showing[0]!.links, `${name} cites ${id}`).toContain(sourceHref(id));
    }
  });

  test('lists the federal obligations by headcount and EO 11246 as revoked', async ({ page }) => {
    const rows = page.locator('#table-obligations tbody tr');
    await expect(rows).toHaveCount(obligationRules.length);
    for (const [index, rule] of obligationRules.entries()) {
      await expect(rows.nth(index)).toContainText(`${rule.threshold}+`);
      await expect(rows.nth(index)).toContainText(rule.title);
      await expect(rows.nth(index).locator(`a[href="${sourceHref(rule.source)}"]`)).toHaveCount(1);
    }
    for (const revoked of revokedObligations) {
      const row = page.locator('#table-revoked tbody tr', { hasText: revoked.title });
      await expect(row).toContainText('Revoked');
    }
    await expect(page.locator('#limits')).toContainText('city and county ordinances are not covered');
  });

  test('shows the scoring weights and every role salary', async ({ page }) => {
    const scoringTable = page.locator('[data-exports~="scoring/scoring"]');
    const { source, ...weights } = scoring;
    const expected = Object.entries(weights).map(([key, value]) => (key === 'overBudgetPenalty' ? `x${value}` : String(value)));
    await expect(scoringTable.locator('tbody td.num')).toHaveText(expected);
    await expect(scoringTable.locator(`a[href="${sourceHref(source)}"]`)).toHaveCount(1);
    await page.goto(PAGES.methodologyData);
    const salaries = await page.locator('#table-salaries tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({ links: [...row.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')), text: row.textContent ?? '' })),
    );
    expect(salaries).toHaveLength(Object.keys(catalog).length);
    for (const role of Object.values(catalog)) {
      const rows = salaries.filter((row) => row.links.includes(roleHref(role.slug)));
      expect(rows, role.slug).toHaveLength(1);
      expect(rows[0]!.text, role.slug).toContain(`$${role.salary.median.toLocaleString('en-US')}`);
    }
  });

  test('lists every weak source with the figures that use it', async ({ page }) => {
    const weak = (Object.keys(sources) as SourceId[]).filter((id) => sources[id].strength === 'weak');
    const cards = await page.locator('[data-weak-source]').evaluateAll((all) =>
      all.map((card) => ({
        id: card.getAttribute('data-weak-source'),
        links: [...card.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')),
        usages: [...card.querySelectorAll('.usages a')].map((link) => link.getAttribute('href') ?? ''),
      })),
    );
    expect(cards.map((card) => card.id).sort()).toEqual([...weak].sort());
    for (const card of cards) expect(card.links.filter((href) => href === sourceHref(card.id as SourceId))).toHaveLength(1);
    // Each usage links to the rule or table that uses the source, on this page or the state page.
    const usages = cards.flatMap((card) => card.usages.map((href) => ({ card: card.id, href })));
    for (const path of [PAGES.methodology, PAGES.methodologyData, PAGES.methodologyStates]) {
      const here = usages.filter((usage) => usage.href.startsWith(`${path}#`));
      if (here.length === 0) continue;
      await page.goto(path);
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
      for (const usage of here) expect(ids.filter((id) => id === usage.href.split('#')[1]), `${usage.card} usage ${usage.href}`).toHaveLength(1);
    }
    expect(usages.filter((usage) => !/^\/methodology\/((states|data)\/)?#/.test(usage.href))).toEqual([]);
  });

  test('ships no JavaScript', async ({ page }) => {
    await expect(page.locator('script[src], astro-island')).toHaveCount(0);
  });
});
