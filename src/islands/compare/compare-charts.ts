// Cost and coverage charts for the compare page, loaded when they scroll into view.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { COVERAGE_LABELS } from '../../lib/plan-format';
import type { LazyChart } from '../shared/use-lazy-chart';
import { formatMoneyCompact } from '../../engine/format';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface CostBars {
  /** Structure names, one line each word. */
  labels: string[][];
  /** Loaded cost low and high per structure. */
  ranges: [number, number][];
  /** The axis bounds, chosen so small differences stay visible (it does not start at zero). */
  axis: { min: number; max: number };
}

export interface CoverageBars {
  labels: string[][];
  deep: number[];
  broad: number[];
  outsourced: number[];
  gap: number[];
}

export interface CostColors {
  accent: string;
  grid: string;
  text: string;
}

export interface CoverageColors {
  deep: string;
  broad: string;
  outsourced: string;
  gap: string;
  grid: string;
  text: string;
}

const axes = (colors: { grid: string; text: string }) => ({ ticks: { color: colors.text }, grid: { color: colors.grid } });

const horizontalBars = { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false } as const;

export function createCostChart(canvas: HTMLCanvasElement, cost: CostBars, colors: CostColors): LazyChart<CostBars> {
  const axis = axes(colors);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: cost.labels, datasets: [{ label: 'Fully loaded cost a year (low to high)', data: cost.ranges, backgroundColor: colors.accent }] },
    options: {
      ...horizontalBars,
      scales: { x: { ...axis, min: cost.axis.min, max: cost.axis.max, ticks: { ...axis.ticks, callback: (value: number | string) => formatMoneyCompact(Number(value)) } }, y: axis },
    },
  });
  return {
    update(next) {
      chart.data.labels = next.labels;
      chart.data.datasets[0]!.data = next.ranges;
      const x = chart.options.scales!.x!;
      x.min = next.axis.min;
      x.max = next.axis.max;
      chart.update();
    },
    resize: () => chart.resize(),
    destroy: () => chart.destroy(),
  };
}

export function createCoverageChart(canvas: HTMLCanvasElement, coverage: CoverageBars, colors: CoverageColors): LazyChart<CoverageBars> {
  const axis = axes(colors);
  const datasets = (bars: CoverageBars) => [
    { label: COVERAGE_LABELS.deep, data: bars.deep, backgroundColor: colors.deep },
    { label: COVERAGE_LABELS.broad, data: bars.broad, backgroundColor: colors.broad },
    { label: COVERAGE_LABELS.outsourced, data: bars.outsourced, backgroundColor: colors.outsourced },
    { label: COVERAGE_LABELS.gap, data: bars.gap, backgroundColor: colors.gap },
  ];
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: coverage.labels, datasets: datasets(coverage) },
    options: { ...horizontalBars, scales: { x: { ...axis, stacked: true, max: 10 }, y: { ...axis, stacked: true } } },
  });
  return {
    update(next) {
      chart.data.labels = next.labels;
      chart.data.datasets = datasets(next);
      chart.update();
    },
    resize: () => chart.resize(),
    destroy: () => chart.destroy(),
  };
}
