import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { HR_FUNCTIONS } from '../../engine/hr-functions';
import { recommend, type Plan } from '../../engine/plan';
import type { RoleCatalog } from '../../engine/roles';
import { STRUCTURE_LABELS } from '../../engine/structures';
import { parseForm } from '../../lib/planner/form-state';
import { fromQuery } from '../../lib/planner/url-state';
import { deleteScenario, loadScenarios, saveScenario, type Scenario } from '../../lib/planner/scenarios';
import { count, fte, money } from './format';

interface Props {
  catalog: RoleCatalog;
  /** The current plan's query, or null while the form has errors. */
  query: string | null;
  onOpen: (query: string) => void;
}

const MAX_COMPARED = 3;

function planOf(scenario: Scenario, catalog: RoleCatalog): { plan: Plan; employees: number } | null {
  const parsed = parseForm(fromQuery(scenario.query, catalog).values, catalog);
  return parsed.ok ? { plan: recommend(parsed.profile, catalog, { full: true }), employees: parsed.profile.employees } : null;
}

function Comparison({ chosen, catalog }: { chosen: Scenario[]; catalog: RoleCatalog }) {
  const plans = chosen.map((scenario) => ({ scenario, result: planOf(scenario, catalog) }));
  const rows: [string, (plan: Plan, employees: number) => string][] = [
    ['Employees', (_plan, employees) => count(employees)],
    ['Structure', (plan) => STRUCTURE_LABELS[plan.structure]],
    ['HR team', (plan) => `${fte(plan.hrFte)} FTE`],
    ['Per 100 employees', (plan) => fte(plan.ratioPer100)],
    ['Loaded cost (mid)', (plan) => money(plan.cost.loaded.mid)],
    ['Budget', (plan) => (plan.budget.limit === null ? 'No limit' : plan.budget.fits ? 'Fits' : `Over by ${money(plan.budget.overBy)}`)],
    ['Functions owned in depth', (plan) => String(HR_FUNCTIONS.filter((fn) => plan.coverage[fn] === 'deep').length)],
    ['Gaps', (plan) => String(HR_FUNCTIONS.filter((fn) => plan.coverage[fn] === 'gap').length)],
    ['First hire', (plan) => {
      const month = plan.timeline.find((entry) => entry.hires.length > 0);
      return month ? `${month.month === 0 ? 'Now' : `Month ${month.month}`}: ${catalog[month.hires[0]!.role]?.title ?? ''}` : 'None due';
    }],
  ];
  return (
    <div class="table-scroll">
      <table class="scenario-compare" data-testid="scenario-compare">
        <caption>Saved scenarios side by side</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {plans.map(({ scenario }) => (
              <th scope="col" key={scenario.name}>
                {scenario.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {plans.map(({ scenario, result }) => (
                <td key={scenario.name}>{result ? value(result.plan, result.employees) : 'Cannot be read'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Named scenarios kept in this browser, and a side-by-side comparison of two or three. */
export default function ScenariosPanel({ catalog, query, onOpen }: Props) {
  const scenarios = useSignal<Scenario[]>([]);
  const notice = useSignal<string | null>(null);
  const status = useSignal('');
  const name = useSignal('');
  const compared = useSignal<string[]>([]);

  useEffect(() => {
    const loaded = loadScenarios(window.localStorage);
    scenarios.value = loaded.scenarios;
    notice.value = loaded.notice ?? null;
  }, []);

  const save = (event: Event) => {
    event.preventDefault();
    if (query === null) {
      status.value = 'Fix the highlighted fields before saving: only a valid plan can be saved.';
      return;
    }
    const result = saveScenario(window.localStorage, scenarios.value, name.value, query);
    scenarios.value = result.scenarios;
    status.value = result.error ?? `Saved "${name.value.trim()}".`;
    if (!result.error) name.value = '';
  };
  const remove = (scenarioName: string) => {
    const result = deleteScenario(window.localStorage, scenarios.value, scenarioName);
    scenarios.value = result.scenarios;
    compared.value = compared.value.filter((entry) => entry !== scenarioName);
    status.value = result.error ?? `Deleted "${scenarioName}".`;
  };
  const toggle = (scenarioName: string, on: boolean) => {
    compared.value = on ? [...compared.value, scenarioName].slice(-MAX_COMPARED) : compared.value.filter((entry) => entry !== scenarioName);
  };
  const chosen = scenarios.value.filter((scenario) => compared.value.includes(scenario.name));

  return (
    <section class="result-card no-print" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">Scenarios</h2>
      {notice.value && (
        <p class="notice" role="status" data-testid="scenario-notice">
          {notice.value}
        </p>
      )}
      <form class="scenario-form" onSubmit={save}>
        <div class="field">
          <label for="scenario-name">Name this scenario</label>
          <input
            id="scenario-name"
            type="text"
            maxLength={80}
            value={name.value}
            onInput={(event) => (name.value = (event.currentTarget as HTMLInputElement).value)}
            placeholder="e.g. Series B, 40% growth"
          />
        </div>
        <button type="submit" class="button">Save scenario</button>
      </form>
      <p class="help" role="status">
        {status.value || 'Scenarios stay in this browser only.'}
      </p>
      {scenarios.value.length > 0 && (
        <>
          <ul class="scenario-list">
            {scenarios.value.map((scenario) => (
              <li key={scenario.name}>
                <input
                  type="checkbox"
                  id={`compare-${scenario.name}`}
                  checked={compared.value.includes(scenario.name)}
                  onChange={(event) => toggle(scenario.name, (event.currentTarget as HTMLInputElement).checked)}
                />
                <label for={`compare-${scenario.name}`}>
                  {scenario.name} <span class="muted">(compare)</span>
                </label>
                <button type="button" class="button secondary small" onClick={() => onOpen(scenario.query)}>
                  Open<span class="visually-hidden"> {scenario.name}</span>
                </button>
                <button type="button" class="button secondary small" onClick={() => remove(scenario.name)}>
                  Delete<span class="visually-hidden"> {scenario.name}</span>
                </button>
              </li>
            ))}
          </ul>
          {chosen.length >= 2 ? (
            <Comparison chosen={chosen} catalog={catalog} />
          ) : (
            <p class="help">Tick two or three scenarios to compare them side by side.</p>
          )}
        </>
      )}
    </section>
  );
}
