import type { ComponentChildren, RefObject } from 'preact';
import { useLazyChart } from '../shared/use-lazy-chart';
import type { Plan } from '../../engine';
import { STRUCTURE_LABELS, type Structure } from '../../engine/structures';
import { costAxis, differenceFrom } from '../../lib/compare/cost-axis';
import { COVERAGE_ORDER, coverageCounts } from '../../lib/compare/coverage-summary';
import { structureOrder } from '../../lib/compare/structure-order';
import { COVERAGE_LABELS } from '../../lib/plan-format';
import { money, moneyRange } from '../planner/format';
import { formatSigned } from '../../engine/format';
import CompareTable, { type Column } from './CompareTable';
import type { CostBars, CoverageBars } from './compare-charts';

const COST_COLORS = { accent: '--chart-cost', grid: '--chart-grid', text: '--chart-text' } as const;

const COVERAGE_COLORS = {
  deep: '--chart-deep',
  broad: '--chart-broad',
  outsourced: '--chart-outsourced',
  gap: '--chart-gap',
  grid: '--chart-grid',
  text: '--chart-text',
} as const;

const COST_COLUMNS = [{ label: 'Structure' }, { label: 'Range' }, { label: 'Mid', numeric: true }, { label: 'Against recommended', numeric: true }];

const COVERAGE_COLUMNS = [{ label: 'Structure' }, ...COVERAGE_ORDER.map((level) => ({ label: COVERAGE_LABELS[level], numeric: true }))];

const loadCharts = () => import('./compare-charts');

function barsOf(plans: Record<Structure, Plan>, order: Structure[]): { cost: CostBars; coverage: CoverageBars } {
  // One word a line beside the bars, so a phone keeps most of its width for the bars themselves.
  const labels = order.map((structure) => STRUCTURE_LABELS[structure].split(' '));
  const counts = order.map((structure) => coverageCounts(plans[structure].coverage));
  const ranges = order.map((structure): [number, number] => [plans[structure].cost.loaded.low, plans[structure].cost.loaded.high]);
  return {
    cost: { labels, ranges, axis: costAxis(ranges.flat()) },
    coverage: {
      labels,
      deep: counts.map((count) => count.deep),
      broad: counts.map((count) => count.broad),
      outsourced: counts.map((count) => count.outsourced),
      gap: counts.map((count) => count.gap),
    },
  };
}

/** "+$12,000 (+5%)", "recommended" */
function versus(reference: number, value: number, isReference: boolean): string {
  if (isReference) return 'Recommended';
  const { amount, pct } = differenceFrom(reference, value);
  if (Math.abs(amount) < 1) return 'Same';
  const share = pct === null ? '' : ` (${formatSigned(Math.sign(amount), () => `${Math.abs(pct) < 1 ? '<1' : Math.round(Math.abs(pct))}%`)})`;
  return `${formatSigned(amount, money)}${share}`;
}

/** A chart, named by the heading above it, with the table of its figures that describes it. */
function ChartWithTable({
  canvasRef,
  titleId,
  id,
  ...table
}: { canvasRef: RefObject<HTMLCanvasElement>; titleId: string; id: string; label: string; hiddenCaption: string; columns: Column[]; children: ComponentChildren }) {
  return (
    <>
      <div class="chart-box compact">
        <canvas ref={canvasRef} role="img" aria-labelledby={titleId} aria-describedby={id} />
      </div>
      <CompareTable id={id} class="chart-data" {...table} />
    </>
  );
}

/** Cost and coverage of the four structures, drawn and as tables; the recommended one first. */
export default function CompareCharts({ plans, recommended }: { plans: Record<Structure, Plan>; recommended: Structure }) {
  const order = structureOrder(recommended);
  const bars = barsOf(plans, order);
  const reference = plans[recommended].cost.loaded.mid;
  const costRef = useLazyChart<CostBars, keyof typeof COST_COLORS>(() => loadCharts().then((module) => module.createCostChart), bars.cost, COST_COLORS, plans);
  const coverageRef = useLazyChart<CoverageBars, keyof typeof COVERAGE_COLORS>(() => loadCharts().then((module) => module.createCoverageChart), bars.coverage, COVERAGE_COLORS, plans);

  return (
    <section class="result-card" aria-labelledby="charts-title">
      <h2 id="charts-title">Cost and coverage at a glance</h2>
      <h3 id="cost-chart-title">Fully loaded cost a year, low to high</h3>
      <p class="help" data-testid="cost-axis">
        The axis runs from {money(bars.cost.axis.min)} to {money(bars.cost.axis.max)}, not from zero, so small differences show.
      </p>
      <ChartWithTable
        canvasRef={costRef}
        titleId="cost-chart-title"
        label="Cost by structure"
        id="cost-table"
        hiddenCaption="Fully loaded cost a year by structure, against the recommended one"
        columns={COST_COLUMNS}
      >
        {order.map((structure) => (
          <tr key={structure} data-structure={structure}>
            <th scope="row">{STRUCTURE_LABELS[structure]}</th>
            <td>{moneyRange(plans[structure].cost.loaded)}</td>
            <td class="num">{money(plans[structure].cost.loaded.mid)}</td>
            <td class="num" data-testid="versus">
              {versus(reference, plans[structure].cost.loaded.mid, structure === recommended)}
            </td>
          </tr>
        ))}
      </ChartWithTable>
      <h3 id="coverage-chart-title">How many of the ten functions each covers, and how</h3>
      <ul class="chart-legend coverage-legend" aria-hidden="true">
        {COVERAGE_ORDER.map((level) => (
          <li key={level} class={`legend-${level}`}>
            {COVERAGE_LABELS[level]}
          </li>
        ))}
      </ul>
      <ChartWithTable
        canvasRef={coverageRef}
        titleId="coverage-chart-title"
        label="Coverage counts by structure"
        id="coverage-table"
        hiddenCaption="Functions covered deep, broad, outsourced or not at all, by structure"
        columns={COVERAGE_COLUMNS}
      >
        {order.map((structure, index) => (
          <tr key={structure}>
            <th scope="row">{STRUCTURE_LABELS[structure]}</th>
            {COVERAGE_ORDER.map((level) => (
              <td class="num" key={level}>
                {bars.coverage[level][index]}
              </td>
            ))}
          </tr>
        ))}
      </ChartWithTable>
    </section>
  );
}
