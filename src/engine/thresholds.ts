// The headcounts at which the recommended structure would change, other inputs held fixed.
import { type Profile, hasExistingTeam } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import type { Structure } from './structures.ts';
import { analyze, analyzeWorkload, pickStructure, pickWithCosts, type Analysis, type PickWithCosts } from './analysis.ts';
import { scoring } from './data/scoring.ts';
import { rules, type Effect, type Rule } from './rules.ts';
import { loadedCost } from './data/costs.ts';
import { EMPLOYEES } from './limits.ts';
import { HR_FUNCTIONS } from './hr-functions.ts';
import { depthThresholds, FTE_STEP } from './data/workload.ts';
import { teamShape } from './data/team-shape.ts';
import { layerWorkUnrounded } from './team.ts';
import { roundToStep } from './workload.ts';

export interface Threshold {
  /** First headcount at which `structure` becomes the recommendation. */
  employees: number;
  structure: Structure;
}

const GRID_POINTS = 40;

const FUNCTION_INDEX = new Map(HR_FUNCTIONS.map((fn, index) => [fn, index]));

/** How near the idle-share rule's limit (percentage points) a new specialist area can move the rule. */
const IDLE_MARGIN_PCT = 10;

/**
 * Headcounts where something discrete switches, read from the data itself: both sides of every
 * rule condition on headcount (`< v` and `>= v` switch between v - 1 and v; `<= v` and `> v`
 * between v and v + 1) and of every employer-cost band.
 */
function dataEdges(): number[] {
  const edges: number[] = [];
  for (const rule of rules) {
    for (const condition of rule.when) {
      if (condition.fact !== 'employees' || typeof condition.value !== 'number') continue;
      const first = condition.op === 'lte' || condition.op === 'gt' ? condition.value + 1 : condition.value;
      edges.push(first - 1, first);
    }
  }
  for (const band of loadedCost.bands) edges.push(band.minEmployees - 1, band.minEmployees);
  return edges;
}

function grid(): number[] {
  const points = new Set<number>([EMPLOYEES.min, EMPLOYEES.max]);
  for (let index = 1; index < GRID_POINTS; index += 1) {
    points.add(Math.round(Math.exp((Math.log(EMPLOYEES.max) * index) / GRID_POINTS)));
  }
  for (const edge of dataEdges()) if (edge >= EMPLOYEES.min && edge <= EMPLOYEES.max) points.add(edge);
  return [...points].sort((a, b) => a - b);
}

const GRID = grid();

// Thresholds do not depend on today's headcount (the whole range is scanned), so they are
// remembered per profile-without-headcount: typing a new headcount in the planner reuses them.
const remembered = new WeakMap<RoleCatalog, Map<string, ThresholdScan>>();

/** A threshold scan: remembered per profile-without-headcount, so read it, never change it. */
export interface ThresholdScan {
  /** The pick at the smallest headcount. */
  readonly start: Structure;
  readonly thresholds: readonly Threshold[];
}


/**
 * The recommendation at a larger headcount, read from the thresholds: `today` is the pick at
 * `from` employees, and each threshold above `from` and at or below `employees` replaces it.
 */
export function pickFromThresholds(today: Structure, from: number, thresholds: readonly Threshold[], employees: number): Structure {
  let structure = today;
  for (const threshold of thresholds) if (threshold.employees > from && threshold.employees <= employees) structure = threshold.structure;
  return structure;
}

/** The pick the list implies at a headcount: the last threshold at or below it, else the start. */
const impliedAt = (scan: ThresholdScan, employees: number): Structure => pickFromThresholds(scan.start, 0, scan.thresholds, employees);

const REMEMBER_AT_MOST = 32;

function keyOf(profile: Profile): string {
  const { employees: _ignored, ...rest } = profile;
  return JSON.stringify(rest);
}

/** The scan for a profile: the remembered one where the profile without its headcount was scanned before. */
export function thresholdScan(profile: Profile, catalog: RoleCatalog): ThresholdScan {
  let byProfile = remembered.get(catalog);
  if (!byProfile) {
    byProfile = new Map();
    remembered.set(catalog, byProfile);
  }
  const key = keyOf(profile);
  let scan = byProfile.get(key);
  if (!scan) {
    scan = scanThresholds(profile, catalog, []);
    if (byProfile.size >= REMEMBER_AT_MOST) byProfile.delete(byProfile.keys().next().value!);
    byProfile.set(key, scan);
  }
  // The pick can change and change back between samples: the list must at least agree with the
  // pick at today's headcount, so today's headcount becomes a sample where it does not. That
  // scan is not remembered: the list for a headcount never depends on the headcounts typed before.
  if (impliedAt(scan, profile.employees) !== pickStructure(profile, catalog)) {
    scan = scanThresholds(profile, catalog, [profile.employees - 1, profile.employees]);
  }
  return scan;
}

