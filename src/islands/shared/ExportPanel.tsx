// Share the link, download CSV or JSON, or print a report with its charts: the same panel on
// the planner and the compare page.
import { useSignal } from '@preact/signals';
import { printWithCharts } from './chart-registry';
import { download } from './download';

interface Props {
  /** What is being shared, in the heading: "plan", "comparison". */
  noun: string;
  /** File name without extension. */
  baseName: string;
  /** Built only when asked for, so typing never pays for them. */
  csv: () => string;
  json: () => string;
}

export default function ExportPanel({ noun, baseName, csv, json }: Props) {
  const status = useSignal('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      status.value = 'Link copied.';
    } catch {
      status.value = 'Copy the address from the address bar: it holds every input.';
    }
  };
  const print = async () => {
    status.value = 'Preparing the report…';
    await printWithCharts();
    status.value = '';
  };
  return (
    <section class="result-card no-print" aria-labelledby="export-title">
      <h2 id="export-title">Share and keep this {noun}</h2>
      <p class="help">The address of this page holds every input: anyone who opens it sees this {noun}.</p>
      <div class="button-row">
        <button type="button" class="button" onClick={copy}>Copy link</button>
        <button type="button" class="button secondary" onClick={() => download(`${baseName}.csv`, 'text/csv;charset=utf-8', csv())}>
          Download CSV
        </button>
        <button type="button" class="button secondary" onClick={() => download(`${baseName}.json`, 'application/json', json())}>
          Download JSON
        </button>
        <button type="button" class="button secondary" onClick={print}>Print report</button>
      </div>
      <p class="help" role="status">{status.value}</p>
    </section>
  );
}
