// The decision rules, as data: each has an id, a title, a condition over named facts, an
// effect, and its sources. The engine evaluates every rule and keeps, for each condition, the
// fact's value, the expected value and the result, so any decision can be traced.
import type { HrFunction } from './hr-functions.ts';
import type { PriorityLevel } from './profile.ts';
import type { SourceId } from './data/sources.ts';
import type { Structure } from './structures.ts';
import { formatNumber } from './format.ts';
import { depthThresholds } from './data/workload.ts';
import { safetyComplianceRole, teamShape, unionEmployeeRelationsRole } from './data/team-shape.ts';
import { automationMultiplier } from './workload.ts';

/** Facts the rules read, computed from the profile in stages. */
export interface Facts {
  employees: number;
  growthPct: number;
  attritionPct: number;
  industry: string;
  states: number;
  countries: number;
  remotePct: number;
  unionized: boolean;
  federalContractor: boolean;
  automation: string;
  /** True when the industry calls for a safety and compliance specialist. */
  safetyCritical: boolean;
  /** True when the assistant-manager layer is common in the industry. */
  assistantManagerCommon: boolean;
  /** Hires a year: growth plus back-filled turnover. */
  hiresPerYear: number;
  /** HR workload in FTE after every driver (stage 2). */
  workloadFte: number;
  /** Team size the plan staffs, in half-FTE steps (stage 2). */
  teamFte: number;
  /** Recruiting workload in FTE (stage 2). */
  recruitingLoadFte: number;
  /** Percent of a specialist team's time that areas with less than a whole specialist's work would leave idle (stage 2). */
  specialistIdlePct: number;
  /** True when headcount is below the point of the first in-house HR hire (stage 2). */
  belowFirstHire: boolean;
  /** True when the company plans to shrink. */
  shrinking: boolean;
  /** True when the hybrid team has no specialist, so it is the generalist team by another name (stage 3). */
  hybridWithoutSpecialist: boolean;
  /** FTE each assistant manager supervises in the assistant-manager layer's team (stage 3; 0 with none). */
  assistantManagerSpan: number;
  /** Yearly budget, or 0 when none is set (stage 3). */
  budget: number;
  /** Budget as a share of the cheapest in-house team's mid loaded cost (stage 3; 0 without a budget). */
  budgetToGeneralistCost: number;
}

export type FactName = keyof Facts;
export type Stage = 'profile' | 'workload' | 'budget';

export type Operator = 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'in';

export interface Condition {
  fact: FactName;
  op: Operator;
  value: number | boolean | string | readonly string[];
}

export type Effect =
  | { type: 'score'; points: Partial<Record<Structure, number>> }
  | { type: 'priority'; fn: HrFunction; level: PriorityLevel }
  | { type: 'depth'; fn: HrFunction }
  | { type: 'outsource-willing' }
  /** Scales administrative workload (HR software). */
  | { type: 'admin-load'; factor: number }
  /** Staffs a function's depth with this role instead of the usual specialist. */
  | { type: 'staff-role'; fn: HrFunction; role: string }
  /** No in-house HR staff yet: founder time, HR software and a PEO or fractional HR instead. */
  | { type: 'no-in-house' }
  /** A warning on every plan, or only on structures whose own team is at most `teamFteAtMost` FTE. */
  | { type: 'warning'; message: string; teamFteAtMost?: number }
  | { type: 'note' };

export interface Rule {
  id: string;
  title: string;
  stage: Stage;
  /** All conditions must hold (a rule with none always fires). */
  when: Condition[];
  /** The condition in words, for people (written from `when`). */
  conditionText: string;
  /** What the rule does, in words. */
  effectText: string;
  effects: Effect[];
  sources: SourceId[];
}

const AM_INDUSTRIES = ['healthcare', 'manufacturing', 'retail', 'nonprofit'] as const;