/**
 * Team costs (loaded, mid, fees included) between which the budget can move the pick: below the
 * lower one every team scores the budget's full points and no budget rule fires; from the upper
 * one on, every team is so far over that it scores none, and every budget rule has fired.
 */
function budgetWindow(budget: number): { below: number; from: number } {
  let widest = 1;
  for (const rule of rules) {
    for (const condition of rule.when) {
      if (condition.fact === 'budgetToGeneralistCost' && typeof condition.value === 'number') widest = Math.max(widest, condition.value);
    }
  }
  return { below: budget / widest, from: budget * (1 + 2 / scoring.overBudgetPenalty) };
}

function scanThresholds(profile: Profile, catalog: RoleCatalog, extra: number[]): ThresholdScan {
  const cache = new Map<number, PickWithCosts>();
  // The workload at the headcounts the edge search read, reused by the picks there.
  const stages = new Map<number, ReturnType<typeof analyzeWorkload>>();
  const sample = (employees: number): PickWithCosts => {
    let found = cache.get(employees);
    if (!found) {
      found = pickWithCosts({ ...profile, employees }, catalog, stages.get(employees));
      cache.set(employees, found);
    }
    return found;
  };
  const pickAt = (employees: number): Structure => sample(employees).pick;
  /**
   * Changes between sample points: where two neighbours differ, bisect to a new pick, and on from
   * there until the later point's pick is reached (a stretch can hold more than one change).
   */
  const changesAcross = (points: number[]): Threshold[] => {
    const found: Threshold[] = [];
    for (let index = 1; index < points.length; index += 1) {
      const until = points[index]!;
      let from = points[index - 1]!;
      while (pickAt(from) !== pickAt(until)) {
        const before = pickAt(from);
        let low = from;
        let high = until;
        // Most changes fall on a workload edge, the later point itself: one pick before it settles that.
        if (until - from > 1 && pickAt(until - 1) === before) low = until - 1;
        while (high - low > 1) {
          const middle = Math.floor((low + high) / 2);
          if (pickAt(middle) === before) low = middle;
          else high = middle;
        }
        found.push({ employees: high, structure: pickAt(high) });
        from = high;
      }
    }
    return found;
  };
  const inRange = (employees: number) => employees >= EMPLOYEES.min && employees <= EMPLOYEES.max;
  // Picks are read at the first headcount of every stretch between workload edges (where the rules
  // fired before costs are known, the functions needing depth, or the areas filling a specialist
  // change) and at the first HR hire. Where two neighbouring stretches differ, the last headcount
  // before the later one is read first, since most changes fall on an edge. Within a stretch the
  // pick moves mostly with what only the teams show: their costs against a budget, and how an
  // existing team's people fit each structure. Inside stretches where either can move it, grid
  // points are read too.
  const point = analyzeWorkload(profile).firstHirePoint;
  const bounds = [...new Set([EMPLOYEES.min, EMPLOYEES.max, point, ...extra, ...workloadEdges(profile, catalog, GRID, stages)])]
    .filter(inRange)
    .sort((a, b) => a - b);
  const costWindow = profile.budget === undefined ? null : budgetWindow(profile.budget);
  const budgetMoves = (low: number, high: number) => costWindow !== null && sample(high).highestCost > costWindow.below && sample(low).lowestCost < costWindow.from;
  const withExisting = hasExistingTeam(profile);
  const points = [...bounds];
  let next = 0;
  for (let index = 1; index < bounds.length; index += 1) {
    const low = bounds[index - 1]!;
    const high = bounds[index]!;
    while (next < GRID.length && GRID[next]! <= low) next += 1;
    if (high - low < 2 || !(withExisting || budgetMoves(low, high))) continue;
    for (let at = next; at < GRID.length && GRID[at]! < high; at += 1) points.push(GRID[at]!);
  }
  const thresholds = changesAcross(points.sort((a, b) => a - b));
  // The pick can change and change back between two sample points. Where the pick just before a
  // threshold is not the one the list says came before it (or the last pick is not the top's),
  // sample that stretch more densely until the list accounts for every change.
  const start = pickAt(EMPLOYEES.min);
  for (let guard = 0; guard < 64; guard += 1) {
    // Checked: the headcount just before each threshold, the top, and any sample asked for.
    const checks = [...thresholds.map((threshold) => threshold.employees - 1), EMPLOYEES.max, ...extra]
      .filter(inRange)
      .sort((a, b) => a - b);
    const wrong = checks.find((employees) => impliedAt({ start, thresholds }, employees) !== pickAt(employees));
    if (wrong === undefined) break;
    const from = [...thresholds].reverse().find((threshold) => threshold.employees <= wrong)?.employees ?? EMPLOYEES.min;
    const to = wrong;
    let missed: Threshold[] = [];
    for (let step = Math.max(1, Math.ceil((to - from) / 64)); missed.length === 0; step = Math.max(1, Math.floor(step / 8))) {
      const dense: number[] = [];
      for (let employees = from; employees < to; employees += step) dense.push(employees);
      dense.push(to);
      missed = changesAcross(dense);
      if (step === 1) break;
    }
    if (missed.length === 0) break;
    thresholds.push(...missed);
    thresholds.sort((a, b) => a.employees - b.employees);
  }
  return { start, thresholds };
}

