// The plan as files to take away: CSV for spreadsheets, JSON exactly as the engine returns it.
import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../engine/hr-functions.ts';
import type { Plan } from '../../engine/plan.ts';
import type { Profile } from '../../engine/profile.ts';
import type { RoleCatalog } from '../../engine/roles.ts';
import { STRUCTURE_LABELS } from '../../engine/structures.ts';

const HEADER = ['section', 'item', 'fte', 'salary_low', 'salary_mid', 'salary_high', 'loaded_low', 'loaded_mid', 'loaded_high', 'detail'];

function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV table: summary, team (with each role's cost), coverage, obligations, hires and warnings. */
export function planToCsv(plan: Plan, profile: Profile, catalog: RoleCatalog): string {
  const rows: (string | number | null)[][] = [];
  const blank = [null, null, null, null, null, null, null];
  rows.push(['summary', 'employees', ...blank, profile.employees]);
  rows.push(['summary', 'structure', ...blank, STRUCTURE_LABELS[plan.structure]]);
  rows.push(['summary', 'why', ...blank, plan.headline]);
  rows.push(['summary', 'hr_fte', plan.hrFte, ...blank.slice(1), '']);
  rows.push(['summary', 'ratio_per_100', ...blank, Math.round(plan.ratioPer100 * 100) / 100]);
  rows.push(['summary', 'benchmark_band', ...blank, `${plan.band.low}-${plan.band.high} (${plan.band.position})`]);
  rows.push(['summary', 'budget', ...blank, plan.budget.limit ?? 'none']);
  rows.push(['summary', 'budget_fits', ...blank, plan.budget.limit === null ? 'no limit' : plan.budget.fits ? 'yes' : `over by ${plan.budget.overBy}`]);
  for (const member of plan.team) {
    const { salary, loaded } = member;
    rows.push(['team', member.title, member.fte, salary.low, salary.mid, salary.high, loaded.low, loaded.mid, loaded.high, member.reason]);
  }
  const { salary, loaded } = plan.cost;
  rows.push(['total', 'team', plan.hrFte, salary.low, salary.mid, salary.high, loaded.low, loaded.mid, loaded.high, `loaded factor ${plan.cost.loadedFactor.toFixed(2)}`]);
  for (const fn of HR_FUNCTIONS) rows.push(['coverage', HR_FUNCTION_LABELS[fn], ...blank, plan.coverage[fn]]);
  for (const obligation of plan.obligations) {
    rows.push(['obligation', obligation.title, ...blank, obligation.month === null ? 'applies today' : `starts in month ${obligation.month}`]);
  }
  for (const month of plan.timeline) {
    for (const hire of month.hires) {
      rows.push(['hire', catalog[hire.role]?.title ?? hire.role, hire.fte, ...blank.slice(1), `month ${month.month}: ${hire.reason}`]);
    }
  }
  for (const threshold of plan.thresholds) {
    rows.push(['threshold', String(threshold.employees), ...blank, STRUCTURE_LABELS[threshold.structure]]);
  }
  for (const warning of plan.warnings) rows.push(['warning', '', ...blank, warning]);
  return [HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

/** The profile and the plan exactly as the engine returned it. */
export function planToJson(plan: Plan, profile: Profile): string {
  return `${JSON.stringify({ profile, plan }, null, 2)}\n`;
}
