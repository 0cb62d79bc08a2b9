// The planner island: the form, the plan the engine returns, and the plan's URL. The engine
// makes every decision; this component keeps state and renders.
import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { recommend, type Plan } from '../../engine/plan';
import type { Profile } from '../../engine/profile';
import type { RoleCatalog } from '../../engine/roles';
import { defaultAttritionPct } from '../../engine/data/workload';
import { INDUSTRIES, type Industry } from '../../engine/profile';
import { STRUCTURE_LABELS } from '../../engine/structures';
import { FIRST_VISIT, parseForm, type FormValues } from '../../lib/planner/form-state';
import { fromQuery, toQuery } from '../../lib/planner/url-state';
import ProfileForm from './ProfileForm';
import Recommendation from './Recommendation';
import TeamSection from './TeamSection';
import CostSection from './CostSection';
import RatioSection from './RatioSection';
import CoverageSection from './CoverageSection';
import ObligationsSection from './ObligationsSection';
import TimelineSection from './TimelineSection';
import WhySection from './WhySection';
import ScenariosPanel from './ScenariosPanel';
import ExportPanel from './ExportPanel';
import { fte } from './format';

interface Props {
  catalog: RoleCatalog;
  /** The first-visit example's plan, computed at build time, so hydration need not redo it. */
  initialPlan: Plan;
}

interface Shown {
  profile: Profile;
  plan: Plan;
}

const INPUT_MARK = 'roleplan:input';
const RENDER_MEASURE = 'roleplan:input-to-render';

export default function Planner({ catalog, initialPlan }: Props) {
  const firstVisit = useRef(structuredClone(FIRST_VISIT)).current;
  const values = useSignal<FormValues>(firstVisit);
  const ignored = useSignal<string[]>([]);
  const edited = useSignal(false);
  const announcement = useSignal('');
  const parsed = useComputed(() => parseForm(values.value, catalog));
  // The last plan that parsed: it stays on screen, marked out of date, while a field is invalid.
  const lastGood = useRef<Shown | null>(null);
  const shown = useComputed<Shown>(() => {
    const result = parsed.value;
    if (result.ok) {
      const plan = values.value === firstVisit ? initialPlan : recommend(result.profile, catalog);
      lastGood.current = { profile: result.profile, plan };
    }
    return lastGood.current!;
  });
  const stale = useComputed(() => !parsed.value.ok);

  // Read the plan from the address once, in the browser.
  useEffect(() => {
    // No query: the first-visit example, which is already on screen.
    if (!window.location.search) return;
    const state = fromQuery(window.location.search, catalog);
    values.value = state.values;
    ignored.value = state.ignored;
    edited.value = true;
  }, []);

  // Keep the address in step with every valid plan.
  useSignalEffect(() => {
    const result = parsed.value;
    if (!edited.value || !result.ok) return;
    const query = toQuery(values.peek());
    const url = query ? `${window.location.pathname}?${query}` : window.location.pathname;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  });

  // Tell screen readers, without chatter, when the plan changed or went out of date.
  useSignalEffect(() => {
    const isStale = stale.value;
    const { plan } = shown.value;
    const timer = window.setTimeout(() => {
      announcement.value = isStale
        ? 'The plan is out of date: fix the highlighted field to update it.'
        : `Plan updated: ${STRUCTURE_LABELS[plan.structure]}, ${fte(plan.hrFte)} FTE.`;
    }, 700);
    return () => window.clearTimeout(timer);
  });

  // Input-to-render timing (input event to the DOM holding the new plan), read by the
  // end-to-end tests as a measurement, not an assertion.
  useLayoutEffect(() => {
    if (performance.getEntriesByName(INPUT_MARK, 'mark').length === 0) return;
    performance.measure(RENDER_MEASURE, INPUT_MARK);
    performance.clearMarks(INPUT_MARK);
  });

  const onEdit = () => {
    performance.clearMarks(INPUT_MARK);
    performance.mark(INPUT_MARK);
    edited.value = true;
  };
  const open = (query: string) => {
    const state = fromQuery(query, catalog);
    onEdit();
    values.value = state.values;
    ignored.value = state.ignored;
    window.scrollTo({ top: 0 });
  };

  const { profile, plan } = shown.value;
  const result = parsed.value;
  const errors = result.ok ? {} : result.errors;
  const industry = values.value.scalars.industry as Industry;
  const attritionHint = INDUSTRIES.includes(industry) ? `${defaultAttritionPct[industry].value} (industry average)` : 'industry average';

  return (
    <div class="planner" data-stale={stale.value ? 'true' : 'false'}>
      <div class="planner-form">
        <a class="jump-to-plan" href="#recommendation-title">
          Skip to your plan
        </a>
        {ignored.value.length > 0 && (
          <div class="notice" role="status" data-testid="link-notice">
            <p>
              <strong>Some settings in this link were ignored:</strong>
            </p>
            <ul>
              {ignored.value.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <button type="button" class="button secondary small" onClick={() => (ignored.value = [])}>
              Dismiss
            </button>
          </div>
        )}
        <ProfileForm values={values} errors={errors} catalog={catalog} onEdit={onEdit} attritionHint={attritionHint} />
      </div>
      <div class="planner-results">
        <p class="visually-hidden" aria-live="polite">
          {announcement.value}
        </p>
        {stale.value && (
          <p class="stale-banner" data-testid="stale-banner">
            This plan is out of date: fix the highlighted field{Object.keys(errors).length > 1 ? 's' : ''} and it updates again.
          </p>
        )}
        <div class="results-body" data-testid="results">
          <Recommendation plan={plan} />
          <TeamSection plan={plan} catalog={catalog} />
          <CostSection plan={plan} />
          <RatioSection plan={plan} />
          <CoverageSection plan={plan} />
          <ObligationsSection plan={plan} horizon={profile.horizonMonths} />
          <TimelineSection plan={plan} catalog={catalog} />
          <WhySection plan={plan} employees={profile.employees} />
        </div>
        <ExportPanel plan={plan} profile={profile} catalog={catalog} />
        <ScenariosPanel catalog={catalog} query={result.ok ? toQuery(values.value) : null} onOpen={open} />
      </div>
    </div>
  );
}