/**
 * The first headcount after every point where the rules fired before costs are known, the
 * functions that need depth, or the areas with a specialist's worth of work change: the pick can
 * change there and change back before the next grid point (a hybrid team at 43-48 employees
 * between generalist plans at 42 and 49). Found between grid points whose workloads differ, on the
 * workload alone, which costs a fifth of a pick.
 */
function workloadEdges(profile: Profile, catalog: RoleCatalog, grid: number[], stages: Map<number, ReturnType<typeof analyzeWorkload>>): number[] {
  const withExisting = hasExistingTeam(profile);
  const readings = new Map<number, Reading>();
  const readAt = (employees: number): Reading => {
    let reading = readings.get(employees);
    if (reading === undefined) {
      const atSize = { ...profile, employees };
      // With an existing team, how its people fit each structure moves the pick too: the whole analysis is read.
      const stage = withExisting ? analyze(atSize, catalog, false) : analyzeWorkload(atSize);
      if (!withExisting) stages.set(employees, stage);
      const coverage = withExisting ? Object.values((stage as Analysis).options).map((option) => Object.values(option.coverage).join(' ')).join('/') : '';
      reading = readingOf(stage, coverage, withExisting);
      readings.set(employees, reading);
    }
    return reading;
  };
  const edges: number[] = [];
  /**
   * Where the readings differ at the ends, the stretch is cut where the first gauge behind the
   * difference would cross its limit if it moved in a straight line (most do, nearly), probing that
   * headcount and the next: an edge is found in two reads rather than a dozen halvings. Where no
   * gauge explains the difference (an existing team's fit), or the last cut left a part more than
   * half as wide, the next cut halves.
   */
  const split = (low: number, high: number, interpolate: boolean): void => {
    const atLow = readAt(low);
    const atHigh = readAt(high);
    if (atLow.key === atHigh.key) return;
    if (high - low === 1) {
      edges.push(high);
      return;
    }
    const guess = interpolate ? crossing(atLow, atHigh, low, high) : null;
    if (guess === null) {
      const middle = Math.floor((low + high) / 2);
      split(low, middle, true);
      split(middle, high, true);
      return;
    }
    const halfWidth = (high - low) / 2;
    split(low, guess, guess - low <= halfWidth);
    split(guess, guess + 1, false);
    if (guess + 1 < high) split(guess + 1, high, high - guess - 1 <= halfWidth);
  };
  for (let index = 1; index < grid.length; index += 1) split(grid[index - 1]!, grid[index]!, true);
  return edges;
}

/**
 * What the pick can turn on at one headcount, before costs: its `key`, and the figures behind it
 * (`gauges`, each a distance from the limit it is compared with, its sign the side) with the part
 * of the key each one moves (`parts[tags[i]]`).
 */
interface Reading {
  key: string;
  parts: number[];
  gauges: number[];
  tags: number[];
}

/** Where each part of a reading sits in `parts`; the rules' fired bits follow, one per rule. */
const PART = { depth: 0, areas: 1, layer: 2, small: 3, rules: 4 } as const;

/**
 * Effects that reach the pick only through the functions needing depth (a part of the key of its
 * own) or not at all. An existing team's placement reads the priorities too: there every rule counts.
 */
const BESIDE_PICK: ReadonlySet<Effect['type']> = new Set(['warning', 'note', 'outsource-willing', 'priority', 'depth']);

const RULES_MOVING_PICK: ReadonlySet<Rule> = new Set(rules.filter((rule) => rule.effects.some((effect) => !BESIDE_PICK.has(effect.type))));


