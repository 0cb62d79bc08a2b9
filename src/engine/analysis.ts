// One pass over a profile: rules in three stages, workload, the team of each structure, its
// cost and its score. planFor and recommend assemble plans from this.
import { titledHeadcount } from './headcount.ts';
import { HR_FUNCTIONS, type HrFunction } from './hr-functions.ts';
import { type Priorities, type Profile, hasExistingTeam } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import { STRUCTURES, type Structure } from './structures.ts';
import { evaluateStage, type Facts, type RuleOutcome } from './rules.ts';
import { computeWorkload, effectiveAttrition, functionsNeedingDepth, hiresPerYear, layoffs, type Workload } from './workload.ts';
import { assistantManagerWork, buildTeam, specialistIdleShare, teamRoles, type TeamMember } from './team.ts';
import { firstHirePoint } from './first-hire.ts';
import { staffTeam } from './existing-team.ts';
import { providerFees } from './outsourcing.ts';
import { peoTakesOver } from './data/costs.ts';
import { loadedMid, teamCost, type TeamCost } from './cost.ts';
import { industryTraits } from './data/industries.ts';
import { scoring } from './data/scoring.ts';

export type CoverageLevel = 'deep' | 'broad' | 'outsourced' | 'gap';
export type Coverage = Record<HrFunction, CoverageLevel>;

export interface StructureOption {
  structure: Structure;
  team: TeamMember[];
  cost: TeamCost;
  coverage: Coverage;
  /** Score before rounding, for picking. */
  rawScore: number;
  score: number;
  /** How the score was made, for the explanation. */
  scoreParts: { rules: number; needs: number; budget: number; gaps: number };
}

export interface Analysis {
  profile: Profile;
  facts: Facts;
  outcomes: RuleOutcome[];
  priorities: Priorities;
  workload: Workload;
  depth: HrFunction[];
  /** Whether provider fees include the PEO and HR software recommended before the first HR hire (default: when no in-house team). */
  recommendPeo?: boolean;
  /** The PEO is priced at the low end of quotes (a budget alternative the mid-range price does not fit). */
  peoQuote?: 'low';
  /** Headcount of the first in-house HR hire for this profile. */
  firstHirePoint: number;
  /** Roles the rules assign to a function's depth. */
  staffRoles: Partial<Record<HrFunction, string>>;
  options: Record<Structure, StructureOption>;
  pick: Structure;
  /** The team each structure needs before the existing team is counted. */
  needs: Record<Structure, TeamMember[]>;
}

/** Whether the company already has HR staff who span every function (a generalist or a manager). */
function hasSpanningStaff(profile: Pick<Profile, 'existingTeam'>, catalog: RoleCatalog): boolean {
  return Object.entries(profile.existingTeam).some(([role, fte]) => fte > 0 && (catalog[role]?.area === 'generalist' || catalog[role]?.area === 'management'));
}

/**
 * Whether the plan recommends the providers of a company with no HR person (a PEO, HR software,
 * founder time): before the first HR hire, unless the company already has an HR generalist or
 * manager of its own, who does that work (a part-time recruiter does not run payroll).
 */
export function providersInstead(profile: Pick<Profile, 'existingTeam'>, workload: Pick<Workload, 'teamFte'>, catalog: RoleCatalog): boolean {
  return workload.teamFte === 0 && !hasSpanningStaff(profile, catalog);
}

/** Functions providers cover: the profile's choices, and with no HR person of its own what a PEO takes over. */
export function providerCovered(workload: Workload, profile: Pick<Profile, 'existingTeam'>, catalog: RoleCatalog): HrFunction[] {
  if (!providersInstead(profile, workload, catalog)) return workload.outsourced;
  return HR_FUNCTIONS.filter((fn) => workload.outsourced.includes(fn) || (peoTakesOver.functions as readonly string[]).includes(fn) || fn === 'compliance');
}

/** Coverage of each function: deep if a role owns its area, broad if someone spans all areas. */
export function coverageOf(team: Pick<TeamMember, 'area'>[], outsourced: readonly HrFunction[]): Coverage {
  return coverageOfAreas(new Set(team.map((member) => member.area)), outsourced);
}

/** Coverage from the areas a team's roles belong to. */
function coverageOfAreas(areas: ReadonlySet<string>, outsourced: readonly HrFunction[]): Coverage {
  const spans = areas.has('generalist') || areas.has('management');
  const coverage = {} as Coverage;
  for (const fn of HR_FUNCTIONS) {
    coverage[fn] = areas.has(fn) ? 'deep' : outsourced.includes(fn) ? 'outsourced' : spans ? 'broad' : 'gap';
  }
  return coverage;
}

