// Career paths through the role graph: order, stopping rules, years, pay steps, cycles, limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRoleEntries } from '../../src/node/content-files';
import {
  careerPaths,
  fastestPath,
  groupByDestination,
  medianChangePct,
  payStep,
  reachableRoles,
  toCareerGraph,
  mostTypicalPaths,
  withinPayBand,
  TYPICAL_WEIGHT,
  type CareerGraph,
  type CareerMove,
  type CareerPath,
  type CareerRole,
} from '../../src/lib/career-paths';
import { ROLE_LEVELS } from '../../src/engine/roles';
import { propertySettings } from '../support/property-runs';

type TestMove = Omit<CareerMove, 'typical'> & { typical?: CareerMove['typical'] };

/** A role for a test graph; moves are `common` unless they say otherwise, and the rung is not used by paths. */
const role = (id: string, level: CareerRole['level'], median: number, next: TestMove[] = []): CareerRole => ({
  id,
  title: `Role ${id}`,
  level,
  rung: 'professional',
  median,
  next: next.map((move) => ({ typical: 'common', ...move })),
});
const years = (min: number, max: number) => ({ min, max });

/**
 * A -> B, A -> C (sourced raise), B <-> C (a cycle), B -> D, C -> D, D -> E (executive),
 * E -> F (executive); H -> G, a dead end below executive level.
 */
const graph: CareerGraph = {
  A: role('A', 'entry', 40_000, [
    { role: 'B', years: years(1, 2) },
    { role: 'C', years: years(1, 3), payStepPct: { min: 10, max: 20 }, source: 'seed-assistant-manager' },
  ]),
  B: role('B', 'mid', 50_000, [
    { role: 'C', years: years(1, 1) },
    { role: 'D', years: years(2, 4) },
  ]),
  C: role('C', 'mid', 55_000, [
    { role: 'B', years: years(1, 1) },
    { role: 'D', years: years(2, 3) },
  ]),
  D: role('D', 'lead', 80_000, [{ role: 'E', years: years(3, 5) }]),
  E: role('E', 'executive', 150_000, [{ role: 'F', years: years(2, 4) }]),
  F: role('F', 'executive', 200_000),
  G: role('G', 'mid', 60_000),
  H: role('H', 'mid', 52_000, [{ role: 'G', years: years(2, 3) }]),
};

const route = (path: CareerPath) => [path.from, ...path.steps.map((step) => step.role)].join('>');

