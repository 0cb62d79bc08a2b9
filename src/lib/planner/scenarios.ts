// Named scenarios kept in localStorage under a versioned schema. Data that cannot be read is
// set aside under another key with a notice, never a crash, and never silently deleted.
import * as z from 'zod/mini';

export const STORAGE_KEY = 'roleplan.scenarios';
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

export const scenarioStoreSchema = z.object({
  /** Schema version; bump it and migrate when the shape changes. */
  version: z.literal(1),
  scenarios: z.array(scenarioSchema).check(z.maxLength(MAX_SCENARIOS)),
});

export interface ScenarioLoad {
  scenarios: Scenario[];
  /** Set when stored data could not be read and was set aside. */
  notice?: string;
}

/** The part of Storage this module uses (localStorage in the browser, a fake in tests). */
export type ScenarioStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function loadScenarios(storage: ScenarioStorage, now = new Date()): ScenarioLoad {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { scenarios: [], notice: 'Saved scenarios are unavailable in this browser (storage is blocked).' };
  }
  if (raw === null) return { scenarios: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = scenarioStoreSchema.safeParse(parsed);
  if (result.success) return { scenarios: result.data.scenarios };
  const asideKey = `${STORAGE_KEY}.unreadable.${now.toISOString()}`;
  try {
    storage.setItem(asideKey, raw);
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: leave the data where it is.
  }
  return {
    scenarios: [],
    notice: `Your saved scenarios could not be read (they may come from another version of Roleplan). They were set aside under "${asideKey}" in this browser's storage, and you can save new ones.`,
  };
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
}

/** Saves (or replaces, by name) a scenario. */
export function saveScenario(storage: ScenarioStorage, existing: Scenario[], name: string, query: string, now = new Date()): ScenarioSave {
  const parsed = scenarioSchema.safeParse({ name, query, savedAt: now.toISOString() });
  if (!parsed.success) return { scenarios: existing, error: 'Give the scenario a name of 1 to 80 characters.' };
  const others = existing.filter((scenario) => scenario.name !== parsed.data.name);
  if (others.length >= MAX_SCENARIOS) return { scenarios: existing, error: `You can keep up to ${MAX_SCENARIOS} scenarios; delete one first.` };
  const scenarios = [...others, parsed.data];
  const error = store(storage, scenarios);
  return error ? { scenarios: existing, error } : { scenarios };
}

export function deleteScenario(storage: ScenarioStorage, existing: Scenario[], name: string): ScenarioSave {
  const scenarios = existing.filter((scenario) => scenario.name !== name);
  const error = store(storage, scenarios);
  return error ? { scenarios: existing, error } : { scenarios };
}
