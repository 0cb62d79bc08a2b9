// The plan's money over time as rows a person reads: each year's in-house cost and provider fees,
// the running total, and each year held against the yearly budget. Arithmetic only; the engine
// decides what each year costs (plan.spend).
import type { YearSpend } from '../../engine/spend.ts';
import { formatMoney as money } from '../../engine/format.ts';

export interface SpendRow {
  /** 1 is the first twelve months. */
  year: number;
  /** In-house team, fully loaded, mid-range pay. */
  inHouse: number;
  /** Provider fees (PEO, benefits administration, outsourced recruiting, ...), mid. */
  fees: number;
  total: number;
  /** Total of this year and every year before it. */
  cumulative: number;
  /** The yearly budget, or null when none is set. */
  budget: number | null;
  /** How far the year's total runs past the budget (0 when within it); null without a budget. */
  overBy: number | null;
}

export function spendRows(spend: readonly YearSpend[], budget: number | null): SpendRow[] {
  let cumulative = 0;
  return spend.map((year) => {
    const inHouse = Math.round(year.loaded.mid);
    const fees = Math.round(year.outsourced.mid);
    const total = inHouse + fees;
    cumulative += total;
    return { year: year.year, inHouse, fees, total, cumulative, budget, overBy: budget === null ? null : Math.max(0, total - budget) };
  });
}

/** The years whose total runs past the budget. */
export function yearsOverBudget(rows: readonly SpendRow[]): number[] {
  return rows.filter((row) => (row.overBy ?? 0) > 0).map((row) => row.year);
}

function listOf(items: number[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What the plan costs each year of the horizon and in total, held against the yearly budget. */
export function spendSummary(rows: SpendRow[]): string {
  const last = rows[rows.length - 1];
  if (!last) return '';
  const fees = rows.reduce((sum, row) => sum + row.fees, 0);
  const span = rows.length === 1 ? 'the first year' : `${rows.length} years`;
  const total = `Over ${span} this plan costs ${money(last.cumulative)} at mid-range pay${fees > 0 ? `, ${money(fees)} of it provider fees` : ''}.`;
  if (last.budget === null) return total;
  const over = yearsOverBudget(rows);
  if (over.length === 0) return `${total} Every year stays within your yearly budget of ${money(last.budget)}.`;
  const worst = Math.max(...rows.map((row) => row.overBy ?? 0));
  const who = over.length === rows.length ? 'Every year runs' : over.length === 1 ? `Year ${over[0]} runs` : `Years ${listOf(over)} run`;
  return `${total} ${who} over your yearly budget of ${money(last.budget)}, by up to ${money(worst)}.`;
}
