/**
 * Career paths through the role graph: every route from a starting role along `next` links,
 * with typical years and pay at each step. Pure: no DOM, no Astro, no I/O.
 */
import type { SourceId } from '../engine/data/sources.ts';
import { ROLE_LEVELS, type RoleLevel } from '../engine/roles.ts';
import type { Rung } from '../schemas/role-ladder.ts';
import type { RoleEntry } from './role-catalog.ts';

export interface YearRange {
  min: number;
  max: number;
}

/** A move from one role to the next, as the role profile states it. */
export interface CareerMove {
  /** Slug of the role moved to. */
  role: string;
  /** Typical years in the current role before the move. */
  years: YearRange;
  /** Typical pay increase in percent, where a source gives one. */
  payStepPct?: YearRange;
  /** Source of `years` and `payStepPct`, if any. */
  source?: SourceId;
  /** How typical the move is among people leaving the role. */
  typical: Typicality;
  /** Source of `typical`; absent means Roleplan's assumption. */
  typicalSource?: SourceId;
  /** What the move takes beyond the years. */
  takes?: MoveTakes;
  /** Why the change between medians is outside the usual band, where it is. */
  payNote?: string;
}

export type Typicality = 'usual' | 'common' | 'occasional';

export interface MoveTakes {
  certification?: string;
  firstSupervision?: boolean;
  skill?: string;
}

/**
 * How much a move of each kind weighs when paths are ranked: a path's weight is the product of
 * its moves' weights. Roleplan's assumption: the seeds name the usual routes, none gives shares.
 */
export const TYPICAL_WEIGHT: Record<Typicality, number> = { usual: 1, common: 0.6, occasional: 0.25 };

/** The band a move's change between medians is expected to fall in, percent; outside it the move needs a `payNote`. */
export const PAY_STEP_BAND = { min: -10, max: 60 } as const;

/** What the explorer needs to know about a role. */
export interface CareerRole {
  id: string;
  title: string;
  level: RoleLevel;
  /** Rung on the career ladder. */
  rung: Rung;
  /** Median (typical) yearly base salary, USD. */
  median: number;
  next: CareerMove[];
}

/** Every role by slug. */
export type CareerGraph = Record<string, CareerRole>;

/**
 * The pay change of one move: always the change between the two roles' medians (both on the
 * same BLS basis, so like is compared with like), and beside it a raise a source reports, if any.
 */
export interface PayStep {
  /** Change between the two roles' medians, percent. */
  pct: number;
  /** A raise a source reports for this move, percent. */
  reported?: { min: number; max: number; source?: SourceId };
  /** Why the change falls outside the usual band, where the profile says. */
  note?: string;
}

export interface PathStep {
  /** The role moved from. */
  from: string;
  /** The role moved to, with what the explorer shows about it. */
  role: string;
  title: string;
  level: RoleLevel;
  median: number;
  /** Typical years in `from` before this move. */
  years: YearRange;
  pay: PayStep;
  typical: Typicality;
  typicalSource?: SourceId;
  takes?: MoveTakes;
  /** Typical years from starting in the first role to arriving in this one. */
  cumulativeYears: YearRange;
}

export interface CareerPath {
  /** The starting role. */
  from: string;
  /** The last role of the path. */
  to: string;
  /** One entry per move, in order; never empty. */
  steps: PathStep[];
  /** Typical years from the start to the last role. */
  totalYears: YearRange;
  /** Change between the start's and the last role's medians, percent. */
  medianChangePct: number;
  /** Typical years until the path first reaches an executive role; null if it never does. */
  yearsToExecutive: YearRange | null;
  /** How typical the whole path is: the product of its moves' weights (1 when every move is usual). */
  weight: number;
}

export interface PathOptions {
  /**
   * Only paths that end at this role (they stop there, whatever its level). Without it, each
   * path runs up to executive level: it ends at the first executive role it reaches, or where
   * no further move is possible.
   */
  to?: string;
  /** At most this many paths (default 500); `truncated` says whether more existed. */
  limit?: number;
}

export interface PathResult {
  paths: CareerPath[];
  truncated: boolean;
}

