// The rules as the methodology page shows them: each stage's rules, the facts they read and the
// points they give. Fact labels are typed against the engine's fact names, so none can be missing.
import { functionInSentence, HR_FUNCTION_LABELS } from '../../engine/hr-functions.ts';
import { STRUCTURES, STRUCTURE_LABELS, type Structure } from '../../engine/structures.ts';
import { rules, type Condition, type Effect, type FactName, type Rule, type Stage } from '../../engine/rules.ts';
import { formatNumber, formatSigned, listOf, lowerFirst } from '../../engine/format.ts';
import { OUTSOURCE_LABELS } from '../../engine/profile.ts';
import { SUGGESTED_PROVIDERS, UNCHOSEN_PROVIDER_MARGIN_FTE } from '../../engine/budget.ts';
import { depthThresholds } from '../../engine/data/workload.ts';

/** What each fact the rules read means. */
export const FACT_LABELS: Record<FactName, string> = {
  employees: 'Current headcount',
  growthPct: 'Expected headcount growth over 12 months, percent',
  attritionPct: 'Yearly turnover to back-fill, percent',
  industry: 'Industry',
  states: 'US states with employees',
  countries: 'Countries with employees',
  remotePct: 'Share of employees working remotely, percent',
  unionized: 'Some employees are covered by a union contract',
  federalContractor: 'The company holds US federal contracts',
  automation: 'HR software maturity (none, basic, advanced)',
  safetyCritical: 'The industry calls for a safety and compliance specialist',
  assistantManagerCommon: 'The assistant-manager layer is common in the industry',
  hiresPerYear: 'Hires a year: growth plus back-filled turnover',
  workloadFte: 'HR workload in FTE after every driver',
  teamFte: 'Team size the plan staffs, in half-FTE steps',
  recruitingLoadFte: 'Recruiting workload in FTE',
  belowFirstHire: 'Headcount is below the point of the first in-house HR hire',
  shrinking: 'Headcount is planned to fall',
  specialistIdlePct: "Percent of a specialist team's time that areas with less than one specialist's work would leave idle",
  hybridWithoutSpecialist: 'The hybrid team has no specialist the generalist team lacks',
  assistantManagerSpan: 'FTE of work the coordinators and generalists under each assistant manager would carry (read from the work, not the rounded staff)',
  budget: 'Yearly HR staffing budget (0 when none is set)',
  budgetToGeneralistCost: "Budget as a share of the all-generalist team's mid loaded cost",
};

/** When in the evaluation each fact becomes known. */
const FACT_STAGES: Record<FactName, Stage> = {
  employees: 'profile',
  growthPct: 'profile',
  attritionPct: 'workload',
  industry: 'profile',
  states: 'profile',
  countries: 'profile',
  remotePct: 'profile',
  unionized: 'profile',
  federalContractor: 'profile',
  automation: 'profile',
  safetyCritical: 'profile',
  assistantManagerCommon: 'profile',
  hiresPerYear: 'workload',
  workloadFte: 'workload',
  teamFte: 'workload',
  recruitingLoadFte: 'workload',
  belowFirstHire: 'profile',
  shrinking: 'profile',
  specialistIdlePct: 'workload',
  hybridWithoutSpecialist: 'budget',
  assistantManagerSpan: 'budget',
  budget: 'budget',
  budgetToGeneralistCost: 'budget',
};

export const STAGE_LABELS: Record<Stage, { title: string; summary: string }> = {
  profile: {
    title: 'Stage 1: the profile',
    summary: 'Rules that read only what you enter, such as headcount, growth, industry and locations.',
  },
  workload: {
    title: 'Stage 2: the workload',
    summary: 'Rules that need the workload, which the engine computes after stage 1 has set the priorities.',
  },
  budget: {
    title: 'Stage 3: the budget',
    summary: 'Rules that need the cost of each structure’s team, compared with the budget.',
  },
};

const OPERATOR_WORDS: Record<Condition['op'], string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=', in: 'in' };

