// The charts on the page, so "Print" can draw every one of them before the print dialog opens
// (charts otherwise load only when scrolled to) and resize them to the printed page.

export interface RegisteredChart {
  /** Draws the chart if it is not drawn yet; resolves once it is. */
  draw: () => Promise<void>;
  /** Fits a drawn chart to its box again (the printed page is narrower than the screen). */
  resize: () => void;
}

const charts = new Set<RegisteredChart>();

export function registerChart(chart: RegisteredChart): () => void {
  charts.add(chart);
  return () => charts.delete(chart);
}

/** Draws every registered chart; resolves when all are on the page. */
export async function drawAllCharts(): Promise<void> {
  await Promise.all([...charts].map((chart) => chart.draw()));
}

export function resizeAllCharts(): void {
  for (const chart of charts) chart.resize();
}

/** Draws every chart, then opens the print dialog, so the printed report holds them. */
export async function printWithCharts(): Promise<void> {
  await drawAllCharts();
  // Let the browser lay the new canvases out before the print snapshot.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  window.print();
}