function baseFacts(profile: Profile, point: number): Facts {
  const traits = industryTraits[profile.industry];
  return {
    belowFirstHire: profile.employees < point,
    shrinking: layoffs(profile) >= 1,
    hybridWithoutSpecialist: false,
    assistantManagerSpan: 0,
    specialistIdlePct: 0,
    employees: profile.employees,
    growthPct: profile.growthPct,
    attritionPct: 0,
    industry: profile.industry,
    states: profile.states,
    countries: profile.countries,
    remotePct: profile.remotePct,
    unionized: profile.unionized,
    federalContractor: profile.federalContractor,
    automation: profile.automation,
    safetyCritical: traits.safetyCritical,
    assistantManagerCommon: traits.assistantManagerCommon,
    hiresPerYear: 0,
    workloadFte: 0,
    teamFte: 0,
    recruitingLoadFte: 0,
    budget: profile.budget ?? 0,
    budgetToGeneralistCost: 0,
  };
}

/** Priorities in force: rule defaults, then the profile's own choices on top. */
function prioritiesFrom(outcomes: RuleOutcome[], profile: Profile): Priorities {
  const priorities = {} as Priorities;
  for (const fn of HR_FUNCTIONS) priorities[fn] = 'normal';
  for (const outcome of outcomes) {
    if (!outcome.fired) continue;
    for (const effect of outcome.rule.effects) if (effect.type === 'priority') priorities[effect.fn] = effect.level;
  }
  for (const fn in profile.priorities) priorities[fn as HrFunction] = profile.priorities[fn as HrFunction]!;
  return priorities;
}

function depthFrom(outcomes: RuleOutcome[]): Set<HrFunction> {
  const depth = new Set<HrFunction>();
  for (const outcome of outcomes) {
    if (!outcome.fired) continue;
    for (const effect of outcome.rule.effects) if (effect.type === 'depth') depth.add(effect.fn);
  }
  return depth;
}

function effectsFrom(outcomes: RuleOutcome[]) {
  let adminLoad = 1;
  let noInHouse = false;
  const staffRoles: Partial<Record<HrFunction, string>> = {};
  for (const outcome of outcomes) {
    if (!outcome.fired) continue;
    for (const effect of outcome.rule.effects) {
      if (effect.type === 'admin-load') adminLoad *= effect.factor;
      else if (effect.type === 'no-in-house') noInHouse = true;
      else if (effect.type === 'staff-role') staffRoles[effect.fn] = effect.role;
    }
  }
  return { adminLoad, noInHouse, staffRoles };
}

/** Stage 1 and the workload: the profile's facts, the rules on them, and the work they make. */
function profileStage(profile: Profile) {
  const rate = hiresPerYear(profile.employees, profile.growthPct, effectiveAttrition(profile)) / profile.employees;
  const point = firstHirePoint(profile, rate);
  const facts = baseFacts(profile, point);
  const profileOutcomes = evaluateStage('profile', facts);
  const effects = effectsFrom(profileOutcomes);
  return { point, facts, profileOutcomes, effects, workload: computeWorkload(profile, effects) };
}

/** Stages 1 and 2: everything but costs and scores. Cheap enough to run per month of a timeline. */
export function analyzeWorkload(profile: Profile) {
  const { point, facts, profileOutcomes, effects, workload } = profileStage(profile);
  const priorities = prioritiesFrom(profileOutcomes, profile);
  facts.attritionPct = workload.attritionPct;
  facts.hiresPerYear = workload.hiresPerYear;
  facts.workloadFte = workload.fte;
  facts.teamFte = workload.teamFte;
  facts.recruitingLoadFte = workload.loads.recruiting;
  facts.specialistIdlePct = specialistIdleShare({ profile, workload }) * 100;
  const workloadOutcomes = evaluateStage('workload', facts);
  const ruleDepth = depthFrom([...profileOutcomes, ...workloadOutcomes]);
  const depth = functionsNeedingDepth(workload, priorities, ruleDepth);
  return {
    facts,
    outcomes: [...profileOutcomes, ...workloadOutcomes],
    priorities,
    workload,
    depth,
    firstHirePoint: point,
    staffRoles: effects.staffRoles,
  };
}

