// The compare page's derived figures: the reason the recommended structure wins, cost axes that
// show small differences, the recommended-first order and the exports.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareStructures, profile, STRUCTURE_LABELS, STRUCTURES } from '../../../src/engine';
import { costAxis, differenceFrom, niceStep } from '../../../src/lib/compare/cost-axis';
import { comparisonTables, comparisonToCsv, comparisonToJson } from '../../../src/lib/compare/export';
import { coverageCounts } from '../../../src/lib/compare/coverage-summary';
import { structureOrder } from '../../../src/lib/compare/structure-order';
import { runnerUpOf, whyRecommended } from '../../../src/lib/compare/why-recommended';
import { catalog } from '../../support/catalog';
import { parseCsvTables } from '../../support/csv';
import { propertySettings } from '../../support/property-runs';

describe('cost axis', () => {
  it('does not start at zero, so a 5% difference takes a visible share of the axis', () => {
    const axis = costAxis([200_000, 210_000]);
    expect(axis.min).toBeGreaterThan(0);
    expect((210_000 - 200_000) / (axis.max - axis.min)).toBeGreaterThan(0.15);
  });

  it('holds every value, on round steps, never below zero', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 8 }), (values) => {
        const axis = costAxis(values);
        const step = niceStep(Math.max(Math.max(...values) - Math.min(...values), Math.max(...values) * 0.02, 1));
        expect(axis.min).toBeGreaterThanOrEqual(0);
        expect(axis.min).toBeLessThan(Math.min(...values) + 1e-9);
        expect(axis.max).toBeGreaterThan(Math.max(...values));
        expect(Math.abs(axis.min / step - Math.round(axis.min / step))).toBeLessThan(1e-6);
      }),
      propertySettings(),
    );
  });

  it('gives differences against the reference', () => {
    expect(differenceFrom(200_000, 210_000)).toEqual({ amount: 10_000, pct: 5 });
    expect(differenceFrom(0, 5)).toEqual({ amount: 5, pct: null });
  });
});

describe('recommended structure first', () => {
  it.each(STRUCTURES)('puts %s first and keeps the others in order', (structure) => {
    const order = structureOrder(structure);
    expect(order[0]).toBe(structure);
    expect([...order].sort()).toEqual([...STRUCTURES].sort());
    expect(order.slice(1)).toEqual(STRUCTURES.filter((s) => s !== structure));
  });
});

describe('why the recommended structure wins', () => {
  const companies = [
    profile({ employees: 60, industry: 'technology', growthPct: 25 }),
    profile({ employees: 300, industry: 'healthcare' }),
    profile({ employees: 420, industry: 'manufacturing', growthPct: 18, states: 4, budget: 900_000 }),
    profile({ employees: 2_000, unionized: true, industry: 'manufacturing' }),
    profile({ employees: 35, growthPct: 80, states: 3, budget: 120_000 }),
  ];

  it.each(companies.map((company) => [company.employees, company] as const))('states the engine figures for %i employees', (_n, company) => {
    const comparison = compareStructures(company, catalog);
    const { recommended, plans } = comparison;
    const why = whyRecommended(plans, recommended);
    const runnerUp = runnerUpOf(plans[recommended].scores, recommended);
    expect(why.runnerUp).toBe(runnerUp);
    expect(plans[recommended].scores[recommended]).toBeGreaterThanOrEqual(plans[recommended].scores[runnerUp]);
    expect(why.sentence).toContain(STRUCTURE_LABELS[recommended]);
    expect(why.sentence).toContain(STRUCTURE_LABELS[runnerUp]);
    expect(why.sentence).toContain(`${plans[recommended].scores[recommended]} of 100`);
    const difference = plans[runnerUp].cost.loaded.mid - plans[recommended].cost.loaded.mid;
    if (Math.abs(difference) >= 1) {
      expect(why.sentence).toContain(`$${Math.abs(difference).toLocaleString('en-US')}`);
      expect(why.sentence).toContain(difference > 0 ? 'more a year' : 'less a year');
    } else {
      expect(why.sentence).toContain('costs the same');
    }
    const deep = coverageCounts(plans[runnerUp].coverage).deep - coverageCounts(plans[recommended].coverage).deep;
    if (deep > 0) expect(why.sentence).toMatch(new RegExp(`own ${deep} functions? in depth more`));
    if (deep < 0) expect(why.sentence).toMatch(new RegExp(`give up ${-deep} functions? in depth`));
  });
});

describe('comparison exports', () => {
  const company = profile({ employees: 420, industry: 'manufacturing', growthPct: 18, states: 4, budget: 900_000, outsource: ['benefits'] });
  const comparison = compareStructures(company, catalog);

  it('CSV holds one table per section with the recommended structure first', () => {
    const tables = parseCsvTables(comparisonToCsv(comparison, company));
    expect(tables.map((table) => table.title)).toEqual(comparisonTables(comparison, company).map((table) => table.title));
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    const structures = tables.find((table) => table.title.startsWith('Structures'))!;
    expect(structures.rows[0]![0]).toBe(`${STRUCTURE_LABELS[comparison.recommended]} (recommended)`);
    for (const row of structures.rows) {
      const structure = STRUCTURES.find((s) => row[0]!.startsWith(STRUCTURE_LABELS[s]))!;
      const plan = comparison.plans[structure];
      expect(row[header(structures, 'loaded_mid')]).toBe(String(plan.cost.loaded.mid));
      expect(row[header(structures, 'hr_fte')]).toBe(String(plan.hrFte));
    }
    const coverage = tables.find((table) => table.title === 'Coverage')!;
    expect(coverage.rows).toHaveLength(10);
  });

  it('JSON is the profile and the comparison exactly', () => {
    expect(JSON.parse(comparisonToJson(comparison, company))).toEqual(JSON.parse(JSON.stringify({ profile: company, comparison })));
  });
});

function header(table: { header: string[] }, name: string): number {
  return table.header.indexOf(name);
}
