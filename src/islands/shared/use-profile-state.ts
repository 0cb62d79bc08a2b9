// State shared by the planner and the compare page: the form exactly as typed, the profile it
// parses to, the last good result (kept on screen while a field is invalid), and the URL, with
// browser history: each burst of typing is one step that Back undoes and Forward redoes.
import { batch, useComputed, useSignal, useSignalEffect, type ReadonlySignal, type Signal } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Profile } from '../../engine/profile';
import type { RoleCatalog } from '../../engine/roles';
import { scalarFields } from '../../lib/planner/fields';
import { FIRST_VISIT, parseForm, type FieldErrors, type FormResult, type FormValues } from '../../lib/planner/form-state';
import { fromQuery, toQuery } from '../../lib/planner/url-state';

const INPUT_MARK = 'roleplan:input';
const RENDER_MEASURE = 'roleplan:input-to-render';
/** Edits closer together than this are one step in the browser's history. */
const SETTLE_MS = 800;

/** Where the form on screen came from: the built-in example, the opening link, or the visitor. */
export type FormSource = 'example' | 'link' | 'edited';

export interface ProfileState<T> {
  values: Signal<FormValues>;
  parsed: ReadonlySignal<FormResult>;
  /** The last profile that parsed and what was computed from it. */
  shown: ReadonlySignal<{ profile: Profile; result: T }>;
  stale: ReadonlySignal<boolean>;
  /** True while the engine is still loading for inputs that differ from the example. */
  pending: ReadonlySignal<boolean>;
  /** Loads the engine now (for work outside the form, such as comparing saved scenarios). */
  loadEngine: () => Promise<void>;
  errors: FieldErrors;
  /** Settings of the opening link that were ignored, one sentence each. */
  ignored: Signal<string[]>;
  /** A polite screen-reader announcement, updated without chatter. */
  announcement: Signal<string>;
  source: ReadonlySignal<FormSource>;
  /** The current query when the form is valid, else null. */
  query: string | null;
  /** Call on every edit, before changing the values. */
  onEdit: () => void;
  /** Load the form from a query (a saved scenario), as one step in history. */
  open: (query: string) => void;
  /** Change the form by an action (not typing), as one step in history that Back undoes. */
  apply: (next: FormValues) => void;
}

/**
 * Fields typed into the server-rendered form before the page's script took over: hydration
 * keeps what is in the inputs but the state still holds the example, so read them back.
 */
function typedBeforeHydration(): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const field of scalarFields) {
    if (field.kind !== 'number') continue;
    const input = document.getElementById(`field-${field.name}`);
    if (input instanceof HTMLInputElement && input.value !== (FIRST_VISIT.scalars[field.name] ?? '')) typed[field.name] = input.value;
  }
  return typed;
}

