/**
 * State kept in the URL query of the role pages: the filters of /roles, the start role of
 * /careers and the pair of /roles/compare. Every value is parsed by a zod schema; a bad value is
 * dropped with a message saying why, and the rest still applies. Pure: no DOM.
 */
import * as z from 'zod/mini';
import { HR_FUNCTIONS } from '../engine/hr-functions.ts';
import { ROLE_FAMILIES, ROLE_LEVELS, type RoleArea, type RoleFamily, type RoleLevel } from '../engine/roles.ts';
import { reachableRoles, type CareerGraph } from './career-paths.ts';
import { partnerFor } from './role-compare.ts';

export const ROLE_AREAS = [...HR_FUNCTIONS, 'generalist', 'management'] as const satisfies readonly RoleArea[];

/** The highest salary a filter accepts, USD. */
export const SALARY_FILTER_MAX = 1_000_000;

const salaryParam = z.pipe(
  z.string().check(z.regex(/^\d{1,7}$/, { error: 'must be a whole number of dollars' })),
  z.pipe(
    z.transform((text: string) => Number(text)),
    z.number().check(z.maximum(SALARY_FILTER_MAX, { error: `must be at most ${SALARY_FILTER_MAX.toLocaleString('en-US')}` })),
  ),
);

/** One schema per filter in the /roles query, e.g. `?family=specialist&level=mid&area=recruiting&min=60000`. */
export const roleFilterParams = {
  /** Role family; absent shows every family. */
  family: z.enum(ROLE_FAMILIES, { error: `must be one of ${ROLE_FAMILIES.join(', ')}` }),
  /** Career level; absent shows every level. */
  level: z.enum(ROLE_LEVELS, { error: `must be one of ${ROLE_LEVELS.join(', ')}` }),
  /** HR function or `generalist` / `management`; absent shows every area. */
  area: z.enum(ROLE_AREAS, { error: 'must be an HR function, generalist or management' }),
  /** Lowest median salary shown, USD. */
  min: salaryParam,
  /** Highest median salary shown, USD. */
  max: salaryParam,
};

export interface RoleFilters {
  family?: RoleFamily;
  level?: RoleLevel;
  area?: RoleArea;
  min?: number;
  max?: number;
}

export const ROLE_FILTER_KEYS = ['family', 'level', 'area', 'min', 'max'] as const satisfies readonly (keyof RoleFilters)[];

const PARAM_NAMES: Record<keyof RoleFilters, string> = {
  family: 'Family',
  level: 'Level',
  area: 'Area',
  min: 'Minimum salary',
  max: 'Maximum salary',
};

export interface Parsed<T> {
  value: T;
  /** Human-readable reasons for values that were ignored. */
  problems: string[];
}

/** Reads the /roles filters from a query. Empty values mean "any"; bad values are ignored with a problem. */
export function parseRoleFilters(params: URLSearchParams): Parsed<RoleFilters> {
  const filters: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of ROLE_FILTER_KEYS) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    const result = z.safeParse(roleFilterParams[key], raw);
    if (result.success) filters[key] = result.data;
    else problems.push(`${PARAM_NAMES[key]} "${raw}" was ignored: it ${result.error.issues[0]?.message ?? 'is not valid'}.`);
  }
  const value = filters as RoleFilters;
  if (value.min !== undefined && value.max !== undefined && value.min > value.max) {
    problems.push('The minimum salary is above the maximum, so no role can match.');
  }
  return { value, problems };
}

