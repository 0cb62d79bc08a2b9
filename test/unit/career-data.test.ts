// The data behind the career pages, checked over every role and every move: pay on one basis,
// pay steps within the band or explained, every role on a level, every link resolving, and the
// profiles written in Roleplan's own words rather than the seeds'.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRoleEntries } from '../../src/node/content-files';
import { sources } from '../../src/engine/data/sources';
import { PAY_STEP_BAND, payStep, toCareerGraph, withinPayBand } from '../../src/lib/career-paths';
import { CERTIFICATIONS } from '../../src/lib/certifications';
import { LEVEL_FRAMEWORK } from '../../src/lib/level-framework';
import { RUNGS, RUNG_LEVEL } from '../../src/schemas/role-ladder';
import { OCCUPATIONS, PLACEMENTS, placementFor } from '../../src/schemas/role-pay';

const entries = readRoleEntries();
const byId = new Map(entries.map((entry) => [entry.id, entry]));
const moves = entries.flatMap((from) => from.data.next.map((move) => ({ from, move, to: byId.get(move.role)! })));

describe('pay on one basis', () => {
  it.each(entries.map((entry) => [entry.id, entry] as const))('%s takes its range from its occupation’s BLS percentiles', (_, entry) => {
    const { salary, rung } = entry.data;
    const wages = OCCUPATIONS[salary.occupation];
    const placement = PLACEMENTS[placementFor(salary.occupation, rung)!];
    expect(salary.source).toBe('bls-oews-2024');
    expect([salary.min, salary.median, salary.max]).toEqual([wages[placement.low], wages[placement.mid], wages[placement.high]]);
    expect(salary.basis).toContain(`SOC ${salary.occupation}`);
  });

  it('keeps a seed’s figure beside the range, from a seed document, never inside it', () => {
    const withSeed = entries.filter((entry) => entry.data.salary.seed);
    expect(withSeed.length).toBeGreaterThan(0);
    for (const entry of withSeed) {
      expect(entry.data.salary.seed!.source).toMatch(/^seed-/);
      expect(entry.data.salary.source).toBe('bls-oews-2024');
    }
  });

  it('ranks roles of one occupation by rung: a higher rung never pays a lower median', () => {
    for (const a of entries) {
      for (const b of entries) {
        if (a.data.salary.occupation !== b.data.salary.occupation) continue;
        if (RUNGS.indexOf(a.data.rung) < RUNGS.indexOf(b.data.rung)) {
          expect(a.data.salary.median, `${a.id} vs ${b.id}`).toBeLessThanOrEqual(b.data.salary.median);
        }
      }
    }
  });
});

describe('every move', () => {
  it('has a pay step between medians within the band, or a note saying why not', () => {
    const outside = moves
      .map(({ from, move, to }) => ({ route: `${from.id} -> ${to.id}`, pay: payStep(from.data.salary, to.data.salary, move) }))
      .filter(({ pay }) => !withinPayBand(pay) && !pay.note)
      .map(({ route, pay }) => `${route}: ${pay.pct.toFixed(1)}% (band ${PAY_STEP_BAND.min}% to +${PAY_STEP_BAND.max}%)`);
    expect(outside).toEqual([]);
  });

  it('says how typical it is, and cites a real source where it gives one', () => {
    for (const { move } of moves) {
      expect(['usual', 'common', 'occasional']).toContain(move.typical);
      if (move.typicalSource) expect(sources).toHaveProperty(move.typicalSource);
      if (move.source) expect(sources).toHaveProperty(move.source);
    }
  });

  it('climbs at most two rungs, and says what a move into a first management job takes', () => {
    for (const { from, move, to } of moves) {
      const climb = RUNGS.indexOf(to.data.rung) - RUNGS.indexOf(from.data.rung);
      expect(climb, `${from.id} -> ${to.id}`).toBeLessThanOrEqual(2);
      const firstManagement = RUNGS.indexOf(to.data.rung) >= RUNGS.indexOf('manager') && RUNGS.indexOf(from.data.rung) < RUNGS.indexOf('senior');
      if (firstManagement) expect(move.takes?.firstSupervision, `${from.id} -> ${to.id}`).toBe(true);
    }
  });

  it('points at a role that exists, and every role links into the graph', () => {
    for (const { move, to } of moves) expect(to, move.role).toBeDefined();
    for (const entry of entries) expect(entry.data.next.length + entry.data.previous.length, entry.id).toBeGreaterThan(0);
  });

  it('leads from every role below the top to an executive role', () => {
    const graph = toCareerGraph(entries);
    const reachesTop = (id: string, seen = new Set<string>()): boolean =>
      graph[id]!.level === 'executive' || graph[id]!.next.some((move) => !seen.has(move.role) && reachesTop(move.role, new Set([...seen, id])));
    expect(entries.filter((entry) => !reachesTop(entry.id)).map((entry) => entry.id)).toEqual([]);
  });
});

describe('the level framework', () => {
  it('places every role on a rung, and the rung sets the engine level', () => {
    for (const entry of entries) {
      expect(RUNGS).toContain(entry.data.rung);
      expect(entry.data.level).toBe(RUNG_LEVEL[entry.data.rung]);
    }
  });

  it('describes every rung, with certifications that exist and cite a source', () => {
    for (const rung of RUNGS) {
      const level = LEVEL_FRAMEWORK[rung];
      expect(level.competencies.length).toBeGreaterThanOrEqual(2);
      expect(level.certifications.length).toBeGreaterThan(0);
      for (const id of level.certifications) expect(CERTIFICATIONS[id].source.url).toMatch(/^https:\/\//);
    }
  });

  it('has roles from the assistant rung to the executive rung', () => {
    const used = new Set(entries.map((entry) => entry.data.rung));
    expect(used.has('assistant') && used.has('executive')).toBe(true);
  });
});

describe('the catalog', () => {
  it('profiles at least 36 roles, each with cited pay, duties, education, outlook, AI impact and career links', () => {
    expect(entries.length).toBeGreaterThanOrEqual(36);
    for (const { id, data } of entries) {
      expect(data.sources, id).toContain(data.salary.source);
      expect(data.duties.length, id).toBeGreaterThanOrEqual(4);
      expect(data.education.length, id).toBeGreaterThan(0);
      expect(data.outlook.length, id).toBeGreaterThan(20);
      expect(data.aiImpact.summary.length, id).toBeGreaterThan(20);
    }
  });

  it('copies no run of eight words from a seed document', () => {
    const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9\s]+/g, ' ').split(/\s+/).filter(Boolean);
    const shingles = (list: string[]) => new Set(list.slice(0, Math.max(0, list.length - 7)).map((_, i) => list.slice(i, i + 8).join(' ')));
    const seedDir = '/work/shared/seeds';
    let seedFiles: string[] = [];
    try {
      seedFiles = readdirSync(seedDir).filter((name) => name.endsWith('.txt'));
    } catch {
      return; // The seeds live outside the repository; on a machine without them there is nothing to compare.
    }
    const seedShingles = new Set(seedFiles.flatMap((name) => [...shingles(words(readFileSync(`${seedDir}/${name}`, 'utf8')))]));
    const copied = readdirSync('content/roles')
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => [...shingles(words(readFileSync(`content/roles/${name}`, 'utf8')))].filter((run) => seedShingles.has(run)).map((run) => `${name}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
