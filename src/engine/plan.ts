// The plan: the engine's whole answer for one structure, and the recommendation across four.
import { functionInSentence, HR_FUNCTION_LABELS, HR_FUNCTIONS, type HrFunction } from './hr-functions.ts';
import { type Priorities, existingTeamFte } from './profile.ts';
import type { Workload } from './workload.ts';
import type { RoleCatalog } from './roles.ts';
import { STRUCTURES, STRUCTURE_LABELS, type Structure } from './structures.ts';
import { analyze, pickStructure, providersInstead, type Analysis, type Coverage, type StructureOption } from './analysis.ts';
import { formatMoney, formatNumber, listOf, lowerFirst, withArticle } from './format.ts';
import { describeConditions, type ConditionResult, type Rule } from './rules.ts';
import { isPublicEmployer, obligationsFor, type Obligation } from './obligations.ts';
import { groupWaiverRules, obligationRules, warnLayoffCounts } from './data/obligations.ts';
import { staffingByMonth, type TimelineMonth } from './timeline.ts';
import { spendByYear, type YearSpend } from './spend.ts';
import { stateRulesExplanation } from './state-compliance.ts';
import { catalogForStates } from './state-pay.ts';
import { pickFromThresholds, thresholdScan, type Threshold, type ThresholdScan } from './thresholds.ts';
import { providerFees, type OutsourcingCost } from './outsourcing.ts';
import { chooseOutsourcing, type DeclinedOutsourcing, type OutsourcingChoice } from './outsourcing-choice.ts';
import { complexityFactors, firstHireFor, type FirstHire } from './first-hire.ts';
import { lastingPick, recommendationChanges, type PassedOver } from './lasting-pick.ts';
import { unknownExistingRoles, unknownRolesMessage } from './existing-team.ts';
import { budgetAnalysis, existingTeamCost } from './budget.ts';
import { sources as sourceTable } from './data/sources.ts';
import { INDUSTRY_LABELS } from './profile.ts';
import { hireCapacity, hireMixSource } from './data/hiring.ts';
import type { Profile } from './profile.ts';
import { ratioBands, staffingAnchors } from './data/staffing.ts';
import { loadedCost, peoContract } from './data/costs.ts';
import { defaultAttritionPct, typicalGrowthPct } from './data/workload.ts';
import { roleSlugs, safetyComplianceRole, spans, teamShape } from './data/team-shape.ts';
import { scoring } from './data/scoring.ts';
import type { Range } from './cost.ts';
import { GROWTH_PERIOD_MONTHS } from './headcount.ts';
import { assistantManagerSpan, type TeamMember } from './team.ts';
import type { SourceId } from './data/sources.ts';

export type { Range, TeamMember, Coverage, Obligation, TimelineMonth, Threshold, OutsourcingCost };

export type Strength = 'strong' | 'fair' | 'weak' | 'assumption';

export interface ExplanationEntry {
  id: string;
  title: string;
  detail: string;
  /** How much weight the entry can bear, from its sources (`assumption`: Roleplan's own). */
  strength: Strength;
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
  /**
   * Set when the structure that scores highest today is not the recommendation: the company grows
   * out of it within the year into the recommended one (see lasting-pick.ts).
   */
  passedOver: PassedOver | null;
  team: PlanMember[];
  hrFte: number;
  ratioPer100: number;
  /**
   * The published band at `employees`: today's headcount, or for a shrinking company the headcount
   * its team is sized for; `ratioPer100` is the plan's HR FTE per 100 of those employees, which
   * `position` compares with the band.
   */
  band: { low: number; high: number; sources: string[]; position: 'below' | 'within' | 'above'; employees: number; ratioPer100: number };
  /** salary and loaded: the in-house team; outsourced: provider fees a year. */
  cost: { salary: Range; loaded: Range; loadedFactor: number; outsourced: Range };
  /**
   * alternativeCovers: the share of all the company's HR work the budget alternative covers (its
   * in-house FTE plus the work providers take off the team), null without an alternative.
   * note: why a plan over its budget has no alternative (the company's own HR team alone costs more).
   * unpriced: the providers the company chose that have no sourced price, left out of the costs;
   * unpricedNote: with a budget, what that leaves of the fit (null when nothing is left out).
   */
  budget: {
    limit: number | null;
    fits: boolean;
    overBy: number;
    alternative: Plan | null;
    alternativeCovers: number | null;
    note: string | null;
    unpriced: string[];
    unpricedNote: string | null;
  };
  coverage: Coverage;
  /** Set when no in-house HR is recommended today: when the first HR hire is due. */
  firstHire: FirstHire | null;
  obligations: Obligation[];
  timeline: TimelineMonth[];
  /**
   * With an existing team: the moves of its people the end team makes beyond today's, returns to
   * their own work included, each from the month the team first makes it ("Month 8: Talent
   * Acquisition Manager: 1 FTE promoted from your existing Recruiter staff …", "Month 8: 0.5 FTE of
   * your Recruiter staff back in their own work.").
   */
  laterMoves: string[];
  /** With existing people above today's need: the month the growing team places them all (null: none, or not within the horizon). */
  surplusPlacedBy: number | null;
  /** Each year of the horizon: salaries, loaded cost and provider fees, each hire counted from its month. */
  spend: YearSpend[];
  /** Headcounts (1 to 100,000) where the highest-scoring structure changes, other inputs fixed. */
  thresholds: Threshold[];
  /**
   * Headcounts where the recommendation changes, other inputs fixed: `thresholds`, with the
   * headcounts whose company outgrows its highest score within the year given to the structure it
   * grows into (`passedOver`), as the plan there is. What the planner, CLI and compare page show.
   */
  recommendationChanges: Threshold[];
  explanation: ExplanationEntry[];
  warnings: string[];
  /** Workload behind the team size. */
  workload: Pick<Workload, 'fte' | 'baselineFte' | 'hiresPerYear' | 'sizedFor' | 'reductions' | 'attritionPct' | 'loads'> & {
    hiresByType: Record<string, number>;
    firstHirePoint: number;
    priorities: Priorities;
    depthNeeded: HrFunction[];
  };
  /** The lead with the widest span, and how many people report to each of them. */
  span: { role: string | null; title: string | null; directReports: number };
  risks: string[];
  outsourcing: OutsourcingCost[];
  /** Existing HR FTE beyond the whole need (0 when the need is larger). */
  surplus: number;
  /** Every rule, fired or not, with the facts it was checked against. */
  ruleTrace: { id: string; fired: boolean; facts: string }[];
}

/** Employers the federal WARN Act covers: the headcount of its obligation. */
const warnEmployerFrom = obligationRules.find((rule) => rule.id === 'warn-act')!.threshold;
const money = formatMoney;
const people = (count: number) => (count === 1 ? '1 employee' : `${formatNumber(count)} employees`);
const one = (value: number) => formatNumber(value, 1);