/** The query string for a set of filters, in a fixed order, without empty values (no leading `?`). */
export function roleFiltersToQuery(filters: RoleFilters): string {
  const params = new URLSearchParams();
  for (const key of ROLE_FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

/** Whether a role passes the filters (the salary filters apply to its median). */
export function matchesRoleFilters(
  role: { family: RoleFamily; level: RoleLevel; area: RoleArea; median: number },
  filters: RoleFilters,
): boolean {
  return (
    (filters.family === undefined || role.family === filters.family) &&
    (filters.level === undefined || role.level === filters.level) &&
    (filters.area === undefined || role.area === filters.area) &&
    (filters.min === undefined || role.median >= filters.min) &&
    (filters.max === undefined || role.median <= filters.max)
  );
}

/**
 * Reads a role slug from the query (`from`, `a`, `b`): absent gives undefined, a slug that
 * is not a role gives a problem naming it.
 */
export function parseRoleParam(params: URLSearchParams, name: string, roleIds: readonly string[], label: string): Parsed<string | undefined> {
  const raw = params.get(name)?.trim();
  if (!raw) return { value: undefined, problems: [] };
  const schema = z.enum(roleIds as [string, ...string[]]);
  const result = z.safeParse(schema, raw);
  if (result.success) return { value: result.data, problems: [] };
  return { value: undefined, problems: [`${label} "${raw}" is not a role Roleplan profiles.`] };
}

/** What the career explorer shows: paths from `from`, optionally only those ending at `to`. */
export interface CareerSelection {
  from: string;
  to?: string;
}

/**
 * The explorer's selection from `?from=&to=`. An unknown `from` falls back to `fallback`; a
 * `to` that cannot be reached from the start is dropped. Each correction comes with a problem.
 */
export function resolveCareerQuery(params: URLSearchParams, graph: CareerGraph, fallback: string): Parsed<CareerSelection> {
  const ids = Object.keys(graph);
  const from = parseRoleParam(params, 'from', ids, 'Starting role');
  const to = parseRoleParam(params, 'to', ids, 'Destination');
  const start = from.value ?? fallback;
  const problems = [...from.problems];
  if (from.problems.length > 0) problems.push(`Showing paths from ${graph[start]?.title ?? start} instead.`);
  problems.push(...to.problems);
  let destination = to.value;
  if (destination !== undefined && !reachableRoles(graph, start).includes(destination)) {
    problems.push(`${graph[destination]?.title ?? destination} cannot be reached from ${graph[start]?.title ?? start}, so every path is shown.`);
    destination = undefined;
  }
  return { value: destination === undefined ? { from: start } : { from: start, to: destination }, problems };
}

/** `?from=...&to=...` for a selection. */
export function careerQueryString(selection: CareerSelection): string {
  const params = new URLSearchParams({ from: selection.from });
  if (selection.to) params.set('to', selection.to);
  return `?${params}`;
}

/** The two roles of the compare view, a (from) and b (to). */
export interface ComparePair {
  a: string;
  b: string;
}

/**
 * The pair from `?a=&b=`. Neither: the fallback pair. Only a: a and the role it usually leads
 * to. Only b: a role that leads to b, and b. The same role twice: b becomes a related role.
 */
export function resolveComparePair(params: URLSearchParams, roleIds: readonly string[], graph: CareerGraph, fallback: ComparePair): Parsed<ComparePair> {
  const a = parseRoleParam(params, 'a', roleIds, 'First role');
  const b = parseRoleParam(params, 'b', roleIds, 'Second role');
  const problems = [...a.problems, ...b.problems];
  if (a.value === undefined && b.value === undefined) return { value: fallback, problems };
  if (a.value === undefined) {
    const to = b.value!;
    const earlier = roleIds.find((id) => id !== to && graph[id]?.next.some((move) => move.role === to));
    return { value: { a: earlier ?? partnerFor(graph, roleIds, to), b: to }, problems };
  }
  if (b.value === undefined) return { value: { a: a.value, b: partnerFor(graph, roleIds, a.value) }, problems };
  if (a.value === b.value) {
    problems.push('Both roles were the same, so the second now shows a related role.');
    return { value: { a: a.value, b: partnerFor(graph, roleIds, a.value) }, problems };
  }
  return { value: { a: a.value, b: b.value }, problems };
}
