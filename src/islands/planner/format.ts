// Display helpers for the planner's results (formatting only, no HR decisions).
import { formatMoney, formatNumber } from '../../engine/format';
import type { Range } from '../../engine/cost';

export const money = formatMoney;
export const fte = (value: number) => formatNumber(value, 1);
export const count = (value: number) => formatNumber(value);
/** HR staff per 100 employees, to the two decimals the benchmark bands are given in. */
export { formatPer100 as per100 } from '../../lib/plan-format';
export const moneyRange = (range: Pick<Range, 'low' | 'high'>) => `${formatMoney(range.low)} – ${formatMoney(range.high)}`;

export { sourceHref } from '../../lib/routes.ts';
