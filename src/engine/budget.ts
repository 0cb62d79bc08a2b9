// The budget-fitting alternative: built by priority within the budget, provider fees included.
// Depth where the profile needs it most is kept first; outsourcing is used where the rules allow
// it and it leaves more of the need covered for the money.
import { OUTSOURCE_LABELS, type OutsourceOption, type Profile, hasExistingTeam } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import { functionInSentence, HR_FUNCTIONS } from './hr-functions.ts';
import { analyzeWorkload, coverageOf, providerCovered, type Analysis } from './analysis.ts';
import { buildTeam, type TeamMember } from './team.ts';
import { staffTeam } from './existing-team.ts';
import { loadedMid, teamCost } from './cost.ts';
import { inHouseWorkLeft, providerFees } from './outsourcing.ts';
import { outsourcingPrices } from './data/costs.ts';
import { FTE_STEP } from './data/workload.ts';
import { spans } from './data/team-shape.ts';
import { formatMoney, formatNumber, lowerFirst } from './format.ts';

// Priced providers only: an unpriced one (executive search, payroll alone) cannot be shown to cost less.
const EXTRA_OUTSOURCING: OutsourceOption[][] = [['benefits'], ['peo'], ['recruiting'], ['peo', 'recruiting']];

/** Providers the budget alternative may suggest when the company did not choose them. */
export const SUGGESTED_PROVIDERS: readonly OutsourceOption[] = [...new Set(EXTRA_OUTSOURCING.flat())];

/**
 * How much more of the work (FTE) a provider the company did not choose must cover than staff for
 * the same money before the alternative suggests it: one staffing step (Roleplan's assumption).
 */
export const UNCHOSEN_PROVIDER_MARGIN_FTE = FTE_STEP;

interface Candidate {
  analysis: Analysis;
  fte: number;
  full: number;
  spend: number;
  /** Share of all the HR work covered (in-house FTE plus what providers take off). */
  work: number;
  /** What the builder maximises: the work covered, then the functions covered. */
  value: number;
}

export interface BudgetAnalysis {
  analysis: Analysis;
  notes: string[];
  /** Share of all the HR work the alternative covers: in-house FTE plus the work providers take off the team. */
  workCovered: number;
}

