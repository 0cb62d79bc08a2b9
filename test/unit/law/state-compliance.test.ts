// State rules feed the compliance workload, and the explanation names the rules that add it.
import { describe, expect, it } from 'vitest';
import { profile, recommend } from '../../../src/engine';
import { stateComplianceLoad } from '../../../src/engine/state-compliance';
import { stateComplianceWork } from '../../../src/engine/data/state-compliance';
import { catalog } from '../../support/catalog';

describe('state compliance load', () => {
  it('adds load for each state rule in force, and names the rules', () => {
    const none = recommend(profile({ employees: 60, start: '2027-01' }), catalog);
    const twoStates = recommend(profile({ employees: 60, stateEmployees: { CA: 40, NY: 15 }, start: '2027-01' }), catalog);
    const load = stateComplianceLoad(profile({ employees: 60, stateEmployees: { CA: 40, NY: 15 }, start: '2027-01' }));
    expect(load.rules.map((rule) => rule.id)).toContain('ca-pay-scale-postings');
    expect(load.rules.map((rule) => rule.id)).toContain('ny-paid-family-leave');
    expect(load.driver).toBeCloseTo(load.rules.length * stateComplianceWork.perRule);
    expect(twoStates.workload.loads.compliance).toBeGreaterThan(none.workload.loads.compliance);
    const entry = twoStates.explanation.find((item) => item.id === 'state-rules')!;
    expect(entry.detail).toContain(`${load.rules.length} state rules apply`);
    expect(entry.detail).toContain('in California, ');
    expect(entry.detail).toContain('Pay scale in job postings');
    expect(entry.source).toBe('roleplan-assumption');
    expect(none.explanation.some((item) => item.id === 'state-rules')).toBe(false);
  });

  it('counts only rules in force at the start: Virginia sick leave adds work from July 2027, not before', () => {
    const before = stateComplianceLoad(profile({ employees: 80, stateEmployees: { VA: 80 }, start: '2027-06' }));
    const after = stateComplianceLoad(profile({ employees: 80, stateEmployees: { VA: 80 }, start: '2027-07' }));
    expect(before.rules.some((rule) => rule.id === 'va-paid-sick-leave')).toBe(false);
    expect(after.rules.some((rule) => rule.id === 'va-paid-sick-leave')).toBe(true);
    expect(after.driver).toBeGreaterThan(before.driver);
  });

  it('never falls as headcount rises, other inputs fixed', () => {
    let previous = 0;
    for (let employees = 50; employees <= 400; employees += 1) {
      const { driver } = stateComplianceLoad(profile({ employees, stateEmployees: { CA: 20, IL: 30 }, start: '2027-01' }));
      expect(driver).toBeGreaterThanOrEqual(previous);
      previous = driver;
    }
  });

  it('adds nothing for a state with no rules in Roleplan', () => {
    expect(stateComplianceLoad(profile({ employees: 60, stateEmployees: { WY: 60 } }))).toEqual({ driver: 0, rules: [] });
  });
});
