// The timeline chart, loaded only when it scrolls into view (or before printing). Registers
// just the Chart.js parts it uses, to keep the planner's JavaScript small.
import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import type { TimelineMonth } from '../../engine/plan';

// Legend and details are HTML beside the canvas (the hire list and the table), which keeps
// Chart.js's legend and tooltip plugins out of the bundle.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

export interface ChartColors {
  employees: string;
  hr: string;
  hire: string;
  grid: string;
  text: string;
}

export interface TimelineChart {
  update(timeline: TimelineMonth[]): void;
  resize(): void;
  destroy(): void;
}

function datasets(timeline: TimelineMonth[], colors: ChartColors) {
  return [
    {
      label: 'Employees',
      data: timeline.map((month) => month.employees),
      borderColor: colors.employees,
      backgroundColor: colors.employees,
      yAxisID: 'employees',
      pointRadius: 0,
      borderWidth: 2,
      // Smooth without overshooting: headcount is whole people and never swings past its months.
      cubicInterpolationMode: 'monotone' as const,
    },
    {
      label: 'HR FTE (hires marked)',
      data: timeline.map((month) => month.hrFte),
      borderColor: colors.hr,
      backgroundColor: colors.hire,
      yAxisID: 'hr',
      stepped: true as const,
      borderWidth: 2,
      pointStyle: 'triangle' as const,
      pointRadius: timeline.map((month) => (month.hires.length > 0 ? 7 : 0)),
      pointHoverRadius: timeline.map((month) => (month.hires.length > 0 ? 9 : 0)),
      // A hire marker on the plot's edge (month 0) is drawn whole, not cut in half.
      clip: false as const,
    },
  ];
}

export function createTimelineChart(canvas: HTMLCanvasElement, timeline: TimelineMonth[], colors: ChartColors): TimelineChart {
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: timeline.map((month) => `Month ${month.month}`), datasets: datasets(timeline, colors) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { ticks: { color: colors.text, maxTicksLimit: 9 }, grid: { color: colors.grid } },
        employees: {
          type: 'linear',
          position: 'left',
          title: { display: true, text: 'Employees', color: colors.text },
          // Whole people: no 8.2 employees on the axis of a company of 8 to 10.
          ticks: { color: colors.text, precision: 0 },
          grid: { color: colors.grid },
        },
        hr: {
          type: 'linear',
          position: 'right',
          beginAtZero: true,
          // Room above the team's size, so a flat HR line is not drawn on the plot's top edge.
          grace: '15%',
          title: { display: true, text: 'HR FTE', color: colors.text },
          ticks: { color: colors.text },
          grid: { drawOnChartArea: false },
        },
      },
    },
  });
  return {
    update(next) {
      chart.data.labels = next.map((month) => `Month ${month.month}`);
      chart.data.datasets = datasets(next, colors);
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