/** A condition as the engine checks it, e.g. `employees < 50`. */
export function conditionCode(condition: Condition): string {
  const value = Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value);
  return `${condition.fact} ${OPERATOR_WORDS[condition.op]} ${value}`;
}

/** One effect of a rule in words. */
export function effectWords(effect: Effect, titleOf: (slug: string) => string = (slug) => slug): string {
  switch (effect.type) {
    case 'score':
      return `Score: ${STRUCTURES.filter((structure) => effect.points[structure] !== undefined)
        .map((structure) => `${STRUCTURE_LABELS[structure]} ${signed(effect.points[structure]!)}`)
        .join(', ')}`;
    case 'priority':
      return `Priority of ${functionInSentence(effect.fn)}: ${effect.level}`;
    case 'depth':
      return `${HR_FUNCTION_LABELS[effect.fn]} needs an owner (a specialist) once its work reaches ${formatNumber(depthThresholds.specialistStructureFte, 2)} FTE`;
    case 'outsource-willing':
      return `Lets the budget alternative suggest the providers with a sourced price, ${listOf(SUGGESTED_PROVIDERS.map((option) => lowerFirst(OUTSOURCE_LABELS[option])))}, where one covers at least ${formatNumber(UNCHOSEN_PROVIDER_MARGIN_FTE, 1)} FTE more of the work than staff for the same money (that margin is Roleplan's assumption)`;
    case 'admin-load':
      return `Administrative workload x${effect.factor.toFixed(2)}`;
    case 'staff-role':
      return `${HR_FUNCTION_LABELS[effect.fn]} depth is staffed by the ${titleOf(effect.role)} role`;
    case 'no-in-house':
      return 'No in-house HR staff: founder time, HR software and a PEO, each priced, and the first HR hire named';
    case 'warning':
      return `Warning shown${effect.teamFteAtMost === undefined ? '' : ` on structures whose team is at most ${formatNumber(effect.teamFteAtMost, 1)} FTE`}: “${effect.message}”`;
    case 'note':
      return 'Explanation only: the plan lists it, nothing else changes';
  }
}

const signed = (points: number) => formatSigned(points);

export interface RuleView {
  rule: Rule;
  conditions: string[];
  effects: string[];
}

export const STAGES: Stage[] = ['profile', 'workload', 'budget'];

/** The rules of each stage, in the order the engine evaluates them. */
export function rulesByStage(titleOf?: (slug: string) => string): { stage: Stage; rules: RuleView[] }[] {
  return STAGES.map((stage) => ({
    stage,
    rules: rules
      .filter((rule) => rule.stage === stage)
      .map((rule) => ({ rule, conditions: rule.when.map(conditionCode), effects: rule.effects.map((effect) => effectWords(effect, titleOf)) })),
  }));
}

export interface RulePoints {
  rule: Rule;
  points: Record<Structure, number>;
}

/** Points each rule gives each structure (rules without score effects left out). */
export function rulePoints(): RulePoints[] {
  return rules.flatMap((rule) => {
    const points = Object.fromEntries(STRUCTURES.map((structure) => [structure, 0])) as Record<Structure, number>;
    let scores = false;
    for (const effect of rule.effects) {
      if (effect.type !== 'score') continue;
      scores = true;
      for (const structure of STRUCTURES) points[structure] += effect.points[structure] ?? 0;
    }
    return scores ? [{ rule, points }] : [];
  });
}

export interface FactRow {
  fact: FactName;
  label: string;
  stage: Stage;
  /** Ids of the rules that read the fact. */
  usedBy: string[];
}

/** The facts the rules read, in the order they become known. */
export function factRows(): FactRow[] {
  return (Object.keys(FACT_LABELS) as FactName[])
    .map((fact) => ({
      fact,
      label: FACT_LABELS[fact],
      stage: FACT_STAGES[fact],
      usedBy: rules.filter((rule) => rule.when.some((condition) => condition.fact === fact)).map((rule) => rule.id),
    }))
    .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
}
