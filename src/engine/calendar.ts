// Calendar months as `YYYY-MM` text, and month offsets from a plan's start.

const MONTH = /^(20\d\d)-(0[1-9]|1[0-2])$/;

export function isCalendarMonth(value: string): boolean {
  return MONTH.test(value);
}

/** This month in UTC, the default start of a plan. */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Months since year 0 (an absolute month index), for arithmetic. */
export function monthIndex(month: string): number {
  let index = monthIndexes.get(month);
  if (index === undefined) {
    const [year, number] = month.split('-').map(Number) as [number, number];
    index = year * 12 + (number - 1);
    // The workload reads the same few months thousands of times a second while a person types.
    if (monthIndexes.size > 4096) monthIndexes.clear();
    monthIndexes.set(month, index);
  }
  return index;
}

const monthIndexes = new Map<string, number>();

export function monthText(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The calendar month `offset` months after `start`. */
export function addMonths(start: string, offset: number): string {
  return monthText(monthIndex(start) + offset);
}

/** Months from `start` to `month` (negative when `month` is earlier). */
export function monthsBetween(start: string, month: string): number {
  return monthIndex(month) - monthIndex(start);
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 2027" */
export function monthLabel(month: string): string {
  const index = monthIndex(month);
  return `${MONTH_NAMES[index % 12]} ${Math.floor(index / 12)}`;
}
