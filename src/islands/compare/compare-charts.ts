// Cost and coverage charts for the compare page, loaded when they scroll into view.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { COVERAGE_LABELS } from '../../lib/plan-format';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface CostBars {
  labels: string[];
  /** Loaded cost low and high per structure. */
  ranges: [number, number][];
  /** The axis bounds, chosen so small differences stay visible (it does not start at zero). */
  axis: { min: number; max: number };
}

export interface CoverageBars {
  labels: string[];
  deep: number[];
  broad: number[];
  outsourced: number[];
  gap: number[];
}

export interface ChartPalette {
  accent: string;
  good: string;
  broad: string;
  warn: string;
  bad: string;
  grid: string;
  text: string;
}

export interface CompareCharts {
  update(cost: CostBars, coverage: CoverageBars): void;
  resize(): void;
  destroy(): void;
}

const money = (value: number | string) => `$${Math.round(Number(value) / 1000).toLocaleString('en-US')}k`;

export function createCompareCharts(
  costCanvas: HTMLCanvasElement,
  coverageCanvas: HTMLCanvasElement,
  cost: CostBars,
  coverage: CoverageBars,
  palette: ChartPalette,
): CompareCharts {
  const axes = { ticks: { color: palette.text }, grid: { color: palette.grid } };
  const costChart = new Chart(costCanvas, {
    type: 'bar',
    data: { labels: cost.labels, datasets: [{ label: 'Fully loaded cost a year (low to high)', data: cost.ranges, backgroundColor: palette.accent }] },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { ...axes, min: cost.axis.min, max: cost.axis.max, ticks: { ...axes.ticks, callback: money } }, y: axes },
    },
  });
  const coverageData = (bars: CoverageBars) => [
    { label: COVERAGE_LABELS.deep, data: bars.deep, backgroundColor: palette.good },
    { label: COVERAGE_LABELS.broad, data: bars.broad, backgroundColor: palette.broad },
    { label: COVERAGE_LABELS.outsourced, data: bars.outsourced, backgroundColor: palette.warn },
    { label: COVERAGE_LABELS.gap, data: bars.gap, backgroundColor: palette.bad },
  ];
  const coverageChart = new Chart(coverageCanvas, {
    type: 'bar',
    data: { labels: coverage.labels, datasets: coverageData(coverage) },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { ...axes, stacked: true, max: 10 }, y: { ...axes, stacked: true } },
    },
  });
  return {
    update(nextCost, nextCoverage) {
      costChart.data.labels = nextCost.labels;
      costChart.data.datasets[0]!.data = nextCost.ranges;
      const x = costChart.options.scales!.x!;
      x.min = nextCost.axis.min;
      x.max = nextCost.axis.max;
      costChart.update();
      coverageChart.data.labels = nextCoverage.labels;
      coverageChart.data.datasets = coverageData(nextCoverage);
      coverageChart.update();
    },
    resize() {
      costChart.resize();
      coverageChart.resize();
    },
    destroy() {
      costChart.destroy();
      coverageChart.destroy();
    },
  };
}
