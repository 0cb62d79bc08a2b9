// The default output of `npm run plan`: a plan a founder can read in a terminal.
import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../engine/hr-functions.ts';
import { INDUSTRY_LABELS, type Profile } from '../engine/profile.ts';
import { STRUCTURE_LABELS, STRUCTURES, type Structure } from '../engine/structures.ts';
import type { Plan } from '../engine/plan.ts';
import { formatMoney, formatNumber } from '../engine/format.ts';
import { formatPer100 as per100 } from '../lib/plan-format.ts';
import { salaryEach } from '../engine/cost.ts';
import { sources, type SourceId } from '../engine/data/sources.ts';
import { STATE_NAMES, type StateCode } from '../engine/data/state-codes.ts';
import { statesWithRules } from '../engine/data/state-law.ts';
import { monthLabel } from '../engine/calendar.ts';

const one = (value: number) => formatNumber(value, 1);
/** "1 employee", "120 employees". */
const employees = (count: number) => `${formatNumber(count)} employee${count === 1 ? '' : 's'}`;
const range = (low: number, high: number) => `${formatMoney(low)}-${formatMoney(high)}`;
const sourceLabel = (id: string) => (id in sources ? sources[id as SourceId].label : id);

function runnerUp(plan: Plan): Structure | undefined {
  return STRUCTURES.filter((s) => s !== plan.structure).sort((a, b) => plan.scores[b] - plan.scores[a])[0];
}

/** Obligations grouped by jurisdiction: federal first, then each listed state; upcoming dates in order. */
function obligationLines(plan: Plan, profile: Profile): string[] {
  const lines: string[] = [];
  const groups: { label: string; code?: StateCode; items: Plan['obligations'] }[] = [
    { label: 'Federal', items: plan.obligations.filter((obligation) => obligation.jurisdiction === 'US') },
    ...(Object.keys(profile.stateEmployees) as StateCode[]).map((code) => ({
      label: `${STATE_NAMES[code]} (${formatNumber(profile.stateEmployees[code] ?? 0)} here)`,
      code,
      items: plan.obligations.filter((obligation) => obligation.jurisdiction === code),
    })),
  ];
  for (const group of groups) {
    const now = group.items.filter((obligation) => obligation.month === null);
    const later = group.items.filter((obligation) => obligation.month !== null).sort((a, b) => a.month! - b.month!);
    if (group.code && !statesWithRules.includes(group.code)) {
      lines.push(`${group.label}: no state rules in Roleplan yet.`);
      continue;
    }
    if (group.items.length === 0) {
      lines.push(`${group.label}: ${group.code ? 'none of its rules in Roleplan apply within the horizon' : 'none'}`);
      continue;
    }
    lines.push(`${group.label} obligations today: ${now.map((obligation) => obligation.title).join('; ') || 'none'}`);
    for (const obligation of later) {
      lines.push(`  from ${monthLabel(obligation.date!)} (month ${obligation.month}): ${obligation.title}, at ${employees(obligation.threshold)}`);
    }
  }
  return lines;
}