const definitions: Omit<Rule, 'conditionText'>[] = [
  // Stage 1: the profile alone.
  {
    id: 'size-small',
    title: 'Small company: generalists own everything',
    stage: 'profile',
    when: [{ fact: 'employees', op: 'lt', value: 50 }],
    effectText: 'Favors one or two generalists over specialists, whose workload would not fill a week.',
    effects: [{ type: 'score', points: { generalist: 40, hybrid: 20, 'assistant-manager': 5, specialist: 5 } }],
    sources: ['seed-uptalent'],
  },
  {
    id: 'size-mid',
    title: 'Mid-sized company: a hybrid team',
    stage: 'profile',
    when: [
      { fact: 'employees', op: 'gte', value: 50 },
      { fact: 'employees', op: 'lte', value: 500 },
    ],
    effectText: 'Favors generalists for daily operations plus specialists in the high-priority areas.',
    effects: [{ type: 'score', points: { hybrid: 40, 'assistant-manager': 20, specialist: 15, generalist: 10 } }],
    sources: ['seed-uptalent'],
  },
  {
    id: 'generalists-to-200',
    title: 'Generalists can still run HR up to about 200 employees',
    stage: 'profile',
    when: [
      { fact: 'employees', op: 'gte', value: 50 },
      { fact: 'employees', op: 'lte', value: 200 },
    ],
    effectText: 'Keeps an all-generalist team in contention: one or two generalists can cover 50-200 people.',
    effects: [{ type: 'score', points: { generalist: 20 } }],
    sources: ['seed-uptalent'],
  },
  {
    id: 'size-large',
    title: 'Large company: specialist teams with business partners',
    stage: 'profile',
    when: [{ fact: 'employees', op: 'gt', value: 500 }],
    effectText: 'Favors functional specialist teams, with generalists acting as business partners to departments.',
    effects: [{ type: 'score', points: { specialist: 40, hybrid: 25, 'assistant-manager': 10, generalist: 5 } }],
    sources: ['seed-uptalent', 'hrbp-ratio-estimate'],
  },
  {
    id: 'fast-growth-recruiting',
    title: 'Fast growth makes recruiting a priority',
    stage: 'profile',
    when: [{ fact: 'growthPct', op: 'gte', value: 50 }],
    effectText: 'Rates recruiting high priority: hiring is the company\'s top HR need.',
    effects: [{ type: 'priority', fn: 'recruiting', level: 'high' }],
    sources: ['seed-uptalent'],
  },
  {
    id: 'manufacturing-safety',
    title: 'Safety-critical work needs safety and compliance depth',
    stage: 'profile',
    when: [{ fact: 'safetyCritical', op: 'eq', value: true }],
    effectText: 'Rates compliance (including workplace safety) high priority and calls for a compliance and safety specialist who owns it.',
    effects: [
      { type: 'priority', fn: 'compliance', level: 'high' },
      { type: 'depth', fn: 'compliance' },
      { type: 'staff-role', fn: 'compliance', role: safetyComplianceRole },
    ],
    sources: ['seed-uptalent', 'bls-soii-2023', 'osha-recordkeeping'],
  },
  {
    id: 'multi-state',
    title: 'Several states multiply compliance work',
    stage: 'profile',
    when: [{ fact: 'states', op: 'gte', value: 5 }],
    effectText: 'Rates compliance high priority: each state adds its own leave, pay and posting rules.',
    effects: [{ type: 'priority', fn: 'compliance', level: 'high' }],
    sources: ['seed-uptalent'],
  },
  {
    id: 'multi-country',
    title: 'Several countries need payroll and compliance depth',
    stage: 'profile',
    when: [{ fact: 'countries', op: 'gte', value: 2 }],
    effectText: 'Rates payroll and compliance high priority: each country has its own payroll, tax and labor law.',
    effects: [
      { type: 'priority', fn: 'payroll', level: 'high' },
      { type: 'priority', fn: 'compliance', level: 'high' },
      {
        type: 'warning',
        message:
          "The obligations Roleplan lists are US federal and state law only: the employment law, payroll and tax rules of your other countries are not covered. Employing abroad usually goes through an employer of record, or a local entity with a global payroll provider, and local counsel.",
      },
    ],
    sources: ['seed-uptalent'],
  },
  {
    id: 'unionized-labor-relations',
    title: 'A union contract needs labor relations skill',
    stage: 'profile',
    when: [{ fact: 'unionized', op: 'eq', value: true }],
    effectText: 'Rates employee relations high priority and staffs it with a labor relations specialist.',
    effects: [
      { type: 'priority', fn: 'employee-relations', level: 'high' },
      { type: 'staff-role', fn: 'employee-relations', role: unionEmployeeRelationsRole },
    ],
    sources: ['seed-uptalent'],
  },
  {
    id: 'reduction-in-force',
    title: 'Layoffs bring reduction work',
    stage: 'profile',
    when: [{ fact: 'shrinking', op: 'eq', value: true }],
    effectText:
      'Raises employee relations to a high priority: the reduction\'s own work (notices, meetings, final pay, benefits continuation, outplacement) is added to it, and leavers are not back-filled.',
    effects: [
      { type: 'priority', fn: 'employee-relations', level: 'high' },
      {
        type: 'warning',
        message:
          'A reduction in force is planned: budget for severance and outplacement, and check state notice laws, which can apply to smaller layoffs than the federal WARN Act.',
      },
    ],
    sources: ['dol-warn', 'roleplan-assumption'],
  },
  {
    id: 'federal-contractor',
    title: 'Federal contracts add affirmative action duties',
    stage: 'profile',
    when: [
      { fact: 'federalContractor', op: 'eq', value: true },
      { fact: 'employees', op: 'gte', value: 50 },
    ],
    effectText: 'Rates compliance high priority: Section 503 and VEVRAA plans and the VETS-4212 report.',
    effects: [{ type: 'priority', fn: 'compliance', level: 'high' }],
    sources: ['far-90fr41872'],
  },
  {
    id: 'assistant-manager-band',
    title: 'Mid-sized organizations suit an assistant-manager layer',
    stage: 'profile',
    when: [
      { fact: 'employees', op: 'gte', value: 100 },
      { fact: 'employees', op: 'lte', value: 500 },
    ],
    effectText: 'Favors an HR manager with an assistant manager who runs daily operations and supervises coordinators.',
    effects: [{ type: 'score', points: { 'assistant-manager': 6 } }],
    sources: ['seed-assistant-manager'],
  },
  {
    id: 'assistant-manager-industry',
    title: 'The assistant-manager layer is common in this industry',
    stage: 'profile',
    when: [
      { fact: 'industry', op: 'in', value: AM_INDUSTRIES },
      { fact: 'employees', op: 'gte', value: 100 },
      { fact: 'employees', op: 'lte', value: 500 },
    ],
    effectText: 'Favors the assistant-manager layer further: the title is most common in these sectors.',
    effects: [{ type: 'score', points: { 'assistant-manager': 18 } }],
    sources: ['seed-assistant-manager'],
  },
  {
    id: 'assistant-manager-while-shrinking',
    title: 'No new management layer while headcount falls',
    stage: 'profile',
    when: [{ fact: 'growthPct', op: 'lt', value: 0 }],
    effectText:
      "Counts this against the assistant-manager layer: a layer of supervision added while the company shrinks is the first thing the next year's smaller team gives up, so it is hired only to be cut.",
    effects: [{ type: 'score', points: { 'assistant-manager': -20 } }],
    sources: ['roleplan-assumption'],
  },
  {
    id: 'no-hr-software',
    title: 'No HR software: administration by hand',
    stage: 'profile',
    when: [{ fact: 'automation', op: 'eq', value: 'none' }],
    effectText: 'Adds administrative workload: most HR time is administration, and software removes a large part of it.',
    effects: [
      { type: 'admin-load', factor: automationMultiplier('none') },
      { type: 'warning', message: 'Without HR software, administration takes more of the team\'s time; basic HR software would shrink the team this plan needs.' },
    ],
    sources: ['seed-tallenta'],
  },
  {
    id: 'advanced-hr-software',
    title: 'Advanced HR software shrinks administration',
    stage: 'profile',
    when: [{ fact: 'automation', op: 'eq', value: 'advanced' }],
    effectText: 'Removes about 8-10 hours a week of administration per HR person from the workload.',
    effects: [{ type: 'admin-load', factor: automationMultiplier('advanced') }],
    sources: ['seed-tallenta'],
  },
  // Stage 2: once the workload is known.
  {
    id: 'first-hr-hire',
    title: 'Before the first HR hire',
    stage: 'profile',
    when: [{ fact: 'belowFirstHire', op: 'eq', value: true }],
    effectText:
      'Recommends no in-house HR staff yet: the founder\'s time, HR software and a PEO (or a fractional HR leader where the work is complex), each priced, and names the headcount and month of the first HR hire.',
    effects: [{ type: 'no-in-house' }],
    sources: ['zelt-2023', 'first-hire-estimates'],
  },
  {
    id: 'hiring-beyond-generalists',
    title: 'Hiring volume beyond what generalists can absorb',
    stage: 'workload',
    when: [{ fact: 'recruitingLoadFte', op: 'gte', value: depthThresholds.specialistFte }],
    effectText: 'Calls for a recruiter who owns hiring, whatever the company size.',
    effects: [
      { type: 'priority', fn: 'recruiting', level: 'high' },
      { type: 'depth', fn: 'recruiting' },
    ],
    sources: ['seed-uptalent', 'seed-tallenta', 'hires-per-recruiter'],
  },
  {
    id: 'one-person-hr',
    title: 'One person, or less, runs HR',
    stage: 'workload',
    when: [
      { fact: 'teamFte', op: 'lte', value: 1 },
      { fact: 'belowFirstHire', op: 'eq', value: false },
    ],
    effects: [
      {
        type: 'warning',
        message: 'One person runs HR: a single point of failure. Document processes and arrange cover (a PEO or a fractional HR leader) for absences.',
        teamFteAtMost: 1,
      },
    ],
    effectText: 'Warns of a single point of failure; 72% of companies up to 100 employees have a single HR professional.',
    sources: ['seed-tallenta'],
  },
  {
    id: 'specialists-underused',
    title: 'Too little work per area for a specialist team',
    stage: 'workload',
    when: [{ fact: 'specialistIdlePct', op: 'gte', value: teamShape.specialistMaxIdlePct.value }],
    effectText:
      'Counts this against the specialist team: several HR areas have less work than one whole specialist, so a specialist in each would pay for idle time that generalists in a hybrid team share out.',
    effects: [{ type: 'score', points: { specialist: -25 } }],
    sources: ['roleplan-assumption'],
  },
  // Stage 3: once costs are known.
  {
    id: 'tight-budget',
    title: 'A tight budget starts with generalists and outsources specialized work',
    stage: 'budget',
    when: [
      { fact: 'budget', op: 'gt', value: 0 },
      { fact: 'budgetToGeneralistCost', op: 'lt', value: 1.15 },
    ],
    effectText: 'Favors generalists, who cost less than specialists, and hands specialized work the company is willing to outsource to providers.',
    effects: [{ type: 'score', points: { generalist: 20 } }, { type: 'outsource-willing' }],
    sources: ['seed-uptalent'],
  },
  {
    id: 'assistant-manager-too-few-reports',
    title: 'Too few staff for an assistant manager to supervise',
    stage: 'budget',
    when: [{ fact: 'assistantManagerSpan', op: 'lt', value: teamShape.assistantManagerMinSpan.value }],
    effectText: 'Counts this against the assistant-manager layer: an assistant manager is planned for at least three reports, and with fewer the layer is management cost with little to manage.',
    effects: [{ type: 'score', points: { 'assistant-manager': -25 } }],
    sources: ['seed-assistant-manager'],
  },
  {
    id: 'hybrid-without-specialist',
    title: 'A hybrid without a specialist is a generalist team',
    stage: 'budget',
    when: [{ fact: 'hybridWithoutSpecialist', op: 'eq', value: true }],
    effectText: 'Gives the points for mixing generalists and specialists to the generalist team, under its simpler name: a hybrid team with no specialist in it is the generalist team.',
    effects: [{ type: 'score', points: { hybrid: -35, generalist: 30 } }],
    sources: ['roleplan-assumption'],
  },
];

