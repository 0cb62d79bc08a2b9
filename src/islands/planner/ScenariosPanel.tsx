import { useSignal } from '@preact/signals';
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { HR_FUNCTIONS } from '../../engine/hr-functions';
import type { Plan } from '../../engine/plan';
import type { RoleCatalog } from '../../engine/roles';
import { STRUCTURE_LABELS } from '../../engine/structures';
import { parseForm } from '../../lib/planner/form-state';
import { fromQuery } from '../../lib/planner/url-state';
import { allSame, inputRows } from '../../lib/planner/scenario-diff';
import {
  clearSetAside,
  deleteScenario,
  loadScenarios,
  saveScenario,
  setAsideToJson,
  type Scenario,
  type SetAsideEntry,
} from '../../lib/planner/scenarios';
import ScrollTable from '../shared/ScrollTable';
import { download } from '../shared/download';
import { count, fte, money, per100 } from './format';
import { budgetVerdict } from '../../lib/budget-fit';

interface Props {
  catalog: RoleCatalog;
  /** The current plan's query, or null while the form has errors. */
  query: string | null;
  onOpen: (query: string) => void;
}

const MAX_COMPARED = 3;

type Recommend = typeof import('../../engine/plan').recommend;

function planOf(scenario: Scenario, catalog: RoleCatalog, recommend: Recommend): { plan: Plan; employees: number } | null {
  const parsed = parseForm(fromQuery(scenario.query, catalog).values, catalog);
  return parsed.ok ? { plan: recommend(parsed.profile, catalog, { full: true }), employees: parsed.profile.employees } : null;
}

const RESULT_ROWS: [string, (plan: Plan, employees: number, catalog: RoleCatalog) => string][] = [
  ['Structure', (plan) => STRUCTURE_LABELS[plan.structure]],
  ['HR team', (plan) => `${fte(plan.hrFte)} FTE`],
  ['Per 100 employees', (plan) => per100(plan.ratioPer100)],
  ['Loaded cost (mid)', (plan) => money(plan.cost.loaded.mid)],
  ['Budget', (plan) => budgetVerdict(plan, 'No limit')],
  ['Functions owned in depth', (plan) => String(HR_FUNCTIONS.filter((fn) => plan.coverage[fn] === 'deep').length)],
  ['Gaps', (plan) => String(HR_FUNCTIONS.filter((fn) => plan.coverage[fn] === 'gap').length)],
  ['Employees at the horizon', (plan) => count(plan.timeline[plan.timeline.length - 1]?.employees ?? 0)],
  ['First hire', (plan, _employees, catalog) => {
    const month = plan.timeline.find((entry) => entry.hires.length > 0);
    return month ? `${month.month === 0 ? 'Now' : `Month ${month.month}`}: ${catalog[month.hires[0]!.role]?.title ?? ''}` : 'None due';
  }],
];