export function summarize(plan: Plan, profile: Profile, recommended: boolean): string {
  const lines: string[] = [];
  const push = (line = '') => lines.push(line);
  const second = runnerUp(plan);
  push(`Roleplan: HR plan for ${employees(profile.employees)} (${INDUSTRY_LABELS[profile.industry].toLowerCase()}, growth ${one(profile.growthPct)}% a year)`);
  push();
  const passed = plan.passedOver;
  push(
    `${recommended ? 'Recommended structure' : 'Structure planned'}: ${STRUCTURE_LABELS[plan.structure]} (score ${plan.scores[plan.structure]} of 100)` +
      (passed
        ? `; highest score today: ${STRUCTURE_LABELS[passed.structure]} (${plan.scores[passed.structure]}), outgrown in month ${passed.month}`
        : second
          ? `; runner-up: ${STRUCTURE_LABELS[second]} (${plan.scores[second]})`
          : ''),
  );
  if (passed) push(`  ${passed.reason}`);
  push();
  if (plan.hrFte === 0 && plan.firstHire) {
    push(`Team: no in-house HR staff yet, on purpose: the first HR hire is due at ${employees(plan.firstHire.employees)} (companies that employ HR staff have ${plan.band.low}-${plan.band.high} per 100 at this size)`);
    if (plan.firstHire.recruitNow) push(`      That is month ${plan.firstHire.month}, about as long as filling a post takes: start recruiting your first HR person now.`);
  } else {
    const { band } = plan;
    push(
      band.employees === profile.employees
        ? `Team: ${one(plan.hrFte)} FTE, ${per100(plan.ratioPer100)} HR staff per 100 employees (typical for this size: ${band.low}-${band.high}, ${band.position} the band)`
        : `Team: ${one(plan.hrFte)} FTE, ${per100(plan.ratioPer100)} HR staff per 100 of today's employees; ${per100(band.ratioPer100)} per 100 of the ${employees(band.employees)} it is sized for (typical for that size: ${band.low}-${band.high}, ${band.position} the band)`,
    );
  }
  for (const member of plan.team) {
    const each = salaryEach(member);
    push(`  ${one(member.fte).padStart(5)}  ${member.title.padEnd(36)} ${range(each.low, each.high)} each`);
    push(`         ${member.reason}`);
  }
  push();
  push(`Cost a year (mid, with range): salary ${formatMoney(plan.cost.salary.mid)} (${range(plan.cost.salary.low, plan.cost.salary.high)})`);
  push(`  fully loaded ${formatMoney(plan.cost.loaded.mid)} (${range(plan.cost.loaded.low, plan.cost.loaded.high)}), salary x ${formatNumber(plan.cost.loadedFactor, 3)}`);
  // The budget is held against staff and provider fees together, so both totals are shown.
  if (plan.cost.outsourced.mid > 0) {
    push(`  provider fees ${formatMoney(plan.cost.outsourced.mid)} (${range(plan.cost.outsourced.low, plan.cost.outsourced.high)})`);
    push(`  total with fees ${formatMoney(plan.cost.loaded.mid + plan.cost.outsourced.mid)}`);
  }
  if (plan.spend.length > 0) {
    push(`  By year, with the hires (mid, fees included): ${plan.spend.map((year) => `year ${year.year} ${formatMoney(year.loaded.mid + year.outsourced.mid)}`).join(', ')}`);
  }
  if (plan.budget.limit === null) push('  Budget: none set.');
  else if (plan.budget.fits) push(`  Budget ${formatMoney(plan.budget.limit)}: today's team fits.${plan.budget.unpricedNote ? ` ${plan.budget.unpricedNote}` : ''}`);
  else {
    push(`  Budget ${formatMoney(plan.budget.limit)}: over by ${formatMoney(plan.budget.overBy)}.${plan.budget.unpricedNote ? ` ${plan.budget.unpricedNote}` : ''}`);
    const alternative = plan.budget.alternative;
    if (alternative) {
      const team = alternative.team.map((member) => `${one(member.fte)} ${member.title}`).join(', ') || 'no in-house staff';
      const fees = alternative.cost.outsourced.mid > 0 ? ` plus ${formatMoney(alternative.cost.outsourced.mid)} of provider fees` : '';
      push(`  Within budget instead: ${team}, loaded ${formatMoney(alternative.cost.loaded.mid)}${fees}.`);
      for (const note of alternative.warnings) push(`    - ${note}`);
    }
    if (plan.budget.note) {
      push(`  ${plan.budget.note}`);
    }
  }
  for (const outsourced of plan.outsourcing) {
    push(
      // Founder time and a fractional leader are priced beside the fees, not paid to a provider.
      `  ${outsourced.fee ? 'Outsourced' : 'Also priced'}: ${outsourced.label}` +
        (outsourced.cost ? ` ${range(outsourced.cost.low, outsourced.cost.high)} a year (${outsourced.note})` : ` (${outsourced.note})`),
    );
  }
  push();
  push('Coverage of the ten HR functions:');
  for (const level of ['deep', 'broad', 'outsourced', 'gap'] as const) {
    const functions = HR_FUNCTIONS.filter((fn) => plan.coverage[fn] === level).map((fn) => HR_FUNCTION_LABELS[fn]);
    if (functions.length > 0) push(`  ${level.padEnd(10)} ${functions.join(', ')}`);
  }
  push();
  for (const line of obligationLines(plan, profile)) push(line);
  push();
  push('Hiring timeline:');
  const changeMonths = plan.timeline.filter((month) => month.hires.length > 0 || month.departures.length > 0);
  if (changeMonths.length === 0) push('  No hires needed within the horizon.');
  for (const month of changeMonths) {
    const when = `  month ${String(month.month).padStart(2)}:`;
    for (const hire of month.hires) {
      const interim = hire.interim ? `, ${hire.interim.fte < hire.fte ? `${one(hire.interim.fte)} of it ` : ''}a contractor or interim until month ${hire.interim.month}` : '';
      const completing = hire.completes === undefined ? '' : `, the other half of the post hired ${hire.completes === 0 ? 'now' : `at month ${hire.completes}`}: one full-time person`;
      const note = hire.moreHours ? ', more hours for a part-timer of yours' : `${interim}${completing}`;
      push(`${when} ${one(hire.fte)} ${hire.title} (${employees(month.employees)}${note})`);
    }
    for (const step of month.departures) push(`${when} ${one(step.fte)} fewer ${step.title} (${employees(month.employees)}): leavers not replaced, moves or notice`);
  }
  const end = plan.timeline[plan.timeline.length - 1];
  if (end) push(`  By month ${end.month}: ${employees(end.employees)}, ${one(end.hrFte)} HR FTE.`);
  if (end && plan.laterMoves.length > 0) {
    push(`  By month ${end.month} the plan also moves or promotes people on your team:`);
    for (const move of plan.laterMoves) push(`    - ${move}`);
  }
  if (plan.recommendationChanges.length > 0) {
    push();
    push('Where the recommendation changes (other inputs fixed):');
    // The range today's headcount falls in is marked: a change below it is history, not a plan.
    const current = plan.recommendationChanges.filter((threshold) => threshold.employees <= profile.employees).at(-1);
    for (const threshold of plan.recommendationChanges) {
      const mark =
        threshold === current
          ? ` (this company, at ${employees(profile.employees)}${plan.passedOver ? `; ${STRUCTURE_LABELS[plan.passedOver.structure].toLowerCase()} scores highest today, outgrown in month ${plan.passedOver.month}` : ''})`
          : '';
      push(`  from ${employees(threshold.employees)}: ${STRUCTURE_LABELS[threshold.structure]}${mark}`);
    }
  }
  push();
  push('Why:');
  for (const entry of plan.explanation) push(`  - ${entry.title}: ${entry.detail} [${sourceLabel(entry.source)}]`);
  if (plan.warnings.length > 0) {
    push();
    push('Warnings:');
    for (const warning of plan.warnings) push(`  ! ${warning}`);
  }
  push();
  push(
    'State rules cover the states listed with --state, and only those Roleplan has data for; city and county ordinances are not covered. ' +
      'Guidance, not legal advice.',
  );
  return lines.join('\n');
}