describe('careerPaths', () => {
  it('finds every path up to the first executive role, quickest first', () => {
    const { paths, truncated } = careerPaths(graph, 'A');
    expect(truncated).toBe(false);
    expect(paths.map(route)).toEqual(['A>B>D>E', 'A>C>D>E', 'A>B>C>D>E', 'A>C>B>D>E']);
    // E is executive, so no path runs on to F.
    expect(paths.every((path) => path.to === 'E')).toBe(true);
  });

  it('adds up typical years step by step', () => {
    const path = careerPaths(graph, 'A').paths.find((candidate) => route(candidate) === 'A>C>B>D>E')!;
    expect(path.steps.map((step) => step.years)).toEqual([years(1, 3), years(1, 1), years(2, 4), years(3, 5)]);
    expect(path.steps.map((step) => step.cumulativeYears)).toEqual([years(1, 3), years(2, 4), years(4, 8), years(7, 13)]);
    expect(path.totalYears).toEqual(years(7, 13));
    expect(path.yearsToExecutive).toEqual(years(7, 13));
  });

  it('always gives the change between medians, with a sourced raise beside it where there is one', () => {
    const [viaB, viaC] = careerPaths(graph, 'A').paths;
    expect(viaB!.steps[0]!.pay).toEqual({ pct: 25 });
    expect(viaC!.steps[0]!.pay).toEqual({ pct: 37.5, reported: { min: 10, max: 20, source: 'seed-assistant-manager' } });
    expect(viaB!.medianChangePct).toBeCloseTo(275);
  });

  it('weighs a path by the product of its moves’ typicality, and lists the most typical first', () => {
    const weighted: CareerGraph = {
      S: role('S', 'entry', 40_000, [
        { role: 'T', years: years(1, 2), typical: 'occasional' },
        { role: 'U', years: years(3, 4), typical: 'usual' },
      ]),
      T: role('T', 'executive', 50_000),
      U: role('U', 'mid', 50_000, [{ role: 'T', years: years(1, 1), typical: 'common' }]),
    };
    const { paths } = careerPaths(weighted, 'S');
    const bySteps = Object.fromEntries(paths.map((path) => [route(path), path.weight]));
    expect(bySteps).toEqual({ 'S>T': TYPICAL_WEIGHT.occasional, 'S>U>T': TYPICAL_WEIGHT.usual * TYPICAL_WEIGHT.common });
    // The quicker path is less typical, so it comes second in the short list.
    expect(mostTypicalPaths(paths, 2).map(route)).toEqual(['S>U>T', 'S>T']);
    expect(mostTypicalPaths(paths, 1)).toHaveLength(1);
  });

  it('puts one path per track (destination and the role before it) in the short list before any variation', () => {
    const tracks: CareerGraph = {
      S: role('S', 'entry', 40_000, [
        { role: 'A', years: years(1, 1), typical: 'usual' },
        { role: 'B', years: years(1, 1), typical: 'occasional' },
      ]),
      A: role('A', 'mid', 50_000, [
        { role: 'M', years: years(1, 1), typical: 'usual' },
        { role: 'N', years: years(1, 1), typical: 'usual' },
      ]),
      B: role('B', 'mid', 50_000, [{ role: 'T', years: years(1, 1), typical: 'usual' }]),
      M: role('M', 'mid', 60_000, [{ role: 'T', years: years(1, 1), typical: 'usual' }]),
      N: role('N', 'mid', 60_000, [{ role: 'M', years: years(1, 1), typical: 'common' }]),
      T: role('T', 'executive', 90_000),
    };
    const { paths } = careerPaths(tracks, 'S');
    // S>A>N>M>T is more typical than S>B>T but repeats the M>T track of S>A>M>T.
    expect(mostTypicalPaths(paths, 2).map(route)).toEqual(['S>A>M>T', 'S>B>T']);
    expect(mostTypicalPaths(paths, 3).map(route)).toEqual(['S>A>M>T', 'S>A>N>M>T', 'S>B>T']);
  });

  it('never visits a role twice, even around a cycle', () => {
    for (const path of careerPaths(graph, 'B').paths) {
      const visited = [path.from, ...path.steps.map((step) => step.role)];
      expect(new Set(visited).size).toBe(visited.length);
    }
    expect(careerPaths(graph, 'B').paths.map(route)).toEqual(['B>D>E', 'B>C>D>E']);
  });

  it('with a destination, stops there and may pass through executive roles on the way', () => {
    const { paths } = careerPaths(graph, 'A', { to: 'F' });
    expect(paths.map(route)).toEqual(['A>B>D>E>F', 'A>C>D>E>F', 'A>B>C>D>E>F', 'A>C>B>D>E>F']);
    expect(paths[0]!.yearsToExecutive).toEqual(years(6, 11));
    expect(paths[0]!.totalYears).toEqual(years(8, 15));
    expect(careerPaths(graph, 'A', { to: 'D' }).paths.map(route)).toEqual(['A>B>D', 'A>C>D', 'A>B>C>D', 'A>C>B>D']);
  });

  it('from an executive role, runs to the next executive role', () => {
    const { paths } = careerPaths(graph, 'E');
    expect(paths.map(route)).toEqual(['E>F']);
    expect(paths[0]!.yearsToExecutive).toEqual(years(0, 0));
  });

  it('ends a path at a dead end below executive level, and says it never reaches executive level', () => {
    const { paths } = careerPaths(graph, 'H');
    expect(paths.map(route)).toEqual(['H>G']);
    expect(paths[0]!.yearsToExecutive).toBeNull();
  });

  it('returns no path from a role with no next role, or to a role that cannot be reached', () => {
    expect(careerPaths(graph, 'F').paths).toEqual([]);
    expect(careerPaths(graph, 'D', { to: 'A' }).paths).toEqual([]);
  });

  it('throws on a role that is not in the graph', () => {
    expect(() => careerPaths(graph, 'nope')).toThrow('No role "nope"');
    expect(() => careerPaths(graph, 'A', { to: 'nope' })).toThrow('No role "nope"');
  });

  it('stops at the limit and says so', () => {
    const { paths, truncated } = careerPaths(graph, 'A', { limit: 2 });
    expect(paths).toHaveLength(2);
    expect(truncated).toBe(true);
  });
});