function readingOf(stage: ReturnType<typeof analyzeWorkload>, coverage: string, everyRule: boolean): Reading {
  const parts: number[] = [];
  const gauges: number[] = [];
  const tags: number[] = [];
  const gauge = (value: number, part: number) => {
    gauges.push(value);
    tags.push(part);
  };
  // The functions needing depth, in their order (one digit each, base 11): each function's load
  // against the depth limits.
  let depth = 0;
  for (const fn of stage.depth) depth = depth * 11 + FUNCTION_INDEX.get(fn)! + 1;
  parts[PART.depth] = depth;
  // And which areas have enough work for a specialist of their own: a new area in the specialist
  // team moves the share of its time left idle, and the rule on it, by a step. Only near the
  // rule's limit: far from it a step moves the share without moving the rule.
  const idle = stage.facts.specialistIdlePct - teamShape.specialistMaxIdlePct.value;
  let areas = 0;
  if (Math.abs(idle) < IDLE_MARGIN_PCT) {
    for (let index = 0; index < HR_FUNCTIONS.length; index += 1) if (stage.workload.loads[HR_FUNCTIONS[index]!] >= depthThresholds.specialistStructureFte) areas += 2 ** index;
  }
  parts[PART.areas] = areas;
  gauge(idle - IDLE_MARGIN_PCT, PART.areas);
  gauge(idle + IDLE_MARGIN_PCT, PART.areas);
  for (const fn of HR_FUNCTIONS) {
    const load = stage.workload.loads[fn];
    gauge(load - depthThresholds.specialistFte, PART.depth);
    gauge(load - depthThresholds.priorityFte, PART.depth);
    gauge(load - depthThresholds.specialistStructureFte, PART.depth);
    gauge(load - depthThresholds.specialistStructureFte, PART.areas);
  }
  // The order of the functions needing depth is by load: where two loads cross, it changes.
  for (let first = 0; first < HR_FUNCTIONS.length; first += 1) {
    for (let second = first + 1; second < HR_FUNCTIONS.length; second += 1) {
      gauge(stage.workload.loads[HR_FUNCTIONS[first]!] - stage.workload.loads[HR_FUNCTIONS[second]!], PART.depth);
    }
  }
  // And whether one assistant manager would have enough work under them (the rule on it reads the work).
  const layerFte = layerWorkUnrounded(stage);
  parts[PART.layer] = roundToStep(layerFte) >= teamShape.assistantManagerMinSpan.value ? 1 : 0;
  gauge(layerFte - (teamShape.assistantManagerMinSpan.value - FTE_STEP / 2), PART.layer);
  // And the size of a team too small for a lead: there each half FTE decides whether a specialist
  // fits beside the generalist who heads it (the team's size is its work rounded to a step).
  const teamFte = stage.workload.teamFte;
  parts[PART.small] = Math.min(teamFte, teamShape.managerFromFte.value);
  for (let step = FTE_STEP; step <= teamShape.managerFromFte.value; step += FTE_STEP) gauge(stage.workload.fte - (step - FTE_STEP / 2), PART.small);
  // The rules come in the same order at every headcount: which fired, and each number a condition compares.
  let fired = '';
  for (let index = 0; index < stage.outcomes.length; index += 1) {
    const outcome = stage.outcomes[index]!;
    if (!everyRule && !RULES_MOVING_PICK.has(outcome.rule)) continue;
    const part = PART.rules + index;
    parts[part] = outcome.fired ? 1 : 0;
    fired += outcome.fired ? '1' : '0';
    for (const condition of outcome.conditions) {
      if (typeof condition.actual === 'number' && typeof condition.expected === 'number') gauge(condition.actual - condition.expected, part);
    }
  }
  return { key: `${depth}|${fired}|${areas}|${parts[PART.layer]}|${parts[PART.small]}|${coverage}`, parts, gauges, tags };
}

/**
 * The headcount inside (low, high) just before the first gauge, of those that change sides
 * between the ends and move a part of the key that differs, would cross its limit on a straight
 * line; null when none does.
 */
function crossing(atLow: Reading, atHigh: Reading, low: number, high: number): number | null {
  let first = Infinity;
  for (let index = 0; index < atLow.gauges.length; index += 1) {
    const from = atLow.gauges[index]!;
    const to = atHigh.gauges[index]!;
    const part = atLow.tags[index]!;
    if (from < 0 === to < 0 || atLow.parts[part] === atHigh.parts[part]) continue;
    first = Math.min(first, low + ((high - low) * from) / (from - to));
  }
  if (first === Infinity) return null;
  return Math.min(high - 1, Math.max(low + 1, Math.floor(first)));
}
