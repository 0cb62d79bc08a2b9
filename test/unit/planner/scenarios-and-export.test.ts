// Saved scenarios survive bad storage; exports hold the plan's figures.
import { describe, expect, it } from 'vitest';
import { deleteScenario, loadScenarios, saveScenario, STORAGE_KEY, type ScenarioStorage } from '../../../src/lib/planner/scenarios';
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
  it('saves, replaces by name, lists and deletes', () => {
    const storage = memoryStorage();
    let saved = saveScenario(storage, [], 'Base', 'e=60', now);
    saved = saveScenario(storage, saved.scenarios, 'Fast', 'e=60&g=80', now);
    saved = saveScenario(storage, saved.scenarios, 'Base', 'e=65', now);
    expect(saved.scenarios.map((s) => [s.name, s.query])).toEqual([['Fast', 'e=60&g=80'], ['Base', 'e=65']]);
    expect(loadScenarios(storage).scenarios).toEqual(saved.scenarios);
    expect(deleteScenario(storage, saved.scenarios, 'Fast').scenarios.map((s) => s.name)).toEqual(['Base']);
  });

  it('rejects an empty name', () => {
    expect(saveScenario(memoryStorage(), [], '   ', 'e=1', now).error).toMatch(/name/);
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong version', JSON.stringify({ version: 9, scenarios: [] })],
    ['wrong shape', JSON.stringify({ version: 1, scenarios: [{ name: 5 }] })],
  ])('sets aside unreadable data (%s) with a notice instead of crashing', (_label, raw) => {
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const loaded = loadScenarios(storage, now);
    expect(loaded.scenarios).toEqual([]);
    expect(loaded.notice).toMatch(/could not be read/);
    expect(storage.data[`${STORAGE_KEY}.unreadable.${now.toISOString()}`]).toBe(raw);
    expect(storage.data[STORAGE_KEY]).toBeUndefined();
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

  it('CSV holds the team, totals, coverage and hires', () => {
    const csv = planToCsv(plan, company, catalog);
    const rows = csv.trim().split('\n');
    expect(rows[0]).toBe('section,item,fte,salary_low,salary_mid,salary_high,loaded_low,loaded_mid,loaded_high,detail');
    for (const member of plan.team) {
      expect(csv).toContain(`team,${member.title},${member.fte},${member.salary.low},${member.salary.mid},${member.salary.high},${member.loaded.low},${member.loaded.mid},${member.loaded.high}`);
    }
    expect(csv).toContain(`total,team,${plan.hrFte},${plan.cost.salary.low},${plan.cost.salary.mid},${plan.cost.salary.high},${plan.cost.loaded.low},${plan.cost.loaded.mid},${plan.cost.loaded.high}`);
    expect(csv).toContain('coverage,Recruiting,,,,,,,,deep');
    expect(rows.filter((row) => row.startsWith('hire,')).length).toBe(plan.timeline.reduce((n, m) => n + m.hires.length, 0));
  });

  it('JSON is the profile and the plan exactly', () => {
    expect(JSON.parse(planToJson(plan, company))).toEqual(JSON.parse(JSON.stringify({ profile: company, plan })));
  });
});
