// A "nice" linear scale for salary charts: round tick steps, evenly spaced ticks. Pure.

export interface SalaryScale {
  /** Lowest value on the axis (a tick). */
  lo: number;
  /** Highest value on the axis (a tick). */
  hi: number;
  /** Distance between ticks. */
  step: number;
  /** Every tick from lo to hi. */
  ticks: number[];
  /** Position of a value on the axis, 0 (lo) to `width`. */
  at: (value: number, width?: number) => number;
}

const STEPS = [5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000];

/**
 * A scale covering every value with between 2 and `maxTicks - 1` intervals of a round step
 * (5k, 10k, 20k, 25k, 50k, ...), starting and ending on a tick.
 */
export function salaryScale(values: readonly number[], maxTicks = 6): SalaryScale {
  if (values.length === 0) throw new Error('salaryScale needs at least one value');
  const low = Math.min(...values);
  const high = Math.max(...values);
  let step = STEPS[STEPS.length - 1]!;
  for (const candidate of STEPS) {
    const intervals = Math.ceil(high / candidate) - Math.floor(low / candidate);
    if (intervals + 1 <= maxTicks) {
      step = candidate;
      break;
    }
  }
  const lo = Math.floor(low / step) * step;
  let hi = Math.ceil(high / step) * step;
  if (hi === lo) hi = lo + step;
  const ticks: number[] = [];
  for (let tick = lo; tick <= hi; tick += step) ticks.push(tick);
  return { lo, hi, step, ticks, at: (value, width = 1000) => ((value - lo) / (hi - lo)) * width };
}
