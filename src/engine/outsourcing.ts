// What the outsourced work would cost, as ranges from the (weak) published prices.
import type { Profile } from './profile.ts';
import type { Workload } from './workload.ts';
import { outsourcingPrices, type PriceRange } from './data/costs.ts';
import type { Range } from './cost.ts';

export interface OutsourcingCost {
  option: string;
  label: string;
  /** Yearly cost range, or null where no sourced price exists. */
  cost: Range | null;
  sources: string[];
  note: string;
}

function yearly(price: PriceRange, quantity: number): Range {
  return {
    low: Math.round(price.low * quantity),
    mid: Math.round(price.mid * quantity),
    high: Math.round(price.high * quantity),
  };
}

/** Costs of the provider options the profile uses, plus a fractional HR leader for context. */
export function outsourcingCosts(profile: Profile, workload: Workload): OutsourcingCost[] {
  const costs: OutsourcingCost[] = [];
  const { peo, benefitsAdministration, recruitingPerHire } = outsourcingPrices;
  for (const option of profile.outsource) {
    if (option === 'peo') {
      costs.push({ option, label: 'PEO', cost: yearly(peo, profile.employees), sources: [...peo.sources], note: peo.note });
    } else if (option === 'benefits' && !profile.outsource.includes('peo')) {
      costs.push({
        option,
        label: 'Benefits administration',
        cost: yearly(benefitsAdministration, profile.employees),
        sources: [...benefitsAdministration.sources],
        note: benefitsAdministration.note,
      });
    } else if (option === 'recruiting') {
      costs.push({
        option,
        label: 'Outsourced recruiting',
        cost: yearly(recruitingPerHire, workload.hiresPerYear),
        sources: [...recruitingPerHire.sources],
        note: `${recruitingPerHire.note}; about ${Math.round(workload.hiresPerYear)} hires a year`,
      });
    } else if (option === 'payroll' && !profile.outsource.includes('peo')) {
      costs.push({ option, label: 'Payroll provider', cost: null, sources: [], note: 'No sourced price: quotes vary by provider.' });
    } else if (option === 'executive-search') {
      costs.push({ option, label: 'Executive search', cost: null, sources: [], note: 'No sourced price: retained search is usually priced per search.' });
    } else if (option === 'learning') {
      costs.push({ option, label: 'Training delivery', cost: null, sources: [], note: 'No sourced price.' });
    }
  }
  return costs;
}
