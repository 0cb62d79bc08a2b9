// The yearly spend chart, loaded only when it scrolls into view (or before printing): stacked bars
// of in-house cost and provider fees a year, and the yearly budget as a dashed line when one is set.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { SpendRow } from '../../lib/planner/spend-years';
import { formatMoneyCompact } from '../../engine/format';

// Legend and figures are HTML beside the canvas (the legend list and the table), which keeps
// Chart.js's legend and tooltip plugins out of the bundle.
Chart.register(BarController, BarElement, LinearScale, CategoryScale);

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


function data(rows: SpendRow[], colors: SpendChartColors) {
  return {
    labels: rows.map((row) => `Year ${row.year}`),
    datasets: [
      { type: 'bar' as const, label: 'In-house team', data: rows.map((row) => row.inHouse), backgroundColor: colors.inHouse, stack: 'spend' },
      { type: 'bar' as const, label: 'Provider fees', data: rows.map((row) => row.fees), backgroundColor: colors.fees, stack: 'spend' },
    ],
  };
}

/**
 * The yearly budget as a dashed line across the whole plot, over the bars. (A line dataset on a
 * category axis would run only between the first and last bars' centres.)
 */
function budgetLine(budgetOf: () => number | null, color: string): Plugin<'bar'> {
  return {
    id: 'budgetLine',
    afterDatasetsDraw(chart) {
      const budget = budgetOf();
      if (budget === null) return;
      const { ctx, chartArea } = chart;
      const y = chart.scales.y!.getPixelForValue(budget);
      ctx.save();
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.restore();
    },
  };
}

export function createSpendChart(canvas: HTMLCanvasElement, rows: SpendRow[], colors: SpendChartColors): SpendChart {
  let budget = rows[0]?.budget ?? null;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: data(rows, colors),
    plugins: [budgetLine(() => budget, colors.budget)],
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
          // The budget line is drawn by the plugin, so the scale is told to reach it.
          suggestedMax: budget ?? undefined,
          title: { display: true, text: 'USD a year', color: colors.text },
          ticks: { color: colors.text, callback: (value) => formatMoneyCompact(Number(value)) },
          grid: { color: colors.grid },
        },
      },
    },
  });
  return {
    update(next) {
      const fresh = data(next, colors);
      budget = next[0]?.budget ?? null;
      chart.data.labels = fresh.labels;
      chart.data.datasets = fresh.datasets as typeof chart.data.datasets;
      chart.options.scales!.y!.suggestedMax = budget ?? undefined;
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
