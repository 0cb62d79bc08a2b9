// Saved scenarios survive bad storage; exports hold the plan's figures.
import { describe, expect, it } from 'vitest';
import {
  clearSetAside,
  deleteScenario,
  loadScenarios,
  saveScenario,
  SET_ASIDE_KEY,
  setAsideToJson,
  STORAGE_KEY,
  type ScenarioStorage,
} from '../../../src/lib/planner/scenarios';
import { parseCsvTables } from '../../support/csv';
import { planToCsv, planToJson } from '../../../src/lib/planner/export';
import { profile, recommend } from '../../../src/engine';
import { catalog } from '../../support/catalog';

function memoryStorage(initial: Record<string, string> = {}): ScenarioStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

const now = new Date('2026-11-21T10:00:00.000Z');

describe('scenarios', () => {
  it('saves, asks before replacing by name, replaces in place, lists and deletes', () => {
    const storage = memoryStorage();
    let saved = saveScenario(storage, [], 'Base', 'e=60', now);
    saved = saveScenario(storage, saved.scenarios, 'Fast', 'e=60&g=80', now);
    const asked = saveScenario(storage, saved.scenarios, 'Base', 'e=65', now);
    expect(asked.exists).toBe('Base');
    expect(asked.scenarios).toBe(saved.scenarios);
    expect(loadScenarios(storage).scenarios.find((s) => s.name === 'Base')?.query).toBe('e=60');
    saved = saveScenario(storage, saved.scenarios, 'Base', 'e=65', now, true);
    expect(saved.scenarios.map((s) => [s.name, s.query])).toEqual([['Base', 'e=65'], ['Fast', 'e=60&g=80']]);
    expect(loadScenarios(storage).scenarios).toEqual(saved.scenarios);
    expect(deleteScenario(storage, saved.scenarios, 'Fast').scenarios.map((s) => s.name)).toEqual(['Base']);
  });

  it('rejects an empty name', () => {
    expect(saveScenario(memoryStorage(), [], '   ', 'e=1', now).error).toMatch(/name/);
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong version', JSON.stringify({ version: 9, scenarios: [] })],
    ['no list', JSON.stringify({ version: 1, scenarios: 'three' })],
  ])('sets aside a store that cannot be read as a whole (%s), with a notice', (_label, raw) => {
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const loaded = loadScenarios(storage, now);
    expect(loaded.scenarios).toEqual([]);
    expect(loaded.notice).toMatch(/could not be read/);
    expect(loaded.setAside).toEqual([{ setAsideAt: now.toISOString(), reason: expect.any(String), data: raw }]);
    expect(JSON.parse(storage.data[SET_ASIDE_KEY]!)).toEqual(loaded.setAside);
    expect(JSON.parse(storage.data[STORAGE_KEY]!)).toEqual({ version: 1, scenarios: [] });
  });

  it('sets aside only the entries that cannot be read and keeps the others', () => {
    const good = (name: string) => ({ name, query: 'e=60', savedAt: now.toISOString() });
    const bad = { name: 5, query: 'e=1' };
    const raw = JSON.stringify({ version: 1, scenarios: [good('A'), bad, good('B'), good('A'), good('C')] });
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const loaded = loadScenarios(storage, now);
    expect(loaded.scenarios.map((s) => s.name)).toEqual(['A', 'B', 'C']);
    expect(loaded.setAside.map((entry) => entry.data)).toEqual([bad, good('A')]);
    expect(loaded.notice).toBe(
      '2 saved scenarios could not be read (perhaps saved by another version of Roleplan) and were set aside. Your other 3 scenarios are below. You can download what was set aside, or clear it.',
    );
    // The store now holds the readable ones; the next load is clean but still offers the download.
    const again = loadScenarios(storage, now);
    expect(again.scenarios).toEqual(loaded.scenarios);
    expect(again.setAside).toEqual(loaded.setAside);
    expect(again.notice).toMatch(/set aside earlier/);
    expect(JSON.parse(setAsideToJson(again.setAside)).roleplanSetAsideScenarios).toEqual(loaded.setAside);
    clearSetAside(storage);
    expect(loadScenarios(storage, now).notice).toBeUndefined();
  });

  it('reports blocked storage', () => {
    const blocked: ScenarioStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(loadScenarios(blocked).notice).toMatch(/unavailable/);
  });
});

