// Opening the planner and the compare page and finding their fields, for end-to-end tests.
import { expect, type Page } from '@playwright/test';

/** The two widths every issue-11 journey runs at: a phone and a laptop. */
export const WIDTHS = [375, 1280] as const;

export async function openTool(page: Page, path: '/planner/' | '/compare/', query = '') {
  await page.goto(`${path}${query}`);
  await untilResultShown(page, query);
}

/**
 * Waits until the page shows the result for its address: hydrated (the island drops its ssr
 * attribute) and, with a query, the link read (the example banner gone) and computed (not busy).
 */
export async function untilResultShown(page: Page, query: string) {
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', { timeout: 15_000 });
  if (query.replace(/^\?/, '') === '') return;
  await expect(page.getByTestId('example-banner')).toHaveCount(0);
  await expect(page.getByTestId('tool-results')).not.toHaveAttribute('aria-busy', 'true', { timeout: 15_000 });
}

/** A form field by the start of its label (labels end with their unit, e.g. "Employees (people)"). */
export const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`));

/** Widest the document can be scrolled, in CSS pixels. */
export const documentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
