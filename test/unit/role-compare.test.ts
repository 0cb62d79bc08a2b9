// Comparing two roles: pay and experience changes, and added, dropped and shared duties and certifications.
import { describe, expect, it } from 'vitest';
import { readRoleEntries } from '../../src/node/content-files';
import { fastestPath, toCareerGraph, type CareerGraph } from '../../src/lib/career-paths';
import { compareRoles, diffLists, moveRequirements, partnerFor, similarity, stem, toCompareRole, type CompareRole } from '../../src/lib/role-compare';

const base: CompareRole = {
  id: 'a',
  title: 'Role A',
  level: 'senior',
  rung: 'senior',
  family: 'management',
  area: 'management',
  salary: { min: 80_000, median: 100_000, max: 130_000 },
  experience: { min: 4, max: 6 },
  education: ["Bachelor's degree"],
  certifications: ['PHR', 'SHRM-CP'],
  duties: [
    'Administer benefits enrollment and act as the contact for benefits vendors',
    'Keep the compliance calendar, including EEO-1 filing',
    'Supervise HR coordinators',
  ],
};

describe('diffLists', () => {
  it('matches exactly after normalizing case and punctuation, without fuzzy matching', () => {
    expect(diffLists(['SHRM-CP', 'PHR'], ['shrm cp', 'SPHR'])).toEqual({
      shared: [{ a: 'SHRM-CP', b: 'shrm cp' }],
      added: ['SPHR'],
      dropped: ['PHR'],
    });
  });

  it('with fuzzy matching, pairs duties that say the same thing in other words', () => {
    const diff = diffLists(base.duties, ['Administers benefit enrollment and manages benefits vendors', 'Set the HR strategy'], {
      fuzzy: true,
    });
    expect(diff.shared).toEqual([{ a: base.duties[0], b: 'Administers benefit enrollment and manages benefits vendors' }]);
    expect(diff.added).toEqual(['Set the HR strategy']);
    expect(diff.dropped).toEqual([base.duties[1], base.duties[2]]);
  });

  it('uses each item at most once, best match first', () => {
    const diff = diffLists(['Run payroll', 'Run payroll audits'], ['Run payroll audits'], { fuzzy: true });
    expect(diff.shared).toEqual([{ a: 'Run payroll audits', b: 'Run payroll audits' }]);
    expect(diff.dropped).toEqual(['Run payroll']);
  });

  it('treats empty lists as nothing shared', () => {
    expect(diffLists([], ['PHR'])).toEqual({ shared: [], added: ['PHR'], dropped: [] });
  });
});

describe('similarity and stem', () => {
  it('stems word forms to one root', () => {
    expect(['manage', 'manages', 'managed', 'managing'].map(stem)).toEqual(['manag', 'manag', 'manag', 'manag']);
    expect(['processes', 'process'].map(stem)).toEqual(['process', 'process']);
    expect(stem('policies')).toBe('policy');
  });

  it('scores unrelated duties low and reworded ones high', () => {
    expect(similarity('Run new-hire orientation', 'Negotiate union contracts')).toBe(0);
    expect(similarity('Run the new-hire orientation', 'Runs new hire orientations')).toBe(1);
  });
});

describe('compareRoles', () => {
  const b: CompareRole = {
    ...base,
    id: 'b',
    title: 'Role B',
    level: 'lead',
    rung: 'manager',
    salary: { min: 100_000, median: 125_000, max: 170_000 },
    experience: { min: 6, max: 10 },
    certifications: ['SHRM-CP', 'SPHR'],
    duties: ['Set the HR strategy', 'Keep the compliance calendar, including EEO-1 filings'],
  };

  it('gives the pay difference in dollars and percent for low, median and high', () => {
    const { pay } = compareRoles(base, b);
    expect(pay.median).toEqual({ a: 100_000, b: 125_000, diff: 25_000, pct: 25 });
    expect(pay.min.diff).toBe(20_000);
    expect(pay.max.pct).toBeCloseTo(30.77, 2);
  });

  it('gives level steps and the change in typical experience', () => {
    const result = compareRoles(base, b);
    expect(result.levelSteps).toBe(1);
    expect(result.experience).toEqual({ min: 2, max: 4 });
    expect(compareRoles(b, base).levelSteps).toBe(-1);
  });

  it('lists certifications and duties added and dropped going from a to b', () => {
    const result = compareRoles(base, b);
    expect(result.certifications).toEqual({ shared: [{ a: 'SHRM-CP', b: 'SHRM-CP' }], added: ['SPHR'], dropped: ['PHR'] });
    expect(result.duties.added).toEqual(['Set the HR strategy']);
    expect(result.duties.shared.map((pair) => pair.b)).toEqual(['Keep the compliance calendar, including EEO-1 filings']);
    expect(result.duties.dropped).toHaveLength(2);
  });
});

describe('partnerFor', () => {
  const graph: CareerGraph = {
    a: { id: 'a', title: 'A', level: 'entry', rung: 'coordinator', median: 1, next: [{ role: 'b', years: { min: 1, max: 2 }, typical: 'usual' }] },
    b: { id: 'b', title: 'B', level: 'mid', rung: 'professional', median: 2, next: [] },
    c: { id: 'c', title: 'C', level: 'mid', rung: 'professional', median: 3, next: [] },
  };
  const ids = ['a', 'b', 'c'];

  it('prefers the next role, then a role leading here, then any other role', () => {
    expect(partnerFor(graph, ids, 'a')).toBe('b');
    expect(partnerFor(graph, ids, 'b')).toBe('a');
    expect(partnerFor(graph, ids, 'c')).toBe('a');
  });

  it('needs two roles', () => {
    expect(() => partnerFor(graph, ['a'], 'a')).not.toThrow();
    expect(() => partnerFor({ c: graph.c! }, ['c'], 'c')).toThrow('at least two roles');
  });
});

describe('the real profiles', () => {
  const entries = readRoleEntries();
  const byId = new Map(entries.map((entry) => [entry.id, toCompareRole(entry)]));

  it('compare HR Assistant Manager with HR Manager: a raise and a level up', () => {
    const result = compareRoles(byId.get('hr-assistant-manager')!, byId.get('hr-manager')!);
    expect(result.pay.median.diff).toBeGreaterThan(0);
    expect(result.levelSteps).toBe(1);
  });

  it('what the move takes does not list as new a certification people in the first role already hold', () => {
    const graph = toCareerGraph(entries);
    const a = byId.get('hr-assistant-manager')!;
    const b = byId.get('hr-manager')!;
    const route = fastestPath(graph, a.id, b.id);
    const needs = moveRequirements(a, b, route, graph);
    for (const name of a.certifications) expect(needs.newCertifications).not.toContain(name);
    const takes = needs.moves.flatMap((move) => move.takes).join('; ');
    expect(takes).toMatch(/SHRM-CP or PHR \(people in HR Assistant Manager roles often hold it already\)/);
  });

  it('pair every role with another one', () => {
    const graph = toCareerGraph(entries);
    const ids = entries.map((entry) => entry.id);
    for (const id of ids) expect(partnerFor(graph, ids, id)).not.toBe(id);
  });
});
