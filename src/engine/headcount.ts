// Headcount over time: the one growth curve every stage reads.

/** Headcount a month from now, growing (or shrinking) at the profile's yearly rate. */
export function headcountAt(employees: number, growthPct: number, month: number): number {
  return Math.max(1, Math.round(employees * Math.pow(1 + growthPct / 100, month / 12)));
}
