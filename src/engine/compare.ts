// Comparing the four structures for one company, and in-house against outsourced work.
import type { Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import { STRUCTURES, type Structure } from './structures.ts';
import { planAll, prepared, type Plan } from './plan.ts';
import { pickStructure } from './analysis.ts';
import { lastingPick, type PassedOver } from './lasting-pick.ts';
import { pickFromThresholds } from './thresholds.ts';
import { outsourcingComparison, type OutsourcingComparison } from './outsourcing-comparison.ts';
import { EMPLOYEES } from './limits.ts';

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

/** Turns the headcounts where the recommendation changes into ranges per structure. */
export function bestFitRanges(first: Structure, changes: Plan['recommendationChanges']): Record<Structure, HeadcountRange[]> {
  const ranges = Object.fromEntries(STRUCTURES.map((structure) => [structure, [] as HeadcountRange[]])) as Record<
    Structure,
    HeadcountRange[]
  >;
  let current = first;
  let from = 1;
  for (const change of changes) {
    ranges[current].push({ from, to: change.employees - 1 });
    current = change.structure;
    from = change.employees;
  }
  ranges[current].push({ from, to: EMPLOYEES.max });
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
    bestFit: bestFitRanges(atOne, plans[recommended].recommendationChanges),
    outsourcing: outsourcingComparison(profile, catalog),
  };
}
