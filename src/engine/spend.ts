// Money over time: what each year of the horizon costs, counting each hire from its month and
// every provider fee at that month's headcount.
import type { Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import type { MonthlyTeams } from './timeline.ts';
import { addRanges, loadedFactor, memberSalary, scaleRange, ZERO, type Range } from './cost.ts';
import { computeWorkload } from './workload.ts';
import { providerFees } from './outsourcing.ts';
import { peoContract } from './data/costs.ts';

export interface YearSpend {
  /** 1 is the first twelve months. */
  year: number;
  salary: Range;
  loaded: Range;
  outsourced: Range;
}

/** A range times a factor, not rounded: a year's twelve months are summed first, then rounded once. */
const times = (range: Range, factor: number): Range => ({ low: range.low * factor, mid: range.mid * factor, high: range.high * factor });
const rounded = (range: Range): Range => ({ low: Math.round(range.low), mid: Math.round(range.mid), high: Math.round(range.high) });

/**
 * One entry a year. Month m's team and fees count for a twelfth of a year; provider fees follow
 * that month's headcount (a PEO is paid per employee). A PEO recommended before the first HR hire
 * is paid for its first contract term, beside the first HR person once they are hired.
 */
export function spendByYear(profile: Profile, staffing: MonthlyTeams, catalog: RoleCatalog, noInHouseToday: boolean, peoQuote?: 'low'): YearSpend[] {
  const years: YearSpend[] = [];
  const feeCache = new Map<string, Range>();
  const peoSignedToday = noInHouseToday && !profile.outsource.includes('peo');
  for (let year = 1; year <= profile.horizonMonths / 12; year += 1) {
    let salary = ZERO;
    let loaded = ZERO;
    let outsourced = ZERO;
    for (let month = (year - 1) * 12; month < year * 12; month += 1) {
      const employees = staffing.months[month]!.employees;
      const team = staffing.inPlace[month]!;
      const factor = loadedFactor(employees);
      for (const [role, fte] of team) {
        // Each member's yearly figures are rounded as the plan's cost rounds them, so a year of an
        // unchanged team equals that cost to the dollar.
        const pay = memberSalary({ role, fte, payFactor: staffing.payFactor.get(role) ?? 1 }, catalog);
        salary = addRanges(salary, times(pay, 1 / 12));
        loaded = addRanges(loaded, times(scaleRange(pay, factor), 1 / 12));
      }
      const noInHouse = noInHouseToday && [...team.values()].every((fte) => fte === 0);
      // A PEO signed before the first HR hire runs its first contract term beside the first HR person.
      const peoKept = !noInHouse && peoSignedToday && month < peoContract.termMonths;
      const key = `${employees} ${noInHouse} ${peoKept}`;
      let fees = feeCache.get(key);
      if (!fees) {
        const atSize: Profile = { ...profile, employees, ...(peoKept ? { outsource: [...profile.outsource, 'peo' as const] } : {}) };
        // No provider chosen and in-house staff: no fees, without working out the month's workload.
        fees = atSize.outsource.length === 0 && !noInHouse ? ZERO : providerFees(atSize, computeWorkload(atSize), { noInHouse, catalog, ...(peoQuote ? { peoQuote } : {}) }).total;
        feeCache.set(key, fees);
      }
      outsourced = addRanges(outsourced, times(fees, 1 / 12));
    }
    years.push({ year, salary: rounded(salary), loaded: rounded(loaded), outsourced: rounded(outsourced) });
  }
  return years;
}