function bandFor(employees: number, hrFte: number): Plan['band'] {
  const ratioPer100 = (hrFte / employees) * 100;
  const points = ratioBands;
  let low = points[points.length - 1]!.low;
  let high = points[points.length - 1]!.high;
  let cited = points[points.length - 1]!.sources;
  if (employees <= points[0]!.employees) ({ low, high, sources: cited } = points[0]!);
  for (let index = 1; index < points.length; index += 1) {
    const upper = points[index]!;
    const lower = points[index - 1]!;
    if (employees > lower.employees && employees <= upper.employees) {
      const t = Math.log(employees / lower.employees) / Math.log(upper.employees / lower.employees);
      low = lower.low + t * (upper.low - lower.low);
      high = lower.high + t * (upper.high - lower.high);
      cited = [...new Set([...lower.sources, ...upper.sources])];
      break;
    }
  }
  const round2 = (value: number) => Math.round(value * 100) / 100;
  [low, high] = [round2(low), round2(high)];
  // Compared at the precision the band is shown in, so "0.92 is below 0.92-1.8" cannot be said.
  const shown = round2(ratioPer100);
  const position = shown < low ? 'below' : shown > high ? 'above' : 'within';
  return { low, high, sources: [...cited], position, employees, ratioPer100 };
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

/** The first hire of a role owning a function, after today. */
type OwnerHire = { month: number; title: string };

/** The first hire of a role owning each function the timeline makes, for a risk that ends with it. */
function firstOwnerHires(timeline: readonly TimelineMonth[], catalog: RoleCatalog): Map<HrFunction, OwnerHire> {
  const owners = new Map<HrFunction, OwnerHire>();
  for (const month of timeline) {
    if (month.month === 0) continue;
    for (const hire of month.hires) {
      const area = catalog[hire.role]?.area as HrFunction | undefined;
      if (area && HR_FUNCTIONS.includes(area) && !owners.has(area)) owners.set(area, { month: month.month, title: hire.title });
    }
  }
  return owners;
}

/** Where a generalist team's hardest cases come from: this company's own complications, or the rare case any company meets. */
function complexCases(profile: Profile): string {
  const factors = complexityFactors(profile);
  return factors.length > 0
    ? `Complex cases from ${listOf(factors)} go to outside advisers.`
    : 'A rare hard case (a legal claim, an investigation) goes to an employment lawyer or a fractional HR leader.';
}

function risksOf(option: StructureOption, analysis: Analysis, hrFte: number, owners: Map<HrFunction, OwnerHire> = new Map()): string[] {
  const risks: string[] = [];
  const { depth, workload } = analysis;
  const gaps = HR_FUNCTIONS.filter((fn) => option.coverage[fn] === 'gap');
  const missingDepth = depth.filter((fn) => option.coverage[fn] !== 'deep');
  const lower = (fns: HrFunction[]) => fns.map((fn) => functionInSentence(fn)).join(', ');
  if (hrFte === 0) {
    risks.push('No one in-house owns HR: the founder and the providers carry it, so people issues wait for the founder.');
    return risks;
  }
  if (hrFte <= 1) risks.push(`One person (${one(hrFte)} FTE) runs HR: a single point of failure when they are away or leave.`);
  // Until the timeline's first hire who owns it, where that hire comes within the horizon.
  const owner = missingDepth.length === 1 ? owners.get(missingDepth[0]!) : undefined;
  if (missingDepth.length > 0) {
    risks.push(
      owner
        ? `Until the ${owner.title} hired in month ${owner.month}, no one owns ${lower(missingDepth)}, which the workload calls for.`
        : `No one owns ${lower(missingDepth)}, which the workload calls for.`,
    );
  }
  if (gaps.length > 0) risks.push(`Nobody covers ${lower(gaps)}.`);
  const extra = hrFte - workload.teamFte;
  switch (option.structure) {
    case 'generalist':
      risks.push(
        depth.length > 0
          ? `${one(hrFte)} FTE of generalists cover ${lower(depth)} without a specialist: complex cases go to outside advisers.`
          : complexCases(analysis.profile),
      );
      break;
    case 'specialist':
      // With no specialist at all (too small for one), the structure's own risks are a generalist team's.
      if (!HR_FUNCTIONS.some((fn) => option.coverage[fn] === 'deep')) {
        risks.push('At this size the specialist structure has no specialist: complex cases go to outside advisers.');
        break;
      }
      risks.push(
        extra > 0
          ? `A whole specialist in each area makes the team ${one(extra)} FTE larger than its ${one(workload.teamFte)} FTE of work: areas cannot share people, and specialists cannot easily cover for each other.`
          : 'Specialists cannot easily cover for each other; hand-offs between functions add friction.',
      );
      break;
    case 'hybrid':
      risks.push('Generalists and specialists need a clear split of who owns what.');
      break;
    case 'assistant-manager': {
      const supervised = assistantManagerSpan(option.team);
      risks.push(
        supervised < teamShape.assistantManagerMinSpan.value
          ? `Each assistant manager supervises only ${one(supervised)} FTE: ${one(extra)} FTE of management on top of the ${one(workload.teamFte)} FTE workload.`
          : `The extra layer adds ${one(extra)} FTE of supervision on top of the ${one(workload.teamFte)} FTE workload.`,
      );
      break;
    }
  }
  return risks;
}

function headlineFor(analysis: Analysis, option: StructureOption, hrFte: number, first: FirstHire | null): string {
  const { profile, depth } = analysis;
  const size = `${people(profile.employees)}`;
  const fte = `${one(hrFte)} FTE`;
  if (hrFte === 0) {
    if (first?.recruitNow) {
      return `At ${size}, hire no HR staff yet, but start recruiting your first HR person now: the company reaches ${formatNumber(first.employees)} employees, its first-HR-hire point, in month ${first.month}, about the time filling a post takes. Until they join, HR software, a payroll provider or PEO, and the founder carry the work.`;
    }
    return `At ${size}, hire no HR staff yet: use a PEO and HR software, with the founder handling people decisions, until the first HR hire at ${formatNumber(analysis.firstHirePoint)} employees.`;
  }
  if (analysis.workload.teamFte === 0) {
    // Below the first-hire point with HR staff already: no hire, and a PEO only where none of them spans HR.
    const beside = option.coverage.payroll === 'outsourced' ? 'with a PEO, HR software and the founder' : 'with the founder';
    return `At ${size}, hire no one: the ${fte} of HR staff you have came ahead of the usual first-HR-hire point (${formatNumber(analysis.firstHirePoint)} employees) and carry the HR work ${beside}.`;
  }
  // Compliance is "compliance and safety" only where the team's compliance role carries safety.
  const safety = option.team.some((member) => member.role === safetyComplianceRole);
  const ownedName = (fn: HrFunction) => (fn === 'compliance' && !safety ? 'employment-law compliance' : functionInSentence(fn));
  const owned = depth.filter((fn) => option.coverage[fn] === 'deep').map(ownedName);
  const outsourced = HR_FUNCTIONS.filter((fn) => option.coverage[fn] === 'outsourced').map((fn) => functionInSentence(fn));
  const handedOut = outsourced.length > 0 ? `, with ${listOf(outsourced)} outsourced` : '';
  switch (option.structure) {
    case 'generalist': {
      const deeper = depth.map((fn) => functionInSentence(fn));
      // A rule on the budget (read once costs are known) that scores generalists up; the same stage
      // holds rules on team shapes, which say nothing about money.
      const budgetFavorsGeneralists = analysis.outcomes.some(
        (outcome) =>
          outcome.fired &&
          outcome.rule.stage === 'budget' &&
          outcome.rule.when.some((condition) => condition.fact === 'budget' || condition.fact === 'budgetToGeneralistCost') &&
          outcome.rule.effects.some((effect) => effect.type === 'score' && (effect.points.generalist ?? 0) > 0),
      );
      return deeper.length === 0
        ? `For ${size}, ${fte} of generalists can cover every HR function${handedOut}; no area has enough work for a specialist.`
        : `For ${size}, ${fte} of generalists can cover every HR function${handedOut}, though ${listOf(deeper)} ${deeper.length === 1 ? 'calls' : 'call'} for more depth than generalists give${
            budgetFavorsGeneralists ? '; the budget puts generalists first (see how the other structures compare).' : ': see how the other structures compare.'
          }`;
    }
    case 'hybrid':
      return owned.length > 0
        ? `For ${size}, generalists should run daily HR while specialists own ${listOf(owned)}, where the workload is heaviest${handedOut}.`
        : `For ${size}, generalists run daily HR${handedOut}.`;
    case 'specialist': {
      const areas = HR_FUNCTIONS.filter((fn) => option.coverage[fn] === 'deep').map(ownedName);
      // Too small for a specialist of any area: the specialist structure is a generalist team here, and says so.
      if (areas.length === 0) return `At ${size}, no area has enough work for a specialist of its own: the ${fte} team is generalists, the same as the generalist team${handedOut}.`;
      const partners = option.team.some((member) => member.role === roleSlugs.businessPartner);
      return `At ${size}, the ${fte} HR team is built from functional specialists owning ${listOf(areas)}${partners ? ', with business partners serving departments' : ''}${handedOut}.`;
    }
    case 'assistant-manager': {
      const head = option.team.find((member) => member.reportsTo === null);
      const supervised = option.team.filter((member) => member.reportsTo === roleSlugs.assistantManager).reduce((sum, member) => sum + member.fte, 0);
      const leader = head && head.role !== roleSlugs.assistantManager ? `the ${head.title.split(' / ')[0]}` : 'an HR manager';
      return `For ${size}, ${leader} should set direction while an assistant manager runs daily operations and supervises ${one(supervised)} FTE of coordinators and generalists in a team of ${fte}${owned.length > 0 ? `, with specialists owning ${listOf(owned)}` : ''}.`;
    }
  }
}

/** The weakest published source behind an entry, or `assumption` when Roleplan's own. */
export function strengthOf(ids: readonly SourceId[]): Strength {
  const published = ids.filter((id) => id !== 'roleplan-assumption');
  if (published.length === 0) return 'assumption';
  const order: Strength[] = ['weak', 'fair', 'strong'];
  return order.find((level) => published.some((id) => sourceTable[id].strength === level)) ?? 'weak';
}

/** A fired rule's facts as a clause about this company. */
function factClause(condition: ConditionResult, analysis: Analysis): string {
  const { profile, workload } = analysis;
  const n = (value: unknown) => (typeof value === 'number' ? formatNumber(value, Number.isInteger(value) ? 0 : 1) : String(value));
  switch (condition.fact) {
    case 'employees':
      return `the company has ${people(profile.employees)}`;
    case 'growthPct':
      return `headcount is to grow ${n(profile.growthPct)}% in 12 months`;
    case 'states':
      return `employees work in ${profile.states} US states`;
    case 'countries':
      return `employees work in ${profile.countries} countries`;
    case 'unionized':
      return 'some employees are under a union contract';
    case 'federalContractor':
      return 'the company holds federal contracts';
    case 'safetyCritical':
      return `${INDUSTRY_LABELS[profile.industry].toLowerCase()} is safety-critical work`;
    case 'industry':
      return `the company is in ${INDUSTRY_LABELS[profile.industry].toLowerCase()}`;
    case 'automation':
      return `HR software maturity is ${profile.automation}`;
    case 'recruitingLoadFte':
      return `about ${formatNumber(workload.hiresPerYear)} hires a year make ${one(workload.loads.recruiting)} FTE of recruiting work`;
    case 'teamFte':
      return `the in-house HR team comes to ${one(workload.teamFte)} FTE`;
    case 'belowFirstHire':
      return condition.actual
        ? `at ${people(profile.employees)} the company is below its first-HR-hire point of ${formatNumber(analysis.firstHirePoint)}`
        : `at ${people(profile.employees)} the company has passed its first-HR-hire point of ${formatNumber(analysis.firstHirePoint)}`;
    case 'shrinking':
      return `the company plans to shrink ${n(-profile.growthPct)}% in 12 months`;
    case 'assistantManagerSpan':
      return analysis.facts.assistantManagerSpan > 0
        ? `the coordinators and generalists under each assistant manager would carry about ${one(analysis.facts.assistantManagerSpan)} FTE of work`
        : 'at this size an assistant manager would have no coordinators or generalists to supervise';
    case 'specialistIdlePct':
      return `areas with less than one specialist's work would leave about ${formatNumber(analysis.facts.specialistIdlePct)}% of a specialist team's time idle`;
    case 'hybridWithoutSpecialist':
      // The hybrid team can lack a specialist with depth called for: a team of one has no room for one.
      return analysis.depth.length > 0 && workload.teamFte <= 1
        ? `the HR team is one person, with no room for a specialist beside them, though ${analysis.depth.map((fn) => functionInSentence(fn)).join(', ')} calls for depth`
        : 'no function has enough work for a specialist';
    case 'budget':
      return `the budget is ${money(profile.budget ?? 0)} a year`;
    case 'budgetToGeneralistCost':
      return `that is ${formatNumber(analysis.facts.budgetToGeneralistCost * 100)}% of what an all-generalist team and its provider fees cost`;
    default:
      return `${condition.fact} is ${n(condition.actual)}`;
  }
}

function ruleDetail(rule: Rule, conditions: ConditionResult[], analysis: Analysis, option: StructureOption): string {
  const clauses = [...new Set(conditions.map((condition) => factClause(condition, analysis)))];
  // Every effect text starts with a verb: "Because the company has 15 employees, Roleplan favors …".
  const because = clauses.length > 0 ? `Because ${listOf(clauses)}, Roleplan ` : '';
  const points = rule.effects.flatMap((effect) => (effect.type === 'score' ? Object.entries(effect.points) : []));
  const weights =
    points.length > 0
      ? ` Roleplan weighs this at ${points.map(([structure, value]) => `${value! > 0 ? '+' : ''}${value} for the ${STRUCTURE_LABELS[structure as Structure].toLowerCase()}`).join(', ')} (Roleplan's assumption${rule.sources.some((id) => id !== 'roleplan-assumption') ? '; the source gives only the direction' : ''}).`
      : '';
  const effect = because ? lowerFirst(rule.effectText) : rule.effectText;
  return `${because}${effect}${weights}${unstaffedWords(rule, analysis, option)}`;
}

/**
 * When a rule calls for an owner of a function (depth or a named role) that this plan's team does
 * not have, the reason says so, so it does not promise a specialist the roster lacks.
 */
function unstaffedWords(rule: Rule, analysis: Analysis, option: StructureOption): string {
  const owned = new Set(option.team.map((member) => member.role));
  const missing = new Set<HrFunction>();
  for (const effect of rule.effects) {
    if (effect.type === 'depth' && option.coverage[effect.fn] !== 'deep') missing.add(effect.fn);
    if (effect.type === 'staff-role' && !owned.has(effect.role) && option.coverage[effect.fn] !== 'outsourced') missing.add(effect.fn);
  }
  if (missing.size === 0) return '';
  const fns = listOf([...missing].map((fn) => functionInSentence(fn)));
  const hrFte = option.team.reduce((sum, member) => sum + member.fte, 0);
  return hrFte === 0
    ? ` With no HR staff yet, the founder covers ${fns} until the first HR hire.`
    : ` This plan's ${one(hrFte)} FTE team has no owner of ${fns} yet: ${hrFte <= 1 ? 'its one HR person covers' : 'the rest of the team covers'} ${missing.size === 1 ? 'it' : 'them'}.`;
}

/** A structure's score in words: what each part is and what moved it, for this company. */
function scoreWords(analysis: Analysis, option: StructureOption): string {
  const parts = option.scoreParts;
  const { depth, profile } = analysis;
  const owned = depth.filter((fn) => option.coverage[fn] === 'deep').length;
  const needs =
    depth.length === 0
      ? `${one(parts.needs)} because no function needs an owner of its own`
      : `${one(parts.needs)} for giving an owner to ${owned} of the ${depth.length} ${depth.length === 1 ? 'function that needs' : 'functions that need'} one`;
  const budget =
    profile.budget === undefined
      ? `${one(parts.budget)} because no budget is set (every structure gets them)`
      : parts.budget >= scoring.budgetFit
        ? `${one(parts.budget)} for fitting the budget, provider fees included`
        : `${one(parts.budget)} of ${scoring.budgetFit} for cost, as it runs over the budget`;
  const gapCount = HR_FUNCTIONS.filter((fn) => option.coverage[fn] === 'gap').length;
  const gaps = gapCount === 0 ? 'nothing off for uncovered functions' : `${one(parts.gaps)} for the ${gapCount} ${gapCount === 1 ? 'function' : 'functions'} nobody covers`;
  // The parts can add up beyond 100 or below 0; the score shown is held between them, and says so.
  const total = scoring.base + parts.rules + parts.needs + parts.budget + parts.gaps;
  const held = total > 100 ? ` That adds up to ${one(total)}, shown as 100, the top of the scale.` : total < 0 ? ` That adds up to ${one(total)}, shown as 0, the bottom of the scale.` : '';
  return (
    `The ${STRUCTURE_LABELS[option.structure].toLowerCase()} starts from ${scoring.base} and gets ${one(parts.rules)} from the reasons above, ${needs}, ${budget}, and ${gaps}.${held} ` +
    `The weights are Roleplan's assumption.`
  );
}

function explanationFor(analysis: Analysis, option: StructureOption, factor: number): ExplanationEntry[] {
  const { workload, profile } = analysis;
  const entry = (id: string, title: string, detail: string, ids: SourceId[]): ExplanationEntry => {
    const unique = [...new Set(ids)];
    return { id, title, detail, strength: strengthOf(unique), source: unique[0]!, sources: unique };
  };
  const mix = Object.entries(workload.hiresByType)
    .filter(([, hires]) => hires >= 0.5)
    .map(([type, hires]) => `${formatNumber(hires)} ${hireCapacity[type as keyof typeof hireCapacity].label.toLowerCase()}`);
  const sizing =
    workload.sizedFor !== profile.employees
      ? ` The team is sized for ${formatNumber(workload.sizedFor)} employees, the company's average over the next 12 months as it shrinks from today's ${formatNumber(profile.employees)}, with the reduction work on top; it steps down once a year as the cuts are done.`
      : '';
  const entries: ExplanationEntry[] = [
    entry(
      'workload',
      'Workload sets the team size',
      (workload.hiresPerYear < 0.5
        ? `The company makes no hires in a year (growth ${one(profile.growthPct)}%, turnover ${one(workload.attritionPct)}%${profile.growthPct < 0 ? ', and leavers are not back-filled while it shrinks' : ''}), so there is no recruiting work. `
        : `The company makes about ${formatNumber(workload.hiresPerYear)} hires a year (growth ${one(profile.growthPct)}%, turnover ${one(workload.attritionPct)}%)` +
          (mix.length > 0 ? `: ${listOf(mix)}` : '') +
          `, which take ${one(workload.loads.recruiting)} FTE of recruiting. `) +
        `A typical company of ${formatNumber(workload.sizedFor)} has ${one(workload.baselineFte)} HR FTE; ` +
        `this company's work comes to ${one(workload.fte)} FTE.${sizing}`,
      [...staffingAnchors.flatMap((anchor) => anchor.sources), ...Object.values(hireCapacity).flatMap((capacity) => capacity.sources), hireMixSource, ...(profile.attritionPct === undefined ? [defaultAttritionPct[profile.industry].source] : [])],
    ),
    ...stateRulesExplanation(profile).map((state) => ({ ...state, strength: strengthOf(state.sources) })),
  ];
  for (const outcome of analysis.outcomes) {
    if (!outcome.fired) continue;
    const scored = outcome.rule.effects.some((effect) => effect.type === 'score');
    entries.push(
      entry(outcome.rule.id, outcome.rule.title, ruleDetail(outcome.rule, outcome.conditions, analysis, option), [
        ...outcome.rule.sources,
        ...(scored ? (['roleplan-assumption'] as SourceId[]) : []),
      ]),
    );
  }
  entries.push(entry('structure-score', `${STRUCTURE_LABELS[option.structure]} scores ${option.score} of 100`, scoreWords(analysis, option), ['roleplan-assumption']));
  entries.push(
    entry(
      'loaded-cost',
      'Fully loaded cost',
      `Each salary is multiplied by ${formatNumber(factor, 3)}: the BLS employer-cost factor for a company of ${formatNumber(profile.employees)}, without paid leave, which salaries already include. ${bandWords(profile.employees)}`,
      [loadedCost.source, 'bls-oews-2024'],
    ),
  );
  return entries;
}

/** The employer-cost band a headcount falls in, and where the next one starts: the factor steps there. */
function bandWords(employees: number): string {
  const bands = loadedCost.bands;
  const index = bands.findLastIndex((band) => band.minEmployees <= employees);
  const band = bands[index]!;
  const next = bands[index + 1];
  const range = next ? `${formatNumber(band.minEmployees)}-${formatNumber(next.minEmployees - 1)}` : `${formatNumber(band.minEmployees)} or more`;
  return `BLS publishes it by establishment size, here its band of ${range} employees${next ? `: it steps up at ${formatNumber(next.minEmployees)}` : ''}.`;
}

function warningsFor(
  analysis: Analysis,
  option: StructureOption,
  plan: Pick<Plan, 'band' | 'ratioPer100' | 'budget' | 'hrFte' | 'surplus' | 'team' | 'cost' | 'spend' | 'outsourcing' | 'timeline' | 'firstHire' | 'surplusPlacedBy'>,
  declined: readonly DeclinedOutsourcing[],
): string[] {
  const warnings: string[] = [];
  const { workload, profile } = analysis;
  for (const outcome of analysis.outcomes) {
    if (!outcome.fired) continue;
    for (const effect of outcome.rule.effects) {
      // The rules read the workload's team; a warning about team size holds only for structures whose own team is that small.
      // A warning for small teams is about the people on them: none for a plan with no HR staff,
      // and none where the FTE are two part-timers of the company's own.
      if (effect.type === 'warning' && (effect.teamFteAtMost === undefined || (plan.team.length === 1 && plan.hrFte <= effect.teamFteAtMost))) warnings.push(effect.message);
    }
  }
  if (workload.reductions > 0 || profile.growthPct < 0) {
    const warn = warnLayoffCounts;
    const cut = Math.round((profile.employees * -profile.growthPct) / 100);
    const absorbed = workload.reductions < 1;
    warnings.push(
      (absorbed
        ? `Shrinking by about ${formatNumber(cut)} people in 12 months: turnover absorbs it all, so no layoff is needed; about ${formatNumber(cut)} of the year's leavers are not replaced and the other ${formatNumber(workload.hiresPerYear)} are.`
        : `Shrinking by about ${formatNumber(cut)} people in 12 months: turnover absorbs some of it, about ${formatNumber(workload.reductions)} are let go, and leavers are not back-filled.`) +
        (profile.employees < warnEmployerFrom || absorbed
          ? ''
          : isPublicEmployer(profile)
            ? ' A state or local government is outside the federal WARN Act; civil-service rules and state law on layoffs can still apply.'
          : workload.reductions >= warn.siteLossFrom
            ? ` A layoff of ${warn.siteLossFrom} or more at one site can call for WARN notice ${warn.noticeDays} days ahead (a mass layoff is ${warn.siteLossFrom}-${warn.anyShareFrom - 1} people who are ${Math.round(warn.siteShareFrom * 100)}% of the site, or ${warn.anyShareFrom} or more).`
            : ` That is fewer than the ${warn.siteLossFrom} at one site the federal WARN Act counts, but state notice laws can apply at lower counts.`) +
        (workload.reductions >= 2
          ? ` Severance agreements that release age claims from people ${groupWaiverRules.ageFrom} or older in a group layoff need ${groupWaiverRules.considerDays} days to consider and ${groupWaiverRules.revokeDays} to revoke, with a written list of the job titles and ages of those selected and not selected (OWBPA).`
          : ''),
    );
  }
  if (plan.budget.limit !== null && !plan.budget.fits) {
    warnings.push(`Over budget by ${money(plan.budget.overBy)} a year at mid-range pay, provider fees included; ${plan.budget.note ? 'your current HR team alone is over it (see Cost and budget).' : 'see the budget-fitting alternative.'}`);
    // A small overrun is often closed by pay, not by a smaller team.
    const atLowPay = plan.cost.loaded.low + plan.cost.outsourced.mid;
    if (plan.hrFte > 0 && atLowPay <= plan.budget.limit) {
      // The budget is yearly: low-end pay that fits today's team may not fit the hires ahead.
      const limit = plan.budget.limit;
      const yearOver = plan.spend.find((year) => year.loaded.low + year.outsourced.mid > limit);
      warnings.push(
        yearOver
          ? `At pay nearer the low end of each salary range today's team would fit the budget (${money(atLowPay)} a year, fees included), but with the hires ahead year ${yearOver.year} would not (${money(yearOver.loaded.low + yearOver.outsourced.mid)}).`
          : `Or keep this team and pay nearer the low end of each salary range: at ${money(atLowPay)} a year, fees included, it fits the budget${plan.spend.length > 1 ? ' in every year' : ''}.`,
      );
    }
  }
  // A PEO recommended until a first hire due within a year would be signed for a few months.
  const peoUntilHire = !profile.outsource.includes('peo') && plan.outsourcing.some((item) => item.option === 'peo' && item.fee);
  if (peoUntilHire && plan.firstHire?.month != null && plan.firstHire.month < peoContract.termMonths) {
    warnings.push(
      `The first HR hire is due in month ${plan.firstHire.month}, before a PEO signed now would end its first term: PEO contracts often run ${peoContract.termMonths} months, with ${peoContract.noticeDays.low}-${peoContract.noticeDays.high} days' notice and fees for leaving early, and leaving one moves your benefits plan. The costs by year count the PEO for its first ${peoContract.termMonths} months, beside your first HR person from month ${plan.firstHire.month}. Choose a PEO you would keep that long (it can go on running payroll and benefits, at its fee), or use a payroll provider until the hire.`,
    );
  }
  // The budget is yearly: a team that fits today can outgrow it with the hires ahead.
  if (plan.budget.limit !== null) {
    const limit = plan.budget.limit;
    // Over a budget today's team already fits, or beyond today's overrun: the years the hires make dearer.
    const today = plan.cost.loaded.mid + plan.cost.outsourced.mid;
    const over = plan.spend.filter((year) => year.loaded.mid + year.outsourced.mid > Math.max(limit, today) + 1);
    if (over.length > 0) {
      const amounts = over.map((year) => `${money(year.loaded.mid + year.outsourced.mid)} in year ${year.year}`);
      const years = amounts.length > 1 ? `${amounts.slice(0, -1).join(', ')} and ${amounts[amounts.length - 1]}` : amounts[0]!;
      warnings.push(
        plan.budget.fits
          ? `Today's team fits the ${money(limit)} budget, but the hires ahead do not: at mid-range pay, fees included, this plan spends ${years}. Raise the budget with the hiring, or hire more slowly.`
          : `With the hires ahead the overrun grows: at mid-range pay, fees included, this plan spends ${years} against the ${money(limit)} budget.`,
      );
    }
  }
  // The hires planned can carry the team above the band for its size later. Without hires ahead
  // the cause is today's team (an existing team's surplus, say), which is warned below.
  const last = plan.timeline[plan.timeline.length - 1];
  const hiresAhead = plan.timeline.some((month) => month.month > 0 && month.hires.length > 0);
  if (last && hiresAhead && profile.growthPct > 0) {
    const later = bandFor(last.employees, last.hrFte);
    if (later.position === 'above') {
      // Growth drives the hiring when it is above the usual and brings more hires than turnover does.
      const turnoverPct = analysis.workload.attritionPct * (1 + profile.growthPct / 200);
      const why =
        profile.growthPct > typicalGrowthPct.value && profile.growthPct >= turnoverPct
          ? `because hiring is planned at ${formatNumber(profile.growthPct)}% growth a year all the way: if growth slows, so should the hiring`
          : `as the hires keep pace with this company's own workload (its hiring, turnover and complexity), which runs above a typical company's`;
      warnings.push(
        `By month ${last.month} the team is ${formatNumber(later.ratioPer100, 2)} HR staff per 100 of ${formatNumber(last.employees)} employees, above the typical ${later.low}-${later.high} for that size, ${why}.`,
      );
    }
  }
  // A shrinking company's timeline keeps shrinking at the year's rate after month 12, as a growing
  // one keeps growing: said, with the headcount it reaches, since the rate is given for a year.
  if (last && profile.growthPct < 0 && last.month > GROWTH_PERIOD_MONTHS) {
    const afterYear = plan.timeline.find((month) => month.month === GROWTH_PERIOD_MONTHS)!;
    warnings.push(
      `The timeline keeps shrinking at ${formatNumber(-profile.growthPct)}% a year after month ${GROWTH_PERIOD_MONTHS}: from ${formatNumber(afterYear.employees)} to ${formatNumber(last.employees)} employees by month ${last.month}. If the cuts end after a year, the HR team need not shrink further: plan again at the size you settle at.`,
    );
  }
  if (plan.hrFte > 0 && plan.band.position !== 'within') {
    warnings.push(
      plan.band.employees === analysis.profile.employees
        ? `${formatNumber(plan.ratioPer100, 2)} HR staff per 100 employees is ${plan.band.position} the typical ${plan.band.low}-${plan.band.high} for this size.`
        : `${formatNumber(plan.band.ratioPer100, 2)} HR staff per 100 of the ${formatNumber(plan.band.employees)} employees the team is sized for is ${plan.band.position} the typical ${plan.band.low}-${plan.band.high} for that size.`,
    );
  }
  const gaps = HR_FUNCTIONS.filter((fn) => option.coverage[fn] === 'gap');
  if (gaps.length > 0) {
    // HR people of the company's own, below its first hire, carry their own work and help with the rest.
    const own = plan.team.filter((member) => (member.fromExisting ?? 0) > 0);
    const inWords = (functions: HrFunction[]) => functions.map((fn) => functionInSentence(fn)).join(', ');
    const deep = inWords(HR_FUNCTIONS.filter((fn) => option.coverage[fn] === 'deep'));
    const staff = `Your ${listOf(own.map((member) => member.title))} staff`;
    const helped =
      own.length === 0
        ? `The founder covers ${inWords(gaps)} until the first HR hire.`
        : plan.outsourcing.some((item) => item.option === 'founder-time')
          ? `${staff} ${deep ? `own ${deep}; ` : ''}the founder covers ${inWords(gaps)} with their help until the first HR hire.`
          : `${staff} ${deep ? `own ${deep} and ` : ''}carry ${inWords(gaps)} until the first HR hire, beyond their own specialty: no founder time is left to price.`;
    warnings.push(analysis.workload.teamFte === 0 && analysis.facts.belowFirstHire ? helped : `No one covers: ${gaps.map((fn) => HR_FUNCTION_LABELS[fn]).join(', ')}.`);
  }
  const hiredNow = plan.team.filter((member) => member.fte > (member.fromExisting ?? 0) + 1e-9);
  const aboveNeed = plan.team.filter((member) => (member.aboveNeed ?? 0) > 0);
  const unready = plan.team.filter((member) => member.noOneReady);
  if (unready.length > 0 && aboveNeed.length > 0) {
    warnings.push(
      `No one on your team is ready for ${listOf(unready.map((member) => (member.family === 'management' ? `the ${member.title} post` : member.reportsTo === null ? `the ${member.title} post heading HR` : `the ${member.title} work`)))}, so the plan hires for ${unready.length === 1 ? 'it' : 'them'}; ` +
        `with it, ${one(aboveNeed.reduce((sum, member) => sum + member.aboveNeed!, 0))} FTE of your ${listOf(aboveNeed.map((member) => member.title))} staff ${plan.surplus > 0 ? `are above the need (your team is ${one(plan.surplus)} FTE larger than the plan needs before any hire)` : 'are above the need'}: reassign them, or let those roles shrink through attrition.`,
    );
  } else if (plan.surplus > 0) {
    // Hires beside a surplus are only posts no one on the team can hold, or more hours for a part-timer in one.
    warnings.push(
      analysis.workload.teamFte === 0 && analysis.facts.belowFirstHire
        ? `Your ${one(plan.surplus)} FTE of HR staff came before the company's first-HR-hire point of ${formatNumber(analysis.firstHirePoint)} employees: they carry work the founder and providers would otherwise, and no one else is hired until the work outgrows them.${option.coverage.payroll === 'outsourced' ? '' : ' If they leave before that point, a PEO and HR software cover the gap.'}`
        : plan.surplusPlacedBy !== null
          ? `Your existing HR team is ${one(plan.surplus)} FTE larger than this plan needs today, but the growing work places everyone by month ${plan.surplusPlacedBy} (see the timeline): keep them${hiredNow.length === 0 ? ', with no hires now' : ''}.`
          : `Your existing HR team is ${one(plan.surplus)} FTE larger than this plan needs today: ${hiredNow.length === 0 ? 'no hires now, and ' : `it adds only what no one on it can hold (${listOf(hiredNow.map((member) => member.title))}); `}consider reassigning or not back-filling.`,
    );
  }
  // A wave of hires no recruiting team can bring in and settle at once.
  const hiredAtOnce = plan.timeline[0]?.hires.reduce((sum, hire) => sum + hire.fte, 0) ?? 0;
  const alreadyThere = existingTeamFte(analysis.profile);
  if (hiredAtOnce > teamShape.phaseHiresAboveFte.value && hiredAtOnce > alreadyThere) {
    warnings.push(
      `The plan hires ${one(hiredAtOnce)} FTE now${alreadyThere === 0 ? ' (the whole team: no current HR staff were given, so give them if you have them)' : ''}, more than a recruiting team can bring in and settle at once: phase those hires over the coming months, the leads and the most urgent work first, and bridge the peak with a recruitment process outsourcer or contractors.`,
    );
  }
  const movedIn = plan.team.filter((member) => (member.movedIn ?? 0) > 0);
  if (movedIn.length > 0) {
    const fte = movedIn.reduce((sum, member) => sum + member.movedIn!, 0);
    const cost = movedIn.reduce((sum, member) => sum + (member.loaded.mid * member.movedIn!) / member.fte, 0);
    warnings.push(
      `The plan fills ${one(fte)} FTE of its needs (${listOf(movedIn.map((member) => member.title))}) with people already on your team, in work outside their own roles, instead of hiring: ` +
        `each entry says how (training, a promotion, or a lead taking the work on). Where that is not practical, hiring for those needs costs about ${formatMoney(cost)} a year more${plan.surplus > 0 ? `, on top of the ${one(plan.surplus)} FTE of your team above the need` : ''}.`,
    );
  }
  warnings.push(...declined.map(declinedWarning));
  const { unpriced } = plan.budget;
  if (unpriced.length > 0) {
    warnings.push(`No sourced price for ${listOf(unpriced)}: the costs here leave ${unpriced.length === 1 ? 'it' : 'them'} out, so add your quote${unpriced.length === 1 ? '' : 's'}.`);
  }
  return warnings;
}

/** What a provider without a sourced price leaves of the budget's verdict: the fit is checked without it. */
function unpricedWords(unpriced: string[], limit: number | null, spend: number): string | null {
  if (limit === null || unpriced.length === 0) return null;
  const which = `the ${listOf(unpriced)}, which ${unpriced.length === 1 ? 'has' : 'have'} no sourced price`;
  return spend <= limit
    ? `Not counted: ${which}. The plan fits only if ${unpriced.length === 1 ? 'its quote comes' : 'their quotes come'} to less than the ${formatMoney(limit - spend)} a year left.`
    : `Not counted either: ${which}: ${unpriced.length === 1 ? 'it comes' : 'they come'} on top of the amount over.`;
}

const scoresOf = (analysis: Analysis) => Object.fromEntries(STRUCTURES.map((s) => [s, analysis.options[s].score])) as Record<Structure, number>;

/** What the company said it is willing to do, for each option the plan can decline. */
const WILLING_TO: Partial<Record<Profile['outsource'][number], string>> = {
  peo: 'use a PEO',
  benefits: 'outsource benefits administration',
  recruiting: 'outsource recruiting',
};

/** A provider the company is willing to use that the plan declined, with both yearly figures. */
function declinedWarning({ option, comparison, later }: DeclinedOutsourcing): string {
  const when = later ? ` once the plan has HR staff (by month ${later.month}, at ${formatNumber(later.employees)} employees)` : '';
  return `Kept in-house: you are willing to ${WILLING_TO[option]}, but${when} it would cost about ${money(comparison.outsourced.mid)} a year, oversight included, against about ${money(comparison.inHouse.mid)} for your own staff doing the same work (${comparison.inHouseStaff}): ${formatNumber(comparison.outsourced.mid / Math.max(1, comparison.inHouse.mid), 1)} times as much. Outsource it anyway if speed, flexibility or expertise is worth the difference.`;
}

/** The budget alternative's headline: what the money buys and how much of the work that is. */
function budgetHeadline(alternative: Plan, workCovered: number, fullFte: number, employees: number): string {
  const share = Math.round(workCovered * 100);
  const team =
    alternative.hrFte === 0
      ? alternative.cost.outsourced.mid > 0
        ? 'no in-house HR staff, with providers'
        : 'no in-house HR staff and no provider'
      : `${one(alternative.hrFte)} FTE (${withArticle(STRUCTURE_LABELS[alternative.structure].toLowerCase())})`;
  if (share >= 100) return `Within the budget: ${team}, covering all of this company's HR work.`;
  if (fullFte === 0) return `Within the budget: ${team} taking about ${share}% of this company's HR work; the founder and line managers do the rest until the first HR hire.`;
  // A company with an HR manager's worth of size has leaders, not a founder, to carry the rest.
  const rest = employees >= spans.managerFromEmployees.value ? 'line managers and leadership' : 'the founder and line managers';
  return `Within the budget: ${team}, covering about ${share}% of this company's HR work (the recommended plan has ${one(fullFte)} FTE); the rest falls to ${rest}, or waits.`;
}

// The recommendation changes depend on the profile without its headcount, as the scan does: they
// are remembered with the scan, so typing a headcount in the planner does not work them out again.
const changesByScan = new WeakMap<ThresholdScan, Threshold[]>();

function changesOf(profile: Profile, scan: ThresholdScan): Threshold[] {
  let changes = changesByScan.get(scan);
  if (!changes) {
    changes = recommendationChanges(profile, scan.start, scan.thresholds);
    changesByScan.set(scan, changes);
  }
  return changes.map((change) => ({ ...change }));
}

export interface AssembleOptions {
  /** Build the month-by-month timeline and the thresholds (skipped for the budget alternative). */
  full: boolean;
  /** Providers the company is willing to use that the plan declined as costlier than staff. */
  declined?: readonly DeclinedOutsourcing[];
  /** No thresholds (`[]`), or the scan already made for this profile (it does not depend on the structure planned). */
  thresholds?: Threshold[] | ThresholdScan;
  /** This plan is a budget alternative (no alternative of its own). */
  alternative?: boolean;
  /**
   * The plan is the recommendation: its timeline follows a change of recommended structure within
   * the horizon. Not for a structure planned as itself (the compare page, `planFor`).
   */
  followPick?: boolean;
}

export function assemble(analysis: Analysis, requested: Structure, catalog: RoleCatalog, options: AssembleOptions): Plan {
  const { profile, workload } = analysis;
  const given = options.thresholds;
  const scan = !options.full || Array.isArray(given) ? null : ((given as ThresholdScan | undefined) ?? thresholdScan(profile, catalog));
  const thresholds = scan ? scan.thresholds.map((threshold) => ({ ...threshold })) : [];
  // With the thresholds scanned, the timeline follows the recommendation where they say it changes.
  // Below today's headcount (a shrinking company) the list does not say what came first: the pick is read there.
  const pickAt =
    options.full && given === undefined
      ? (employees: number) =>
          employees >= profile.employees ? pickFromThresholds(analysis.pick, profile.employees, thresholds, employees) : pickStructure({ ...profile, employees }, catalog)
      : undefined;
  // The recommendation is the structure the company grows into where it outgrows today's best score within the year.
  const lasting =
    options.followPick && options.full && !options.alternative
      ? lastingPick(profile, requested, scoresOf(analysis), pickAt ?? ((employees) => pickStructure({ ...profile, employees }, catalog)))
      : null;
  const structure = lasting?.structure ?? requested;
  const option = analysis.options[structure];
  const hrFte = option.team.reduce((sum, member) => sum + member.fte, 0);
  const ratioPer100 = (hrFte / profile.employees) * 100;
  // No in-house HR yet: the plan prices a PEO (unless chosen), HR software and founder time.
  const providersToday = analysis.recommendPeo ?? (providersInstead(profile, workload, catalog) && analysis.facts.belowFirstHire);
  const fees = providerFees(profile, workload, { noInHouse: providersToday, catalog, ...(analysis.peoQuote ? { peoQuote: analysis.peoQuote } : {}) });
  const limit = profile.budget ?? null;
  const spend = option.cost.loaded.mid + fees.total.mid;
  const overBy = limit === null ? 0 : Math.max(0, spend - limit);
  const unpriced = fees.items.filter((item) => item.fee && item.cost === null).map((item) => item.label.toLowerCase());
  const budget: Plan['budget'] = { limit, fits: overBy === 0, overBy, alternative: null, alternativeCovers: null, note: null, unpriced, unpricedNote: unpricedWords(unpriced, limit, spend) };
  // A shrinking company's team is sized for its average headcount over the year of cuts: the band is read there too.
  const band = bandFor(Math.min(profile.employees, workload.sizedFor), hrFte);
  const firstHire = hrFte === 0 ? firstHireFor(profile, analysis.firstHirePoint) : null;
  const existingTotal = existingTeamFte(profile);
  const needTotal = analysis.needs[structure].reduce((sum, member) => sum + member.fte, 0);
  const staffing = options.full
    ? staffingByMonth(profile, structure, catalog, option.team, { followPick: options.followPick === true && !options.alternative, ...(pickAt ? { pickAt } : {}) })
    : null;
  const plan: Plan = {
    structure,
    headline: headlineFor(analysis, option, hrFte, firstHire),
    scores: scoresOf(analysis),
    passedOver: lasting?.passedOver ?? null,
    team: option.team.map((member, index) => ({
      ...member,
      salary: option.cost.members[index]!.salary,
      loaded: option.cost.members[index]!.loaded,
    })),
    hrFte,
    ratioPer100,
    band,
    cost: { salary: option.cost.salary, loaded: option.cost.loaded, loadedFactor: option.cost.factor, outsourced: fees.total },
    budget,
    coverage: option.coverage,
    firstHire,
    obligations: obligationsFor(profile),
    timeline: staffing ? staffing.months : [],
    laterMoves: staffing ? staffing.laterMoves : [],
    surplusPlacedBy: staffing ? staffing.surplusPlacedBy : null,
    spend: staffing ? spendByYear(profile, staffing, catalog, providersToday) : [],
    thresholds,
    recommendationChanges: scan ? changesOf(profile, scan) : [],
    explanation: explanationFor(analysis, option, option.cost.factor),
    warnings: [],
    workload: {
      fte: workload.fte,
      baselineFte: workload.baselineFte,
      hiresPerYear: workload.hiresPerYear,
      hiresByType: workload.hiresByType,
      sizedFor: workload.sizedFor,
      reductions: workload.reductions,
      firstHirePoint: analysis.firstHirePoint,
      attritionPct: workload.attritionPct,
      loads: workload.loads,
      priorities: analysis.priorities,
      depthNeeded: analysis.depth,
    },
    span: spanOf(option.team),
    risks: risksOf(option, analysis, hrFte, staffing ? firstOwnerHires(staffing.months, catalog) : undefined),
    outsourcing: fees.items,
    surplus: Math.max(0, existingTotal - needTotal),
    ruleTrace: analysis.outcomes.map((outcome) => ({
      id: outcome.rule.id,
      fired: outcome.fired,
      facts: describeConditions(outcome.conditions),
    })),
  };
  if (!budget.fits && limit !== null && !options.alternative) {
    const lean = budgetAnalysis(analysis, limit, catalog);
    if (lean) {
      const alternative = assemble(lean.analysis, lean.analysis.pick, catalog, { full: false, alternative: true });
      alternative.warnings.unshift(...lean.notes);
      // Its own headline would describe it as if it were enough ("can cover every HR function").
      alternative.headline = budgetHeadline(alternative, lean.workCovered, plan.hrFte, profile.employees);
      budget.alternative = alternative;
      budget.alternativeCovers = lean.workCovered;
    } else {
      budget.note = `Your current HR team alone costs about ${formatMoney(existingTeamCost(profile, catalog))} a year, fully loaded, above your budget of ${formatMoney(limit)}: no hire fits it. Raise the budget to hire, or review your own team's roles and hours; Roleplan does not plan cuts to the people you have.`;
    }
  }
  plan.warnings = warningsFor(analysis, option, plan, options.declined ?? []);
  return plan;
}

export interface PlanOptions {
  /** Include the month-by-month timeline and the thresholds (default true). */
  full?: boolean;
  /** With `full`, scan for the thresholds too (default true); false leaves `thresholds` empty. */
  thresholds?: boolean;
}

function assembleOptions(options: PlanOptions): AssembleOptions {
  const full = options.full ?? true;
  return full && options.thresholds === false ? { full, thresholds: [] } : { full };
}

/**
 * What a plan works from: the catalog with the company's state pay, the profile with existing roles
 * checked and only the providers the plan uses, and the providers it declined.
 */
export function prepared(profile: Profile, nationalCatalog: RoleCatalog): OutsourcingChoice & { catalog: RoleCatalog } {
  const catalog = catalogForStates(nationalCatalog, profile);
  const unknown = unknownExistingRoles(profile.existingTeam, catalog);
  if (unknown.length > 0) throw new Error(unknownRolesMessage(unknown, catalog));
  return { catalog, ...chooseOutsourcing(profile, catalog) };
}

/** The best plan of one structure for this profile. Throws on an existing-team role the catalog does not know. */
export function planFor(profile: Profile, structure: Structure, nationalCatalog: RoleCatalog, options: PlanOptions = {}): Plan {
  const { catalog, profile: used, declined } = prepared(profile, nationalCatalog);
  return assemble(analyze(used, catalog), structure, catalog, { ...assembleOptions(options), declined });
}

/** Evaluates all four structures and plans the one with the top score. */
export function recommend(profile: Profile, nationalCatalog: RoleCatalog, options: PlanOptions = {}): Plan {
  const { catalog, profile: used, declined } = prepared(profile, nationalCatalog);
  const analysis = analyze(used, catalog);
  return assemble(analysis, analysis.pick, catalog, { ...assembleOptions(options), followPick: true, declined });
}

/** All four plans for one profile (the compare page), sharing one analysis. */
export function planAll(profile: Profile, nationalCatalog: RoleCatalog): Record<Structure, Plan> {
  const { catalog, profile: used, declined } = prepared(profile, nationalCatalog);
  const analysis = analyze(used, catalog);
  const thresholds = thresholdScan(used, catalog);
  return Object.fromEntries(
    STRUCTURES.map((structure) => [structure, assemble(analysis, structure, catalog, { full: true, thresholds, declined })]),
  ) as Record<Structure, Plan>;
}
