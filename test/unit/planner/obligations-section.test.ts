// The obligations section says how it counts what it cannot know.
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { recommend } from '../../../src/engine/plan';
import { profile } from '../../../src/engine/profile';
import ObligationsSection from '../../../src/islands/planner/ObligationsSection';
import { catalog } from '../../support/catalog';

describe('obligations that count last year', () => {
  it('say they are read as if the company had today’s headcount all of last year (review 26 L3)', () => {
    const company = profile({ employees: 25, industry: 'technology', growthPct: 300 });
    const html = renderToString(h(ObligationsSection, { plan: recommend(company, catalog), profile: company }));
    expect(html).toContain('are read as if you had today’s headcount all of last year');
    expect(html).toMatch(/data-obligation="cobra"/);
  });
});