describe('payStep and medianChangePct', () => {
  it('computes the change between medians in percent', () => {
    expect(medianChangePct(80_000, 100_000)).toBe(25);
    expect(medianChangePct(100_000, 80_000)).toBe(-20);
    expect(payStep({ median: 100_000 }, { median: 90_000 }, {})).toEqual({ pct: -10 });
  });

  it('keeps a sourced raise without a source id, and a note on why a step is unusual', () => {
    expect(payStep({ median: 1 }, { median: 2 }, { payStepPct: { min: 5, max: 5 } })).toEqual({ pct: 100, reported: { min: 5, max: 5 } });
    expect(payStep({ median: 1 }, { median: 2 }, { payNote: 'into larger employers' })).toEqual({ pct: 100, note: 'into larger employers' });
  });

  it('says whether a step lies within the -10% to +60% band', () => {
    expect(withinPayBand({ pct: -10 })).toBe(true);
    expect(withinPayBand({ pct: 60 })).toBe(true);
    expect(withinPayBand({ pct: -10.5 })).toBe(false);
    expect(withinPayBand({ pct: 61 })).toBe(false);
  });
});

describe('reachableRoles, fastestPath, groupByDestination', () => {
  it('lists reachable roles nearest first, without the start', () => {
    expect(reachableRoles(graph, 'A')).toEqual(['B', 'C', 'D', 'E', 'F']);
    expect(reachableRoles(graph, 'F')).toEqual([]);
  });

  it('finds the quickest path between two roles', () => {
    expect(route(fastestPath(graph, 'A', 'D')!)).toBe('A>B>D');
    expect(fastestPath(graph, 'D', 'A')).toBeNull();
    expect(fastestPath(graph, 'A', 'A')).toBeNull();
  });

  it('groups paths by destination, highest level first', () => {
    const paths = [...careerPaths(graph, 'H').paths, ...careerPaths(graph, 'A').paths];
    const groups = groupByDestination(graph, paths);
    expect(groups.map((group) => group.to)).toEqual(['E', 'G']);
    expect(groups[0]!.paths).toHaveLength(4);
  });
});

describe('careerPaths on random graphs (property)', () => {
  const ids = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
  const randomGraph = fc
    .tuple(
      fc.array(fc.constantFrom(...ROLE_LEVELS), { minLength: ids.length, maxLength: ids.length }),
      fc.array(fc.tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 1), fc.nat(5), fc.nat(3)), { maxLength: 16 }),
    )
    .map(([levels, edges]) => {
      const result: CareerGraph = {};
      ids.forEach((id, index) => (result[id] = role(id, levels[index]!, 40_000 + index * 10_000)));
      for (const [from, to, min, extra] of edges) {
        const source = result[ids[from]!]!;
        if (from === to || source.next.some((move) => move.role === ids[to])) continue;
        source.next.push({ role: ids[to]!, years: years(min, min + extra), typical: 'common' });
      }
      return result;
    });

  it('follows real links, never repeats a role, adds years correctly and stops where it should', () => {
    fc.assert(
      fc.property(randomGraph, fc.constantFrom(...ids), (g, start) => {
        for (const path of careerPaths(g, start).paths) {
          const visited = [path.from, ...path.steps.map((step) => step.role)];
          expect(new Set(visited).size).toBe(visited.length);
          let sum = years(0, 0);
          path.steps.forEach((step, index) => {
            const move = g[step.from]!.next.find((candidate) => candidate.role === step.role);
            expect(move).toBeDefined();
            expect(step.from).toBe(visited[index]);
            sum = years(sum.min + move!.years.min, sum.max + move!.years.max);
            expect(step.cumulativeYears).toEqual(sum);
            // Only the last step may be at executive level.
            if (index < path.steps.length - 1) expect(step.level).not.toBe('executive');
          });
          const last = g[path.to]!;
          const canContinue = last.next.some((move) => !visited.includes(move.role));
          expect(last.level === 'executive' || !canContinue).toBe(true);
        }
      }),
      propertySettings(3),
    );
  });
});

describe('the real role profiles', () => {
  const real = toCareerGraph(readRoleEntries());

  it('carry title, level, median and moves into the graph', () => {
    expect(real['hr-assistant-manager']).toMatchObject({
      title: 'HR Assistant Manager',
      level: 'senior',
      next: [{ role: 'hr-manager', payStepPct: { min: 15, max: 25 }, source: 'seed-assistant-manager', typical: 'usual' }],
    });
  });

  it('lead from HR Manager to HR Director with a pay step', () => {
    const path = careerPaths(real, 'hr-manager', { to: 'hr-director' }).paths[0]!;
    expect(path.steps.at(-1)!.role).toBe('hr-director');
    expect(path.steps.every((step) => Number.isFinite(step.pay.pct))).toBe(true);
  });

  it('give every role below executive level at least one path to an executive role', () => {
    const stuck = Object.values(real)
      .filter((candidate) => candidate.level !== 'executive')
      .filter((candidate) => careerPaths(real, candidate.id).paths.every((path) => path.yearsToExecutive === null))
      .map((candidate) => candidate.id);
    expect(stuck).toEqual([]);
  });
});
