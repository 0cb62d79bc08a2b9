// The salary chart's scale and the number formats shared by pages and islands.
import { describe, expect, it } from 'vitest';
import { salaryScale } from '../../src/lib/salary-scale';
import { formatMoneyCompact } from '../../src/engine/format';
import {
  areaLabel,
  formatPayStep,
  payStepTone,
  formatPct,
  formatUsd,
  formatUsdChange,
  formatUsdRange,
  formatUsdShort,
  formatYears,
  formatReportedRaise,
  movePrerequisites,
} from '../../src/lib/role-format';

describe('salaryScale', () => {
  it('covers every value with round, evenly spaced ticks', () => {
    const scale = salaryScale([72_910, 97_270, 83_790, 140_030, 105_590, 189_960]);
    expect(scale).toMatchObject({ lo: 50_000, hi: 200_000, step: 50_000, ticks: [50_000, 100_000, 150_000, 200_000] });
    expect(scale.at(50_000)).toBe(0);
    expect(scale.at(200_000)).toBe(1000);
    expect(scale.at(125_000, 600)).toBe(300);
  });

  it('uses a finer step for a narrow range and never more ticks than asked', () => {
    const scale = salaryScale([42_360, 58_560]);
    expect(scale.step).toBe(5_000);
    expect(scale.ticks).toEqual([40_000, 45_000, 50_000, 55_000, 60_000]);
    for (const values of [[1, 999_999], [30_000, 31_000], [120_000, 480_000]]) {
      const { ticks, lo, hi } = salaryScale(values, 6);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(lo).toBeLessThanOrEqual(Math.min(...values));
      expect(hi).toBeGreaterThanOrEqual(Math.max(...values));
    }
  });

  it('gives a single value a range of one step', () => {
    expect(salaryScale([60_000])).toMatchObject({ lo: 60_000, hi: 65_000 });
  });

  it('refuses an empty list', () => {
    expect(() => salaryScale([])).toThrow('at least one value');
  });
});

describe('role-format', () => {
  it('formats money', () => {
    expect(formatUsd(105_590)).toBe('$105,590');
    expect(formatUsdShort(83_790)).toBe('$84k');
    expect(formatUsdRange(83_790, 140_030)).toBe('$83,790 to $140,030');
    expect(formatUsdChange(14_410)).toBe('+$14,410');
    expect(formatUsdChange(-2_000)).toBe('−$2,000');
    expect(formatUsdChange(0.2)).toBe('$0');
  });

  it('formats signed percentages with a real minus sign', () => {
    expect(formatPct(14.6)).toBe('+15%');
    expect(formatPct(-4.2)).toBe('−4%');
    expect(formatPct(0.3)).toBe('0%');
  });

  it('formats year ranges', () => {
    expect(formatYears({ min: 1, max: 3 })).toBe('1 to 3 years');
    expect(formatYears({ min: 2, max: 2 })).toBe('2 years');
    expect(formatYears({ min: 1, max: 1 })).toBe('1 year');
    expect(formatYears({ min: 0, max: 0 })).toBe('under a year');
    expect(formatYears({ min: 0, max: 1 })).toBe('up to 1 year');
    expect(formatYears({ min: 0, max: 2 })).toBe('up to 2 years');
  });

  it('formats pay steps, reported raises and what a move takes', () => {
    expect(formatPayStep({ pct: 32.6, reported: { min: 15, max: 25 } })).toBe('+33%');
    expect(formatPayStep({ pct: 0.2 })).toBe('0%');
    expect(payStepTone({ pct: 0.2 })).toBe('flat');
    expect(payStepTone({ pct: -3 })).toBe('down');
    expect(payStepTone({ pct: 3 })).toBe('up');
    expect(formatReportedRaise({ min: 15, max: 25 })).toBe('+15% to +25%');
    expect(formatReportedRaise({ min: 10, max: 10 })).toBe('+10%');
    expect(movePrerequisites({ certification: 'SHRM-CP or PHR', firstSupervision: true, skill: 'Budget work' })).toEqual([
      'certification: SHRM-CP or PHR',
      'first supervisory experience',
      'budget work',
    ]);
    expect(movePrerequisites(undefined)).toEqual([]);
    expect(movePrerequisites({ skill: 'HRIS data entry' })).toEqual(['HRIS data entry']);
    expect(movePrerequisites({ skill: 'FMLA and ADA case handling' })).toEqual(['FMLA and ADA case handling']);
  });

  it('labels areas', () => {
    expect(areaLabel('recruiting')).toBe('Recruiting');
    expect(areaLabel('generalist')).toBe('All HR functions');
    expect(areaLabel('management')).toBe('Leads the HR team');
  });
});

describe('formatMoneyCompact (chart axes)', () => {
  it('writes dollars, thousands and millions the way a person reads an axis', () => {
    expect(formatMoneyCompact(0)).toBe('$0');
    expect(formatMoneyCompact(950)).toBe('$950');
    expect(formatMoneyCompact(200_000)).toBe('$200k');
    expect(formatMoneyCompact(1_000_000)).toBe('$1m'); // before, on /compare: "$1,000k"
    expect(formatMoneyCompact(1_500_000)).toBe('$1.5m');
    expect(formatMoneyCompact(12_000_000)).toBe('$12m');
  });
});
