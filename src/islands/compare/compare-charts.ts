// Cost and coverage charts for the compare page, loaded when they scroll into view.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface CostBars {
  labels: string[];
  /** Loaded cost low and high per structure. */
  ranges: [number, number][];
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
      scales: { x: { ...axes, ticks: { ...axes.ticks, callback: money } }, y: axes },
    },
  });
  const coverageData = (bars: CoverageBars) => [
    { label: 'Deep', data: bars.deep, backgroundColor: palette.good },
    { label: 'Broad', data: bars.broad, backgroundColor: palette.broad },
    { label: 'Outsourced', data: bars.outsourced, backgroundColor: palette.warn },
    { label: 'Gap', data: bars.gap, backgroundColor: palette.bad },
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
      costChart.update();
      coverageChart.data.labels = nextCoverage.labels;
      coverageChart.data.datasets = coverageData(nextCoverage);
      coverageChart.update();
    },
    destroy() {
      costChart.destroy();
      coverageChart.destroy();
    },
  };
}
