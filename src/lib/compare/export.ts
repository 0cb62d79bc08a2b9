// The comparison of the four structures as files to take away: CSV (one table per section)
// and JSON exactly as the engine returns it.
import type { StructureComparison } from '../../engine/compare.ts';
import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../engine/hr-functions.ts';
import type { Profile } from '../../engine/profile.ts';
import { STRUCTURE_LABELS, type Structure } from '../../engine/structures.ts';
import { csvTables, type CsvTable } from '../csv-tables.ts';
import { COVERAGE_LABELS } from '../plan-format.ts';
import { coverageCounts } from './coverage-summary.ts';
import { structureOrder } from './structure-order.ts';
import { whyRecommended } from './why-recommended.ts';

const rangeText = (ranges: { from: number; to: number }[]) =>
  ranges.map((range) => (range.to >= 100_000 ? `${range.from}+` : `${range.from}-${range.to}`)).join('; ') || 'none';

/** The comparison's tables, recommended structure first. */
export function comparisonTables(comparison: StructureComparison, profile: Profile): CsvTable[] {
  const order = structureOrder(comparison.recommended);
  const { plans } = comparison;
  const label = (structure: Structure) => STRUCTURE_LABELS[structure] + (structure === comparison.recommended ? ' (recommended)' : '');
  return [
    {
      title: 'Summary',
      header: ['item', 'value'],
      rows: [
        ['Employees', profile.employees],
        ['Recommended', STRUCTURE_LABELS[comparison.recommended]],
        ['Why', whyRecommended(plans, comparison.recommended, comparison.passedOver).sentence],
      ],
    },
    {
      title: 'Structures (USD a year)',
      header: [
        'structure', 'score', 'hr_fte', 'per_100_employees', 'salary_low', 'salary_mid', 'salary_high',
        'loaded_low', 'loaded_mid', 'loaded_high', 'budget', 'deep', 'broad', 'outsourced', 'gap', 'best_fit_employees',
      ],
      rows: order.map((structure) => {
        const plan = plans[structure];
        const counts = coverageCounts(plan.coverage);
        return [
          label(structure), plan.scores[structure], plan.hrFte, Math.round(plan.ratioPer100 * 100) / 100,
          plan.cost.salary.low, plan.cost.salary.mid, plan.cost.salary.high,
          plan.cost.loaded.low, plan.cost.loaded.mid, plan.cost.loaded.high,
          plan.budget.limit === null ? 'no limit' : `${plan.budget.fits ? 'fits' : `over by ${plan.budget.overBy}`}${plan.budget.unpriced.length > 0 ? ` (not counting the ${plan.budget.unpriced.join(' and ')}: no sourced price)` : ''}`,
          counts.deep, counts.broad, counts.outsourced, counts.gap, rangeText(comparison.bestFit[structure]),
        ];
      }),
    },
    {
      title: 'Teams',
      header: ['structure', 'role', 'fte'],
      rows: order.flatMap((structure) => plans[structure].team.map((member) => [STRUCTURE_LABELS[structure], member.title, member.fte])),
    },
    {
      title: 'Coverage',
      header: ['function', ...order.map(label)],
      rows: HR_FUNCTIONS.map((fn) => [HR_FUNCTION_LABELS[fn], ...order.map((structure) => COVERAGE_LABELS[plans[structure].coverage[fn]])]),
    },
    {
      title: 'Risks',
      header: ['structure', 'risk'],
      rows: order.flatMap((structure) => plans[structure].risks.map((risk) => [STRUCTURE_LABELS[structure], risk])),
    },
    {
      title: 'In-house or outsourced (USD a year)',
      header: ['option', 'outsourced_low', 'outsourced_high', 'in_house_low', 'in_house_high', 'in_house_staff'],
      rows: comparison.outsourcing.map((row) => [row.label, row.outsourced.low, row.outsourced.high, row.inHouse.low, row.inHouse.high, row.inHouseStaff]),
    },
  ];
}

export function comparisonToCsv(comparison: StructureComparison, profile: Profile): string {
  return csvTables(comparisonTables(comparison, profile));
}

/** The profile and the comparison exactly as the engine returned it. */
export function comparisonToJson(comparison: StructureComparison, profile: Profile): string {
  return `${JSON.stringify({ profile, comparison }, null, 2)}\n`;
}
