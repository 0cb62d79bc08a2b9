// How a law counts employees: where (everyone or only in-state staff) and over what time.

/**
 * - `current`: the headcount in the month itself.
 * - `twenty-weeks`: the threshold held in 20 or more calendar weeks of this or last calendar year.
 * - `twenty-weeks-prior-year`: the threshold held in 20 or more weeks of the prior calendar year.
 * - `prior-year-average`: the prior calendar year's average headcount.
 * - `january`: the headcount on the January payroll of the calendar year.
 * - `prior-year-most-days`: the threshold held on more than half the typical business days of the
 *   prior calendar year (in month steps: more than six of its months).
 * - `prior-year-any-time`: the threshold reached at any time in the prior calendar year.
 */
export type CountingTiming = 'current' | 'twenty-weeks' | 'twenty-weeks-prior-year' | 'prior-year-average' | 'january' | 'prior-year-most-days' | 'prior-year-any-time';

export interface Counting {
  /** `everyone`: the whole company (for a state rule, once at least one person works there); `in-state`: only staff in the state. */
  scope: 'everyone' | 'in-state';
  timing: CountingTiming;
  /** Only full-time staff count. Roleplan does not know the part-time share, so it counts everyone and says so. */
  fullTimeOnly?: boolean;
  /** False when the sources read do not say how employees are counted: Roleplan then counts everyone (the cautious reading). */
  stated: boolean;
}

/** A week-based rule in month steps: 20 weeks are reached in the fifth month at or above the threshold (4 months are 17.3 weeks). */
export const MONTHS_FOR_TWENTY_WEEKS = Math.ceil(20 / (52 / 12));

export const TIMING_WORDS: Record<CountingTiming, string> = {
  current: 'the headcount at the time',
  'twenty-weeks': 'in 20 or more weeks of this or last calendar year',
  'twenty-weeks-prior-year': 'in 20 or more weeks of the prior calendar year',
  'prior-year-average': "the prior calendar year's average",
  january: 'on the January payroll of each year',
  'prior-year-most-days': 'on more than half the business days of the prior calendar year',
  'prior-year-any-time': 'at any time in the prior calendar year',
};

/** The counting basis in words, e.g. "staff in the state, in 20 or more weeks of this or last calendar year". */
export function countingWords(counting: Counting, jurisdiction: string): string {
  const where =
    jurisdiction === 'US'
      ? 'all employees'
      : counting.scope === 'in-state'
        ? `employees in ${jurisdiction}`
        : `all employees, wherever they work (at least one in ${jurisdiction})`;
  const parts = [where, TIMING_WORDS[counting.timing]];
  if (counting.fullTimeOnly) parts.push('full-time only (Roleplan counts everyone, so subtract part-timers)');
  if (!counting.stated) parts.push('the sources read do not say how employees are counted, so Roleplan counts everyone');
  return parts.join('; ');
}
