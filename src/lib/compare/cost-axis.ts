// Axis bounds and differences for comparing yearly costs, so a 5% difference stays visible:
// the axis spans the figures shown (with a margin), not zero to the largest.

export interface AxisBounds {
  min: number;
  max: number;
}

const STEPS = [1, 2, 2.5, 5, 10];

/** A round step near a tenth of the span: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number): number {
  if (!(span > 0)) return 1;
  const raw = span / 10;
  const power = 10 ** Math.floor(Math.log10(raw));
  return STEPS.map((step) => step * power).find((step) => step >= raw) ?? 10 * power;
}

/** Bounds on round steps around every value, never below zero. */
export function costAxis(values: number[]): AxisBounds {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { min: 0, max: 1 };
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const step = niceStep(Math.max(high - low, high * 0.02, 1));
  return { min: Math.max(0, Math.floor(low / step) * step - step), max: Math.ceil(high / step) * step + step };
}

export interface Difference {
  amount: number;
  /** Relative to the reference, in percent (null when the reference is zero). */
  pct: number | null;
}

export function differenceFrom(reference: number, value: number): Difference {
  const amount = value - reference;
  return { amount, pct: reference === 0 ? null : (amount / reference) * 100 };
}
