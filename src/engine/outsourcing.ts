// What outside providers cost a year: the options the profile uses, and before the first HR
// hire the PEO, HR software and founder time the plan recommends instead of staff.
import { type Profile, existingTeamFte } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import type { Workload } from './workload.ts';
import { beforeFirstHire, outsourcingPrices, peoTakesOver, type PriceRange } from './data/costs.ts';
import { HR_FUNCTIONS } from './hr-functions.ts';
import { formatNumber } from './format.ts';
import { addRanges, ZERO, type Range } from './cost.ts';

export interface OutsourcingCost {
  option: string;
  label: string;
  /** Yearly cost range, or null where no sourced price exists. */
  cost: Range | null;
  /** Whether the cost counts in `cost.outsourced` (provider fees; founder time does not). */
  fee: boolean;
  sources: string[];
  note: string;
  /** A PEO priced at the low end of quotes (the budget alternative, where the mid-range price does not fit). */
  quotedAt?: 'low';
}

/** A yearly range: a price per unit times the units (employees, hires), rounded to the dollar. */
export function yearly(price: Pick<PriceRange, 'low' | 'mid' | 'high'>, quantity: number): Range {
  return {
    low: Math.round(price.low * quantity),
    mid: Math.round(price.mid * quantity),
    high: Math.round(price.high * quantity),
  };
}

export interface FeeOptions {
  /** No in-house HR staff yet: a PEO (unless chosen already), HR software and founder time. */
  noInHouse: boolean;
  catalog: RoleCatalog;
  /** Price a PEO at the low end of quotes instead of the mid-range price (the budget alternative's last resort). */
  peoQuote?: 'low';
}

/**
 * FTE of HR work left in-house when nobody in HR is employed: the workload, less what a PEO takes
 * over (payroll, benefits administration, a share of compliance) where one is used. A function the
 * profile already outsources counts only its residual oversight, as the workload holds it.
 */
export function inHouseWorkLeft(workload: Workload, usesPeo: boolean): number {
  let fte = 0;
  for (const fn of HR_FUNCTIONS) {
    const load = workload.loads[fn];
    if (workload.outsourced.includes(fn) || !usesPeo) fte += load;
    else if ((peoTakesOver.functions as readonly string[]).includes(fn)) continue;
    else fte += fn === 'compliance' ? load * (1 - peoTakesOver.complianceShare) : load;
  }
  return fte;
}

/** Every provider the plan relies on, priced; `total` sums the fees. */
export function providerFees(profile: Profile, workload: Workload, options: FeeOptions): { items: OutsourcingCost[]; total: Range } {
  const items: OutsourcingCost[] = [];
  const { peo, benefitsAdministration, recruitingPerHire, fractionalHrLeader } = outsourcingPrices;
  const employees = profile.employees;
  const usesPeo = profile.outsource.includes('peo') || options.noInHouse;
  if (usesPeo) {
    const lowQuote = options.peoQuote === 'low';
    items.push({
      option: 'peo',
      label: profile.outsource.includes('peo') ? 'PEO' : 'PEO (recommended before the first HR hire)',
      cost: yearly(lowQuote ? { low: peo.low, mid: peo.low, high: peo.low } : peo, employees),
      fee: true,
      sources: [...peo.sources],
      note: `${peo.note}. Takes over payroll, benefits administration and much of compliance administration.${lowQuote ? ' Priced at the low end of quotes, as the budget allows: ask several PEOs to quote.' : ''}`,
      ...(lowQuote ? { quotedAt: 'low' as const } : {}),
    });
  }
  for (const option of profile.outsource) {
    if (option === 'benefits' && !usesPeo) {
      items.push({ option, label: 'Benefits administration', cost: yearly(benefitsAdministration, employees), fee: true, sources: [...benefitsAdministration.sources], note: benefitsAdministration.note });
    } else if (option === 'recruiting') {
      items.push({
        option,
        label: 'Outsourced recruiting',
        cost: yearly(recruitingPerHire, workload.hiresPerYear),
        fee: true,
        sources: [...recruitingPerHire.sources],
        note: `${recruitingPerHire.note}; about ${Math.round(workload.hiresPerYear)} hires a year`,
      });
    } else if (option === 'payroll' && !usesPeo) {
      items.push({ option, label: 'Payroll provider', cost: null, fee: true, sources: [], note: 'No sourced price: quotes vary by provider.' });
    } else if (option === 'executive-search') {
      items.push({ option, label: 'Executive search', cost: null, fee: true, sources: [], note: 'No sourced price: retained search is usually priced per search.' });
    } else if (option === 'learning') {
      items.push({ option, label: 'Training delivery', cost: null, fee: true, sources: [], note: 'No sourced price.' });
    }
  }
  if (options.noInHouse) {
    items.push({
      option: 'hr-software',
      label: 'HR software',
      cost: yearly(beforeFirstHire.software, employees),
      fee: true,
      sources: [...beforeFirstHire.sources],
      note: 'Records, time off and onboarding without an HR person (price: Roleplan assumption).',
    });
    const hourly = options.catalog[beforeFirstHire.founderHourValueRole]!.salary.median / beforeFirstHire.hoursPerYear;
    // HR people of the company's own carry that work first: only what is left falls to the founder.
    const ownStaff = existingTeamFte(profile);
    const hours = Math.round(Math.max(0, inHouseWorkLeft(workload, usesPeo) - ownStaff) * beforeFirstHire.hoursPerYear);
    if (hours > 0) items.push({
      option: 'founder-time',
      label: `Founder and manager time (about ${formatNumber(hours)} hours a year)`,
      cost: yearly({ low: hourly * 0.75, mid: hourly, high: hourly * 1.5 }, hours),
      fee: false,
      sources: [...beforeFirstHire.sources],
      note: `The HR work no provider takes over (hiring, onboarding, people issues, policies), ${hours / beforeFirstHire.hoursPerYear >= 0.05 ? `about ${formatNumber(hours / beforeFirstHire.hoursPerYear, 1)} FTE` : 'under a tenth of an FTE'} of this company's workload, falls to the founder and line managers; valued at an HR manager's hourly pay (not counted as a fee).`,
    });
    items.push({
      option: 'fractional-hr-leader',
      label: 'Fractional HR leader (instead of founder time, for complex cases)',
      cost: yearly(fractionalHrLeader, 1),
      fee: false,
      sources: [...fractionalHrLeader.sources],
      note: `${fractionalHrLeader.note}; an option, not counted in the plan's fees.`,
    });
  }
  const total = items.reduce((sum, item) => (item.fee && item.cost ? addRanges(sum, item.cost) : sum), ZERO);
  return { items, total };
}
