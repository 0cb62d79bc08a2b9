// The engine's data holds together: sources exist, roles exist, tables are sane.
import { describe, expect, it } from 'vitest';
import { HR_FUNCTIONS, rules } from '../../../src/engine';
import { sources } from '../../../src/engine/data/sources';
import { ratioBands, staffingAnchors } from '../../../src/engine/data/staffing';
import { functionShares, defaultAttritionPct } from '../../../src/engine/data/workload';
import { obligationRules } from '../../../src/engine/data/obligations';
import { functionLeadFor, roleSlugs, specialistFor, unionEmployeeRelationsRole } from '../../../src/engine/data/team-shape';
import { apportion } from '../../../src/engine/fit-to-total';
import { baselineFte } from '../../../src/engine/workload';
import { catalog } from '../../support/catalog';

describe('engine data', () => {
  it('names only roles that have a profile in content/roles', () => {
    const named = [
      ...Object.values(specialistFor),
      ...Object.values(functionLeadFor),
      ...Object.values(roleSlugs),
      unionEmployeeRelationsRole,
    ];
    for (const slug of named) expect(catalog[slug!], slug).toBeDefined();
  });

  it('cites only known sources, in rules, tables and obligations', () => {
    const cited = [
      ...rules.flatMap((rule) => rule.sources),
      ...staffingAnchors.flatMap((anchor) => anchor.sources),
      ...ratioBands.flatMap((band) => band.sources),
      ...Object.values(defaultAttritionPct).map((figure) => figure.source),
      ...obligationRules.map((rule) => rule.source),
    ];
    for (const id of cited) expect(id in sources, id).toBe(true);
    for (const rule of rules) expect(rule.sources.length, rule.id).toBeGreaterThan(0);
  });

  it('has unique rule ids and a condition and effect in words for each', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.conditionText.length).toBeGreaterThan(5);
      expect(rule.effectText.length).toBeGreaterThan(10);
    }
  });

  it('splits HR time across the ten functions', () => {
    const total = HR_FUNCTIONS.reduce((sum, fn) => sum + functionShares[fn], 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('leaves out Executive Order 11246 obligations (revoked in January 2025)', () => {
    expect(obligationRules.some((rule) => /11246/.test(rule.title))).toBe(false);
  });

  it('interpolates baseline HR FTE monotonically through every anchor', () => {
    for (const anchor of staffingAnchors) {
      expect(baselineFte(anchor.employees)).toBeCloseTo((anchor.employees * anchor.per100) / 100, 6);
    }
    let previous = 0;
    for (let employees = 1; employees <= 100_000; employees = Math.ceil(employees * 1.07)) {
      expect(baselineFte(employees)).toBeGreaterThanOrEqual(previous);
      previous = baselineFte(employees);
    }
  });

  it('apportions half-FTE units exactly, at least one each, largest claims first', () => {
    const split = apportion([{ key: 'a', desired: 3 }, { key: 'b', desired: 1 }, { key: 'c', desired: 0.1 }], 6);
    expect([...split.values()].reduce((sum, units) => sum + units, 0)).toBe(6);
    expect(split.get('c')).toBe(1);
    expect(split.get('a')!).toBeGreaterThan(split.get('b')!);
    expect(apportion([{ key: 'a', desired: 1 }, { key: 'b', desired: 2 }], 1)).toEqual(new Map([['a', 1]]));
  });
});