/**
 * The HR team a growing company reaches a year from now (or by the end of a shorter horizon): the
 * size its head of HR is titled for (undefined when it is not growing). A year, not the whole
 * horizon: growth is given for the next 12 months, and a head hired today for the team of two
 * years' compounded growth would be a VP of HR at 100 employees.
 */
export function teamFteAYearAhead(profile: Profile): number | undefined {
  if (profile.growthPct <= 0) return undefined;
  if (teamsAYearAhead.has(profile)) return teamsAYearAhead.get(profile);
  const end = titledHeadcount(profile);
  const fte = end > profile.employees ? profileStage({ ...profile, employees: end }).workload.teamFte : undefined;
  teamsAYearAhead.set(profile, fte);
  return fte;
}

// One plan asks for its team a year ahead from several stages with the same profile object.
const teamsAYearAhead = new WeakMap<Profile, number | undefined>();

function budgetPoints(limit: number | undefined, spend: number): number {
  const loadedMid = spend;
  if (limit === undefined) return scoring.budgetFit;
  if (loadedMid <= limit) return scoring.budgetFit;
  const overShare = (loadedMid - limit) / limit;
  return Math.max(-scoring.budgetFit, scoring.budgetFit * (1 - scoring.overBudgetPenalty * overShare));
}

interface Shape {
  coverage: Coverage;
  /** Coverage of the team the structure needs, before existing staff are placed in it. */
  needCoverage: Coverage;
  /** Loaded cost plus provider fees, mid. */
  loadedMid: number;
  /** FTE of work under each assistant manager (0 with none). */
  assistantManagerWork: number;
}

interface Scored {
  outcomes: RuleOutcome[];
  parts: Record<Structure, { rawScore: number; rules: number; needs: number; budget: number; gaps: number }>;
  pick: Structure;
}

/** Stage 3 rules and the score of each structure, from each team's coverage and cost. */
function scoreShapes(profile: Profile, stage: ReturnType<typeof analyzeWorkload>, shapes: Record<Structure, Shape>): Scored {
  const { facts, depth } = stage;
  const generalistCost = shapes.generalist.loadedMid;
  // Read on the teams the structures need: existing recruiters kept on a generalist team make it no hybrid.
  facts.hybridWithoutSpecialist =
    facts.teamFte > 0 && !HR_FUNCTIONS.some((fn) => shapes.hybrid.needCoverage[fn] === 'deep' && shapes.generalist.needCoverage[fn] !== 'deep');
  facts.assistantManagerSpan = shapes['assistant-manager'].assistantManagerWork;
  facts.budgetToGeneralistCost = profile.budget !== undefined && generalistCost > 0 ? profile.budget / generalistCost : 0;
  const outcomes = [...stage.outcomes, ...evaluateStage('budget', facts)];
  const rulePoints = { generalist: 0, specialist: 0, hybrid: 0, 'assistant-manager': 0 } as Record<Structure, number>;
  for (const outcome of outcomes) {
    if (!outcome.fired) continue;
    for (const effect of outcome.rule.effects) {
      if (effect.type !== 'score') continue;
      for (const structure of STRUCTURES) rulePoints[structure] += effect.points[structure] ?? 0;
    }
  }
  const parts = {} as Scored['parts'];
  for (const structure of STRUCTURES) {
    const { coverage, loadedMid } = shapes[structure];
    const covered = depth.filter((fn) => coverage[fn] === 'deep').length;
    const needs = depth.length === 0 ? scoring.needsFit : (scoring.needsFit * covered) / depth.length;
    let gapCount = 0;
    for (const fn of HR_FUNCTIONS) if (coverage[fn] === 'gap') gapCount += 1;
    const gaps = -scoring.perGap * gapCount;
    const budget = budgetPoints(profile.budget, loadedMid);
    const rawScore = scoring.base + rulePoints[structure] + needs + budget + gaps;
    parts[structure] = { rawScore, rules: rulePoints[structure], needs, budget, gaps };
  }
  let pick: Structure = STRUCTURES[0];
  for (const structure of STRUCTURES) if (parts[structure].rawScore > parts[pick].rawScore) pick = structure;
  return { outcomes, parts, pick };
}

