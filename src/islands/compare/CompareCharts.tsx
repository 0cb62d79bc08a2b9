import { useEffect, useRef } from 'preact/hooks';
import { useLoadWhenVisible } from '../shared/use-load-when-visible';
import type { Plan } from '../../engine';
import { STRUCTURE_LABELS, type Structure } from '../../engine/structures';
import { costAxis, differenceFrom } from '../../lib/compare/cost-axis';
import { COVERAGE_ORDER, coverageCounts } from '../../lib/compare/coverage-summary';
import { structureOrder } from '../../lib/compare/structure-order';
import { COVERAGE_LABELS } from '../../lib/plan-format';
import { money, moneyRange } from '../planner/format';
import { formatSigned } from '../../engine/format';
import ScrollTable from '../shared/ScrollTable';
import { readChartColors, useColorSchemeChange } from '../shared/chart-colors';
import type { CompareCharts as Charts, CostBars, CoverageBars } from './compare-charts';

const COMPARE_COLORS = {
  accent: '--chart-cost',
  good: '--chart-deep',
  broad: '--chart-broad',
  warn: '--chart-outsourced',
  bad: '--chart-gap',
  grid: '--chart-grid',
  text: '--chart-text',
} as const;

function barsOf(plans: Record<Structure, Plan>, order: Structure[]): { cost: CostBars; coverage: CoverageBars } {
  const labels = order.map((structure) => STRUCTURE_LABELS[structure]);
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

/** Cost and coverage of the four structures, drawn and as tables; the recommended one first. */
export default function CompareCharts({ plans, recommended }: { plans: Record<Structure, Plan>; recommended: Structure }) {
  const costRef = useRef<HTMLCanvasElement>(null);
  const coverageRef = useRef<HTMLCanvasElement>(null);
  const chartsRef = useRef<Charts | null>(null);
  const order = structureOrder(recommended);
  const latest = useRef({ plans, order });
  latest.current = { plans, order };
  const bars = barsOf(plans, order);
  const reference = plans[recommended].cost.loaded.mid;

  const draw = () =>
    import('./compare-charts').then(({ createCompareCharts }) => {
      const costCanvas = costRef.current;
      const coverageCanvas = coverageRef.current;
      if (!costCanvas || !coverageCanvas || chartsRef.current) return;
      const current = barsOf(latest.current.plans, latest.current.order);
      chartsRef.current = createCompareCharts(costCanvas, coverageCanvas, current.cost, current.coverage, readChartColors(costCanvas, COMPARE_COLORS));
      costCanvas.dataset.chartReady = 'true';
    });
  const erase = () => {
    chartsRef.current?.destroy();
    chartsRef.current = null;
  };
  useLoadWhenVisible(costRef, draw, erase, () => chartsRef.current?.resize());
  useColorSchemeChange(() => {
    if (!chartsRef.current) return;
    erase();
    void draw();
  });

  useEffect(() => {
    chartsRef.current?.update(bars.cost, bars.coverage);
  }, [plans, recommended]);

  return (
    <section class="result-card" aria-labelledby="charts-title">
      <h2 id="charts-title">Cost and coverage at a glance</h2>
      <h3 id="cost-chart-title">Fully loaded cost a year, low to high</h3>
      <p class="help" data-testid="cost-axis">
        The axis runs from {money(bars.cost.axis.min)} to {money(bars.cost.axis.max)}, not from zero, so small differences show.
      </p>
      <div class="chart-box compact">
        <canvas ref={costRef} role="img" aria-labelledby="cost-chart-title" aria-describedby="cost-table" />
      </div>
      <ScrollTable label="Cost by structure">
        <table id="cost-table" class="chart-data">
          <caption class="visually-hidden">Fully loaded cost a year by structure, against the recommended one</caption>
          <thead>
            <tr>
              <th scope="col">Structure</th>
              <th scope="col">Range</th>
              <th scope="col" class="num">Mid</th>
              <th scope="col" class="num">Against recommended</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </ScrollTable>
      <h3 id="coverage-chart-title">How many of the ten functions each covers, and how</h3>
      <ul class="chart-legend coverage-legend" aria-hidden="true">
        {COVERAGE_ORDER.map((level) => (
          <li key={level} class={`legend-${level}`}>
            {COVERAGE_LABELS[level]}
          </li>
        ))}
      </ul>
      <div class="chart-box compact">
        <canvas ref={coverageRef} role="img" aria-labelledby="coverage-chart-title" aria-describedby="coverage-table" />
      </div>
      <ScrollTable label="Coverage counts by structure">
        <table id="coverage-table" class="chart-data">
          <caption class="visually-hidden">Functions covered deep, broad, outsourced or not at all, by structure</caption>
          <thead>
            <tr>
              <th scope="col">Structure</th>
              {COVERAGE_ORDER.map((level) => (
                <th scope="col" class="num" key={level}>
                  {COVERAGE_LABELS[level]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
