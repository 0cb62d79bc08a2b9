// A plan with no in-house HR staff yet reads as what it costs, not as free.
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { recommend } from '../../../src/engine/plan';
import { profile } from '../../../src/engine/profile';
import { formatMoney } from '../../../src/engine/format';
import Recommendation from '../../../src/islands/planner/Recommendation';
import TeamSection from '../../../src/islands/planner/TeamSection';
import CoverageSection from '../../../src/islands/planner/CoverageSection';
import TimelineSection from '../../../src/islands/planner/TimelineSection';
import CostSection from '../../../src/islands/planner/CostSection';
import HireFirstSection from '../../../src/islands/planner/HireFirstSection';
import { catalog } from '../../support/catalog';

describe('a plan with no in-house HR staff yet', () => {
  const plan = recommend(profile({ employees: 8 }), catalog);

  it('the headline card gives the provider fees, not a loaded cost of $0 - $0', () => {
    expect(plan.hrFte).toBe(0);
    expect(plan.cost.outsourced.mid).toBeGreaterThan(0);
    const html = renderToString(h(Recommendation, { plan }));
    expect(html).toContain('Provider fees a year');
    expect(html).toContain(formatMoney(plan.cost.outsourced.low));
    expect(html).not.toContain('Fully loaded cost a year');
  });

  it('the team section says who carries the work instead of an empty table and chart', () => {
    const html = renderToString(h(TeamSection, { plan }));
    expect(html).toContain('No in-house HR staff yet');
    expect(html).not.toContain('<table');
    expect(html).not.toContain('Who reports to whom');
  });

  it('coverage says the founder covers what no provider does, not that nobody does', () => {
    const html = renderToString(h(CoverageSection, { plan }));
    expect(html).toContain('Gap: no HR staff yet: the founder covers it until the first HR hire');
    expect(html).not.toContain('nobody on the team covers it');
  });

  it('a timeline with no hire says the company stays below its first HR hire, not that its team covers the work', () => {
    const still = recommend(profile({ employees: 8, growthPct: 0 }), catalog);
    const html = renderToString(h(TimelineSection, { plan: still }));
    expect(html).toContain(`the company is still below its first HR hire (due at ${still.firstHire!.employees} employees)`);
    expect(html).not.toContain('the team you have');
  });

  it('the cost section says there are no salaries yet, not "$0 ($0 – $0)" (visual review 27 L6)', () => {
    const html = renderToString(h(CostSection, { plan }));
    expect(html).toContain('None yet: no salaries to pay');
    expect(html).not.toContain('Salaries a year');
    expect(html).toContain('Provider fees a year');
  });

  it('a plan with staff keeps its table, chart and loaded cost', () => {
    const staffed = recommend(profile({ employees: 300 }), catalog);
    expect(renderToString(h(CostSection, { plan: staffed }))).toContain('Salaries a year');
    expect(renderToString(h(TeamSection, { plan: staffed }))).toContain('Who reports to whom');
    expect(renderToString(h(Recommendation, { plan: staffed }))).toContain('Fully loaded cost a year');
  });

  it('"Who to hire first" says to start recruiting now when the first hire is due within the time to fill (review 28 H6)', () => {
    const soon = recommend(profile({ employees: 45, growthPct: 20, horizonMonths: 36, industry: 'technology' }), catalog);
    const html = renderToString(h(HireFirstSection, { plan: soon, catalog })).replace(/<!-- -->/g, '');
    expect(html).toMatch(/data-testid="recruit-now">No in-house HR hire yet, but <strong>start recruiting your first HR person now<\/strong>: they are due at 46 employees \(about month 1\)/);
    expect(renderToString(h(HireFirstSection, { plan, catalog }))).not.toContain('recruit-now');
  });
});