/** The largest in-house team (in half-FTE steps) that fits beside the fees, for one outsourcing choice. */
function fitOne(
  base: Analysis,
  outsource: OutsourceOption[],
  limit: number,
  catalog: RoleCatalog,
  peoInstead: boolean,
  allWork: number,
  rawWork: number,
  stage = analyzeWorkload({ ...base.profile, outsource }),
  peoQuote?: 'low',
): Candidate | null {
  const profile: Profile = { ...base.profile, outsource };
  const full = stage.workload.teamFte;
  const noInHouse = full === 0 && peoInstead;
  const fees = providerFees(profile, stage.workload, { noInHouse, catalog, ...(peoQuote ? { peoQuote } : {}) }).total.mid;
  if (fees > limit) return null;
  // The people already there, and nothing more, must fit too.
  const hasExisting = hasExistingTeam(profile);
  if (hasExisting && existingTeamCost(profile, catalog) + fees > limit) return null;
  // The search only prices teams: their reasons are written once, for the team it settles on. The
  // company's own HR people stay: each team is built on them, as the recommended plan is.
  const teamAt = (fte: number, explain = false): TeamMember[] => {
    const need =
      fte <= 0
        ? []
        : buildTeam('hybrid', { profile, workload: { ...stage.workload, teamFte: fte }, depth: stage.depth, catalog, staffRoles: stage.staffRoles, explain, generalistFirst: true, headFirst: headFirst(profile) });
    return hasExisting ? staffTeam(need, profile.existingTeam, catalog, base.priorities).team : need;
  };
  const spendAt = (fte: number) => loadedMid(teamAt(fte), catalog, profile.employees) + fees;
  let low = 0;
  let high = Math.round(full / FTE_STEP);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (spendAt(middle * FTE_STEP) <= limit) low = middle;
    else high = middle - 1;
  }
  let fte = low * FTE_STEP;
  // Pay differs by role, so a team one step larger can cost a little less: the search settles on
  // a size that fits with no larger one just above it that fits too.
  while (fte > 0 && spendAt(fte) > limit) fte -= FTE_STEP;
  while (fte + FTE_STEP <= full && spendAt(fte + FTE_STEP) <= limit) fte += FTE_STEP;
  const team = teamAt(fte, true);
  const cost = teamCost(team, catalog, profile.employees);
  const workload = { ...stage.workload, teamFte: fte };
  const coverage = coverageOf(team, fte === 0 && !noInHouse ? stage.workload.outsourced : providerCovered(workload, profile, catalog));
  const covered = HR_FUNCTIONS.filter((fn) => coverage[fn] !== 'gap').length;
  const structure = team.some((member) => member.family === 'specialist') ? 'hybrid' : 'generalist';
  const option = { ...base.options[structure], team, cost, coverage, structure };
  const analysis: Analysis = {
    ...base,
    profile,
    workload,
    depth: stage.depth,
    needs: { ...base.needs, [structure]: team },
    options: { ...base.options, [structure]: option },
    pick: structure,
    recommendPeo: noInHouse,
    ...(peoQuote ? { peoQuote } : {}),
  };
  // Work covered for the money: in-house FTE plus the work providers take off the team, as a
  // share of all the HR work (what an in-house team would need with no provider at all). With no
  // in-house team needed yet, the share of the raw workload the providers take: the founder does the rest.
  const work =
    full === 0
      ? rawWork > 0
        ? Math.min(1, Math.max(0, (rawWork - inHouseWorkLeft(stage.workload, noInHouse || outsource.includes('peo'))) / rawWork))
        : 0
      : Math.min(1, (fte + Math.max(0, allWork - full)) / allWork);
  return { analysis, fte, full, spend: cost.loaded.mid + fees, work, value: work + covered / 100 };
}

/** A company large enough for an HR manager at its head: its budget team has one once it is more than one person. */
const headFirst = (profile: Profile) => profile.employees >= spans.managerFromEmployees.value;

/** What the company's own HR team costs a year, fully loaded (mid), before any hire. */
export function existingTeamCost(profile: Profile, catalog: RoleCatalog): number {
  return loadedMid(staffTeam([], profile.existingTeam, catalog).team, catalog, profile.employees);
}

/**
 * The budget alternative, or null when the company's own HR team alone costs more than the
 * budget: no hire fits, and Roleplan does not plan cuts to the people a company has.
 */
