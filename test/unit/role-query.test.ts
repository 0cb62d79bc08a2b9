// URL state of the role pages: parsed by zod, bad values dropped with a message, the rest kept.
import { describe, expect, it } from 'vitest';
import type { CareerGraph } from '../../src/lib/career-paths';
import {
  careerQueryString,
  matchesRoleFilters,
  parseRoleFilters,
  parseRoleParam,
  resolveCareerQuery,
  resolveComparePair,
  roleFiltersToQuery,
} from '../../src/lib/role-query';

const q = (query: string) => new URLSearchParams(query);

describe('parseRoleFilters', () => {
  it('reads the filters of the brief example', () => {
    expect(parseRoleFilters(q('family=specialist&level=mid&area=recruiting&min=60000'))).toEqual({
      value: { family: 'specialist', level: 'mid', area: 'recruiting', min: 60000 },
      problems: [],
    });
  });

  it('treats empty values as "any"', () => {
    expect(parseRoleFilters(q('family=&level=&min=&max=+'))).toEqual({ value: {}, problems: [] });
  });

  it('drops each bad value with a message naming it and keeps the others', () => {
    const { value, problems } = parseRoleFilters(q('family=wizard&level=senior&min=60k&max=2000000'));
    expect(value).toEqual({ level: 'senior' });
    expect(problems).toEqual([
      expect.stringMatching(/^Family "wizard" was ignored: it must be one of generalist, specialist/),
      'Minimum salary "60k" was ignored: it must be a whole number of dollars.',
      'Maximum salary "2000000" was ignored: it must be at most 1,000,000.',
    ]);
  });

  it('warns when the minimum is above the maximum', () => {
    const { value, problems } = parseRoleFilters(q('min=90000&max=50000'));
    expect(value).toEqual({ min: 90000, max: 50000 });
    expect(problems).toEqual(['The minimum salary is above the maximum, so no role can match.']);
  });

  it('round-trips through the query string in a fixed order', () => {
    const filters = { max: 120000, area: 'benefits', family: 'specialist' } as const;
    expect(roleFiltersToQuery(filters)).toBe('family=specialist&area=benefits&max=120000');
    expect(parseRoleFilters(q(roleFiltersToQuery(filters))).value).toEqual(filters);
    expect(roleFiltersToQuery({})).toBe('');
  });
});

describe('matchesRoleFilters', () => {
  const role = { family: 'specialist', level: 'mid', area: 'recruiting', median: 72_910 } as const;

  it('matches when every given filter matches, and the salary bounds apply to the median', () => {
    expect(matchesRoleFilters(role, {})).toBe(true);
    expect(matchesRoleFilters(role, { family: 'specialist', level: 'mid', area: 'recruiting' })).toBe(true);
    expect(matchesRoleFilters(role, { min: 72_910, max: 72_910 })).toBe(true);
    expect(matchesRoleFilters(role, { min: 72_911 })).toBe(false);
    expect(matchesRoleFilters(role, { max: 70_000 })).toBe(false);
    expect(matchesRoleFilters(role, { family: 'generalist' })).toBe(false);
    expect(matchesRoleFilters(role, { level: 'senior' })).toBe(false);
    expect(matchesRoleFilters(role, { area: 'payroll' })).toBe(false);
  });
});

const graph: CareerGraph = {
  a: { id: 'a', title: 'Alpha', level: 'entry', rung: 'coordinator', median: 1, next: [{ role: 'b', years: { min: 1, max: 2 }, typical: 'usual' }] },
  b: { id: 'b', title: 'Beta', level: 'mid', rung: 'professional', median: 2, next: [] },
  c: { id: 'c', title: 'Gamma', level: 'mid', rung: 'professional', median: 3, next: [] },
};
const ids = Object.keys(graph);

describe('parseRoleParam', () => {
  it('accepts a known slug, ignores an absent one and reports an unknown one', () => {
    expect(parseRoleParam(q('from=a'), 'from', ids, 'Starting role')).toEqual({ value: 'a', problems: [] });
    expect(parseRoleParam(q(''), 'from', ids, 'Starting role')).toEqual({ value: undefined, problems: [] });
    expect(parseRoleParam(q('from=zzz'), 'from', ids, 'Starting role')).toEqual({
      value: undefined,
      problems: ['Starting role "zzz" is not a role Roleplan profiles.'],
    });
  });
});

describe('resolveCareerQuery', () => {
  it('reads from and to', () => {
    expect(resolveCareerQuery(q('from=a&to=b'), graph, 'c')).toEqual({ value: { from: 'a', to: 'b' }, problems: [] });
    expect(careerQueryString({ from: 'a', to: 'b' })).toBe('?from=a&to=b');
    expect(careerQueryString({ from: 'a' })).toBe('?from=a');
  });

  it('falls back to the default start, saying so', () => {
    expect(resolveCareerQuery(q('from=nope'), graph, 'a')).toEqual({
      value: { from: 'a' },
      problems: ['Starting role "nope" is not a role Roleplan profiles.', 'Showing paths from Alpha instead.'],
    });
    expect(resolveCareerQuery(q(''), graph, 'a')).toEqual({ value: { from: 'a' }, problems: [] });
  });

  it('drops a destination that cannot be reached', () => {
    expect(resolveCareerQuery(q('from=a&to=c'), graph, 'a')).toEqual({
      value: { from: 'a' },
      problems: ['Gamma cannot be reached from Alpha, so every path is shown.'],
    });
  });
});

describe('resolveComparePair', () => {
  const fallback = { a: 'a', b: 'b' };

  it('uses both roles when both are given', () => {
    expect(resolveComparePair(q('a=c&b=a'), ids, graph, fallback)).toEqual({ value: { a: 'c', b: 'a' }, problems: [] });
  });

  it('uses the fallback pair when neither is given', () => {
    expect(resolveComparePair(q(''), ids, graph, fallback)).toEqual({ value: fallback, problems: [] });
  });

  it('pairs a lone a with its next role, and a lone b with a role that leads to it', () => {
    expect(resolveComparePair(q('a=a'), ids, graph, fallback).value).toEqual({ a: 'a', b: 'b' });
    expect(resolveComparePair(q('b=b'), ids, graph, fallback).value).toEqual({ a: 'a', b: 'b' });
    expect(resolveComparePair(q('b=a'), ids, graph, fallback).value).toEqual({ a: 'b', b: 'a' });
  });

  it('replaces a repeated role and reports unknown ones', () => {
    expect(resolveComparePair(q('a=a&b=a'), ids, graph, fallback)).toEqual({
      value: { a: 'a', b: 'b' },
      problems: ['Both roles were the same, so the second now shows a related role.'],
    });
    expect(resolveComparePair(q('a=x&b=c'), ids, graph, fallback)).toEqual({
      value: { a: 'a', b: 'c' },
      problems: ['First role "x" is not a role Roleplan profiles.'],
    });
  });
});
