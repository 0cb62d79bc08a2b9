// The methodology page's content, generated from the engine's own rules and data tables so the
// page cannot drift from what the engine does. Labels for figures are typed against the data's
// keys: a figure added to the engine without a label here fails type checking.
import { HR_FUNCTIONS, HR_FUNCTION_LABELS, type HrFunction } from '../engine/hr-functions.ts';
import { AUTOMATION_LEVELS, INDUSTRIES, INDUSTRY_LABELS, PRIORITY_LEVELS } from '../engine/profile.ts';
import { STRUCTURES, STRUCTURE_LABELS, type Structure } from '../engine/structures.ts';
import { rules, type Condition, type Effect, type FactName, type Rule, type Stage } from '../engine/rules.ts';
import type { RoleCatalog } from '../engine/roles.ts';
import { formatMoney, formatNumber } from '../engine/format.ts';
import { loadedFactor } from '../engine/cost.ts';
import { sources, type SourceId } from '../engine/data/sources.ts';
import { ratioBands, ratioMedians, staffingAnchors } from '../engine/data/staffing.ts';
import {
  adminShare,
  automationAdminSaving,
  baselineAutomation,
  baselineAutomationSource,
  complexity,
  defaultAttritionPct,
  depthThresholds,
  FTE_STEP,
  fteStepSource,
  functionShares,
  functionSharesSource,
  priorityWeight,
  priorityWeightSource,
  recruitingCapacity,
  typicalGrowthPct,
} from '../engine/data/workload.ts';
import { industryTraits, industryTraitSources, type IndustryTraits } from '../engine/data/industries.ts';
import { hrSpendPerEmployee, loadedCost, outsourcingPrices } from '../engine/data/costs.ts';
import { obligationRules, revokedObligations } from '../engine/data/obligations.ts';
import { functionLeadFor, roleSlugs, specialistFor, teamShape, unionEmployeeRelationsRole } from '../engine/data/team-shape.ts';
import { scoring } from '../engine/data/scoring.ts';

// ---------------------------------------------------------------------------------------------
// Cells and tables

export type Cell =
  | { kind: 'text'; text: string; numeric?: boolean }
  | { kind: 'role'; slug: string; title: string }
  | { kind: 'sources'; ids: SourceId[] };

export interface Column {
  label: string;
  numeric?: boolean;
}

export interface DataTable {
  /** Anchor on the page. */
  id: string;
  title: string;
  /** The engine data this table shows, as `module/export` (e.g. `staffing/ratioBands`). */
  exports: string[];
  description: string;
  columns: Column[];
  rows: Cell[][];
  /** Sources of the whole table, shown under it. */
  sources: SourceId[];
  /** Sources that apply to one column or part of the table. */
  sourceNotes?: { label: string; ids: SourceId[] }[];
  /** Names of the rows where the first cell alone does not say what the row is (e.g. "50 employees"). */
  rowNames?: string[];
}

export interface TableGroup {
  id: string;
  title: string;
  intro: string;
  tables: DataTable[];
}

const text = (value: string): Cell => ({ kind: 'text', text: value });
const num = (value: string): Cell => ({ kind: 'text', text: value, numeric: true });
const cite = (...ids: SourceId[]): Cell => ({ kind: 'sources', ids: [...new Set(ids)] });

const pct = (fraction: number, decimals = 1) => `${formatNumber(fraction * 100, decimals)}%`;
const times = (factor: number, decimals = 2) => `x${factor.toFixed(decimals)}`;
const people = (count: number) => formatNumber(count);

function roleCell(catalog: RoleCatalog, slug: string): Cell {
  const role = catalog[slug];
  if (!role) throw new Error(`The methodology names role "${slug}", which has no profile in content/roles`);
  return { kind: 'role', slug, title: role.title };
}

// ---------------------------------------------------------------------------------------------
// Labels for figures, typed against the data so that none can be missing

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

