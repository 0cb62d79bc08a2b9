// One setting for how many cases each fast-check property tries: 1,000 on a developer's
// machine, 10,000 when CI is set (CI runs once per submission, so it can afford the depth).
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

/** Runs per property; a test that needs fewer (an expensive property) divides this. */
export const PROPERTY_RUNS = inCi ? 10_000 : 1_000;

/** fast-check settings with the shared run count and a fixed seed, so failures reproduce. */
export function propertySettings(divisor = 1): { numRuns: number; seed: number } {
  return { numRuns: Math.max(50, Math.round(PROPERTY_RUNS / divisor)), seed: 20261121 };
}
