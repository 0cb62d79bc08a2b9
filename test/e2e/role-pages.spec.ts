// Role profiles: one built page per content file, no JavaScript at all, and their parts in place.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readRoleEntries } from '../../src/node/content-files';
import { formatUsd } from '../../src/lib/role-format';

const slugs = readdirSync('content/roles')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.slice(0, -'.mdx'.length))
  .sort();
/** Pages under /roles/ that are not profiles. */
const OTHER_ROLE_PAGES = ['compare'];

test('every role file has a built page, and /roles/ holds nothing else but the compare view', () => {
  const built = readdirSync('dist/roles', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`dist/roles/${entry.name}/index.html`))
    .map((entry) => entry.name)
    .filter((name) => !OTHER_ROLE_PAGES.includes(name))
    .sort();
  expect(slugs.length).toBeGreaterThanOrEqual(26);
  expect(built).toHaveLength(slugs.length);
  expect(built).toEqual(slugs);
});

test('role pages ship no framework script: no island, no script but the offline worker\'s registration and the pay-by-state picker, nothing mentioning Preact', () => {
  for (const slug of slugs) {
    const html = readFileSync(`dist/roles/${slug}/index.html`, 'utf8');
    expect(html, slug).not.toContain('<astro-island');
    // Two small inline scripts are allowed: the offline worker's registration and the state picker.
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)]
      .filter(([, body]) => !body!.includes('serviceWorker.register') && !body!.includes('data-pay-select'));
    expect(scripts.map(([tag]) => tag.slice(0, 80)), slug).toEqual([]);
    expect(html, slug).not.toMatch(/preact/i);
    expect(html, slug).toContain('data-pagefind-body');
  }
});

test('a role page requests no JavaScript in the browser', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/roles/hr-assistant-manager/', { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
});

test('a profile shows its facts, the salary chart with a table, FAQs, career moves and sources', async ({ page }) => {
  await page.goto('/roles/hr-assistant-manager/');
  await expect(page.getByRole('heading', { level: 1, name: 'HR Assistant Manager' })).toBeVisible();

  const glance = page.getByRole('complementary', { name: 'At a glance' });
  for (const term of ['Typical salary', 'Level', 'Family', 'Area', 'Experience when hired', 'Education', 'Certifications', 'Who hires', 'Outlook', 'AI impact']) {
    await expect(glance.locator('dt', { hasText: term }).first()).toBeVisible();
  }
  const own = readRoleEntries().find((entry) => entry.id === 'hr-assistant-manager')!.data.salary;
  await expect(glance).toContainText(formatUsd(own.median));

  // The chart: one bar per role (two earlier roles, this one, one next), and the same figures as a table.
  const chart = page.getByRole('figure');
  await expect(chart.locator('svg.bar')).toHaveCount(4);
  await chart.getByText('Show these salaries as a table').click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table).toContainText('Typical yearly base salary, USD');
  const manager = readRoleEntries().find((entry) => entry.id === 'hr-manager')!.data.salary;
  await expect(table.getByRole('row', { name: /HR Manager/ }).getByRole('cell')).toHaveText(
    [manager.min, manager.median, manager.max].map((amount) => amount.toLocaleString('en-US')),
  );

  // FAQs are closed <details> that open on demand.
  const faq = page.locator('details.faq').first();
  await expect(faq).not.toHaveAttribute('open');
  await faq.locator('summary').click();
  await expect(faq).toHaveAttribute('open');

  // The next role shows the sourced pay step and links to its profile; earlier roles show theirs.
  const moves = page.locator('section', { has: page.getByRole('heading', { name: 'Career moves' }) });
  const next = moves.locator('li', { has: page.getByRole('link', { name: 'HR Manager', exact: true }) });
  await expect(next).toContainText('1 to 3 years');
  await expect(next).toContainText('a raise of +15% to +25% is reported');
  await expect(next).toContainText('between the two medians');
  await expect(next).toContainText('certification: SHRM-CP or PHR');
  await expect(moves.locator('li', { has: page.getByRole('link', { name: 'Senior HR Generalist' }) })).toContainText('between the two medians');

  await expect(page.getByRole('link', { name: 'Career paths from here' }).first()).toHaveAttribute('href', '/careers/?from=hr-assistant-manager');
  await expect(page.getByRole('link', { name: 'Compare with another role' })).toHaveAttribute('href', '/roles/compare/?a=hr-assistant-manager');
});

test('every source link on a profile points at an entry on /sources', async ({ page }) => {
  await page.goto('/sources/');
  const anchors = new Set(await page.locator('[id^="source-"]').evaluateAll((nodes) => nodes.map((node) => node.id)));
  for (const slug of slugs) {
    const html = readFileSync(`dist/roles/${slug}/index.html`, 'utf8');
    for (const [, id] of html.matchAll(/href="\/sources#(source-[^"]+)"/g)) {
      expect(anchors.has(id!), `${slug} links to #${id}`).toBe(true);
    }
  }
});