const RECRUITING_LABELS: Record<keyof typeof recruitingCapacity, string> = {
  generalistPerYear: 'Hires a year a generalist makes alongside other work',
  recruiterPerYear: 'Hires a year a dedicated recruiter makes',
  requisitionsPerRecruiter: 'Open requisitions a recruiter carries (context)',
  daysToHire: 'Days from opening a role to the hire (timeline lead time)',
};

const COMPLEXITY_LABELS: Record<Exclude<keyof typeof complexity, 'source'>, string> = {
  perExtraState: 'Extra compliance, payroll and benefits work per additional US state',
  perExtraCountry: 'Extra compliance, payroll and benefits work per additional country',
  unionEmployeeRelations: 'Extra employee relations work under a union contract',
  unionCompliance: 'Extra compliance work under a union contract',
  federalContractorCompliance: 'Extra compliance work for a federal contractor',
  fullyRemoteEngagement: 'Extra engagement and onboarding work at 100% remote (scaled by the remote share)',
  outsourcedResidual: 'Share of an outsourced function’s work that stays in-house (vendor oversight)',
  executiveSearchShare: 'Share of recruiting work that executive search takes away',
};

const DEPTH_LABELS: Record<Exclude<keyof typeof depthThresholds, 'source'>, string> = {
  specialistFte: 'Work in one function that justifies an owner',
  priorityFte: 'The same for a high-priority function (or one a rule marks as needing depth)',
  specialistStructureFte: 'In a specialist team, the smallest function that gets its own specialist',
};

const TRAIT_LABELS: Record<keyof IndustryTraits, string> = {
  complianceWeight: 'Extra compliance work',
  oshaLogs: 'OSHA injury logs apply',
  safetyCritical: 'Safety specialist called for',
  assistantManagerCommon: 'Assistant-manager layer common',
};

const TEAM_SHAPE_LABELS: Record<keyof typeof teamShape, string> = {
  managerSpan: 'Direct reports of a middle manager (median)',
  executiveSpan: 'Direct reports of an executive (median)',
  managerFromFte: 'HR team size from which an HR manager leads it',
  directorFromFte: 'HR team size from which a director leads managers',
  executiveFromFte: 'HR team size from which a VP of HR leads directors',
  generalistsPerSenior: 'Generalists per senior generalist',
  functionLeadFromFte: 'Functional team size from which it gets its own lead',
  employeesPerPartnerFast: 'Employees per HR business partner, fast-scaling firm',
  employeesPerPartnerMature: 'Employees per HR business partner, mature firm',
  fastScalingGrowthPct: 'Growth from which a firm counts as fast-scaling, percent a year',
  assistantManagerMinFte: 'Smallest HR team with anyone for an assistant manager to supervise',
  assistantManagerTeamFte: 'HR staff per assistant manager in a large department',
  assistantManagerSpan: 'Direct reports of an assistant manager in a large department',
};

const ROLE_SLOT_LABELS: Record<keyof typeof roleSlugs, string> = {
  generalist: 'Generalist',
  seniorGeneralist: 'Senior generalist (one per three generalists)',
  coordinator: 'Coordinator (assistant-manager layer)',
  administrator: 'Administrator',
  assistant: 'Assistant',
  manager: 'Manager of an HR team',
  assistantManager: 'Assistant manager',
  director: 'Director',
  executive: 'Executive head of HR',
  businessPartner: 'Business partner (specialist structure, 500+ employees)',
};

const SCORING_LABELS: Record<Exclude<keyof typeof scoring, 'source'>, string> = {
  base: 'Starting points of every structure',
  needsFit: 'Points for owning every function that needs an owner (shared out by the share owned)',
  budgetFit: 'Points for fitting the budget (every structure gets them when no budget is set)',
  overBudgetPenalty: 'How fast budget points fall with the share over budget',
  perGap: 'Points lost per HR function nobody covers',
};

