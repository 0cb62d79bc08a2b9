// The headcounts at which the recommended structure would change, other inputs held fixed.
import type { Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import type { Structure } from './structures.ts';
import { pickStructure } from './analysis.ts';

export interface Threshold {
  /** First headcount at which `structure` becomes the recommendation. */
  employees: number;
  structure: Structure;
}

const MIN_EMPLOYEES = 1;
const MAX_EMPLOYEES = 100_000;
/** Headcounts where rules switch, checked on both sides. */
const RULE_EDGES = [40, 50, 100, 200, 500, 501];
const GRID_POINTS = 24;

function grid(): number[] {
  const points = new Set<number>([MIN_EMPLOYEES, MAX_EMPLOYEES]);
  for (let index = 1; index < GRID_POINTS; index += 1) {
    points.add(Math.round(Math.exp((Math.log(MAX_EMPLOYEES) * index) / GRID_POINTS)));
  }
  for (const edge of RULE_EDGES) {
    points.add(edge - 1);
    points.add(edge);
  }
  return [...points].sort((a, b) => a - b);
}

const GRID = grid();

// Thresholds do not depend on today's headcount (the whole range is scanned), so they are
// remembered per profile-without-headcount: typing a new headcount in the planner reuses them.
const remembered = new WeakMap<RoleCatalog, Map<string, Threshold[]>>();
const REMEMBER_AT_MOST = 32;

function keyOf(profile: Profile): string {
  const { employees: _ignored, ...rest } = profile;
  return JSON.stringify(rest);
}

export function findThresholds(profile: Profile, catalog: RoleCatalog): Threshold[] {
  let byProfile = remembered.get(catalog);
  if (!byProfile) {
    byProfile = new Map();
    remembered.set(catalog, byProfile);
  }
  const key = keyOf(profile);
  const known = byProfile.get(key);
  if (known) return known.map((threshold) => ({ ...threshold }));
  const found = scanThresholds(profile, catalog);
  if (byProfile.size >= REMEMBER_AT_MOST) byProfile.delete(byProfile.keys().next().value!);
  byProfile.set(key, found);
  return found.map((threshold) => ({ ...threshold }));
}

function scanThresholds(profile: Profile, catalog: RoleCatalog): Threshold[] {
  const cache = new Map<number, Structure>();
  const pickAt = (employees: number): Structure => {
    let pick = cache.get(employees);
    if (!pick) {
      pick = pickStructure({ ...profile, employees }, catalog);
      cache.set(employees, pick);
    }
    return pick;
  };
  const thresholds: Threshold[] = [];
  for (let index = 1; index < GRID.length; index += 1) {
    let low = GRID[index - 1]!;
    let high = GRID[index]!;
    if (pickAt(low) === pickAt(high)) continue;
    // Bisect to the first headcount with a different pick than `low`.
    const before = pickAt(low);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (pickAt(middle) === before) low = middle;
      else high = middle;
    }
    thresholds.push({ employees: high, structure: pickAt(high) });
  }
  return thresholds;
}
