// Every state row Roleplan ships, at its threshold (n-1 vs n) under its own counting basis, and
// the phase-ins landing on the right month for a given start.
import { describe, expect, it } from 'vitest';
import { profile, type ProfileInput } from '../../../src/engine';
import { obligationsFor, stateObligationsFor } from '../../../src/engine/obligations';
import { stateRules, type StateRule } from '../../../src/engine/data/state-law';
import { STATE_CODES } from '../../../src/engine/data/state-codes';

/** A start after every dated step, so each row's last threshold is in force. */
const LATE_START = '2029-06';

const applies = (rule: StateRule, input: ProfileInput) =>
  stateObligationsFor(profile({ industry: rule.industries?.[0] ?? 'other', growthPct: 0, start: LATE_START, ...input })).find(
    (obligation) => obligation.id === rule.id,
  );

const lastThreshold = (rule: StateRule) => rule.steps[rule.steps.length - 1]!.threshold;

describe('state law table', () => {
  it('has unique ids, known states, sources and a strength on every row', () => {
    expect(new Set(stateRules.map((rule) => rule.id)).size).toBe(stateRules.length);
    for (const rule of stateRules) {
      expect(STATE_CODES).toContain(rule.state);
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const url of rule.sources) expect(url, rule.id).toMatch(/^https?:\/\//);
      expect(['verified', 'fair']).toContain(rule.strength);
      const dates = rule.steps.map((step) => step.from).filter((from): from is string => from !== null);
      expect([...dates].sort(), rule.id).toEqual(dates);
    }
  });

  describe.each(stateRules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const threshold = lastThreshold(rule);
    if (rule.counting.scope === 'in-state') {
      it(`applies at ${threshold} employees in ${rule.state}, not at ${threshold - 1}, whatever the company's total`, () => {
        const total = threshold + 40;
        expect(applies(rule, { employees: total, stateEmployees: { [rule.state]: threshold } })).toMatchObject({
          jurisdiction: rule.state,
          month: null,
          threshold,
        });
        if (threshold > 1) expect(applies(rule, { employees: total, stateEmployees: { [rule.state]: threshold - 1 } })).toBeUndefined();
      });
    } else {
      it(`applies at ${threshold} employees anywhere once one works in ${rule.state}, not at ${threshold - 1}`, () => {
        expect(applies(rule, { employees: threshold, stateEmployees: { [rule.state]: 1 } })).toMatchObject({
          jurisdiction: rule.state,
          month: null,
          threshold,
        });
        if (threshold > 1) expect(applies(rule, { employees: threshold - 1, stateEmployees: { [rule.state]: 1 } })).toBeUndefined();
        // Nobody in the state: no obligation there, however large the company.
        expect(applies(rule, { employees: threshold + 100, stateEmployees: {} })).toBeUndefined();
      });
    }

    if (threshold > 1) {
      it(`starts on the month its counting basis (${rule.counting.timing}) reaches ${threshold}`, () => {
        // A company one short of the threshold, growing 30% a year from July 2029.
        const inState = rule.counting.scope === 'in-state';
        const employees = inState ? threshold * 3 : threshold - 1;
        const stateEmployees = { [rule.state]: inState ? threshold - 1 : 1 };
        const input = { employees, stateEmployees, growthPct: 30, start: '2029-07', horizonMonths: 36 as const };
        const found = stateObligationsFor(profile({ industry: rule.industries?.[0] ?? 'other', ...input })).find((o) => o.id === rule.id);
        expect(found, 'starts within 36 months').toBeDefined();
        const reached = [...Array(37).keys()].find((m) => {
          const total = Math.max(1, Math.round(employees * Math.pow(1.3, m / 12)));
          const count = inState ? Math.max(1, Math.round(((threshold - 1) / employees) * total)) : total;
          return count >= threshold;
        })!;
        switch (rule.counting.timing) {
          case 'current':
            expect(found!.month).toBe(reached);
            break;
          case 'twenty-weeks':
            // The fifth month at or above the threshold within one calendar year, or a January after a year with five.
            expect(found!.month).toBeGreaterThanOrEqual(reached + 4);
            break;
          case 'twenty-weeks-prior-year':
          case 'prior-year-average':
          case 'prior-year-most-days':
          case 'prior-year-any-time':
          case 'january':
            expect(found!.date!.endsWith('-01'), found!.date!).toBe(true);
            expect(found!.month).toBeGreaterThanOrEqual(reached);
            break;
        }
        expect(found!.date).toBe(`${2029 + Math.floor((6 + found!.month!) / 12)}-${String(((6 + found!.month!) % 12) + 1).padStart(2, '0')}`);
      });
    }

    if (rule.industries) {
      it(`applies only in ${rule.industries.join(', ')}`, () => {
        const input = { employees: threshold + 10, stateEmployees: { [rule.state]: threshold + 10 } };
        expect(applies(rule, input)).toBeDefined();
        expect(stateObligationsFor(profile({ ...input, industry: 'technology', growthPct: 0, start: LATE_START })).some((o) => o.id === rule.id)).toBe(false);
      });
    }
  });
});

const obligation = (input: ProfileInput, id: string) => obligationsFor(profile({ growthPct: 0, ...input })).find((o) => o.id === id);