const PRICE_LABELS: Record<keyof typeof outsourcingPrices, string> = {
  peo: 'Professional employer organization (PEO)',
  fractionalHrLeader: 'Fractional HR leader',
  benefitsAdministration: 'Benefits administration',
  recruitingPerHire: 'Recruiting, cost per hire',
};

// ---------------------------------------------------------------------------------------------
// Rules

const OPERATOR_WORDS: Record<Condition['op'], string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=', in: 'in' };

/** A condition as the engine checks it, e.g. `employees < 50`. */
export function conditionCode(condition: Condition): string {
  const value = Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value);
  return `${condition.fact} ${OPERATOR_WORDS[condition.op]} ${value}`;
}

/** One effect of a rule in words. */
export function effectWords(effect: Effect): string {
  switch (effect.type) {
    case 'score':
      return `Score: ${STRUCTURES.filter((structure) => effect.points[structure] !== undefined)
        .map((structure) => `${STRUCTURE_LABELS[structure]} ${signed(effect.points[structure]!)}`)
        .join(', ')}`;
    case 'priority':
      return `Priority of ${HR_FUNCTION_LABELS[effect.fn].toLowerCase()}: ${effect.level}`;
    case 'depth':
      return `${HR_FUNCTION_LABELS[effect.fn]} needs an owner (a specialist) once its work reaches ${formatNumber(depthThresholds.specialistStructureFte, 2)} FTE`;
    case 'outsource-willing':
      return 'Hands the specialized work the company is willing to outsource to providers';
    case 'warning':
      return `Warning shown: “${effect.message}”`;
    case 'note':
      return 'Explanation only: the plan lists it, nothing else changes';
  }
}

const signed = (points: number) => (points > 0 ? `+${points}` : `−${Math.abs(points)}`);

export interface RuleView {
  rule: Rule;
  conditions: string[];
  effects: string[];
}

export const STAGES: Stage[] = ['profile', 'workload', 'budget'];

/** The rules of each stage, in the order the engine evaluates them. */
export function rulesByStage(): { stage: Stage; rules: RuleView[] }[] {
  return STAGES.map((stage) => ({
    stage,
    rules: rules
      .filter((rule) => rule.stage === stage)
      .map((rule) => ({ rule, conditions: rule.when.map(conditionCode), effects: rule.effects.map(effectWords) })),
  }));
}

