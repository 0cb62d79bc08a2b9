// Opening the planner and the compare page and finding their fields, for end-to-end tests.
import { expect, type Page } from '@playwright/test';

/** The two widths every issue-11 journey runs at: a phone and a laptop. */
export const WIDTHS = [375, 1280] as const;

export async function openTool(page: Page, path: '/planner/' | '/compare/', query = '') {
  await page.goto(`${path}${query}`);
  // Hydrated: the island drops its ssr attribute.
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

/** A form field by the start of its label (labels end with their unit, e.g. "Employees (people)"). */
export const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`));

/** Widest the document can be scrolled, in CSS pixels. */
export const documentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
