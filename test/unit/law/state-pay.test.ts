// Pay by state: occupation wages against the median of state means, RPP for unmapped roles,
// weighted by where the company's employees work.
import { describe, expect, it } from 'vitest';
import { profile, recommend } from '../../../src/engine';
import { catalogForStates, companyPayFactor, nationalReference, payBasisOf, payDrivers, statePayFactor } from '../../../src/engine/state-pay';
import { statePay } from '../../../src/engine/data/state-pay';
import { STATE_CODES } from '../../../src/engine/data/state-codes';
import { catalog } from '../../support/catalog';

describe('pay by state', () => {
  it('has RPP and both occupations\' means for the 50 states and DC', () => {
    expect(Object.keys(statePay).sort()).toEqual([...STATE_CODES]);
    expect(statePay.CA).toEqual({ rpp: 112.6, hrSpecialistsMean: 90_110, hrManagersMean: 182_460 });
    expect(nationalReference).toEqual({ '13-1071': 70_610, '11-3121': 135_590 });
  });

  it('maps a role to its occupation from the salary basis, and falls back to price parities', () => {
    const mapped = Object.values(catalog).filter((role) => payBasisOf(role).kind === 'wages');
    expect(mapped.length).toBeGreaterThan(5);
    const recruiter = catalog.recruiter!;
    expect(payBasisOf(recruiter)).toMatchObject({ kind: 'wages', soc: '13-1071' });
    expect(statePayFactor(recruiter, 'CA')).toBeCloseTo(90_110 / 70_610);
    const payroll = catalog['payroll-specialist']!;
    expect(payBasisOf(payroll)).toEqual({ kind: 'prices' });
    expect(statePayFactor(payroll, 'CA')).toBeCloseTo(1.126);
  });

  it('weights states by their share of employees; staff elsewhere count at the national range', () => {
    const role = catalog['hr-manager']!;
    const factor = companyPayFactor(role, { employees: 100, stateEmployees: { CA: 50, TX: 25 } });
    const expected = 0.5 * (182_460 / 135_590) + 0.25 * (145_460 / 135_590) + 0.25;
    expect(factor).toBeCloseTo(expected);
    expect(companyPayFactor(role, { employees: 100, stateEmployees: {} })).toBe(1);
    expect(catalogForStates(catalog, { employees: 10, stateEmployees: {} })).toBe(catalog);
  });

  it('moves the plan\'s salaries with the states: California above the national range, Mississippi below', () => {
    const national = recommend(profile({ employees: 60, start: '2027-01' }), catalog);
    const california = recommend(profile({ employees: 60, stateEmployees: { CA: 60 }, start: '2027-01' }), catalog);
    const mississippi = recommend(profile({ employees: 60, stateEmployees: { MS: 60 }, start: '2027-01' }), catalog);
    expect(california.cost.salary.mid).toBeGreaterThan(national.cost.salary.mid * 1.15);
    expect(mississippi.cost.salary.mid).toBeLessThan(national.cost.salary.mid);
  });

  it('names the states that drive pay, largest effect first', () => {
    const drivers = payDrivers({ employees: 100, stateEmployees: { TX: 30, CA: 20, MS: 5 } });
    expect(drivers.map((driver) => driver.state)).toEqual(['CA', 'MS', 'TX']);
    expect(drivers[0]!.share).toBeCloseTo(0.2);
  });
});
