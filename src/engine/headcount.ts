// Headcount over time: the one growth curve every stage reads.
import { teamShape } from './data/team-shape.ts';

/** The period the profile's growth rate is given for: growth in the next 12 months. */
export const GROWTH_PERIOD_MONTHS = 12;

/** Headcount a month from now, growing (or shrinking) at the profile's yearly rate. */
export function headcountAt(employees: number, growthPct: number, month: number): number {
  return Math.max(1, Math.round(employees * Math.pow(1 + growthPct / 100, month / GROWTH_PERIOD_MONTHS)));
}

/**
 * Headcount at the end of the period the growth rate is given for (or of a shorter horizon):
 * what the plan sizes ahead for, rather than the compounded end of a longer horizon.
 */
export function headcountAfterGrowthPeriod(profile: { employees: number; growthPct: number; horizonMonths: number }): number {
  return headcountAt(profile.employees, profile.growthPct, Math.min(profile.horizonMonths, GROWTH_PERIOD_MONTHS));
}

/**
 * The headcount a growing company's head of HR is titled for: a year on, but at most
 * `titleLookAheadAtMost` times today's (a VP of HR is not hired at 150 employees growing 300%).
 */
export function titledHeadcount(profile: { employees: number; growthPct: number; horizonMonths: number }): number {
  return Math.min(headcountAfterGrowthPeriod(profile), Math.round(profile.employees * teamShape.titleLookAheadAtMost.value));
}
