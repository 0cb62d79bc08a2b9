// The structure a growing company is recommended now: the best-scoring structure at today's
// headcount, unless the company grows out of it within the shortest stretch a structure is built
// for (`teamShape.shortestStructureMonths`) and the switch would take apart posts hired now.
// Building a team one way to take it apart within months is no plan: the team is built now for
// the structure the company is growing into.
import { headcountAt } from './headcount.ts';
import type { Profile } from './profile.ts';
import { STRUCTURE_LABELS, type Structure } from './structures.ts';
import { teamShape } from './data/team-shape.ts';
import { formatNumber, withArticle } from './format.ts';
import { EMPLOYEES } from './limits.ts';
import { pickFromThresholds, type Threshold } from './thresholds.ts';

/**
 * Structures whose own posts the next structure takes apart: the assistant-manager layer (the
 * assistant manager and the coordinators under them). The others grow into the next by adding
 * posts (a generalist team gains its first specialist), so nothing built is undone.
 */
const TAKEN_APART: ReadonlySet<Structure> = new Set(['assistant-manager']);

export interface PassedOver {
  /** The structure that scores highest at today's headcount. */
  structure: Structure;
  /** The month the company reaches the headcount where the recommendation changes. */
  month: number;
  employees: number;
  /** Why it is passed over, in words. */
  reason: string;
}

export interface LastingPick {
  structure: Structure;
  passedOver: PassedOver | null;
}

/** Where a company outgrows today's pick within the shortest stretch: the structure it grows into, and when. */
export interface Outgrown {
  next: Structure;
  month: number;
  employees: number;
}

/**
 * `today`: the pick at today's headcount; `pickAt`: the pick at a larger headcount, other inputs
 * fixed. Reads the pick at the end of each stretch first, and month by month only where it differs.
 * Null when the company keeps today's pick (or today's pick is built up, not taken apart).
 */
export function outgrownWithin(profile: Profile, today: Structure, pickAt: (employees: number) => Structure): Outgrown | null {
  if (profile.growthPct <= 0 || !TAKEN_APART.has(today)) return null;
  const within = Math.min(teamShape.shortestStructureMonths.value, profile.horizonMonths);
  const at = (month: number) => headcountAt(profile.employees, profile.growthPct, month);
  if (pickAt(at(within)) === today) return null;
  let month = 1;
  while (pickAt(at(month)) === today) month += 1;
  const next = pickAt(at(month));
  // Not for another structure whose posts a later switch takes apart: that is no better a start.
  // One that grows on into a third by adding posts is (a hybrid team gaining specialists).
  if (TAKEN_APART.has(next)) return null;
  return { next, month, employees: at(month) };
}

export function lastingPick(profile: Profile, today: Structure, scores: Record<Structure, number>, pickAt: (employees: number) => Structure): LastingPick {
  const outgrown = outgrownWithin(profile, today, pickAt);
  if (outgrown === null) return { structure: today, passedOver: null };
  const { next, month, employees } = outgrown;
  const span = teamShape.shortestStructureMonths.value;
  const label = (structure: Structure) => STRUCTURE_LABELS[structure].toLowerCase();
  const reason =
    `${withArticle(label(today)).replace(/^./, (first) => first.toUpperCase())} scores highest at ${formatNumber(profile.employees)} employees ` +
    `(${formatNumber(scores[today])} of 100 against ${formatNumber(scores[next])}), but at ${formatNumber(profile.growthPct)}% growth the company reaches ` +
    `${formatNumber(employees)} employees in month ${month}, where ${withArticle(label(next))} is recommended: Roleplan recommends ${withArticle(label(next))} now, ` +
    `so the HR team is not built one way and rebuilt within ${span} months.`;
  return { structure: next, passedOver: { structure: today, month, employees, reason } };
}

/**
 * The headcounts where the recommendation changes, other inputs fixed: the picks' `thresholds`
 * (`start` the pick at 1 employee), with each headcount whose company outgrows its pick within
 * the shortest stretch given to the structure it grows into, as the plan there is.
 */
export function recommendationChanges(profile: Profile, start: Structure, thresholds: readonly Threshold[]): Threshold[] {
  if (profile.growthPct <= 0 || !thresholds.some((threshold) => TAKEN_APART.has(threshold.structure))) return thresholds.map((threshold) => ({ ...threshold }));
  const pickAt = (employees: number) => pickFromThresholds(start, 0, thresholds, employees);
  const within = Math.min(teamShape.shortestStructureMonths.value, profile.horizonMonths);
  const changes: Threshold[] = [];
  let current = start;
  const at = (employees: number, structure: Structure) => {
    if (structure === current) return;
    changes.push({ employees, structure });
    current = structure;
  };
  const starts = [{ employees: EMPLOYEES.min, structure: start }, ...thresholds];
  starts.forEach(({ employees: from, structure }, index) => {
    const to = (starts[index + 1]?.employees ?? EMPLOYEES.max + 1) - 1;
    if (!TAKEN_APART.has(structure)) {
      at(from, structure);
      return;
    }
    // Only a company that passes the stretch's top within the stretch given to a structure can
    // outgrow it: the first such headcount is found by halving (a year on rises with today's).
    let low = from;
    let high = to + 1;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (headcountAt(middle, profile.growthPct, within) > to) high = middle;
      else low = middle + 1;
    }
    if (low > from) at(from, structure);
    for (let employees = low; employees <= to; employees += 1) {
      at(employees, outgrownWithin({ ...profile, employees }, structure, pickAt)?.next ?? structure);
    }
  });
  return changes;
}
