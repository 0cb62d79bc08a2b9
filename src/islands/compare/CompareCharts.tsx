import { useEffect, useRef } from 'preact/hooks';
import { useLoadWhenVisible } from '../shared/use-load-when-visible';
import { HR_FUNCTIONS } from '../../engine/hr-functions';
import type { Plan } from '../../engine';
import { STRUCTURE_LABELS, STRUCTURES, type Structure } from '../../engine/structures';
import { moneyRange } from '../planner/format';
import type { CompareCharts as Charts, CostBars, CoverageBars } from './compare-charts';

function barsOf(plans: Record<Structure, Plan>): { cost: CostBars; coverage: CoverageBars } {
  const labels = STRUCTURES.map((structure) => STRUCTURE_LABELS[structure]);
  const countOf = (structure: Structure, level: string) => HR_FUNCTIONS.filter((fn) => plans[structure].coverage[fn] === level).length;
  return {
    cost: { labels, ranges: STRUCTURES.map((structure) => [plans[structure].cost.loaded.low, plans[structure].cost.loaded.high]) },
    coverage: {
      labels,
      deep: STRUCTURES.map((structure) => countOf(structure, 'deep')),
      broad: STRUCTURES.map((structure) => countOf(structure, 'broad')),
      outsourced: STRUCTURES.map((structure) => countOf(structure, 'outsourced')),
      gap: STRUCTURES.map((structure) => countOf(structure, 'gap')),
    },
  };
}

function color(element: Element, name: string, fallback: string) {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/** Cost and coverage of the four structures, drawn and as tables. */
export default function CompareCharts({ plans }: { plans: Record<Structure, Plan> }) {
  const costRef = useRef<HTMLCanvasElement>(null);
  const coverageRef = useRef<HTMLCanvasElement>(null);
  const chartsRef = useRef<Charts | null>(null);
  const plansRef = useRef(plans);
  plansRef.current = plans;
  const bars = barsOf(plans);

  useLoadWhenVisible(
    costRef,
    () =>
      import('./compare-charts').then(({ createCompareCharts }) => {
        const costCanvas = costRef.current;
        const coverageCanvas = coverageRef.current;
        if (!costCanvas || !coverageCanvas || chartsRef.current) return;
        const current = barsOf(plansRef.current);
        chartsRef.current = createCompareCharts(costCanvas, coverageCanvas, current.cost, current.coverage, {
          accent: color(costCanvas, '--accent', '#1f5f8b'),
          good: color(costCanvas, '--good', '#1e6b3a'),
          broad: color(costCanvas, '--chart-broad', '#6e9fc4'),
          warn: color(costCanvas, '--warn', '#8a4b00'),
          bad: color(costCanvas, '--bad', '#a4262c'),
          grid: color(costCanvas, '--border', '#d9d5cb'),
          text: color(costCanvas, '--muted', '#55524b'),
        });
        costCanvas.dataset.chartReady = 'true';
      }),
    () => {
      chartsRef.current?.destroy();
      chartsRef.current = null;
    },
  );

  useEffect(() => {
    chartsRef.current?.update(bars.cost, bars.coverage);
  }, [plans]);

  return (
    <section class="result-card" aria-labelledby="charts-title">
      <h2 id="charts-title">Cost and coverage at a glance</h2>
      <h3 id="cost-chart-title">Fully loaded cost a year, low to high</h3>
      <div class="chart-box compact">
        <canvas ref={costRef} role="img" aria-labelledby="cost-chart-title" aria-describedby="cost-table" />
      </div>
      <table id="cost-table" class="chart-data">
        <caption class="visually-hidden">Fully loaded cost a year by structure</caption>
        <tbody>
          {STRUCTURES.map((structure) => (
            <tr key={structure}>
              <th scope="row">{STRUCTURE_LABELS[structure]}</th>
              <td>{moneyRange(plans[structure].cost.loaded)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="coverage-chart-title">How many of the ten functions each covers, and how</h3>
      <ul class="chart-legend coverage-legend" aria-hidden="true">
        <li class="legend-deep">Deep</li>
        <li class="legend-broad">Broad</li>
        <li class="legend-outsourced">Outsourced</li>
        <li class="legend-gap">Gap</li>
      </ul>
      <div class="chart-box compact">
        <canvas ref={coverageRef} role="img" aria-labelledby="coverage-chart-title" aria-describedby="coverage-table" />
      </div>
      <table id="coverage-table" class="chart-data">
        <caption class="visually-hidden">Functions covered deep, broad, outsourced or not at all, by structure</caption>
        <thead>
          <tr>
            <th scope="col">Structure</th>
            <th scope="col" class="num">Deep</th>
            <th scope="col" class="num">Broad</th>
            <th scope="col" class="num">Outsourced</th>
            <th scope="col" class="num">Gap</th>
          </tr>
        </thead>
        <tbody>
          {STRUCTURES.map((structure, index) => (
            <tr key={structure}>
              <th scope="row">{STRUCTURE_LABELS[structure]}</th>
              <td class="num">{bars.coverage.deep[index]}</td>
              <td class="num">{bars.coverage.broad[index]}</td>
              <td class="num">{bars.coverage.outsourced[index]}</td>
              <td class="num">{bars.coverage.gap[index]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
