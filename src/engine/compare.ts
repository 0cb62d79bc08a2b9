// Comparing the four structures for one company, and in-house against outsourced work.
import type { Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import { STRUCTURES, type Structure } from './structures.ts';
import { planAll, prepared, type Plan } from './plan.ts';
import { pickStructure } from './analysis.ts';
import { lastingPick, outgrownWithin, takenApartLater, type PassedOver } from './lasting-pick.ts';
import { pickFromThresholds } from './thresholds.ts';
import { outsourcingComparison, type OutsourcingComparison } from './outsourcing-comparison.ts';
import { EMPLOYEES } from './limits.ts';
import { headcountAt } from './headcount.ts';
import { teamShape } from './data/team-shape.ts';

export interface HeadcountRange {
  from: number;
  /** Last headcount of the range, inclusive. */
  to: number;
}

export interface StructureComparison {
  plans: Record<Structure, Plan>;
  /** The recommendation, as `recommend` makes it: the structure the company grows into where it outgrows today's best score within the year. */
  recommended: Structure;
  /** Set when the structure that scores highest today is passed over (see lasting-pick.ts). */
  passedOver: PassedOver | null;
  /** Headcounts (1 to 100,000) at which each structure is the recommendation, other inputs fixed. */
  bestFit: Record<Structure, HeadcountRange[]>;
  outsourcing: OutsourcingComparison[];
}

/**
 * Turns the thresholds (first headcount of each new recommendation) into ranges per structure.
 * With the profile, a headcount whose company outgrows its pick within the year is the range of
 * the structure it grows into, as the recommendation there is (lasting-pick.ts).
 */
export function bestFitRanges(first: Structure, thresholds: Plan['thresholds'], profile?: Profile): Record<Structure, HeadcountRange[]> {
  const ranges = Object.fromEntries(STRUCTURES.map((structure) => [structure, [] as HeadcountRange[]])) as Record<
    Structure,
    HeadcountRange[]
  >;
  const add = (structure: Structure, from: number, to: number) => {
    const last = ranges[structure].at(-1);
    if (last && last.to === from - 1) last.to = to;
    else ranges[structure].push({ from, to });
  };
  const stretches: { structure: Structure; from: number; to: number }[] = [];
  let current = first;
  let from = 1;
  for (const threshold of thresholds) {
    stretches.push({ structure: current, from, to: threshold.employees - 1 });
    current = threshold.structure;
    from = threshold.employees;
  }
  stretches.push({ structure: current, from, to: EMPLOYEES.max });
  const pickAt = (employees: number) => pickFromThresholds(first, 0, thresholds, employees);
  for (const stretch of stretches) {
    if (!profile || profile.growthPct <= 0 || !takenApartLater(stretch.structure)) {
      add(stretch.structure, stretch.from, stretch.to);
      continue;
    }
    // Only a company that passes the stretch's top within the year can outgrow it: headcounts below
    // the first such one keep the stretch's structure (the headcount a year on rises with today's).
    const within = Math.min(teamShape.shortestStructureMonths.value, profile.horizonMonths);
    let low = stretch.from;
    let high = stretch.to + 1;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (headcountAt(middle, profile.growthPct, within) > stretch.to) high = middle;
      else low = middle + 1;
    }
    if (low > stretch.from) add(stretch.structure, stretch.from, low - 1);
    for (let employees = low; employees <= stretch.to; employees += 1) {
      add(outgrownWithin({ ...profile, employees }, stretch.structure, pickAt)?.next ?? stretch.structure, employees, employees);
    }
  }
  return ranges;
}

export function compareStructures(profile: Profile, catalog: RoleCatalog): StructureComparison {
  const plans = planAll(profile, catalog);
  // The picks are made as the plans make them: state pay, and only the providers the plans use.
  const { catalog: stateCatalog, profile: used } = prepared(profile, catalog);
  const best = pickStructure(used, stateCatalog);
  const { thresholds } = plans[best];
  const { structure: recommended, passedOver } = lastingPick(used, best, plans[best].scores, (employees) => pickFromThresholds(best, used.employees, thresholds, employees));
  const atOne = pickStructure({ ...used, employees: 1 }, stateCatalog);
  return {
    plans,
    recommended,
    passedOver,
    bestFit: bestFitRanges(atOne, plans[recommended].thresholds, used),
    outsourcing: outsourcingComparison(profile, catalog),
  };
}