/** Points each rule gives each structure (rules without score effects left out). */
export function rulePoints(): { rule: Rule; points: Record<Structure, number> }[] {
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

/** The facts the rules read, in the order they become known. */
export function factRows(): { fact: FactName; label: string; stage: Stage; usedBy: string[] }[] {
  return (Object.keys(FACT_LABELS) as FactName[])
    .map((fact) => ({
      fact,
      label: FACT_LABELS[fact],
      stage: FACT_STAGES[fact],
      usedBy: rules.filter((rule) => rule.when.some((condition) => condition.fact === fact)).map((rule) => rule.id),
    }))
    .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
}

// ---------------------------------------------------------------------------------------------
// Data tables

function staffingGroup(): TableGroup {
  return {
    id: 'data-staffing',
    title: 'Staffing ratios',
    intro:
      'How many HR staff a company of a given size has. The anchors size the workload of a typical company; the bands judge where a plan falls.',
    tables: [
      {
        id: 'table-staffing-anchors',
        title: 'Staffing anchors',
        exports: ['staffing/staffingAnchors'],
        description:
          'HR staff per 100 employees at a typical company (10% growth, its industry’s turnover, one state, basic HR software). Between anchors the engine interpolates HR FTE on a log-log scale, so the team grows smoothly while the ratio falls.',
        columns: [
          { label: 'Employees', numeric: true },
          { label: 'HR staff per 100', numeric: true },
          { label: 'HR FTE', numeric: true },
          { label: 'Basis' },
          { label: 'Sources' },
        ],
        rows: staffingAnchors.map((anchor) => [
          num(people(anchor.employees)),
          num(formatNumber(anchor.per100, 2)),
          num(formatNumber((anchor.employees * anchor.per100) / 100, 2)),
          text(anchor.note),
          cite(...anchor.sources),
        ]),
        rowNames: staffingAnchors.map((anchor) => `${people(anchor.employees)} employees`),
        sources: [],
      },
      {
        id: 'table-ratio-bands',
        title: 'Benchmark bands by company size',
        exports: ['staffing/ratioBands'],
        description: 'The published range of HR staff per 100 employees for each size band; a plan is below, within or above it.',
        columns: [
          { label: 'Employees' },
          { label: 'Low per 100', numeric: true },
          { label: 'High per 100', numeric: true },
          { label: 'Sources' },
        ],
        rows: ratioBands.map((band) => [
          text(`${people(band.min)} to ${people(band.max)}`),
          num(formatNumber(band.low, 2)),
          num(formatNumber(band.high, 2)),
          cite(...band.sources),
        ]),
        rowNames: ratioBands.map((band) => `${people(band.min)} to ${people(band.max)} employees`),
        sources: [],
      },
      {
        id: 'table-ratio-medians',
        title: 'Cross-industry medians',
        exports: ['staffing/ratioMedians'],
        description: 'Headline ratios across all company sizes, shown for context only.',
        columns: [{ label: 'Figure' }, { label: 'HR staff per 100', numeric: true }, { label: 'Source' }],
        rows: ratioMedians.map((median) => [text(median.label), num(formatNumber(median.per100, 2)), cite(median.source)]),
        sources: [],
      },
    ],
  };
}

function workloadGroup(): TableGroup {
  const automationNote = `The staffing anchors are taken to reflect ${baselineAutomation} HR software; other levels scale the administrative share of the workload up or down from there.`;
  return {
    id: 'data-workload',
    title: 'Workload',
    intro:
      'What turns a profile into HR work: hiring, turnover, administration, how HR time splits across the ten functions, and what makes each function heavier.',
    tables: [
      {
        id: 'table-workload-basics',
        title: 'Workload basics',
        exports: ['workload/typicalGrowthPct', 'workload/adminShare', 'workload/FTE_STEP', 'workload/fteStepSource'],
        description: 'The figures every workload starts from.',
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: [
          [text('Growth of the typical company behind the staffing anchors'), num(`${formatNumber(typicalGrowthPct.value)}%`), text(typicalGrowthPct.note), cite(typicalGrowthPct.source)],
          [text('Share of HR time spent on administration'), num(pct(adminShare.value, 0)), text(adminShare.note), cite(adminShare.source)],
          [text('Step in which teams are planned'), num(`${formatNumber(FTE_STEP, 1)} FTE`), text('Teams are planned in half positions'), cite(fteStepSource)],
        ],
        sources: [],
      },
      {
        id: 'table-recruiting-capacity',
        title: 'Recruiting capacity',
        exports: ['workload/recruitingCapacity'],
        description:
          'Hiring beyond what a typical company makes adds recruiting work at one FTE per recruiter’s yearly hires.',
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: (Object.keys(recruitingCapacity) as (keyof typeof recruitingCapacity)[]).map((key) => {
          const figure = recruitingCapacity[key];
          const value = typeof figure.value === 'number' ? formatNumber(figure.value) : `${figure.value.low}–${figure.value.high}`;
          return [text(RECRUITING_LABELS[key]), num(value), text(figure.note), cite(figure.source)];
        }),
        sources: [],
      },
      {
        id: 'table-attrition',
        title: 'Default turnover by industry',
        exports: ['workload/defaultAttritionPct'],
        description: 'Yearly turnover to back-fill when the profile leaves it empty: the monthly quits rate times 12.',
        columns: [{ label: 'Industry' }, { label: 'Turnover a year', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: INDUSTRIES.map((industry) => {
          const figure = defaultAttritionPct[industry];
          return [text(INDUSTRY_LABELS[industry]), num(`${formatNumber(figure.value)}%`), text(figure.note), cite(figure.source)];
        }),
        sources: [],
      },
      {
        id: 'table-automation',
        title: 'HR software and administration',
        exports: ['workload/automationAdminSaving', 'workload/baselineAutomation', 'workload/baselineAutomationSource'],
        description: `Share of administrative time each level of HR software removes, against none. ${automationNote}`,
        columns: [{ label: 'HR software' }, { label: 'Administration removed', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: AUTOMATION_LEVELS.map((level) => {
          const figure = automationAdminSaving[level];
          const name = level === baselineAutomation ? `${level} (the baseline)` : level;
          return [text(name), num(pct(figure.value, 0)), text(figure.note), cite(figure.source)];
        }),
        sources: [],
        sourceNotes: [{ label: 'Baseline level', ids: [baselineAutomationSource] }],
      },
      {
        id: 'table-function-shares',
        title: 'How HR time splits across the functions',
        exports: ['workload/functionShares', 'workload/functionSharesSource'],
        description: 'The share of a typical HR team’s time each function takes; the shares sum to 100%.',
        columns: [{ label: 'Function' }, { label: 'Share of HR time', numeric: true }],
        rows: HR_FUNCTIONS.map((fn) => [text(HR_FUNCTION_LABELS[fn]), num(pct(functionShares[fn], 0))]),
        sources: [functionSharesSource],
      },
      {
        id: 'table-priority-weights',
        title: 'Priority weights',
        exports: ['workload/priorityWeight', 'workload/priorityWeightSource'],
        description: 'How a function’s priority (set by you or by a rule) scales its workload.',
        columns: [{ label: 'Priority' }, { label: 'Workload multiplier', numeric: true }],
        rows: PRIORITY_LEVELS.map((level) => [text(level), num(times(priorityWeight[level]))]),
        sources: [priorityWeightSource],
      },
      {
        id: 'table-complexity',
        title: 'Complexity drivers',
        exports: ['workload/complexity'],
        description: 'Extra work per driver, as a share of the affected function’s typical load.',
        columns: [{ label: 'Driver' }, { label: 'Extra work', numeric: true }],
        rows: (Object.keys(COMPLEXITY_LABELS) as (keyof typeof COMPLEXITY_LABELS)[]).map((key) => [
          text(COMPLEXITY_LABELS[key]),
          num(pct(complexity[key], 0)),
        ]),
        sources: [complexity.source],
      },
      {
        id: 'table-depth',
        title: 'When a function needs an owner',
        exports: ['workload/depthThresholds'],
        description: 'Functions with at least this much work get a specialist who owns them (deep coverage).',
        columns: [{ label: 'Threshold' }, { label: 'Work in the function', numeric: true }],
        rows: (Object.keys(DEPTH_LABELS) as (keyof typeof DEPTH_LABELS)[]).map((key) => [
          text(DEPTH_LABELS[key]),
          num(`${formatNumber(depthThresholds[key], 2)} FTE`),
        ]),
        sources: [depthThresholds.source],
      },
    ],
  };
}

function industryGroup(): TableGroup {
  const traits = Object.keys(TRAIT_LABELS) as (keyof IndustryTraits)[];
  const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
  return {
    id: 'data-industries',
    title: 'Industries',
    intro: 'What the industry changes: regulatory weight, safety record-keeping and which structures are common.',
    tables: [
      {
        id: 'table-industry-traits',
        title: 'Industry traits',
        exports: ['industries/industryTraits', 'industries/industryTraitSources'],
        description: 'Extra compliance work is a share of the typical compliance load (0% is typical).',
        columns: [{ label: 'Industry' }, ...traits.map((trait) => ({ label: TRAIT_LABELS[trait], numeric: trait === 'complianceWeight' }))],
        rows: INDUSTRIES.map((industry) => [
          text(INDUSTRY_LABELS[industry]),
          ...traits.map((trait) => {
            const value = industryTraits[industry][trait];
            return typeof value === 'number' ? num(pct(value, 0)) : text(yesNo(value));
          }),
        ]),
        sources: [],
        sourceNotes: traits.map((trait) => ({ label: TRAIT_LABELS[trait], ids: [industryTraitSources[trait]] })),
      },
    ],
  };
}

function teamGroup(catalog: RoleCatalog): TableGroup {
  return {
    id: 'data-team',
    title: 'Team shape',
    intro: 'Which role fills which need, and how large a team gets before it needs another layer of leadership.',
    tables: [
      {
        id: 'table-team-shape',
        title: 'Spans and team sizes',
        exports: ['team-shape/teamShape'],
        description: 'The figures that decide who leads whom.',
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Basis' }, { label: 'Source' }],
        rows: (Object.keys(teamShape) as (keyof typeof teamShape)[]).map((key) => {
          const figure = teamShape[key];
          return [text(TEAM_SHAPE_LABELS[key]), num(formatNumber(figure.value)), text(figure.note), cite(figure.source)];
        }),
        sources: [],
      },
      {
        id: 'table-function-roles',
        title: 'Who owns each function',
        exports: ['team-shape/specialistFor', 'team-shape/functionLeadFor', 'team-shape/unionEmployeeRelationsRole'],
        description: `The specialist a plan adds when a function needs an owner, and the lead of that function’s team once it reaches ${teamShape.functionLeadFromFte.value} people. Functions without a specialist are covered by generalists.`,
        columns: [{ label: 'Function' }, { label: 'Specialist' }, { label: 'Team lead' }],
        rows: HR_FUNCTIONS.flatMap((fn: HrFunction) => {
          const specialist = specialistFor[fn];
          const lead = functionLeadFor[fn];
          const row: Cell[] = [
            text(HR_FUNCTION_LABELS[fn]),
            specialist ? roleCell(catalog, specialist) : text('None: covered by generalists'),
            lead ? roleCell(catalog, lead) : text('None'),
          ];
          if (fn !== 'employee-relations') return [row];
          const union: Cell[] = [
            text(`${HR_FUNCTION_LABELS[fn]}, with a union contract`),
            roleCell(catalog, unionEmployeeRelationsRole),
            text('None'),
          ];
          return [row, union];
        }),
        sources: [],
      },
      {
        id: 'table-role-slots',
        title: 'Roles in every structure',
        exports: ['team-shape/roleSlugs'],
        description: 'The role profile behind each position the engine staffs.',
        columns: [{ label: 'Position' }, { label: 'Role profile' }],
        rows: (Object.keys(roleSlugs) as (keyof typeof roleSlugs)[]).map((key) => [
          text(ROLE_SLOT_LABELS[key]),
          roleCell(catalog, roleSlugs[key]),
        ]),
        sources: [],
      },
    ],
  };
}

function costGroup(catalog: RoleCatalog): TableGroup {
  const roles = Object.values(catalog).sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return {
    id: 'data-costs',
    title: 'Pay and cost',
    intro:
      'Salaries come from the role profiles, the only place they are kept. Fully loaded cost adds employer costs by establishment size. Outside providers are priced from weak sources and always shown as ranges.',
    tables: [
      {
        id: 'table-salaries',
        title: 'Role salaries',
        exports: ['roles/salary'],
        description: 'Yearly base salary of each role: low, typical (the engine’s mid cost) and high.',
        columns: [
          { label: 'Role' },
          { label: 'Low', numeric: true },
          { label: 'Typical', numeric: true },
          { label: 'High', numeric: true },
          { label: 'Basis' },
          { label: 'Source' },
        ],
        rows: roles.map((role) => [
          roleCell(catalog, role.slug),
          num(formatMoney(role.salary.min)),
          num(formatMoney(role.salary.median)),
          num(formatMoney(role.salary.max)),
          text(role.salary.basis),
          cite(role.salary.source),
        ]),
        sources: [],
      },
      {
        id: 'table-loaded-cost',
        title: 'Fully loaded cost',
        exports: ['costs/loadedCost'],
        description: `Total compensation as a multiple of wages, by establishment size. BLS counts paid leave as a benefit, but BLS annual wages already include it, so the engine scales each published factor by ${loadedCost.withoutPaidLeave} / ${loadedCost.allPrivate} (all private industry with and without paid leave) to count leave once.`,
        columns: [
          { label: 'Establishment size' },
          { label: 'Published factor', numeric: true },
          { label: 'Factor used', numeric: true },
        ],
        rows: loadedCost.bands.map((band, index) => {
          const next = loadedCost.bands[index + 1];
          const size = next ? `${people(band.minEmployees)} to ${people(next.minEmployees - 1)} employees` : `${people(band.minEmployees)}+ employees`;
          return [text(size), num(times(band.published)), num(times(loadedFactor(band.minEmployees)))];
        }),
        sources: [loadedCost.source],
      },
      {
        id: 'table-outsourcing',
        title: 'Outside providers',
        exports: ['costs/outsourcingPrices'],
        description: 'Price ranges of the providers a plan may use instead of in-house staff.',
        columns: [
          { label: 'Provider' },
          { label: 'Low', numeric: true },
          { label: 'Mid', numeric: true },
          { label: 'High', numeric: true },
          { label: 'Unit' },
          { label: 'Basis' },
          { label: 'Sources' },
        ],
        rows: (Object.keys(outsourcingPrices) as (keyof typeof outsourcingPrices)[]).map((key) => {
          const price = outsourcingPrices[key];
          return [
            text(PRICE_LABELS[key]),
            num(formatMoney(price.low)),
            num(formatMoney(price.mid)),
            num(formatMoney(price.high)),
            text(price.unit),
            text(price.note),
            cite(...price.sources),
          ];
        }),
        sources: [],
      },
      {
        id: 'table-hr-spend',
        title: 'HR spending per employee',
        exports: ['costs/hrSpendPerEmployee'],
        description: 'Average yearly HR spending per employee, for context.',
        columns: [{ label: 'Company size' }, { label: 'Per employee a year', numeric: true }],
        rows: [
          [text('Under 250 employees'), num(formatMoney(hrSpendPerEmployee.under250))],
          [text('2,500 employees and more'), num(formatMoney(hrSpendPerEmployee.over2500))],
          [text('Median, all sizes'), num(formatMoney(hrSpendPerEmployee.median))],
        ],
        sources: [hrSpendPerEmployee.source],
      },
    ],
  };
}

function scoringGroup(): TableGroup {
  return {
    id: 'data-scoring',
    title: 'Scoring weights',
    intro: 'Every structure is scored out of 100; the highest score is the recommendation.',
    tables: [
      {
        id: 'table-scoring',
        title: 'Points every structure can earn',
        exports: ['scoring/scoring'],
        description: 'The parts of the score that do not come from rules (rule points are in the next table).',
        columns: [{ label: 'Part' }, { label: 'Points', numeric: true }],
        rows: (Object.keys(SCORING_LABELS) as (keyof typeof SCORING_LABELS)[]).map((key) => [
          text(SCORING_LABELS[key]),
          num(key === 'overBudgetPenalty' ? times(scoring[key], 0) : formatNumber(scoring[key])),
        ]),
        sources: [scoring.source],
      },
    ],
  };
}

function obligationsGroup(): TableGroup {
  return {
    id: 'obligations',
    title: 'Federal employment-law obligations',
    intro:
      'The US federal obligations a plan lists, by the headcount at which each starts. Plans show which apply today and which start inside the planning horizon as the company grows. States add their own, which Roleplan does not cover.',
    tables: [
      {
        id: 'table-obligations',
        title: 'Obligations by headcount',
        exports: ['obligations/obligationRules'],
        description: 'Employee counts at which each obligation starts.',
        columns: [
          { label: 'From', numeric: true },
          { label: 'Obligation' },
          { label: 'What it requires' },
          { label: 'Applies to' },
          { label: 'Source' },
        ],
        rows: obligationRules.map((rule) => {
          const exempt = rule.exemptIndustries?.map((industry) => INDUSTRY_LABELS[industry].toLowerCase()).join(', ');
          const scope = rule.federalContractorOnly
            ? 'Federal contractors only'
            : exempt
              ? `All employers; left out for ${exempt} (mostly partially exempt)`
              : 'All employers';
          return [num(`${people(rule.threshold)}+`), text(rule.title), text(rule.detail), text(scope), cite(rule.source)];
        }),
        sources: [],
      },
      {
        id: 'table-revoked',
        title: 'Revoked and not applied',
        exports: ['obligations/revokedObligations'],
        description: 'Obligations that no longer apply. Roleplan leaves them out of every plan.',
        columns: [{ label: 'Obligation' }, { label: 'Status' }, { label: 'Source' }],
        rows: revokedObligations.map((revoked) => [
          text(revoked.title),
          text('Revoked in January 2025: not applied'),
          cite(revoked.source),
        ]),
        sources: [],
      },
    ],
  };
}

/** Every data table, grouped as the page shows them. */
export function tableGroups(catalog: RoleCatalog): TableGroup[] {
  return [staffingGroup(), workloadGroup(), industryGroup(), teamGroup(catalog), costGroup(catalog), scoringGroup(), obligationsGroup()];
}

// ---------------------------------------------------------------------------------------------
// Where each source is used

export interface Usage {
  /** What uses the source, e.g. "Rule size-small" or "Staffing anchors: 50 employees". */
  label: string;
  /** Anchor on the methodology page. */
  href: string;
}

/** Every use of every source on the page: rules, whole tables and single rows. */
export function sourceUsages(groups: TableGroup[]): Map<SourceId, Usage[]> {
  const usages = new Map<SourceId, Usage[]>();
  const add = (id: SourceId, usage: Usage) => {
    const list = usages.get(id) ?? [];
    if (!list.some((known) => known.label === usage.label)) list.push(usage);
    usages.set(id, list);
  };
  for (const rule of rules) {
    for (const id of rule.sources) add(id, { label: `Rule ${rule.id}: ${rule.title}`, href: `#rule-${rule.id}` });
  }
  for (const group of groups) {
    for (const table of group.tables) {
      for (const id of table.sources) add(id, { label: table.title, href: `#${table.id}` });
      for (const note of table.sourceNotes ?? []) {
        for (const id of note.ids) add(id, { label: `${table.title}: ${note.label}`, href: `#${table.id}` });
      }
      for (const [index, row] of table.rows.entries()) {
        const first = row[0]!;
        const rowLabel =
          table.rowNames?.[index] ?? (first.kind === 'role' ? first.title : first.kind === 'sources' ? table.title : first.text);
        for (const cell of row) {
          if (cell.kind !== 'sources') continue;
          for (const id of cell.ids) add(id, { label: `${table.title}: ${rowLabel}`, href: `#${table.id}` });
        }
      }
    }
  }
  return usages;
}

/** The weak sources, each with every figure that uses it. */
export function weakSources(groups: TableGroup[]): { id: SourceId; usages: Usage[] }[] {
  const usages = sourceUsages(groups);
  return (Object.keys(sources) as SourceId[])
    .filter((id) => sources[id].strength === 'weak')
    .map((id) => ({ id, usages: usages.get(id) ?? [] }));
}

/** How many role salaries come from each source. */
export function salarySourceCounts(catalog: RoleCatalog): { id: SourceId; count: number }[] {
  const counts = new Map<SourceId, number>();
  for (const role of Object.values(catalog)) counts.set(role.salary.source, (counts.get(role.salary.source) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