/** `explain: false` skips the sentences (reasons) when only the pick and costs matter. */
export function analyze(profile: Profile, catalog: RoleCatalog, explain = true): Analysis {
  const stage = analyzeWorkload(profile);
  const { priorities, workload, depth, staffRoles } = stage;
  const built = {} as Record<Structure, { team: TeamMember[]; cost: TeamCost; coverage: Coverage }>;
  const needs = {} as Record<Structure, TeamMember[]>;
  const hasExisting = hasExistingTeam(profile);
  const leadFor = teamFteAYearAhead(profile);
  for (const structure of STRUCTURES) {
    const need = buildTeam(structure, { profile, workload, depth, catalog, explain, staffRoles, leadFor });
    needs[structure] = need;
    const team = hasExisting ? staffTeam(need, profile.existingTeam, catalog, priorities).team : need;
    built[structure] = {
      team,
      cost: teamCost(team, catalog, profile.employees),
      coverage: coverageOf(team, providerCovered(workload, profile, catalog)),
    };
  }
  const fees = providerFees(profile, workload, { noInHouse: providersInstead(profile, workload, catalog), catalog }).total.mid;
  const shapes = {} as Record<Structure, Shape>;
  for (const structure of STRUCTURES) {
    const { coverage, cost, team } = built[structure];
    const needCoverage = hasExisting ? coverageOf(needs[structure], providerCovered(workload, profile, catalog)) : coverage;
    shapes[structure] = { coverage, needCoverage, loadedMid: cost.loaded.mid + fees, assistantManagerWork: assistantManagerWork(stage, team) };
  }
  const { outcomes, parts, pick } = scoreShapes(profile, stage, shapes);
  const options = {} as Record<Structure, StructureOption>;
  for (const structure of STRUCTURES) {
    const { rawScore, ...scoreParts } = parts[structure];
    options[structure] = {
      structure,
      ...built[structure],
      rawScore,
      score: Math.max(0, Math.min(100, Math.round(rawScore))),
      scoreParts,
    };
  }
  return {
    profile,
    facts: stage.facts,
    outcomes,
    priorities,
    workload,
    depth,
    firstHirePoint: stage.firstHirePoint,
    staffRoles,
    options,
    pick,
    needs,
  };
}

/** Only the recommended structure: the same decision as analyze, without writing the plans. */
export function pickStructure(profile: Profile, catalog: RoleCatalog, workloadStage?: ReturnType<typeof analyzeWorkload>): Structure {
  return pickWithCosts(profile, catalog, workloadStage).pick;
}

/** The pick, with the least and the largest yearly cost (loaded, mid, provider fees included) of the four teams. */
export interface PickWithCosts {
  pick: Structure;
  lowestCost: number;
  highestCost: number;
}

export function pickWithCosts(profile: Profile, catalog: RoleCatalog, workloadStage?: ReturnType<typeof analyzeWorkload>): PickWithCosts {
  if (hasExistingTeam(profile)) {
    const analysis = analyze(profile, catalog, false);
    const fees = providerFees(profile, analysis.workload, { noInHouse: providersInstead(profile, analysis.workload, catalog), catalog }).total.mid;
    const costs = STRUCTURES.map((structure) => analysis.options[structure].cost.loaded.mid + fees);
    return { pick: analysis.pick, lowestCost: Math.min(...costs), highestCost: Math.max(...costs) };
  }
  // `workloadStage`: this profile's analyzeWorkload, when the caller has it already (the threshold scan).
  const stage = workloadStage ?? analyzeWorkload(profile);
  const { workload, depth, staffRoles } = stage;
  const shapes = {} as Record<Structure, Shape>;
  const fees = providerFees(profile, workload, { noInHouse: providersInstead(profile, workload, catalog), catalog }).total.mid;
  const leadFor = teamFteAYearAhead(profile);
  const covered = providerCovered(workload, profile, catalog);
  for (const structure of STRUCTURES) {
    const roles = teamRoles(structure, { profile, workload, depth, catalog, explain: false, staffRoles, leadFor });
    const areas = new Set<string>();
    for (const entry of roles) areas.add(catalog[entry.role]!.area);
    const coverage = coverageOfAreas(areas, covered);
    shapes[structure] = {
      coverage,
      needCoverage: coverage,
      loadedMid: loadedMid(roles, catalog, profile.employees) + fees,
      assistantManagerWork: assistantManagerWork(stage, roles),
    };
  }
  const costs = STRUCTURES.map((structure) => shapes[structure].loadedMid);
  return {
    pick: scoreShapes(profile, stage, shapes).pick,
    lowestCost: Math.min(...costs),
    highestCost: Math.max(...costs),
  };
}
