// The budget verdict in a word or two, for the compact places (compare cards, saved scenarios,
// exports): a fit that leaves out a provider without a sourced price says so.
import type { Plan } from '../engine';
import { formatMoney, listOf } from '../engine/format';

export function budgetVerdict(plan: Pick<Plan, 'budget'>, noLimit: string): string {
  const { budget } = plan;
  if (budget.limit === null) return noLimit;
  const without = budget.unpriced.length > 0 ? ` before the ${listOf(budget.unpriced)} quote` : '';
  return budget.fits ? `Fits${without}` : `Over by ${formatMoney(budget.overBy)}${without}`;
}
