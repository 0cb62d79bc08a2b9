// The plan as files to take away: CSV for spreadsheets (one table per section), JSON exactly as
// the engine returns it.
import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../engine/hr-functions.ts';
import type { Range } from '../../engine/cost.ts';
import type { Plan } from '../../engine/plan.ts';
import type { Profile } from '../../engine/profile.ts';
import { STRUCTURE_LABELS } from '../../engine/structures.ts';
import { csvTables, type CsvTable } from '../csv-tables.ts';
import { COVERAGE_LABELS } from '../plan-format.ts';
import { spendRows } from './spend-years.ts';
import { formatNumber } from '../../engine/format.ts';

const RANGE_HEADER = ['low', 'mid', 'high'];
const range = (value: Range) => [value.low, value.mid, value.high];

/** Spend by year with the running total and, when a budget is set, each year against it. */
function spendTable(plan: Plan): CsvTable | null {
  if (plan.spend.length === 0) return null;
  const rows = spendRows(plan.spend, plan.budget.limit);
  const withBudget = plan.budget.limit !== null;
  return {
    title: 'Spend by year (USD)',
    header: ['year', 'salary_mid', 'loaded_low', 'loaded_mid', 'loaded_high', 'outsourced_mid', 'total_mid', 'cumulative_mid', ...(withBudget ? ['budget', 'over_budget_by'] : [])],
    rows: plan.spend.map((year, index) => {
      const row = rows[index]!;
      return [
        year.year,
        Math.round(year.salary.mid),
        ...range(year.loaded).map(Math.round),
        row.fees,
        row.total,
        row.cumulative,
        ...(withBudget ? [row.budget!, row.overBy!] : []),
      ];
    }),
  };
}

function teamTable(title: string, plan: Plan): CsvTable {
  return {
    title,
    header: ['role', 'fte', ...RANGE_HEADER.map((key) => `salary_${key}`), ...RANGE_HEADER.map((key) => `loaded_${key}`), 'reason'],
    rows: [
      ...plan.team.map((member) => [member.title, member.fte, ...range(member.salary), ...range(member.loaded), member.reason]),
      ['Total', plan.hrFte, ...range(plan.cost.salary), ...range(plan.cost.loaded), `loaded factor ${formatNumber(plan.cost.loadedFactor, 3)}`],
    ],
  };
}

/** The plan's tables, for the CSV export. */
export function planTables(plan: Plan, profile: Profile): CsvTable[] {
  const { budget } = plan;
  const tables: (CsvTable | null)[] = [
    {
      title: 'Summary',
      header: ['item', 'value'],
      rows: [
        ['Employees', profile.employees],
        ['Structure', STRUCTURE_LABELS[plan.structure]],
        ['Why', plan.headline],
        ['HR FTE', plan.hrFte],
        ['HR FTE per 100 employees', Math.round(plan.ratioPer100 * 100) / 100],
        ['Benchmark band per 100', `${plan.band.low} to ${plan.band.high} (${plan.band.position})`],
        ['Budget (USD a year)', budget.limit ?? 'no limit'],
        ['Fits the budget', budget.limit === null ? 'no limit' : `${budget.fits ? 'yes' : `no, over by ${budget.overBy}`}${budget.unpriced.length > 0 ? ` (not counting the ${budget.unpriced.join(' and ')}: no sourced price)` : ''}`],
      ],
    },
    teamTable('Team (USD a year)', plan),
    budget.alternative ? teamTable(`Budget plan: ${STRUCTURE_LABELS[budget.alternative.structure]} (USD a year)`, budget.alternative) : null,
    spendTable(plan),
    {
      title: 'Coverage',
      header: ['function', 'level'],
      rows: HR_FUNCTIONS.map((fn) => [HR_FUNCTION_LABELS[fn], COVERAGE_LABELS[plan.coverage[fn]]]),
    },
    {
      title: 'Obligations',
      header: ['obligation', 'from employees', 'when'],
      rows: plan.obligations.map((obligation) => [
        obligation.title,
        obligation.threshold,
        obligation.month === null ? 'applies today' : `month ${obligation.month}`,
      ]),
    },
    {
      title: 'Hires',
      header: ['month', 'role', 'fte', 'reason'],
      rows: plan.timeline.flatMap((month) => month.hires.map((hire) => [month.month, hire.title, hire.fte, hire.reason])),
    },
    // A shrinking company's yearly step-downs, only when there are any.
    plan.timeline.some((month) => month.departures.length > 0)
      ? {
          title: 'Step-downs',
          header: ['month', 'role', 'fte fewer', 'reason'],
          rows: plan.timeline.flatMap((month) => month.departures.map((step) => [month.month, step.title, step.fte, step.reason])),
        }
      : null,
    // Promotions and moves into other posts, of people hired in the plan or the company's own, only when there are any.
    plan.laterMoves.length > 0 ? { title: 'Moves', header: ['move'], rows: plan.laterMoves.map((move) => [move]) } : null,
    {
      title: 'Thresholds',
      header: ['from employees', 'structure'],
      rows: plan.recommendationChanges.map((threshold) => [threshold.employees, STRUCTURE_LABELS[threshold.structure]]),
    },
    { title: 'Warnings', header: ['warning'], rows: plan.warnings.map((warning) => [warning]) },
  ];
  return tables.filter((table): table is CsvTable => table !== null);
}

/** One CSV file holding each section as its own table. */
export function planToCsv(plan: Plan, profile: Profile): string {
  return csvTables(planTables(plan, profile));
}

/** The profile and the plan exactly as the engine returned it. */
export function planToJson(plan: Plan, profile: Profile): string {
  return `${JSON.stringify({ profile, plan }, null, 2)}\n`;
}
