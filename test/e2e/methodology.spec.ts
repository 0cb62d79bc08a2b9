// /methodology is generated from the engine: every rule id and every data table's sources
// must be on the built page, so the page cannot drift from what the engine does.
import { roleHref, sourceHref } from '../../src/lib/routes';
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

  test('shows every rule of the engine with its id, condition, effect and sources', async ({ page }) => {
    await expect(page.locator('[data-rule-id]')).toHaveCount(rules.length);
    for (const rule of rules) {
      const card = page.locator(`#rule-${rule.id}`);
      await expect(card, rule.id).toHaveAttribute('data-rule-id', rule.id);
      await expect(card.locator('code').first()).toHaveText(rule.id);
      await expect(card.getByRole('heading', { level: 4 })).toHaveText(rule.title);
      await expect(card).toContainText(rule.conditionText);
      await expect(card).toContainText(rule.effectText);
      for (const id of rule.sources) {
        await expect(card.locator(`a[href="${sourceHref(id)}"]`), `${rule.id} cites ${id}`).toHaveCount(1);
      }
    }
  });

  test('shows every data table of src/engine/data with every source it cites', async ({ page }) => {
    const exported = await engineDataExports();
    for (const { name, sources: cited } of exported) {
      const table = page.locator(`[data-exports~="${name}"]`);
      await expect(table, `a table showing ${name}`).toHaveCount(1);
      for (const id of cited) {
        await expect(table.locator(`a[href="${sourceHref(id)}"]`).first(), `${name} cites ${id}`).toBeVisible();
      }
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
    const salaries = page.locator('#table-salaries tbody tr');
    await expect(salaries).toHaveCount(Object.keys(catalog).length);
    for (const role of Object.values(catalog)) {
      const row = salaries.filter({ has: page.locator(`a[href="${roleHref(role.slug)}"]`) });
      await expect(row, role.slug).toContainText(`$${role.salary.median.toLocaleString('en-US')}`);
    }
  });

  test('lists every weak source with the figures that use it', async ({ page }) => {
    const weak = (Object.keys(sources) as SourceId[]).filter((id) => sources[id].strength === 'weak');
    await expect(page.locator('[data-weak-source]')).toHaveCount(weak.length);
    for (const id of weak) {
      const card = page.locator(`[data-weak-source="${id}"]`);
      await expect(card.locator(`a[href="${sourceHref(id)}"]`)).toHaveCount(1);
      // Each usage links to the rule or table on this page that uses the source.
      for (const href of await card.locator('.usages a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        await expect(page.locator(href!), `${id} usage ${href}`).toHaveCount(1);
      }
    }
  });

  test('ships no JavaScript', async ({ page }) => {
    await expect(page.locator('script[src], astro-island')).toHaveCount(0);
  });
});