describe('exports', () => {
  const company = profile({ employees: 35, growthPct: 100, industry: 'technology', budget: 400_000 });
  const plan = recommend(company, catalog);

  it('CSV holds one table per section, each row as wide as its header', () => {
    const tables = parseCsvTables(planToCsv(plan, company));
    expect(tables.map((table) => table.title)).toEqual(
      expect.arrayContaining(['Summary', 'Team (USD a year)', 'Spend by year (USD)', 'Coverage', 'Obligations', 'Hires', ...(plan.warnings.length > 0 ? ['Warnings'] : [])]),
    );
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    const team = tables.find((table) => table.title === 'Team (USD a year)')!;
    expect(team.rows.slice(0, -1)).toEqual(
      plan.team.map((m) => [m.title, String(m.fte), ...[m.salary, m.loaded].flatMap((r) => [r.low, r.mid, r.high].map(String)), m.reason]),
    );
    expect(team.rows.at(-1)!.slice(0, 8)).toEqual(['Total', String(plan.hrFte), ...[plan.cost.salary, plan.cost.loaded].flatMap((r) => [r.low, r.mid, r.high].map(String))]);
    const coverage = tables.find((table) => table.title === 'Coverage')!;
    expect(coverage.rows.find((row) => row[0] === 'Recruiting')).toEqual(['Recruiting', plan.coverage.recruiting[0]!.toUpperCase() + plan.coverage.recruiting.slice(1)]);
    const hires = tables.find((table) => table.title === 'Hires')!;
    expect(hires.rows).toHaveLength(plan.timeline.reduce((n, m) => n + m.hires.length, 0));
    const spend = tables.find((table) => table.title === 'Spend by year (USD)')!;
    expect(spend.header.slice(-4)).toEqual(['total_mid', 'cumulative_mid', 'budget', 'over_budget_by']);
    let running = 0;
    spend.rows.forEach((row, index) => {
      const total = Math.round(plan.spend[index]!.loaded.mid) + Math.round(plan.spend[index]!.outsourced.mid);
      running += total;
      expect(row.slice(-4)).toEqual([String(total), String(running), '400000', String(Math.max(0, total - 400_000))]);
    });
  });

  it('CSV lists the moves and promotions, each with its month (visual review 27 M2)', () => {
    const growing = profile({ employees: 130, growthPct: 50 });
    const promoted = recommend(growing, catalog);
    const moves = parseCsvTables(planToCsv(promoted, growing)).find((table) => table.title === 'Moves')!;
    expect(moves.rows).toEqual([['Month 13: the Senior HR Generalist hired now grows into the HR Manager post as the team grows: a promotion, not a second head of HR hired over them.']]);
    expect(parseCsvTables(planToCsv(plan, company)).some((table) => table.title === 'Moves')).toBe(plan.laterMoves.length > 0);
  });

  it('CSV includes the budget plan when the plan is over budget', () => {
    const tight = profile({ employees: 300, growthPct: 40, states: 3, budget: 120_000 });
    const over = recommend(tight, catalog);
    expect(over.budget.fits).toBe(false);
    const alternative = over.budget.alternative!;
    const tables = parseCsvTables(planToCsv(over, tight));
    const budgetPlan = tables.find((table) => table.title.startsWith('Budget plan'))!;
    expect(budgetPlan.rows.map((row) => row[0])).toEqual([...alternative.team.map((m) => m.title), 'Total']);
    expect(budgetPlan.rows.at(-1)![6]).toBe(String(alternative.cost.loaded.mid));
  });

  it('JSON is the profile and the plan exactly', () => {
    expect(JSON.parse(planToJson(plan, company))).toEqual(JSON.parse(JSON.stringify({ profile: company, plan })));
  });
});
