// "Use this plan" on the budget alternative: the engine's budget-fitting plan (a team for today)
// made into a whole plan the page can show, held at that size for the horizon. The engine gives
// the alternative without a timeline or yearly spend; this keeps its team and provider choices
// month by month at the recommended plan's headcounts and asks the engine's spend model what
// each year then costs. Holding the team is Roleplan's assumption, and the page says so.
import type { Plan } from '../../engine/plan.ts';
import { OUTSOURCE_OPTIONS, type OutsourceOption, type Profile } from '../../engine/profile.ts';
import type { RoleCatalog } from '../../engine/roles.ts';
import { spendByYear } from '../../engine/spend.ts';
import { catalogForStates } from '../../engine/state-pay.ts';
import type { TimelineMonth } from '../../engine/timeline.ts';
import { HELD_NOTE } from './budget-plan-note.ts';

export { HELD_NOTE };

const EPSILON = 1e-9;

/** The provider options the alternative uses, read back from its fees. */
function outsourceOf(alternative: Plan): OutsourceOption[] {
  const options = new Set<string>(OUTSOURCE_OPTIONS);
  return alternative.outsourcing.map((item) => item.option).filter((option): option is OutsourceOption => options.has(option));
}

/**
 * The budget alternative of `plan` as a whole plan, or null when the plan has none (no budget,
 * or it fits). `profile` and `catalog` are what `plan` was computed from.
 */
export function budgetPlanOverTime(plan: Plan, profile: Profile, catalog: RoleCatalog): Plan | null {
  const alternative = plan.budget.alternative;
  if (!alternative || plan.timeline.length === 0) return null;
  const team = new Map<string, number>();
  for (const member of alternative.team) team.set(member.role, (team.get(member.role) ?? 0) + member.fte);
  // The people already there stay, placed in the alternative as in the recommended plan: what each
  // row holds beyond them is hired.
  const hires = alternative.team
    .map((member) => ({ role: member.role, title: member.title, fte: member.fte - (member.fromExisting ?? 0), reason: `Needed now: ${member.reason}` }))
    .filter((hire) => hire.fte > EPSILON);
  const timeline: TimelineMonth[] = plan.timeline.map((month) => ({
    month: month.month,
    employees: month.employees,
    hrFte: alternative.hrFte,
    hires: month.month === 0 ? hires : [],
    departures: [],
  }));
  const payFactor = new Map(alternative.team.map((member) => [member.role, member.payFactor]));
  const staffing = { months: timeline, inPlace: timeline.map(() => new Map(team)), payFactor };
  const noInHouse = alternative.outsourcing.some((item) => item.option === 'hr-software');
  const peoQuote = alternative.outsourcing.find((item) => item.option === 'peo')?.quotedAt;
  const spend = spendByYear({ ...profile, outsource: outsourceOf(alternative) }, staffing, catalogForStates(catalog, profile), noInHouse, peoQuote);
  return {
    ...alternative,
    timeline,
    spend,
    thresholds: plan.thresholds,
    recommendationChanges: plan.recommendationChanges,
    warnings: [...alternative.warnings, HELD_NOTE],
  };
}
