// Named scenarios kept in localStorage under a versioned schema. Each saved entry is checked on
// its own: one that cannot be read is set aside (kept under another key, never silently
// deleted) with a notice, and the others stay usable.
import * as z from 'zod/mini';

export const STORAGE_KEY = 'roleplan.scenarios';
/** Where unreadable entries are kept, so they can be downloaded. */
export const SET_ASIDE_KEY = 'roleplan.scenarios.set-aside';
export const MAX_SCENARIOS = 30;

export const scenarioSchema = z.object({
  /** Name the visitor gave it. */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** The plan's URL query (the same form the address bar holds). */
  query: z.string().check(z.maxLength(2_000)),
  /** When it was saved, ISO 8601. */
  savedAt: z.iso.datetime(),
});
export type Scenario = z.output<typeof scenarioSchema>;

/** The stored list; its entries are checked one by one with scenarioSchema. */
const storeSchema = z.object({
  /** Schema version; bump it and migrate when the shape changes. */
  version: z.literal(1),
  scenarios: z.array(z.unknown()),
});

/** One thing that could not be read: an entry, or the whole stored text. */
export interface SetAsideEntry {
  /** When it was set aside, ISO 8601. */
  setAsideAt: string;
  /** Why, in words. */
  reason: string;
  /** The data exactly as it was stored. */
  data: unknown;
}

const setAsideSchema = z.array(z.object({ setAsideAt: z.string(), reason: z.string(), data: z.unknown() }));

export interface ScenarioLoad {
  scenarios: Scenario[];
  /** Everything set aside so far in this browser (this load's and earlier ones). */
  setAside: SetAsideEntry[];
  /** Set when something could not be read (now or before), in words. */
  notice?: string;
}

/** The part of Storage this module uses (localStorage in the browser, a fake in tests). */
export type ScenarioStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function readSetAside(storage: ScenarioStorage): SetAsideEntry[] {
  try {
    const raw = storage.getItem(SET_ASIDE_KEY);
    if (raw === null) return [];
    const parsed = setAsideSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as SetAsideEntry[]) : [{ setAsideAt: '', reason: 'Earlier set-aside data', data: raw }];
  } catch {
    return [];
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function noticeFor(newly: number, total: number, kept: number): string | undefined {
  if (total === 0) return undefined;
  const now =
    newly > 0
      ? `${plural(newly, 'saved scenario', 'saved scenarios')} could not be read (perhaps saved by another version of Roleplan) and ${newly === 1 ? 'was' : 'were'} set aside.`
      : `${plural(total, 'saved scenario was', 'saved scenarios were')} set aside earlier because ${total === 1 ? 'it' : 'they'} could not be read.`;
  const rest = kept > 0 ? ` Your other ${plural(kept, 'scenario is', 'scenarios are')} below.` : '';
  return `${now}${rest} You can download what was set aside, or clear it.`;
}

export function loadScenarios(storage: ScenarioStorage, now = new Date()): ScenarioLoad {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { scenarios: [], setAside: [], notice: 'Saved scenarios are unavailable in this browser (storage is blocked).' };
  }
  const earlier = readSetAside(storage);
  if (raw === null) return { scenarios: [], setAside: earlier, notice: noticeFor(0, earlier.length, 0) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const setAsideAt = now.toISOString();
  const fresh: SetAsideEntry[] = [];
  const scenarios: Scenario[] = [];
  const store = storeSchema.safeParse(parsed);
  if (!store.success) {
    fresh.push({ setAsideAt, reason: 'The saved list as a whole could not be read', data: raw });
  } else {
    const names = new Set<string>();
    for (const entry of store.data.scenarios) {
      const scenario = scenarioSchema.safeParse(entry);
      if (!scenario.success) fresh.push({ setAsideAt, reason: 'Not a scenario this version of Roleplan can read', data: entry });
      else if (names.has(scenario.data.name)) fresh.push({ setAsideAt, reason: 'A second scenario with the same name', data: entry });
      else if (scenarios.length >= MAX_SCENARIOS) fresh.push({ setAsideAt, reason: `More than ${MAX_SCENARIOS} scenarios`, data: entry });
      else {
        names.add(scenario.data.name);
        scenarios.push(scenario.data);
      }
    }
  }
  const setAside = [...earlier, ...fresh];
  if (fresh.length > 0) {
    try {
      storage.setItem(SET_ASIDE_KEY, JSON.stringify(setAside));
      storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, scenarios }));
    } catch {
      // Storage full or blocked: leave the data where it is; the readable ones still show.
    }
  }
  return { scenarios, setAside, notice: noticeFor(fresh.length, setAside.length, scenarios.length) };
}

/** Forgets what was set aside (after the visitor downloaded it or chose to clear it). */
export function clearSetAside(storage: ScenarioStorage): void {
  try {
    storage.removeItem(SET_ASIDE_KEY);
  } catch {
    // blocked: nothing to clear
  }
}

/** What was set aside, as a JSON file to download. */
export function setAsideToJson(entries: SetAsideEntry[]): string {
  return `${JSON.stringify({ roleplanSetAsideScenarios: entries }, null, 2)}\n`;
}

function store(storage: ScenarioStorage, scenarios: Scenario[]): string | undefined {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, scenarios }));
    return undefined;
  } catch {
    return 'The scenario could not be saved: this browser\'s storage is full or blocked.';
  }
}

export interface ScenarioSave {
  scenarios: Scenario[];
  error?: string;
  /** Set when a scenario of that name exists and `replace` was not given: ask first. */
  exists?: string;
}

/** Saves a scenario; replaces one of the same name only when `replace` is true. */
export function saveScenario(
  storage: ScenarioStorage,
  existing: Scenario[],
  name: string,
  query: string,
  now = new Date(),
  replace = false,
): ScenarioSave {
  const parsed = scenarioSchema.safeParse({ name, query, savedAt: now.toISOString() });
  if (!parsed.success) return { scenarios: existing, error: 'Give the scenario a name of 1 to 80 characters.' };
  const taken = existing.some((scenario) => scenario.name === parsed.data.name);
  if (taken && !replace) return { scenarios: existing, exists: parsed.data.name };
  const others = existing.filter((scenario) => scenario.name !== parsed.data.name);
  if (others.length >= MAX_SCENARIOS) return { scenarios: existing, error: `You can keep up to ${MAX_SCENARIOS} scenarios; delete one first.` };
  // A replaced scenario keeps its place in the list.
  const scenarios = taken ? existing.map((scenario) => (scenario.name === parsed.data.name ? parsed.data : scenario)) : [...others, parsed.data];
  const error = store(storage, scenarios);
  return error ? { scenarios: existing, error } : { scenarios };
}

export function deleteScenario(storage: ScenarioStorage, existing: Scenario[], name: string): ScenarioSave {
  const scenarios = existing.filter((scenario) => scenario.name !== name);
  const error = store(storage, scenarios);
  return error ? { scenarios: existing, error } : { scenarios };
}
