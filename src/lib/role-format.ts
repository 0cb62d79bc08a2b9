// Labels and number formats for role data, shared by pages and islands (no DOM, no Astro).
import { HR_FUNCTION_LABELS, type HrFunction } from '../engine/hr-functions.ts';
import type { RoleArea, RoleFamily, RoleLevel } from '../engine/roles.ts';
import { ROLE_LEVELS } from '../engine/roles.ts';
import { formatSigned, lowerFirst } from '../engine/format.ts';
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
  return formatSigned(Math.round(pct), (size) => `${size}%`);
}

/** A signed USD difference: `+$14,410`, `−$2,000`. */
export function formatUsdChange(amount: number): string {
  return formatSigned(Math.round(amount), formatUsd);
}

/** `1 to 3 years`, `2 years`, `up to 1 year`, `under a year`. */
export function formatYears(range: { min: number; max: number }): string {
  const fmt = (value: number) => String(Math.round(value * 10) / 10);
  if (range.max === 0) return 'under a year';
  if (range.min === 0) return `up to ${fmt(range.max)} ${range.max === 1 ? 'year' : 'years'}`;
  if (range.min === range.max) return `${fmt(range.min)} ${range.min === 1 ? 'year' : 'years'}`;
  return `${fmt(range.min)} to ${fmt(range.max)} years`;
}

/** The change between medians of a move: `+14%`, `0%` when the medians match. */
export function formatPayStep(pay: PayStep): string {
  return formatPct(pay.pct);
}

/** How a pay step is coloured: up, down, or flat when it rounds to no change. */
export function payStepTone(pay: PayStep): 'up' | 'down' | 'flat' {
  const rounded = Math.round(pay.pct);
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
}

/** A reported raise: `+15% to +25%`, or `+20%` when both ends agree. */
export function formatReportedRaise(reported: { min: number; max: number }): string {
  return reported.min === reported.max ? formatPct(reported.min) : `${formatPct(reported.min)} to ${formatPct(reported.max)}`;
}

/** What a move takes beyond the years, as short phrases: certification, first supervision, skill. */
export function movePrerequisites(takes: { certification?: string; firstSupervision?: boolean; skill?: string } | undefined): string[] {
  if (!takes) return [];
  return [
    ...(takes.certification ? [`certification: ${takes.certification}`] : []),
    ...(takes.firstSupervision ? ['first supervisory experience'] : []),
    ...(takes.skill ? [lowerFirst(takes.skill)] : []),
  ];
}

export const TYPICAL_LABELS: Record<'usual' | 'common' | 'occasional', string> = {
  usual: 'the usual next step',
  common: 'a common move',
  occasional: 'an occasional move',
};
