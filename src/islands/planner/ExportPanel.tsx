import { useSignal } from '@preact/signals';
import type { Plan } from '../../engine/plan';
import type { Profile } from '../../engine/profile';
import type { RoleCatalog } from '../../engine/roles';
import { planToCsv, planToJson } from '../../lib/planner/export';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Share the link, download CSV or JSON, or print a clean report. */
export default function ExportPanel({ plan, profile, catalog }: { plan: Plan; profile: Profile; catalog: RoleCatalog }) {
  const status = useSignal('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      status.value = 'Link copied.';
    } catch {
      status.value = 'Copy the address from the address bar: it holds every input.';
    }
  };
  const base = `roleplan-${profile.employees}-employees`;
  return (
    <section class="result-card no-print" aria-labelledby="export-title">
      <h2 id="export-title">Share and keep this plan</h2>
      <p class="help">The address of this page holds every input: anyone who opens it sees this plan.</p>
      <div class="button-row">
        <button type="button" class="button" onClick={copy}>Copy link</button>
        <button type="button" class="button secondary" onClick={() => download(`${base}.csv`, 'text/csv', planToCsv(plan, profile, catalog))}>
          Download CSV
        </button>
        <button type="button" class="button secondary" onClick={() => download(`${base}.json`, 'application/json', planToJson(plan, profile))}>
          Download JSON
        </button>
        <button type="button" class="button secondary" onClick={() => window.print()}>Print report</button>
      </div>
      <p class="help" role="status">{status.value}</p>
    </section>
  );
}