describe('tiers of one law', () => {
  it('every tier names a next tier of the same state that starts at a larger headcount', () => {
    const tiered = stateRules.filter((rule) => rule.supersededBy);
    expect(tiered.length).toBeGreaterThanOrEqual(8);
    for (const rule of tiered) {
      const next = stateRules.find((candidate) => candidate.id === rule.supersededBy);
      expect(next, rule.id).toBeDefined();
      expect(next!.state).toBe(rule.state);
      expect(Math.min(...next!.steps.map((step) => step.threshold)), rule.id).toBeGreaterThan(Math.min(...rule.steps.map((step) => step.threshold)));
    }
  });

  it('a 100-person employer in New York is listed in one sick-leave tier; a 90-person one moves up when it reaches 100', () => {
    const ny = (input: ProfileInput) => stateObligationsFor(profile({ stateEmployees: { NY: 40 }, start: '2026-12', ...input })).filter((obligation) => obligation.id.startsWith('ny-sick-leave'));
    // Before: "Sick leave: 40 hours; Sick leave: 40 hours paid; Sick leave: 56 hours paid", all today.
    expect(ny({ employees: 100 }).map((obligation) => obligation.id)).toEqual(['ny-sick-leave-56']);
    const growing = ny({ employees: 90, growthPct: 20 });
    expect(growing.map((obligation) => [obligation.id, obligation.month === null ? 'today' : 'later'])).toEqual([
      ['ny-sick-leave-paid', 'today'],
      ['ny-sick-leave-56', 'later'],
    ]);
  });
});

describe('phase-ins land on the right month for a given start', () => {
  it('Connecticut sick leave: 25, then 11 from January 2026, then 1 from January 2027, counted on the January payroll', () => {
    expect(obligation({ employees: 30, stateEmployees: { CT: 30 }, start: '2025-06' }, 'ct-paid-sick-leave')).toMatchObject({ month: null, threshold: 25 });
    expect(obligation({ employees: 15, stateEmployees: { CT: 15 }, start: '2025-06' }, 'ct-paid-sick-leave')).toMatchObject({ month: 7, date: '2026-01', threshold: 11 });
    expect(obligation({ employees: 5, stateEmployees: { CT: 5 }, start: '2025-06', horizonMonths: 36 }, 'ct-paid-sick-leave')).toMatchObject({ month: 19, date: '2027-01', threshold: 1 });
    // 10 in Connecticut in January 2026, 11 by spring: the January count keeps them out until 2027.
    const growing = obligation({ employees: 10, stateEmployees: { CT: 10 }, growthPct: 40, start: '2025-12' }, 'ct-paid-sick-leave')!;
    expect(growing).toMatchObject({ date: '2027-01', month: 13 });
    expect(growing.phaseIn).toEqual([
      { date: '2025-01', threshold: 25 },
      { date: '2026-01', threshold: 11 },
      { date: '2027-01', threshold: 1 },
    ]);
  });

  it('Washington PFML job protection: 25 in 2026, 15 in 2027, 8 in 2028', () => {
    expect(obligation({ employees: 25, stateEmployees: { WA: 25 }, start: '2026-03' }, 'wa-pfml-job-protection')).toMatchObject({ month: null, threshold: 25 });
    expect(obligation({ employees: 20, stateEmployees: { WA: 20 }, start: '2026-03' }, 'wa-pfml-job-protection')).toMatchObject({ month: 10, date: '2027-01', threshold: 15 });
    expect(obligation({ employees: 10, stateEmployees: { WA: 10 }, start: '2026-03' }, 'wa-pfml-job-protection')).toMatchObject({ month: 22, date: '2028-01', threshold: 8 });
    expect(obligation({ employees: 7, stateEmployees: { WA: 7 }, start: '2026-03', horizonMonths: 36 }, 'wa-pfml-job-protection')).toBeUndefined();
    // Before 2026 the rule is not in force at any size.
    expect(obligation({ employees: 300, stateEmployees: { WA: 300 }, start: '2025-01' }, 'wa-pfml-job-protection')).toMatchObject({ month: 12, date: '2026-01' });
  });

  it('Virginia sick leave: from July 2027 at 50, January 2028 at 25, January 2029 for all', () => {
    expect(obligation({ employees: 60, stateEmployees: { VA: 60 }, start: '2027-01' }, 'va-paid-sick-leave')).toMatchObject({ month: 6, date: '2027-07', threshold: 50 });
    expect(obligation({ employees: 30, stateEmployees: { VA: 30 }, start: '2027-01' }, 'va-paid-sick-leave')).toMatchObject({ month: 12, date: '2028-01', threshold: 25 });
    expect(obligation({ employees: 5, stateEmployees: { VA: 5 }, start: '2027-01' }, 'va-paid-sick-leave')).toMatchObject({ month: 24, date: '2029-01', threshold: 1 });
    expect(obligation({ employees: 5, stateEmployees: { VA: 5 }, start: '2027-01', horizonMonths: 12 }, 'va-paid-sick-leave')).toBeUndefined();
    // Start later and the same law applies today.
    expect(obligation({ employees: 60, stateEmployees: { VA: 60 }, start: '2027-09' }, 'va-paid-sick-leave')).toMatchObject({ month: null });
  });

  it('a future start date moves an in-force rule to today and a future rule to its own month', () => {
    expect(obligation({ employees: 20, stateEmployees: { CT: 20 }, start: '2026-09' }, 'ct-pay-range-postings')).toMatchObject({ month: 1, date: '2026-10' });
    expect(obligation({ employees: 20, stateEmployees: { CT: 20 }, start: '2027-02' }, 'ct-pay-range-postings')).toMatchObject({ month: null, date: null });
  });

  it('gives every obligation a jurisdiction', () => {
    const all = obligationsFor(profile({ employees: 200, stateEmployees: { CA: 40, NY: 20, TX: 30, WY: 5 }, start: '2027-01' }));
    for (const item of all) expect(['US', 'CA', 'NY', 'TX']).toContain(item.jurisdiction);
    expect(all.filter((item) => item.jurisdiction === 'TX').map((item) => item.id).sort()).toEqual(['tx-harassment-liability', 'tx-tchra']);
  });
});
