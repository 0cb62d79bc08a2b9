// The plan: the engine's whole answer for one structure, and the recommendation across four.
import { HR_FUNCTION_LABELS, HR_FUNCTIONS, type HrFunction } from './hr-functions.ts';
import type { Priorities, Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import { STRUCTURES, STRUCTURE_LABELS, type Structure } from './structures.ts';
import { analyze, coverageOf, type Analysis, type Coverage, type StructureOption } from './analysis.ts';
import { buildTeam } from './team.ts';
import { formatMoney, formatNumber } from './format.ts';
import { teamCost } from './cost.ts';
import { describeConditions } from './rules.ts';
import { obligationsFor, type Obligation } from './obligations.ts';
import { stateRulesExplanation } from './state-compliance.ts';
import { catalogForStates } from './state-pay.ts';
import { buildTimeline, type TimelineMonth } from './timeline.ts';
import { findThresholds, type Threshold } from './thresholds.ts';
import { outsourcingCosts, type OutsourcingCost } from './outsourcing.ts';
import { ratioBands, staffingAnchors } from './data/staffing.ts';
import { loadedCost } from './data/costs.ts';
import { FTE_STEP } from './data/workload.ts';
import { teamShape } from './data/team-shape.ts';
import type { Range } from './cost.ts';
import type { TeamMember } from './team.ts';
import type { SourceId } from './data/sources.ts';

export type { Range, TeamMember, Coverage, Obligation, TimelineMonth, Threshold, OutsourcingCost };

export interface ExplanationEntry {
  id: string;
  title: string;
  detail: string;
  /** The main source id; `sources` lists them all. */
  source: SourceId;
  sources: SourceId[];
}

/** A team member with what it costs a year (salary and fully loaded, low / mid / high). */
export interface PlanMember extends TeamMember {
  salary: Range;
  loaded: Range;
}

export interface Plan {
  structure: Structure;
  /** One sentence saying why this structure, for people. */
  headline: string;
  scores: Record<Structure, number>;
  team: PlanMember[];
  hrFte: number;
  ratioPer100: number;
  band: { low: number; high: number; sources: string[]; position: 'below' | 'within' | 'above' };
  cost: { salary: Range; loaded: Range; loadedFactor: number };
  budget: { limit: number | null; fits: boolean; overBy: number; alternative: Plan | null };
  coverage: Coverage;
  obligations: Obligation[];
  timeline: TimelineMonth[];
  thresholds: Threshold[];
  explanation: ExplanationEntry[];
  warnings: string[];
  /** Workload behind the team size. */
  workload: {
    fte: number;
    baselineFte: number;
    hiresPerYear: number;
    attritionPct: number;
    loads: Record<HrFunction, number>;
    priorities: Priorities;
    depthNeeded: HrFunction[];
  };
  /** The lead with the widest span, and how many people report to each of them. */
  span: { role: string | null; title: string | null; directReports: number };
  risks: string[];
  outsourcing: OutsourcingCost[];
  /** Every rule, fired or not, with the facts it was checked against. */
  ruleTrace: { id: string; fired: boolean; facts: string }[];
}

const money = formatMoney;
const one = (value: number) => formatNumber(value, 1);

function bandFor(employees: number, ratioPer100: number): Plan['band'] {
  const band = ratioBands.find((b) => employees >= b.min && employees <= b.max) ?? ratioBands[ratioBands.length - 1]!;
  const position = ratioPer100 < band.low ? 'below' : ratioPer100 > band.high ? 'above' : 'within';
  return { low: band.low, high: band.high, sources: [...band.sources], position };
}

function spanOf(team: TeamMember[]): Plan['span'] {
  let best: Plan['span'] = { role: null, title: null, directReports: 0 };
  for (const lead of team) {
    const reports = team.filter((member) => member.reportsTo === lead.role).reduce((sum, member) => sum + member.fte, 0);
    const perLead = Math.ceil(reports / Math.max(1, lead.fte));
    if (perLead > best.directReports) best = { role: lead.role, title: lead.title, directReports: perLead };
  }
  return best;
}

function risksOf(option: StructureOption, analysis: Analysis): string[] {
  const risks: string[] = [];
  const { depth, workload } = analysis;
  const gaps = HR_FUNCTIONS.filter((fn) => option.coverage[fn] === 'gap');
  const missingDepth = depth.filter((fn) => option.coverage[fn] !== 'deep');
  if (workload.teamFte <= 1) risks.push('One person runs HR: a single point of failure when they are away or leave.');
  if (missingDepth.length > 0) {
    risks.push(
      `No one owns ${missingDepth.map((fn) => HR_FUNCTION_LABELS[fn].toLowerCase()).join(', ')}, which the workload calls for.`,
    );
  }
  if (gaps.length > 0) {
    risks.push(`Nobody covers ${gaps.map((fn) => HR_FUNCTION_LABELS[fn].toLowerCase()).join(', ')}.`);
  }
  switch (option.structure) {
    case 'generalist':
      risks.push('Complex cases (unions, multi-state law, high hiring volume) go to outside advisers.');
      break;
    case 'specialist':
      risks.push('Specialists cannot easily cover for each other; hand-offs between functions add friction.');
      break;
    case 'hybrid':
      risks.push('Generalists and specialists need a clear split of who owns what.');
      break;
    case 'assistant-manager':
      if (workload.teamFte < teamShape.assistantManagerMinFte.value) {
        risks.push('With fewer than 4 HR staff the assistant manager has almost no one to supervise.');
      } else {
        risks.push('An extra management layer costs more than another practitioner would.');
      }
      break;
  }
  return risks;
}

function listOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function headlineFor(analysis: Analysis, option: StructureOption): string {
  const { profile, workload, depth } = analysis;
  const size = `${formatNumber(profile.employees)} employees`;
  const fte = `${one(workload.teamFte)} FTE`;
  const owned = depth.filter((fn) => option.coverage[fn] === 'deep').map((fn) => HR_FUNCTION_LABELS[fn].toLowerCase());
  const outsourced = HR_FUNCTIONS.filter((fn) => option.coverage[fn] === 'outsourced').map((fn) => HR_FUNCTION_LABELS[fn].toLowerCase());
  const handedOut = outsourced.length > 0 ? `, with ${listOf(outsourced)} outsourced` : '';
  switch (option.structure) {
    case 'generalist':
      return `For ${size}, ${fte} of generalists can cover every HR function${handedOut}; no area has enough work for a specialist.`;
    case 'hybrid':
      return owned.length > 0
        ? `For ${size}, generalists should run daily HR while specialists own ${listOf(owned)}, where the workload is heaviest${handedOut}.`
        : `For ${size}, generalists run daily HR${handedOut}.`;
    case 'specialist':
      return `At ${size}, the ${fte} HR workload is big enough for functional specialists to own ${owned.length > 0 ? listOf(owned) : 'each area'}${profile.employees >= 500 ? ', with business partners serving departments' : ''}${handedOut}.`;
    case 'assistant-manager':
      return `For ${size}, an HR manager should set direction while an assistant manager runs daily operations and supervises the team of ${fte}${owned.length > 0 ? `, with specialists owning ${listOf(owned)}` : ''}.`;
  }
}

function explanationFor(analysis: Analysis, option: StructureOption, factor: number): ExplanationEntry[] {
  const { workload, profile } = analysis;
  const entries: ExplanationEntry[] = [
    {
      id: 'workload',
      title: 'Workload sets the team size',
      detail:
        `About ${one(workload.hiresPerYear)} hires a year (growth ${one(profile.growthPct)}%, turnover ${one(workload.attritionPct)}%). ` +
        `A typical company of ${formatNumber(profile.employees)} has ${one(workload.baselineFte)} HR FTE; ` +
        `this profile's workload is ${one(workload.fte)} FTE, staffed as ${one(workload.teamFte)} FTE.`,
      source: staffingAnchors[0]!.sources[0]!,
      sources: [...new Set(staffingAnchors.flatMap((anchor) => anchor.sources)), 'hires-per-recruiter', 'bls-jolts-2024'],
    },
    ...stateRulesExplanation(profile),
  ];
  for (const outcome of analysis.outcomes) {
    if (!outcome.fired) continue;
    const facts = outcome.conditions.length > 0 ? ` Facts: ${describeConditions(outcome.conditions)}.` : '';
    entries.push({
      id: outcome.rule.id,
      title: outcome.rule.title,
      detail: `${outcome.rule.effectText}${facts}`,
      source: outcome.rule.sources[0]!,
      sources: [...outcome.rule.sources],
    });
  }
  const parts = option.scoreParts;
  entries.push({
    id: 'structure-score',
    title: `${STRUCTURE_LABELS[option.structure]} scores ${option.score} of 100`,
    detail:
      `Rules ${one(parts.rules)}, depth where needed ${one(parts.needs)}, budget ${one(parts.budget)}, ` +
      `uncovered functions ${one(parts.gaps)}, on a base of 10.`,
    source: 'roleplan-assumption',
    sources: ['roleplan-assumption'],
  });
  entries.push({
    id: 'loaded-cost',
    title: 'Fully loaded cost',
    detail: `Salary x ${factor.toFixed(2)}: the BLS employer-cost factor for this establishment size, without paid leave, which salaries already include.`,
    source: loadedCost.source,
    sources: [loadedCost.source, 'bls-oews-2024'],
  });
  return entries;
}

function warningsFor(analysis: Analysis, option: StructureOption, plan: Pick<Plan, 'band' | 'ratioPer100' | 'budget'>): string[] {
  const warnings: string[] = [];
  for (const outcome of analysis.outcomes) {
    if (!outcome.fired) continue;
    for (const effect of outcome.rule.effects) if (effect.type === 'warning') warnings.push(effect.message);
  }
  if (plan.budget.limit !== null && !plan.budget.fits) {
    warnings.push(`Over budget by ${money(plan.budget.overBy)} a year at mid-range pay; see the budget-fitting alternative.`);
  }
  if (plan.band.position !== 'within') {
    warnings.push(
      `${one(plan.ratioPer100)} HR staff per 100 employees is ${plan.band.position} the typical ${plan.band.low}-${plan.band.high} for this size.`,
    );
  }
  const gaps = HR_FUNCTIONS.filter((fn) => option.coverage[fn] === 'gap');
  if (gaps.length > 0) warnings.push(`No one covers: ${gaps.map((fn) => HR_FUNCTION_LABELS[fn]).join(', ')}.`);
  const planned = new Map(option.team.map((member) => [member.role, member.fte]));
  for (const [role, fte] of Object.entries(analysis.profile.existingTeam)) {
    const need = planned.get(role) ?? 0;
    if (fte > need) warnings.push(`You already have ${one(fte)} FTE as ${role}; this plan needs ${one(need)}.`);
  }
  return warnings;
}

export interface AssembleOptions {
  /** Build the month-by-month timeline and the thresholds (skipped for the budget alternative). */
  full: boolean;
  /** Thresholds already found for this profile (they do not depend on the structure planned). */
  thresholds?: Threshold[];
}

function assemble(analysis: Analysis, structure: Structure, catalog: RoleCatalog, options: AssembleOptions): Plan {
  const { profile, workload } = analysis;
  const option = analysis.options[structure];
  const hrFte = option.team.reduce((sum, member) => sum + member.fte, 0);
  const ratioPer100 = (hrFte / profile.employees) * 100;
  const limit = profile.budget ?? null;
  const overBy = limit === null ? 0 : Math.max(0, option.cost.loaded.mid - limit);
  const budget: Plan['budget'] = { limit, fits: overBy === 0, overBy, alternative: null };
  const band = bandFor(profile.employees, ratioPer100);
  const plan: Plan = {
    structure,
    headline: headlineFor(analysis, option),
    scores: Object.fromEntries(STRUCTURES.map((s) => [s, analysis.options[s].score])) as Record<Structure, number>,
    team: option.team.map((member, index) => ({
      ...member,
      salary: option.cost.members[index]!.salary,
      loaded: option.cost.members[index]!.loaded,
    })),
    hrFte,
    ratioPer100,
    band,
    cost: { salary: option.cost.salary, loaded: option.cost.loaded, loadedFactor: option.cost.factor },
    budget,
    coverage: option.coverage,
    obligations: obligationsFor(profile),
    timeline: options.full ? buildTimeline(profile, structure, catalog) : [],
    thresholds: options.full ? (options.thresholds ?? findThresholds(profile, catalog)) : [],
    explanation: explanationFor(analysis, option, option.cost.factor),
    warnings: [],
    workload: {
      fte: workload.fte,
      baselineFte: workload.baselineFte,
      hiresPerYear: workload.hiresPerYear,
      attritionPct: workload.attritionPct,
      loads: workload.loads,
      priorities: analysis.priorities,
      depthNeeded: analysis.depth,
    },
    span: spanOf(option.team),
    risks: risksOf(option, analysis),
    outsourcing: outsourcingCosts(profile, workload),
    ruleTrace: analysis.outcomes.map((outcome) => ({
      id: outcome.rule.id,
      fired: outcome.fired,
      facts: describeConditions(outcome.conditions),
    })),
  };
  if (!budget.fits && limit !== null) budget.alternative = budgetAlternative(profile, limit, catalog);
  plan.warnings = warningsFor(analysis, option, plan);
  return plan;
}

/** Outsourcing the seeds name for tight budgets: benefits administration and executive search. */
const BUDGET_OUTSOURCING = ['benefits', 'executive-search'] as const;

/**
 * Within budget: generalists only, specialised work outsourced, and as many half-FTE steps
 * as the budget pays for at mid-range pay.
 */
function budgetAlternative(profile: Profile, limit: number, catalog: RoleCatalog): Plan {
  const outsource = [...new Set([...profile.outsource, ...BUDGET_OUTSOURCING])].sort() as Profile['outsource'];
  const lean: Profile = { ...profile, outsource };
  const analysis = analyze(lean, catalog);
  const full = analysis.workload.teamFte;
  const optionAt = (fte: number) => {
    analysis.workload = { ...analysis.workload, teamFte: fte };
    const team = fte > 0 ? rebuildGeneralists(analysis, catalog) : [];
    return { ...analysis.options.generalist, ...teamOption(team, analysis, catalog) };
  };
  // Cost rises with FTE, so binary-search the largest half-FTE step that fits.
  let option = optionAt(full);
  let fte = full;
  if (option.cost.loaded.mid > limit) {
    let low = 0;
    let high = Math.round(full / FTE_STEP) - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (optionAt(middle * FTE_STEP).cost.loaded.mid <= limit) low = middle;
      else high = middle - 1;
    }
    fte = low * FTE_STEP;
    option = optionAt(fte);
  }
  analysis.options = { ...analysis.options, generalist: option };
  const plan = assemble(analysis, 'generalist', catalog, { full: false });
  plan.warnings.unshift(
    fte < full
      ? `Fits the budget with ${one(fte)} of the ${one(full)} FTE the workload needs: expect slower service and more outside help.`
      : 'Fits the budget by outsourcing benefits administration and executive search.',
  );
  if (fte === 0) plan.warnings.unshift('The budget pays for no in-house HR staff: a PEO or a fractional HR leader is the realistic option.');
  return plan;
}

