// The recommended structure across the whole headcount range, other inputs held fixed: runs of
// headcount with the same recommendation, from the engine's thresholds.
import { recommend } from '../engine/plan.ts';
import type { Profile } from '../engine/profile.ts';
import type { RoleCatalog } from '../engine/roles.ts';
import type { Structure } from '../engine/structures.ts';
import type { Threshold } from '../engine/thresholds.ts';
import { formatNumber } from '../engine/format.ts';

export interface LadderStep {
  structure: Structure;
  /** First headcount of the run. */
  from: number;
  /** Last headcount of the run, or null when it runs to the top of the range. */
  to: number | null;
}

/**
 * The runs of headcount for this profile. `thresholds` are the plan's own (the first headcount
 * of each new recommendation); the run below the first one is what the engine picks at 1 employee.
 */
export function recommendationLadder(profile: Profile, catalog: RoleCatalog, thresholds: Threshold[]): LadderStep[] {
  const first = recommend({ ...profile, employees: 1 }, catalog, { full: false }).structure;
  const starts = [{ employees: 1, structure: first }, ...thresholds];
  return starts.map((start, index) => {
    const next = starts[index + 1];
    return { structure: start.structure, from: start.employees, to: next ? next.employees - 1 : null };
  });
}

/** "1–55", "56–500", "501+" */
export function ladderRange(step: LadderStep): string {
  if (step.to === null) return `${formatNumber(step.from)}+`;
  if (step.from === step.to) return formatNumber(step.from);
  return `${formatNumber(step.from)}–${formatNumber(step.to)}`;
}

/** Whether a headcount falls in a run. */
export const inStep = (step: LadderStep, employees: number) => employees >= step.from && (step.to === null || employees <= step.to);
