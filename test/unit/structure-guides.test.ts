// The four guides in content/structures: valid, long enough, linked to real roles, in US
// spelling, and each with a typical company for which the engine recommends that structure.
import { describe, expect, it } from 'vitest';
import { readStructureEntries } from '../../src/node/content-files';
import { compareHref, roleLinksIn, structureProblems, typicalProfileOf } from '../../src/lib/structure-guides';
import { parseForm } from '../../src/lib/planner/form-state';
import { fromQuery } from '../../src/lib/planner/url-state';
import { profile, recommend, STRUCTURES, STRUCTURE_LABELS } from '../../src/engine';
import { catalog } from '../support/catalog';

const entries = readStructureEntries();

/** Words of prose in an MDX body: link targets, headings markers and punctuation-only tokens left out. */
function proseWords(body: string): number {
  const text = body.replace(/\]\([^)]*\)/g, ']').replace(/^#+\s/gm, '');
  return text.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;
}

/** British spellings a US-English page must not use, matched case-insensitively. */
const BRITISH =
  /\b\w*(?:(?:organi|speciali|recogni|prioriti|minimi)s(?:e|ed|es|ing|ation|ations)|behaviour|labour|favour|colour|centre|programme|judgement)\w*\b/i;

describe('content/structures', () => {
  it('has exactly one guide per structure', () => {
    expect(entries.map((entry) => entry.id).sort()).toEqual([...STRUCTURES].sort());
  });

  it('names only roles that have a profile, in the teams and in the body', () => {
    expect(structureProblems(entries, new Set(Object.keys(catalog)))).toEqual([]);
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))('%s has at least 400 words of guide prose', (_id, entry) => {
    expect(proseWords(entry.body ?? '')).toBeGreaterThanOrEqual(400);
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))('%s links the roles it names to their profiles', (_id, entry) => {
    // Every guide names at least three roles in its prose, each as a link to its profile.
    expect(new Set(roleLinksIn(entry.body ?? '')).size).toBeGreaterThanOrEqual(3);
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))('%s uses US spelling', (_id, entry) => {
    const text = [JSON.stringify(entry.data), entry.body ?? ''].join('\n');
    expect(text.match(BRITISH)?.[0] ?? null).toBeNull();
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))(
    "%s's typical company is one the engine recommends that structure for",
    (id, entry) => {
      const plan = recommend(typicalProfileOf(entry.data.typicalProfile), catalog, { full: false });
      expect(STRUCTURE_LABELS[plan.structure], `recommendation for ${id}'s typical profile`).toBe(
        STRUCTURE_LABELS[id as keyof typeof STRUCTURE_LABELS],
      );
    },
  );
});

describe('links to /compare', () => {
  it('carries every profile field under the planner URL keys', () => {
    const company = profile({
      employees: 300,
      growthPct: 12.5,
      attritionPct: 20,
      industry: 'healthcare',
      states: 3,
      countries: 2,
      remotePct: 40,
      unionized: true,
      federalContractor: true,
      budget: 450000,
      automation: 'advanced',
      horizonMonths: 36,
    });
    const href = compareHref(company);
    expect(href).toBe('/compare/?e=300&i=healthcare&st=3&c=2&r=40&u=1&f=1&g=12.5&a=20&h=36&b=450000&au=advanced');
    // The planner's own reader turns the link back into the same company.
    const opened = fromQuery(href.split('?')[1]!, catalog);
    expect(opened.ignored).toEqual([]);
    const parsed = parseForm(opened.values, catalog);
    expect(parsed.ok && parsed.profile).toEqual(company);
  });

  it('leaves out every field at its default, as the planner writes its links', () => {
    expect(compareHref(profile({ employees: 80, industry: 'professional-services', growthPct: 10, states: 1 }))).toBe(
      '/compare/?e=80&i=professional-services',
    );
    expect(compareHref(profile({ employees: 1 }))).toBe('/compare/?e=1');
  });

  it('finds role links in Markdown and HTML, with or without a trailing slash', () => {
    expect(roleLinksIn('[a](/roles/hr-manager) [b](/roles/recruiter/) <a href="/roles/vp-of-hr">c</a> [d](/sources)')).toEqual([
      'hr-manager',
      'recruiter',
      'vp-of-hr',
    ]);
  });
});
