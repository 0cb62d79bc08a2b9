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

/**
 * Structures whose own posts the next structure takes apart: the assistant-manager layer (the
 * assistant manager and the coordinators under them). The others grow into the next by adding
 * posts (a generalist team gains its first specialist), so nothing built is undone.
 */
const TAKEN_APART: ReadonlySet<Structure> = new Set(['assistant-manager']);

/** Whether a structure's own posts are taken apart when the company grows into the next. */
export const takenApartLater = (structure: Structure): boolean => TAKEN_APART.has(structure);

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
