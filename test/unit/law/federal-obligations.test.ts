// Federal obligations: timing from the plan's calendar start, 20-workweek counts, the ACA's
// prior-year average, VETS-4212 at any size and EO 11246's revocation by EO 14173.
import { describe, expect, it } from 'vitest';
import { profile, type ProfileInput } from '../../../src/engine';
import { obligationsFor } from '../../../src/engine/obligations';
import { revokedObligations } from '../../../src/engine/data/obligations';
import { sources } from '../../../src/engine/data/sources';

const find = (input: ProfileInput, id: string) => obligationsFor(profile(input)).find((obligation) => obligation.id === id);

describe('federal obligations', () => {
  it('counts FMLA, Title VII and the ADEA over 20 workweeks of the calendar year', () => {
    // 45 people growing 30% a year reach 50 in April 2027 (month 5); the fifth month at 50+ is August.
    expect(find({ employees: 45, growthPct: 30, start: '2026-11' }, 'fmla')).toMatchObject({ month: 9, date: '2027-08', jurisdiction: 'US' });
    // Reaching 15 today is covered today: Roleplan assumes today's headcount before the start.
    expect(find({ employees: 15, growthPct: 0, start: '2027-03' }, 'title-vii-ada-gina-pwfa')).toMatchObject({ month: null });
    expect(find({ employees: 14, growthPct: 0, start: '2027-03' }, 'title-vii-ada-gina-pwfa')).toBeUndefined();
    // 19 people growing 60%: 20 from month 1 (December), so January-May of the next year make 20 weeks.
    const adea = find({ employees: 19, growthPct: 60, start: '2026-11' }, 'adea')!;
    expect(adea.month).toBeGreaterThan(1);
    expect(adea.date!.startsWith('2027-')).toBe(true);
  });

  it('sets ACA status from the prior calendar year\'s average, so it starts in a January', () => {
    const aca = find({ employees: 45, growthPct: 30, start: '2026-11' }, 'aca-employer-mandate')!;
    expect(aca).toMatchObject({ month: 14, date: '2028-01' });
    for (const start of ['2026-01', '2026-06', '2027-09']) {
      const found = find({ employees: 40, growthPct: 40, start, horizonMonths: 36 }, 'aca-employer-mandate');
      expect(found?.date?.endsWith('-01')).toBe(true);
    }
    expect(find({ employees: 50, growthPct: 0 }, 'aca-employer-mandate')?.month).toBeNull();
  });

  it('counts COBRA on most business days and the OSHA logs at any time of the prior calendar year, so both start in a January', () => {
    // Before: both were dated the month the headcount crossed the threshold (COBRA 2027-05, the logs 2027-09).
    // 12 people growing 300% from December 2026 pass 20 in May 2027: 2027 has more than six months at 20 or more.
    expect(find({ employees: 12, growthPct: 300, industry: 'technology', start: '2026-12' }, 'cobra')).toMatchObject({ month: 13, date: '2028-01' });
    // 8 people growing 50% pass 10 in September 2027.
    expect(find({ employees: 8, growthPct: 50, industry: 'manufacturing', start: '2026-12' }, 'osha-logs')).toMatchObject({ month: 13, date: '2028-01' });
    // A company that reaches 20 only in the last months of a year waits another year for COBRA: fewer than half its days were at 20.
    const late = find({ employees: 16, growthPct: 30, start: '2027-01', horizonMonths: 36 }, 'cobra')!;
    expect(late.date).toBe('2029-01');
    // Already at the threshold: covered today (Roleplan assumes today's headcount for the year before the start).
    expect(find({ employees: 20, growthPct: 0 }, 'cobra')?.month).toBeNull();
    expect(find({ employees: 11, growthPct: 0, industry: 'retail' }, 'osha-logs')?.month).toBeNull();
  });

  it('moves an obligation\'s calendar month with the start but keeps the headcount rule', () => {
    const early = find({ employees: 90, growthPct: 20, start: '2027-01' }, 'eeo-1')!;
    const late = find({ employees: 90, growthPct: 20, start: '2027-07' }, 'eeo-1')!;
    expect(early.month).toBe(late.month);
    expect(early.date).not.toBe(late.date);
  });

  it('asks VETS-4212 of federal contractors of any size, the written plans only from 50', () => {
    expect(find({ employees: 3, federalContractor: true }, 'vets-4212')).toMatchObject({ month: null, threshold: 1 });
    expect(find({ employees: 3, federalContractor: false }, 'vets-4212')).toBeUndefined();
    expect(find({ employees: 49, growthPct: 0, federalContractor: true }, 'vevraa')).toBeUndefined();
    expect(find({ employees: 50, growthPct: 0, federalContractor: true }, 'vevraa')).toMatchObject({ month: null });
  });

  it('leaves out EO 11246, revoked by Executive Order 14173 rather than a FAR rule', () => {
    const all = obligationsFor(profile({ employees: 500, federalContractor: true }));
    expect(all.some((obligation) => obligation.id === 'eo-11246')).toBe(false);
    expect(revokedObligations[0]).toMatchObject({ id: 'eo-11246', source: 'eo-14173' });
    expect(sources['eo-14173'].citation).toContain('January 21, 2025');
    expect(sources['far-90fr41872'].citation).not.toMatch(/11246/);
  });
});