/** How each fact reads in a sentence. */
const FACT_WORDS: Record<FactName, string> = {
  employees: 'employees',
  growthPct: 'growth over 12 months, %',
  attritionPct: 'yearly turnover, %',
  industry: 'the industry',
  states: 'US states with employees',
  countries: 'countries with employees',
  remotePct: 'remote share, %',
  unionized: 'some employees are under a union contract',
  federalContractor: 'the company holds federal contracts',
  automation: 'HR software maturity',
  safetyCritical: 'the industry is safety-critical',
  assistantManagerCommon: 'the assistant-manager title is common in the industry',
  hiresPerYear: 'hires a year',
  workloadFte: 'FTE of HR work',
  teamFte: 'HR team FTE',
  recruitingLoadFte: 'FTE of recruiting work',
  specialistIdlePct: 'share of a specialist team\'s time left idle, %',
  belowFirstHire: 'headcount is below the first HR hire',
  shrinking: 'the company lets people go (a cut its turnover does not absorb)',
  hybridWithoutSpecialist: 'the hybrid team has no specialist',
  assistantManagerSpan: 'FTE of work under each assistant manager',
  budget: 'yearly budget, $',
  budgetToGeneralistCost: 'budget as a share of an all-generalist team\'s cost',
};

const COMPARE_WORDS: Record<Exclude<Operator, 'eq' | 'in'>, string> = {
  lt: 'below',
  lte: 'at most',
  gt: 'above',
  gte: 'at least',
};