export function useProfileState<T>(
  catalog: RoleCatalog,
  /**
   * Loads the engine and returns what computes a result. The page opens with the build's
   * result for the example, so the engine (the largest script) loads only when the visitor
   * starts using the page or a link must be read: the first load stays light.
   */
  loadCompute: () => Promise<(profile: Profile) => T>,
  /**
   * The first-visit example as the build parsed it and what the build computed from it, so
   * hydration need not redo either (the first parse and plan are the slowest on a phone).
   */
  initial: { profile: Profile; result: T },
  describe: (result: T) => string,
): ProfileState<T> {
  const firstVisit = useRef(structuredClone(FIRST_VISIT)).current;
  const values = useSignal<FormValues>(firstVisit);
  const ignored = useSignal<string[]>([]);
  const source = useSignal<FormSource>('example');
  const announcement = useSignal('');
  const parsed = useComputed<FormResult>(() => (values.value === firstVisit ? { ok: true, profile: initial.profile } : parseForm(values.value, catalog)));
  const compute = useSignal<((profile: Profile) => T) | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const loadEngine = () => {
    loading.current ??= loadCompute().then((fn) => {
      compute.value = fn;
    });
    return loading.current;
  };
  const lastGood = useRef<{ profile: Profile; result: T } | null>(null);
  const shown = useComputed(() => {
    const result = parsed.value;
    const computeNow = compute.value;
    if (result.ok) {
      if (values.value === firstVisit) lastGood.current = initial;
      // Until the engine has loaded, the last result stays; it updates as soon as it arrives.
      else if (computeNow) lastGood.current = { profile: result.profile, result: computeNow(result.profile) };
    }
    return lastGood.current!;
  });
  const pending = useComputed(() => values.value !== firstVisit && compute.value === null);
  const stale = useComputed(() => !parsed.value.ok);
  /** The next address change starts a new history entry (true) or replaces the current one. */
  const pushNext = useRef(true);
  const settleTimer = useRef<number | undefined>(undefined);
  /** Values set from history (Back, Forward): the address already matches them. */
  const restoring = useRef(false);

  // Read the form from the address once, in the browser, keeping anything typed meanwhile.
  useEffect(() => {
    const typed = typedBeforeHydration();
    const hasTyped = Object.keys(typed).length > 0;
    if (!window.location.search && !hasTyped) return;
    const state = fromQuery(window.location.search, catalog);
    batch(() => {
      values.value = { ...state.values, scalars: { ...state.values.scalars, ...typed } };
      ignored.value = state.ignored;
      source.value = hasTyped ? 'edited' : 'link';
    });
  }, []);

  // The engine loads at the first sign of use (or at once when a link or typing needs it).
  useSignalEffect(() => {
    if (pending.value) void loadEngine();
  });
  useEffect(() => {
    const start = () => void loadEngine();
    const events = ['pointerdown', 'keydown', 'touchstart', 'focusin'] as const;
    for (const type of events) window.addEventListener(type, start, { once: true, passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, start);
    };
  }, []);

  // Back and Forward: show the inputs of that history entry.
  useEffect(() => {
    const onPop = () => {
      const state = fromQuery(window.location.search, catalog);
      restoring.current = true;
      pushNext.current = true;
      batch(() => {
        values.value = state.values;
        ignored.value = [];
        source.value = window.location.search ? 'edited' : 'example';
      });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Keep the address in step with every valid form; the first change of a burst of typing
  // adds a history entry, the rest of the burst replaces it.
  useSignalEffect(() => {
    const result = parsed.value;
    const from = source.value;
    if (restoring.current) {
      restoring.current = false;
      return;
    }
    if (from === 'example' || !result.ok) return;
    const query = toQuery(values.peek());
    const url = query ? `${window.location.pathname}?${query}` : window.location.pathname;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (pushNext.current && from === 'edited') {
      window.history.pushState(null, '', url);
      pushNext.current = false;
    } else {
      window.history.replaceState(null, '', url);
    }
  });

  useSignalEffect(() => {
    const isStale = stale.value;
    const { result } = shown.value;
    // Nothing to announce until the visitor or their link changed what is shown.
    if (source.value === 'example') return;
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

  useEffect(() => () => window.clearTimeout(settleTimer.current), []);

  const onEdit = () => {
    performance.clearMarks(INPUT_MARK);
    performance.mark(INPUT_MARK);
    source.value = 'edited';
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => (pushNext.current = true), SETTLE_MS);
  };
  const open = (query: string) => {
    const state = fromQuery(query, catalog);
    onEdit();
    pushNext.current = true;
    batch(() => {
      values.value = state.values;
      ignored.value = state.ignored;
    });
    window.scrollTo({ top: 0 });
  };
  const apply = (next: FormValues) => {
    onEdit();
    pushNext.current = true;
    values.value = next;
  };
  const result = parsed.value;
  return {
    values,
    parsed,
    shown,
    stale,
    pending,
    loadEngine,
    errors: result.ok ? {} : result.errors,
    ignored,
    announcement,
    source,
    query: result.ok ? toQuery(values.value) : null,
    onEdit,
    open,
    apply,
  };
}
