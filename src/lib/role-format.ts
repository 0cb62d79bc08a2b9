// Labels and number formats for role data, shared by pages and islands (no DOM, no Astro).
import { HR_FUNCTION_LABELS, type HrFunction } from '../engine/hr-functions.ts';
import type { RoleArea, RoleFamily, RoleLevel } from '../engine/roles.ts';
import { ROLE_LEVELS } from '../engine/roles.ts';
import type { PayStep } from './career-paths.ts';

export const LEVEL_LABELS: Record<RoleLevel, string> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  lead: 'Lead',
  executive: 'Executive',
};

export const FAMILY_LABELS: Record<RoleFamily, string> = {
  generalist: 'Generalist',
  specialist: 'Specialist',
  management: 'Management',
  partner: 'Business partner',
  operations: 'HR operations',
};

export const AI_IMPACT_LABELS: Record<'low' | 'mixed' | 'high', string> = {
  low: 'Low exposure',
  mixed: 'Mixed exposure',
  high: 'High exposure',
};

/** The label of an area: an HR function, or a role that spans all of them. */
export function areaLabel(area: RoleArea): string {
  if (area === 'generalist') return 'All HR functions';
  if (area === 'management') return 'Leads the HR team';
  return HR_FUNCTION_LABELS[area as HrFunction];
}

/** Position of a level on the career ladder, 0 for entry. */
export function levelRank(level: RoleLevel): number {
  return ROLE_LEVELS.indexOf(level);
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** `$105,590` */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/** `$106k`: for axes and tight spaces; full figures are always given nearby. */
export function formatUsdShort(amount: number): string {
  return `$${Math.round(amount / 1000)}k`;
}

/** `$83,790 to $140,030` */
export function formatUsdRange(min: number, max: number): string {
  return `${formatUsd(min)} to ${formatUsd(max)}`;
}

/** A signed percentage: `+15%`, `−4%` (a real minus sign), `0%`. */
export function formatPct(pct: number): string {
  const rounded = Math.round(pct);
  if (rounded === 0) return '0%';
  return rounded > 0 ? `+${rounded}%` : `−${Math.abs(rounded)}%`;
}

/** A signed USD difference: `+$14,410`, `−$2,000`. */
export function formatUsdChange(amount: number): string {
  const rounded = Math.round(amount);
  if (rounded === 0) return '$0';
  return rounded > 0 ? `+${formatUsd(rounded)}` : `−${formatUsd(Math.abs(rounded))}`;
}

/** `1 to 3 years`, `2 years`, `under a year`. */
export function formatYears(range: { min: number; max: number }): string {
  const fmt = (value: number) => String(Math.round(value * 10) / 10);
  if (range.max === 0) return 'under a year';
  if (range.min === range.max) return `${fmt(range.min)} ${range.min === 1 ? 'year' : 'years'}`;
  return `${fmt(range.min)} to ${fmt(range.max)} years`;
}

/** The pay change of a move: `+15% to +25%` (sourced) or `+14%` (between medians). */
export function formatPayStep(pay: PayStep): string {
  if (pay.kind === 'median-change') return formatPct(pay.pct);
  if (pay.min === pay.max) return formatPct(pay.min);
  return `${formatPct(pay.min)} to ${formatPct(pay.max)}`;
}

/** What a pay step is based on, for the label next to it. */
export function payStepBasis(pay: PayStep, sourceLabel?: string): string {
  if (pay.kind === 'median-change') return 'change between the two medians';
  return sourceLabel ? `reported raise; source: ${sourceLabel}` : 'reported raise';
}