function rebuildGeneralists(analysis: Analysis, catalog: RoleCatalog): TeamMember[] {
  return buildTeam('generalist', { profile: analysis.profile, workload: analysis.workload, depth: [], catalog });
}

function teamOption(team: TeamMember[], analysis: Analysis, catalog: RoleCatalog) {
  return {
    team,
    cost: teamCost(team, catalog, analysis.profile.employees),
    coverage: coverageOf(team, analysis.workload.outsourced),
  };
}

export interface PlanOptions {
  /** Include the month-by-month timeline and the thresholds (default true). */
  full?: boolean;
}

/** The best plan of one structure for this profile. */
export function planFor(profile: Profile, structure: Structure, nationalCatalog: RoleCatalog, options: PlanOptions = {}): Plan {
  const catalog = catalogForStates(nationalCatalog, profile);
  return assemble(analyze(profile, catalog), structure, catalog, { full: options.full ?? true });
}

/** Evaluates all four structures and plans the one with the top score. */
export function recommend(profile: Profile, nationalCatalog: RoleCatalog, options: PlanOptions = {}): Plan {
  const catalog = catalogForStates(nationalCatalog, profile);
  const analysis = analyze(profile, catalog);
  return assemble(analysis, analysis.pick, catalog, { full: options.full ?? true });
}

/** All four plans for one profile (the compare page), sharing one analysis. */
export function planAll(profile: Profile, nationalCatalog: RoleCatalog): Record<Structure, Plan> {
  const catalog = catalogForStates(nationalCatalog, profile);
  const analysis = analyze(profile, catalog);
  const thresholds = findThresholds(profile, catalog);
  return Object.fromEntries(
    STRUCTURES.map((structure) => [structure, assemble(analysis, structure, catalog, { full: true, thresholds })]),
  ) as Record<Structure, Plan>;
}