export function budgetAnalysis(base: Analysis, limit: number, catalog: RoleCatalog): BudgetAnalysis | null {
  const { profile } = base;
  if (hasExistingTeam(profile) && existingTeamCost(profile, catalog) > limit) return null;
  const willing = base.outcomes.some((outcome) => outcome.fired && outcome.rule.effects.some((effect) => effect.type === 'outsource-willing'));
  // The profile's outsourcing is what the company is willing to hand over, not a commitment: a
  // provider whose fee does not fit can be dropped (every subset of a short list is tried).
  const own = profile.outsource;
  const subsets: OutsourceOption[][] =
    own.length <= 3 ? own.reduce<OutsourceOption[][]>((all, option) => [...all, ...all.map((set) => [...set, option])], [[]]) : [own, []];
  const choices: OutsourceOption[][] = [own, ...subsets.filter((set) => set.length < own.length)];
  if (willing) {
    for (const extra of EXTRA_OUTSOURCING) choices.push([...new Set([...profile.outsource, ...extra])].sort() as OutsourceOption[]);
  }
  const unaided = analyzeWorkload({ ...profile, outsource: [] }).workload;
  const allWork = Math.max(FTE_STEP, unaided.teamFte);
  // The best candidate among the providers the company chose, and among those adding one it did not.
  // On a tie, the company's own choices stay (a payroll provider it chose is not dropped only
  // because the same money covers as much work without it), then the cheaper candidate.
  const kept = (candidate: Candidate) => candidate.analysis.profile.outsource.filter((option) => own.includes(option)).length;
  const better = (candidate: Candidate, than: Candidate | null) =>
    !than ||
    candidate.value > than.value + 1e-9 ||
    (Math.abs(candidate.value - than.value) < 1e-9 && (kept(candidate) > kept(than) || (kept(candidate) === kept(than) && candidate.spend < than.spend)));
  // Whether the providers the company chose fit the budget at all (with some staff or none).
  let ownFits = false;
  let bestOwn: Candidate | null = null;
  let bestExtra: Candidate | null = null;
  for (const outsource of choices) {
    const stage = analyzeWorkload({ ...profile, outsource });
    const extra = outsource.some((option) => !profile.outsource.includes(option));
    // A PEO in place of staff is a choice only when no in-house team is needed at all.
    for (const peoInstead of stage.workload.teamFte === 0 ? [true, false] : [false]) {
      // A PEO whose mid-range price does not fit is tried at the low end of quotes: a tight budget
      // shops for the cheaper PEO rather than leave payroll to nobody.
      const usesPeo = outsource.includes('peo') || (peoInstead && stage.workload.teamFte === 0);
      const candidate =
        fitOne(base, outsource, limit, catalog, peoInstead, allWork, unaided.fte, stage) ??
        (usesPeo ? fitOne(base, outsource, limit, catalog, peoInstead, allWork, unaided.fte, stage, 'low') : null);
      if (!candidate) continue;
      if (outsource.length === own.length && !extra) ownFits = true;
      // A provider the company did not choose is suggested only if the money left still buys
      // someone to lead HR where the company needs one: not half a generalist for 4,400 people
      // beside a benefits administrator's fee.
      const led = !headFirst(profile) || candidate.analysis.options[candidate.analysis.pick].team.some((member) => member.area === 'management');
      if (extra && led && better(candidate, bestExtra)) bestExtra = candidate;
      if (!extra && better(candidate, bestOwn)) bestOwn = candidate;
    }
  }
  // A provider the company did not choose is suggested only where it covers clearly more of the
  // work than staff for the same money: near a tie, staff it. Else one employee more could swing
  // the alternative between staff and an unchosen provider.
  const best = bestExtra && (!bestOwn || bestExtra.value > bestOwn.value + UNCHOSEN_PROVIDER_MARGIN_FTE / allWork) ? bestExtra : bestOwn;
  // Nothing fits, not even the fees: no staff and no provider.
  const chosen = best ?? fitOne(base, [], Number.MAX_SAFE_INTEGER, catalog, false, allWork, unaided.fte)!;
  if (!best) {
    // No staff and no provider: every function is a gap.
    const empty = { ...chosen.analysis.options[chosen.analysis.pick], team: [], cost: teamCost([], catalog, profile.employees), coverage: coverageOf([], []) };
    chosen.analysis = { ...chosen.analysis, options: { ...chosen.analysis.options, [chosen.analysis.pick]: empty }, workload: { ...chosen.analysis.workload, teamFte: 0 } };
  }
  const notes: string[] = [];
  const one = (value: number) => formatNumber(value, 1);
  const gaps = HR_FUNCTIONS.filter((fn) => chosen.analysis.options[chosen.analysis.pick].coverage[fn] === 'gap');
  const added = chosen.analysis.profile.outsource.filter((option) => !profile.outsource.includes(option));
  const named = (options: OutsourceOption[]) => options.map((option) => lowerFirst(OUTSOURCE_LABELS[option])).join(' and ');
  if (chosen.fte < chosen.full) {
    const team = chosen.analysis.options[chosen.analysis.pick].team;
    const keptSpecialists = team.some((member) => member.family === 'specialist');
    const left = added.length > 0 ? `the ${one(chosen.full)} FTE of work left in-house once ${named(added)} ${added.length === 1 ? 'is' : 'are'} outsourced` : `the ${one(chosen.full)} FTE the workload needs`;
    // The recommended plan can be larger than its work (whole specialists, an assistant manager): say so, or the two figures read as a contradiction.
    const planFte = base.options[base.pick].team.reduce((sum, member) => sum + member.fte, 0);
    const planned = planFte > chosen.full + 1e-9 && added.length === 0 ? ` (the recommended plan staffs that work with ${one(planFte)} FTE)` : '';
    notes.push(`Fits ${formatMoney(limit)} with ${one(chosen.fte)} of ${left}${planned}${keptSpecialists ? ', specialists where depth matters most kept first' : ''}.`);
  }
  if (added.length > 0) notes.push(`Suggests outsourcing ${named(added)}, which you have not chosen: it costs less than staffing the same work.`);
  if (chosen.analysis.peoQuote === 'low') {
    const { peo } = outsourcingPrices;
    notes.push(
      `Prices the PEO at the low end of quotes (about ${formatMoney(Math.round(peo.low * profile.employees))} a year for ${formatNumber(profile.employees)} employees, against ${formatMoney(Math.round(peo.mid * profile.employees))} at the mid-range price the plan uses): at the mid-range price it does not fit, so ask several PEOs to quote.`,
    );
  }
  const dropped = profile.outsource.filter((option) => !chosen.analysis.profile.outsource.includes(option));
  if (dropped.length > 0) {
    notes.push(
      ownFits
        ? `Leaves out ${named(dropped)}: with ${dropped.length === 1 ? 'its fee' : 'their fees'} the budget would buy less staff time, and staff cover more of the work for the money.`
        : `Leaves out ${named(dropped)}: the provider's fee does not fit the budget.`,
    );
  }
  if (gaps.length > 0) notes.push(`Stays uncovered: ${gaps.map((fn) => functionInSentence(fn)).join(', ')}.`);
  if (gaps.includes('payroll')) {
    const { peo } = outsourcingPrices;
    const low = Math.round(peo.low * profile.employees);
    // The money the alternative leaves unspent, where a PEO quoted within the range of quotes fits in it.
    const room = limit - chosen.spend;
    const fits = room >= low ? `; the ${formatMoney(limit)} budget leaves room for one quoted at up to about ${formatMoney(Math.floor(room))} a year` : '';
    notes.push(
      `Payroll cannot wait: a payroll service, or a PEO at the low end of quotes (about ${formatMoney(low)} a year for ${formatNumber(profile.employees)} employees, against ${formatMoney(Math.round(peo.mid * profile.employees))} at the mid-range price this plan uses), is the first thing to buy${fits}.`,
    );
  }
  const lowPayStep = lowPayNextStep(chosen, limit, catalog);
  if (lowPayStep) notes.push(lowPayStep);
  return { analysis: chosen.analysis, notes, workCovered: best ? chosen.work : 0 };
}

/**
 * Money the alternative leaves unspent can buy the next half FTE at pay nearer the low end of each
 * salary range: said as an option, since the plan is priced at mid-range pay.
 */
function lowPayNextStep(chosen: Candidate, limit: number, catalog: RoleCatalog): string | null {
  const { analysis, fte, full } = chosen;
  if (fte >= full) return null;
  const next = fte + FTE_STEP;
  const fees = chosen.spend - analysis.options[analysis.pick].cost.loaded.mid;
  const need = buildTeam('hybrid', {
    profile: analysis.profile,
    workload: { ...analysis.workload, teamFte: next },
    depth: analysis.depth,
    catalog,
    staffRoles: analysis.staffRoles,
    explain: false,
    generalistFirst: true,
    headFirst: headFirst(analysis.profile),
  });
  const existing = analysis.profile.existingTeam;
  const team = Object.keys(existing).length > 0 ? staffTeam(need, existing, catalog, analysis.priorities).team : need;
  const atLowPay = teamCost(team, catalog, analysis.profile.employees).loaded.low + fees;
  if (atLowPay > limit) return null;
  return `At pay nearer the low end of each salary range, ${formatNumber(next, 1)} FTE would fit instead (${formatMoney(atLowPay)} a year, fees included).`;
}
