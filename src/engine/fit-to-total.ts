// Splits a fixed number of half-FTE units between claims, in proportion to what each wants.

export interface Claim<K extends string = string> {
  key: K;
  /** FTE this claim would like. */
  desired: number;
}

/**
 * Largest-remainder apportionment in whole units: every kept claim gets at least one unit and
 * the units always add up to `units`. When there are more claims than units, the claims listed
 * first are kept (callers list them in order of importance).
 */
export function apportion<K extends string>(claims: Claim<K>[], units: number): Map<K, number> {
  const result = new Map<K, number>();
  if (units <= 0 || claims.length === 0) return result;
  const kept = claims.slice(0, units);
  const totalDesired = kept.reduce((sum, claim) => sum + Math.max(claim.desired, 0), 0);
  const targets = kept.map((claim) =>
    totalDesired > 0 ? (Math.max(claim.desired, 0) / totalDesired) * units : units / kept.length,
  );
  const given = targets.map((target) => Math.max(1, Math.floor(target)));
  let sum = given.reduce((a, b) => a + b, 0);
  // Too many units handed out by the minimum of one each: take back from the largest.
  while (sum > units) {
    let largest = -1;
    for (let index = 0; index < given.length; index += 1) {
      if (given[index]! > 1 && (largest < 0 || given[index]! - targets[index]! > given[largest]! - targets[largest]!)) {
        largest = index;
      }
    }
    if (largest < 0) break;
    given[largest]! -= 1;
    sum -= 1;
  }
  // Units left over go to the largest remainders, first claims first on ties.
  const order = targets
    .map((target, index) => ({ index, remainder: target - given[index]! }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let step = 0; sum < units; step += 1) {
    given[order[step % order.length]!.index]! += 1;
    sum += 1;
  }
  kept.forEach((claim, index) => result.set(claim.key, given[index]!));
  return result;
}
