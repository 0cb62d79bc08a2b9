// The reason the recommended structure wins, in one sentence built from the plans the engine
// returned: its score against the runner-up's, and what the runner-up would change in cost and
// coverage. No HR rule lives here; the engine's scores and plans decide.
import { HR_FUNCTIONS } from '../../engine/hr-functions.ts';
import { formatMoney, formatNumber } from '../../engine/format.ts';
import type { Plan } from '../../engine/plan.ts';
import { STRUCTURE_LABELS, STRUCTURES, type Structure } from '../../engine/structures.ts';

export interface RecommendationReason {
  recommended: Structure;
  runnerUp: Structure;
  /** The sentence shown under the recommendation. */
  sentence: string;
}

const countOf = (plan: Plan, level: Plan['coverage'][keyof Plan['coverage']]) =>
  HR_FUNCTIONS.filter((fn) => plan.coverage[fn] === level).length;

const functions = (count: number) => `${formatNumber(count)} function${count === 1 ? '' : 's'}`;

/** The runner-up: the highest score after the recommended structure's (ties in STRUCTURES order). */
export function runnerUpOf(scores: Record<Structure, number>, recommended: Structure): Structure {
  return STRUCTURES.filter((structure) => structure !== recommended).reduce((best, structure) =>
    scores[structure] > scores[best] ? structure : best,
  );
}

/** "$12,000 (8%) less", "the same" */
function costDifference(runnerUp: number, recommended: number): string {
  const difference = runnerUp - recommended;
  if (Math.abs(difference) < 1) return 'costs the same';
  const pct = recommended > 0 ? Math.round((Math.abs(difference) / recommended) * 100) : null;
  const share = pct === null ? '' : ` (${pct < 1 ? 'under 1' : formatNumber(pct)}%)`;
  return `would cost ${formatMoney(Math.abs(difference))}${share} ${difference > 0 ? 'more' : 'less'} a year fully loaded`;
}

function coverageDifference(runnerUp: Plan, recommended: Plan): string {
  const deep = countOf(runnerUp, 'deep') - countOf(recommended, 'deep');
  const gaps = countOf(runnerUp, 'gap') - countOf(recommended, 'gap');
  const parts: string[] = [];
  if (deep !== 0) parts.push(`${deep > 0 ? 'own' : 'give up'} ${functions(Math.abs(deep))} in depth${deep > 0 ? ' more' : ''}`);
  if (gaps !== 0) parts.push(`${gaps > 0 ? 'leave' : 'close'} ${functions(Math.abs(gaps))} ${gaps > 0 ? 'uncovered' : 'that are gaps here'}`);
  return parts.length === 0 ? 'cover the same functions as deeply' : parts.join(' and ');
}

/**
 * Why the recommended structure wins for this company, e.g. "Hybrid team scores 84 of 100
 * against 70 for Specialist team, the runner-up, which would cost $36,000 (5%) more a year fully
 * loaded and own 2 functions in depth more."
 */
export function whyRecommended(plans: Record<Structure, Plan>, recommended: Structure, passedOver: { structure: Structure; reason: string } | null = null): RecommendationReason {
  const plan = plans[recommended];
  // The structure that scores highest today is passed over: the engine says why.
  if (passedOver) return { recommended, runnerUp: passedOver.structure, sentence: passedOver.reason };
  const runnerUp = runnerUpOf(plan.scores, recommended);
  const other = plans[runnerUp];
  const lead = plan.scores[recommended] - plan.scores[runnerUp];
  const scores =
    lead === 0
      ? `${STRUCTURE_LABELS[recommended]} ties with ${STRUCTURE_LABELS[runnerUp]} at ${formatNumber(plan.scores[recommended])} of 100 and comes first in Roleplan's order`
      : `${STRUCTURE_LABELS[recommended]} scores ${formatNumber(plan.scores[recommended])} of 100 against ${formatNumber(plan.scores[runnerUp])} for ${STRUCTURE_LABELS[runnerUp]}, the runner-up`;
  const sentence = `${scores}. ${STRUCTURE_LABELS[runnerUp]} ${costDifference(other.cost.loaded.mid, plan.cost.loaded.mid)} and would ${coverageDifference(other, plan)}.`;
  return { recommended, runnerUp, sentence };
}