export const EXECUTIVE_LEVEL: RoleLevel = 'executive';

/** The engine-facing role entries as a career graph. */
export function toCareerGraph(entries: readonly RoleEntry[]): CareerGraph {
  return Object.fromEntries(
    entries.map(({ id, data }) => [
      id,
      {
        id,
        title: data.title,
        level: data.level,
        rung: data.rung,
        median: data.salary.median,
        next: data.next.map((step) => ({
          role: step.role,
          years: { min: step.years.min, max: step.years.max },
          ...(step.payStepPct ? { payStepPct: { min: step.payStepPct.min, max: step.payStepPct.max } } : {}),
          ...(step.source ? { source: step.source } : {}),
          typical: step.typical,
          ...(step.typicalSource ? { typicalSource: step.typicalSource } : {}),
          ...(step.takes ? { takes: { ...step.takes } } : {}),
          ...(step.payNote ? { payNote: step.payNote } : {}),
        })),
      } satisfies CareerRole,
    ]),
  );
}

/** Percent change from one median to another. */
export function medianChangePct(fromMedian: number, toMedian: number): number {
  return ((toMedian - fromMedian) / fromMedian) * 100;
}

/** The pay step of a move: the change between medians, with a reported raise beside it where a source gives one. */
export function payStep(
  from: { median: number },
  to: { median: number },
  move: Pick<CareerMove, 'payStepPct' | 'source' | 'payNote'>,
): PayStep {
  return {
    pct: medianChangePct(from.median, to.median),
    ...(move.payStepPct
      ? { reported: { min: move.payStepPct.min, max: move.payStepPct.max, ...(move.source ? { source: move.source } : {}) } }
      : {}),
    ...(move.payNote ? { note: move.payNote } : {}),
  };
}

/** True when a move's change between medians lies within PAY_STEP_BAND. */
export function withinPayBand(pay: PayStep): boolean {
  return pay.pct >= PAY_STEP_BAND.min && pay.pct <= PAY_STEP_BAND.max;
}

function roleOf(graph: CareerGraph, id: string): CareerRole {
  const role = graph[id];
  if (!role) throw new Error(`No role "${id}" in the career graph`);
  return role;
}

/** Every role reachable from `from` by one or more moves, nearest first (breadth first), without `from` itself. */
export function reachableRoles(graph: CareerGraph, from: string): string[] {
  roleOf(graph, from);
  const seen = new Set([from]);
  const order: string[] = [];
  let frontier = [from];
  while (frontier.length > 0) {
    const nextFrontier: string[] = [];
    for (const id of frontier) {
      for (const move of graph[id]?.next ?? []) {
        if (seen.has(move.role) || !graph[move.role]) continue;
        seen.add(move.role);
        order.push(move.role);
        nextFrontier.push(move.role);
      }
    }
    frontier = nextFrontier;
  }
  return order;
}

function compareRanges(a: YearRange | null, b: YearRange | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.min - b.min || a.max - b.max;
}

/** Orders paths: those reaching executive level first and soonest, then shorter, then by titles. */
export function comparePaths(a: CareerPath, b: CareerPath): number {
  return (
    compareRanges(a.yearsToExecutive, b.yearsToExecutive) ||
    compareRanges(a.totalYears, b.totalYears) ||
    a.steps.length - b.steps.length ||
    a.steps.map((step) => step.title).join('|').localeCompare(b.steps.map((step) => step.title).join('|'))
  );
}

/**
 * Every path from `from` along `next` links, never visiting a role twice. Without `to`, a path
 * ends at the first executive-level role it reaches (the start itself does not count) or where
 * no further move is possible; with `to`, only paths ending at `to` are returned.
 */
