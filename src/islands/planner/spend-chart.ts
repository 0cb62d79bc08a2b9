// The yearly spend chart, loaded only when it scrolls into view (or before printing): stacked bars
// of in-house cost and provider fees a year, and the yearly budget as a line when one is set.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import type { SpendRow } from '../../lib/planner/spend-years';

// Legend and figures are HTML beside the canvas (the legend list and the table), which keeps
// Chart.js's legend and tooltip plugins out of the bundle.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, LinearScale, CategoryScale);

export interface SpendChartColors {
  inHouse: string;
  fees: string;
  budget: string;
  grid: string;
  text: string;
}

export interface SpendChart {
  update(rows: SpendRow[]): void;
  resize(): void;
  destroy(): void;
}

const compactMoney = (value: number) =>
  value >= 1_000_000 ? `$${(value / 1_000_000).toFixed(1)}m` : value >= 1_000 ? `$${Math.round(value / 1_000)}k` : `$${value}`;

function data(rows: SpendRow[], colors: SpendChartColors) {
  const datasets = [
    { type: 'bar' as const, label: 'In-house team', data: rows.map((row) => row.inHouse), backgroundColor: colors.inHouse, stack: 'spend', order: 2 },
    { type: 'bar' as const, label: 'Provider fees', data: rows.map((row) => row.fees), backgroundColor: colors.fees, stack: 'spend', order: 2 },
  ];
  const budget = rows[0]?.budget ?? null;
  const line =
    budget === null
      ? []
      : [
          {
            type: 'line' as const,
            label: 'Yearly budget',
            data: rows.map(() => budget),
            borderColor: colors.budget,
            backgroundColor: colors.budget,
            borderDash: [6, 4],
            borderWidth: 2,
            pointRadius: 3,
            // Its own stack, so the budget is drawn at its value, not on top of the bars.
            stack: 'budget',
            order: 1,
          },
        ];
  return { labels: rows.map((row) => `Year ${row.year}`), datasets: [...datasets, ...line] };
}

export function createSpendChart(canvas: HTMLCanvasElement, rows: SpendRow[], colors: SpendChartColors): SpendChart {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: data(rows, colors),
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true, ticks: { color: colors.text }, grid: { color: colors.grid } },
        y: {
          stacked: true,
          beginAtZero: true,
          // Room above the tallest bar or the budget line, so neither sits on the frame.
          grace: '8%',
          title: { display: true, text: 'USD a year', color: colors.text },
          ticks: { color: colors.text, callback: (value) => compactMoney(Number(value)) },
          grid: { color: colors.grid },
        },
      },
    },
  });
  return {
    update(next) {
      const fresh = data(next, colors);
      chart.data.labels = fresh.labels;
      chart.data.datasets = fresh.datasets as typeof chart.data.datasets;
      chart.update();
    },
    resize() {
      chart.resize();
    },
    destroy() {
      chart.destroy();
    },
  };
}