/** Scenarios side by side: a row per figure, a column per scenario; `marksChanges` marks the rows that differ. */
function ScenarioTable({
  label,
  testId,
  header,
  rows,
  marksChanges = false,
  children: caption,
}: {
  label: string;
  testId: string;
  header: JSX.Element;
  rows: { label: string; values: string[]; changes?: boolean }[];
  marksChanges?: boolean;
  children: ComponentChildren;
}) {
  return (
    <ScrollTable label={label} title={caption}>
      <table class="scenario-compare" data-testid={testId}>
        <caption class="visually-hidden">{caption}</caption>
        {header}
        <tbody>
          {rows.map((row) => {
            const marked = marksChanges && row.changes === true;
            return (
              <tr key={row.label} class={marked ? 'changes' : undefined} data-changes={marksChanges ? String(marked) : undefined}>
                <th scope="row">
                  {row.label}
                  {marked && <span class="change-mark"> (changes)</span>}
                </th>
                {row.values.map((value, index) => (
                  <td key={index}>{value}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function Comparison({ chosen, catalog, recommend }: { chosen: Scenario[]; catalog: RoleCatalog; recommend: Recommend }) {
  const plans = chosen.map((scenario) => planOf(scenario, catalog, recommend));
  const inputs = inputRows(chosen.map((scenario) => fromQuery(scenario.query, catalog).values), catalog);
  const differing = inputs.filter((row) => row.differs);
  const results = RESULT_ROWS.map(([label, value]) => {
    const values = plans.map((result) => (result ? value(result.plan, result.employees, catalog) : 'Cannot be read'));
    return { label, values, changes: !allSame(values) };
  });
  const header = (
    <thead>
      <tr>
        <th scope="col">Figure</th>
        {chosen.map((scenario) => (
          <th scope="col" key={scenario.name}>
            {scenario.name}
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <div class="scenario-comparison" data-testid="scenario-compare">
      <h3>What differs between them</h3>
      {differing.length === 0 ? (
        <p data-testid="inputs-same">These scenarios have the same inputs.</p>
      ) : (
        <ScenarioTable label="Inputs that differ" testId="input-diff" header={header} rows={differing}>
          Inputs that differ ({differing.length} of {inputs.length})
        </ScenarioTable>
      )}
      <ScenarioTable label="Results side by side" testId="result-diff" header={header} rows={results} marksChanges>
        Results side by side; figures that change are marked
      </ScenarioTable>
    </div>
  );
}

/** Asks before a save would replace a scenario of the same name; focus moves to the question. */
function ReplaceQuestion({ name, onReplace, onCancel }: { name: string; onReplace: () => void; onCancel: () => void }) {
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="notice replace-question" role="group" aria-labelledby="replace-question" data-testid="replace-question">
      <p id="replace-question" tabIndex={-1} ref={heading}>
        <strong>A scenario named “{name}” already exists.</strong> Replace it with the plan on screen?
      </p>
      <div class="button-row">
        <button type="button" class="button" onClick={onReplace}>
          Replace “{name}”
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Keep the saved one
        </button>
      </div>
    </div>
  );
}

/** Named scenarios kept in this browser, and a side-by-side comparison of two or three. */
export default function ScenariosPanel({ catalog, query, onOpen }: Props) {
  const scenarios = useSignal<Scenario[]>([]);
  const setAside = useSignal<SetAsideEntry[]>([]);
  const notice = useSignal<string | null>(null);
  const status = useSignal('');
  const name = useSignal('');
  const pendingReplace = useSignal<string | null>(null);
  const compared = useSignal<string[]>([]);
  const nameInput = useRef<HTMLInputElement>(null);
  // The engine loads with the first comparison (it is usually loaded already by then).
  const recommend = useSignal<Recommend | null>(null);

  useEffect(() => {
    const loaded = loadScenarios(window.localStorage);
    scenarios.value = loaded.scenarios;
    setAside.value = loaded.setAside;
    notice.value = loaded.notice ?? null;
  }, []);

  const commit = (replace: boolean) => {
    if (query === null) {
      status.value = 'Fix the highlighted fields before saving: only a valid plan can be saved.';
      return;
    }
    const result = saveScenario(window.localStorage, scenarios.value, name.value, query, new Date(), replace);
    if (result.exists) {
      pendingReplace.value = result.exists;
      status.value = '';
      return;
    }
    pendingReplace.value = null;
    scenarios.value = result.scenarios;
    status.value = result.error ?? `${replace ? 'Replaced' : 'Saved'} "${name.value.trim()}".`;
    if (!result.error) name.value = '';
  };
  const save = (event: Event) => {
    event.preventDefault();
    commit(false);
  };
  const cancelReplace = () => {
    pendingReplace.value = null;
    status.value = 'Not saved: the saved scenario is unchanged. Choose another name to keep both.';
    nameInput.current?.focus();
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
  const clear = () => {
    clearSetAside(window.localStorage);
    setAside.value = [];
    notice.value = null;
    status.value = 'Cleared what was set aside.';
  };
  const chosen = scenarios.value.filter((scenario) => compared.value.includes(scenario.name));
  useEffect(() => {
    if (chosen.length >= 2 && !recommend.value) void import('../../engine/plan').then((engine) => (recommend.value = engine.recommend));
  }, [chosen.length]);

  return (
    <section class="result-card no-print" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">Scenarios</h2>
      {notice.value && (
        <div class="notice" role="status" data-testid="scenario-notice">
          <p>{notice.value}</p>
          {setAside.value.length > 0 && (
            <div class="button-row">
              <button
                type="button"
                class="button secondary small"
                onClick={() => download('roleplan-set-aside-scenarios.json', 'application/json', setAsideToJson(setAside.value))}
              >
                Download what was set aside
              </button>
              <button type="button" class="button secondary small" onClick={clear}>
                Clear it
              </button>
            </div>
          )}
        </div>
      )}
      <form class="scenario-form" onSubmit={save}>
        <div class="field">
          <label for="scenario-name">Name this scenario</label>
          <input
            id="scenario-name"
            ref={nameInput}
            type="text"
            maxLength={80}
            value={name.value}
            onInput={(event) => {
              name.value = (event.currentTarget as HTMLInputElement).value;
              pendingReplace.value = null;
            }}
            placeholder="e.g. Series B, 40% growth"
          />
        </div>
        <button type="submit" class="button">Save scenario</button>
      </form>
      {pendingReplace.value && <ReplaceQuestion name={pendingReplace.value} onReplace={() => commit(true)} onCancel={cancelReplace} />}
      <p class="help" role="status">
        {status.value || 'Scenarios stay in this browser only.'}
      </p>
      {scenarios.value.length > 0 && (
        <>
          <ul class="scenario-list">
            {scenarios.value.map((scenario, index) => (
              <li key={scenario.name}>
                <input
                  type="checkbox"
                  id={`compare-scenario-${index}`}
                  checked={compared.value.includes(scenario.name)}
                  onChange={(event) => toggle(scenario.name, (event.currentTarget as HTMLInputElement).checked)}
                />
                <label for={`compare-scenario-${index}`}>
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
            recommend.value ? <Comparison chosen={chosen} catalog={catalog} recommend={recommend.value} /> : <p class="help">Comparing…</p>
          ) : (
            <p class="help">Tick two or three scenarios to compare them side by side.</p>
          )}
        </>
      )}
    </section>
  );
}
