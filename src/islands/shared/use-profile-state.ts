// State shared by the planner and the compare page: the form exactly as typed, the profile it
// parses to, the last good result (kept on screen while a field is invalid), and the URL.
import { useComputed, useSignal, useSignalEffect, type ReadonlySignal, type Signal } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Profile } from '../../engine/profile';
import type { RoleCatalog } from '../../engine/roles';
import { FIRST_VISIT, parseForm, type FieldErrors, type FormResult, type FormValues } from '../../lib/planner/form-state';
import { fromQuery, toQuery } from '../../lib/planner/url-state';

const INPUT_MARK = 'roleplan:input';
const RENDER_MEASURE = 'roleplan:input-to-render';

export interface ProfileState<T> {
  values: Signal<FormValues>;
  parsed: ReadonlySignal<FormResult>;
  /** The last profile that parsed and what was computed from it. */
  shown: ReadonlySignal<{ profile: Profile; result: T }>;
  stale: ReadonlySignal<boolean>;
  errors: FieldErrors;
  /** Settings of the opening link that were ignored, one sentence each. */
  ignored: Signal<string[]>;
  /** A polite screen-reader announcement, updated without chatter. */
  announcement: Signal<string>;
  /** The current query when the form is valid, else null. */
  query: string | null;
  /** Call on every edit, before changing the values. */
  onEdit: () => void;
  /** Load the form from a query (a saved scenario). */
  open: (query: string) => void;
}

export function useProfileState<T>(
  catalog: RoleCatalog,
  compute: (profile: Profile) => T,
  /** What the build computed for the first-visit example, so hydration need not redo it. */
  initialResult: T,
  describe: (result: T) => string,
): ProfileState<T> {
  const firstVisit = useRef(structuredClone(FIRST_VISIT)).current;
  const values = useSignal<FormValues>(firstVisit);
  const ignored = useSignal<string[]>([]);
  const edited = useSignal(false);
  const announcement = useSignal('');
  const parsed = useComputed(() => parseForm(values.value, catalog));
  const lastGood = useRef<{ profile: Profile; result: T } | null>(null);
  const shown = useComputed(() => {
    const result = parsed.value;
    if (result.ok) {
      lastGood.current = { profile: result.profile, result: values.value === firstVisit ? initialResult : compute(result.profile) };
    }
    return lastGood.current!;
  });
  const stale = useComputed(() => !parsed.value.ok);

  // Read the form from the address once, in the browser (no query: the example on screen).
  useEffect(() => {
    if (!window.location.search) return;
    const state = fromQuery(window.location.search, catalog);
    values.value = state.values;
    ignored.value = state.ignored;
    edited.value = true;
  }, []);

  // Keep the address in step with every valid form.
  useSignalEffect(() => {
    const result = parsed.value;
    if (!edited.value || !result.ok) return;
    const query = toQuery(values.peek());
    const url = query ? `${window.location.pathname}?${query}` : window.location.pathname;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  });

  useSignalEffect(() => {
    const isStale = stale.value;
    const { result } = shown.value;
    const timer = window.setTimeout(() => {
      announcement.value = isStale ? 'Out of date: fix the highlighted field to update the results.' : describe(result);
    }, 700);
    return () => window.clearTimeout(timer);
  });

  // Input-to-render timing (input event to the DOM holding the new result), read by the
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
  const result = parsed.value;
  return {
    values,
    parsed,
    shown,
    stale,
    errors: result.ok ? {} : result.errors,
    ignored,
    announcement,
    query: result.ok ? toQuery(values.value) : null,
    onEdit,
    open,
  };
}
