// The methodology page's model covers the engine: every rule, every exported data table with
// all of its sources, every role salary, and every weak source with the figures that use it.
// (test/e2e/methodology.spec.ts checks the same on the built page.)
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/engine';
import { sources, type SourceId } from '../../src/engine/data/sources';
import { conditionCode, effectWords, rulePoints, rulesByStage } from '../../src/lib/methodology/rules';
import { tableGroups } from '../../src/lib/methodology/table-groups';
import { sourceUsages, weakSources } from '../../src/lib/methodology/source-usage';
import type { DataTable } from '../../src/lib/methodology/cells';
import { engineDataExports } from '../support/engine-data';
import { catalog } from '../support/catalog';

const groups = tableGroups(catalog);
const tables = groups.flatMap((group) => group.tables);

/** Every source a table shows: under it, beside a column, or in a cell. */
function shownSources(table: DataTable): Set<SourceId> {
  const shown = new Set<SourceId>([...table.sources, ...(table.sourceNotes ?? []).flatMap((note) => note.ids)]);
  for (const row of table.rows) for (const cell of row) if (cell.kind === 'sources') cell.ids.forEach((id) => shown.add(id));
  return shown;
}

describe('methodology model', () => {
  it('shows every rule once, in its stage, in the engine’s order', () => {
    const shown = rulesByStage().flatMap((stage) => stage.rules.map((view) => [stage.stage, view.rule.id]));
    expect(shown).toEqual(
      ['profile', 'workload', 'budget'].flatMap((stage) => rules.filter((rule) => rule.stage === stage).map((rule) => [stage, rule.id])),
    );
  });

  it('writes each condition and effect of a rule out', () => {
    const small = rulesByStage()[0]!.rules.find((view) => view.rule.id === 'size-small')!;
    expect(small.conditions).toEqual(['employees < 50']);
    expect(small.effects).toEqual(['Score: Generalist team +40, Specialist team +5, Hybrid team +20, Assistant-manager layer +5']);
    expect(conditionCode({ fact: 'industry', op: 'in', value: ['retail', 'nonprofit'] })).toBe('industry in retail, nonprofit');
    expect(effectWords({ type: 'score', points: { 'assistant-manager': -25 } })).toBe('Score: Assistant-manager layer −25');
  });

  it('adds up the points each scoring rule gives each structure', () => {
    const tooSmall = rulePoints().find((entry) => entry.rule.id === 'assistant-manager-too-few-reports')!;
    expect(tooSmall.points).toEqual({ generalist: 0, specialist: 0, hybrid: 0, 'assistant-manager': -25 });
    expect(rulePoints().some((entry) => entry.rule.id === 'multi-state')).toBe(false);
  });

  it('has a table for every export of src/engine/data, showing every source it cites', async () => {
    const exported = await engineDataExports();
    expect(exported.length).toBeGreaterThan(20);
    for (const { name, sources: cited } of exported) {
      const table = tables.find((candidate) => candidate.exports.includes(name));
      expect(table, `no methodology table shows ${name}`).toBeDefined();
      const shown = shownSources(table!);
      for (const id of cited) expect(shown.has(id), `${table!.id} does not show source ${id} of ${name}`).toBe(true);
    }
  });

  it('names only exports that exist, so a renamed table cannot hide behind a stale name', async () => {
    const names = new Set((await engineDataExports()).map((entry) => entry.name));
    const claimed = tables.flatMap((table) => table.exports).filter((name) => !name.startsWith('roles/'));
    expect(claimed.filter((name) => !names.has(name))).toEqual([]);
  });

  it('lists the salary of every role with its source', () => {
    const salaries = tables.find((table) => table.id === 'table-salaries')!;
    const shown = salaries.rows.map((row) => (row[0]!.kind === 'role' ? row[0]!.slug : ''));
    expect(shown.sort()).toEqual(Object.keys(catalog).sort());
  });

  it('lists every weak source with every rule and figure that uses it', () => {
    const weak = weakSources(groups);
    expect(weak.map((entry) => entry.id).sort()).toEqual(
      (Object.keys(sources) as SourceId[]).filter((id) => sources[id].strength === 'weak').sort(),
    );
    const hiresPerRecruiter = weak.find((entry) => entry.id === 'hires-per-recruiter')!;
    expect(hiresPerRecruiter.usages.map((usage) => usage.label)).toEqual([
      'Rule hiring-beyond-generalists: Hiring volume beyond what generalists can absorb',
      'Recruiting capacity: Hires a year a dedicated recruiter makes, all types together (context: plans use the capacity by type of hire)',
    ]);
    // Every rule's sources are indexed, whatever their strength.
    const usages = sourceUsages(groups);
    for (const rule of rules) {
      for (const id of rule.sources) expect(usages.get(id)?.some((usage) => usage.href === `/methodology/#rule-${rule.id}`), `${rule.id} ${id}`).toBe(true);
    }
    // State tables are on their own page, and their uses link there.
    const stateUses = [...usages.values()].flat().filter((usage) => usage.href.includes('#table-state-'));
    expect(stateUses.length).toBeGreaterThan(0);
    for (const usage of stateUses) expect(usage.href.startsWith('/methodology/states/#')).toBe(true);
  });
});