export function careerPaths(graph: CareerGraph, from: string, options: PathOptions = {}): PathResult {
  const start = roleOf(graph, from);
  if (options.to !== undefined) roleOf(graph, options.to);
  const limit = options.limit ?? 500;
  const paths: CareerPath[] = [];
  let truncated = false;

  const finish = (steps: PathStep[]) => {
    if (paths.length >= limit) {
      truncated = true;
      return;
    }
    const last = steps[steps.length - 1]!;
    const firstExecutive = steps.find((step) => step.level === EXECUTIVE_LEVEL);
    paths.push({
      from,
      to: last.role,
      steps,
      totalYears: last.cumulativeYears,
      medianChangePct: medianChangePct(start.median, last.median),
      weight: steps.reduce((product, step) => product * TYPICAL_WEIGHT[step.typical], 1),
      yearsToExecutive:
        start.level === EXECUTIVE_LEVEL ? { min: 0, max: 0 } : firstExecutive ? firstExecutive.cumulativeYears : null,
    });
  };

  const walk = (current: CareerRole, steps: PathStep[], visited: Set<string>, years: YearRange) => {
    if (truncated) return;
    const moves = current.next.filter((move) => graph[move.role] && !visited.has(move.role));
    if (options.to === undefined && moves.length === 0 && steps.length > 0) {
      finish(steps);
      return;
    }
    for (const move of moves) {
      const target = graph[move.role]!;
      const cumulativeYears = { min: years.min + move.years.min, max: years.max + move.years.max };
      const step: PathStep = {
        from: current.id,
        role: target.id,
        title: target.title,
        level: target.level,
        median: target.median,
        years: move.years,
        pay: payStep(current, target, move),
        typical: move.typical,
        ...(move.typicalSource ? { typicalSource: move.typicalSource } : {}),
        ...(move.takes ? { takes: move.takes } : {}),
        cumulativeYears,
      };
      const nextSteps = [...steps, step];
      const arrived = options.to === undefined ? target.level === EXECUTIVE_LEVEL : target.id === options.to;
      if (arrived) {
        finish(nextSteps);
        continue;
      }
      visited.add(target.id);
      walk(target, nextSteps, visited, cumulativeYears);
      visited.delete(target.id);
    }
  };

  walk(start, [], new Set([from]), { min: 0, max: 0 });
  paths.sort(comparePaths);
  return { paths, truncated };
}

/** The quickest path from one role to another (fewest typical years), or null if there is none. */
export function fastestPath(graph: CareerGraph, from: string, to: string): CareerPath | null {
  if (from === to) return null;
  const { paths } = careerPaths(graph, from, { to });
  return [...paths].sort((a, b) => compareRanges(a.totalYears, b.totalYears) || a.steps.length - b.steps.length)[0] ?? null;
}

/** Groups paths by the role they end at, highest level and most paths first. */
export function groupByDestination(graph: CareerGraph, paths: readonly CareerPath[]): { to: string; paths: CareerPath[] }[] {
  const groups = new Map<string, CareerPath[]>();
  for (const path of paths) groups.set(path.to, [...(groups.get(path.to) ?? []), path]);
  const rank = (id: string) => ROLE_LEVELS.indexOf(roleOf(graph, id).level);
  return [...groups]
    .map(([to, grouped]) => ({ to, paths: grouped }))
    .sort((a, b) => rank(b.to) - rank(a.to) || comparePaths(a.paths[0]!, b.paths[0]!));
}

/** Orders paths most typical first (highest weight), then as `comparePaths` does. */
export function compareByTypicality(a: CareerPath, b: CareerPath): number {
  return b.weight - a.weight || comparePaths(a, b);
}

/**
 * The `count` most typical paths, most typical first: what the explorer shows before "show all".
 * Only the most typical path of each track (destination and the role just before it) is taken at
 * first, so the short list shows different routes rather than small variations of one; other
 * paths fill the list only when there are fewer tracks than `count`.
 */
export function mostTypicalPaths(paths: readonly CareerPath[], count: number): CareerPath[] {
  const ranked = [...paths].sort(compareByTypicality);
  const track = (path: CareerPath) => `${path.steps.at(-2)?.role ?? path.from}>${path.to}`;
  const seen = new Set<string>();
  const first: CareerPath[] = [];
  const rest: CareerPath[] = [];
  for (const path of ranked) {
    if (seen.has(track(path))) rest.push(path);
    else {
      seen.add(track(path));
      first.push(path);
    }
  }
  return [...first, ...rest].slice(0, count).sort(compareByTypicality);
}