function valueWords(value: Condition['value']): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return formatNumber(value, Number.isInteger(value) ? 0 : 2);
  return String(value);
}

/** One condition in words: "employees below 50", "the industry is safety-critical". */
export function conditionWords(condition: Condition): string {
  const words = FACT_WORDS[condition.fact];
  if (typeof condition.value === 'boolean') return condition.value ? words : `not: ${words}`;
  if (condition.op === 'eq') return `${words}: ${valueWords(condition.value)}`;
  if (condition.op === 'in') return `${words}: one of ${valueWords(condition.value)}`;
  return `${words} ${COMPARE_WORDS[condition.op]} ${valueWords(condition.value)}`;
}

/** A rule's whole condition in words, written from its conditions. */
export function conditionText(when: readonly Condition[]): string {
  if (when.length === 0) return 'Always';
  const text = when.map(conditionWords).join(', and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const rules: Rule[] = definitions.map((definition) => ({ ...definition, conditionText: conditionText(definition.when) }));

export interface ConditionResult {
  fact: FactName;
  op: Operator;
  expected: Condition['value'];
  actual: Facts[FactName] | undefined;
  result: boolean;
}

export interface RuleOutcome {
  rule: Rule;
  fired: boolean;
  conditions: ConditionResult[];
}

function holds(actual: unknown, op: Operator, expected: Condition['value']): boolean {
  switch (op) {
    case 'lt':
      return typeof actual === 'number' && actual < (expected as number);
    case 'lte':
      return typeof actual === 'number' && actual <= (expected as number);
    case 'gt':
      return typeof actual === 'number' && actual > (expected as number);
    case 'gte':
      return typeof actual === 'number' && actual >= (expected as number);
    case 'eq':
      return actual === expected;
    case 'in':
      return Array.isArray(expected) && expected.includes(actual as string);
  }
}

/** Evaluates the rules of one stage against the facts known so far. */
export function evaluateStage(stage: Stage, facts: Partial<Facts>): RuleOutcome[] {
  const staged = rulesOfStage.get(stage) ?? [];
  const outcomes: RuleOutcome[] = new Array(staged.length);
  for (let index = 0; index < staged.length; index += 1) {
    const rule = staged[index]!;
    const conditions: ConditionResult[] = new Array(rule.when.length);
    let fired = true;
    for (let at = 0; at < rule.when.length; at += 1) {
      const condition = rule.when[at]!;
      const actual = facts[condition.fact];
      const result = holds(actual, condition.op, condition.value);
      if (!result) fired = false;
      conditions[at] = { fact: condition.fact, op: condition.op, expected: condition.value, actual, result };
    }
    outcomes[index] = { rule, fired, conditions };
  }
  return outcomes;
}

// Evaluated at every headcount a timeline or threshold scan tries: the stage's rules are listed once.
const rulesOfStage = new Map<Stage, Rule[]>();
for (const rule of rules) rulesOfStage.set(rule.stage, [...(rulesOfStage.get(rule.stage) ?? []), rule]);

const OP_WORDS: Record<Operator, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=', in: 'in' };

/** "employees = 30 (< 50)": the facts a rule fired on, for the explanation. */
export function describeConditions(conditions: ConditionResult[]): string {
  return conditions
    .map((condition) => {
      const actual = typeof condition.actual === 'number' ? round(condition.actual) : String(condition.actual);
      const expected = Array.isArray(condition.expected) ? condition.expected.join(', ') : String(condition.expected);
      return `${condition.fact} = ${actual} (${OP_WORDS[condition.op]} ${expected})`;
    })
    .join('; ');
}

function round(value: number): string {
  return formatNumber(value, Number.isInteger(value) ? 0 : 2);
}
