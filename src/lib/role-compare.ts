/**
 * Two roles side by side: pay and experience differences, and which duties and
 * certifications are added or dropped going from role a to role b. Pure: no DOM, no Astro.
 */
import type { RoleArea, RoleFamily, RoleLevel } from '../engine/roles.ts';
import type { CareerGraph, CareerPath, YearRange } from './career-paths.ts';
import type { RoleEntry } from './role-catalog.ts';
import { LEVEL_FRAMEWORK, rungsBetween, type RungFramework } from './level-framework.ts';
import { CERTIFICATIONS } from './certifications.ts';
import { movePrerequisites } from './role-format.ts';
import { RUNGS, rungIndex, type Rung } from '../schemas/role-ladder.ts';

/** What the compare view needs about a role. */
export interface CompareRole {
  id: string;
  title: string;
  level: RoleLevel;
  rung: Rung;
  family: RoleFamily;
  area: RoleArea;
  salary: { min: number; median: number; max: number };
  experience: { min: number; max: number };
  education: string[];
  certifications: string[];
  duties: string[];
}

export function toCompareRole({ id, data }: RoleEntry): CompareRole {
  return {
    id,
    title: data.title,
    level: data.level,
    rung: data.rung,
    family: data.family,
    area: data.area,
    salary: { min: data.salary.min, median: data.salary.median, max: data.salary.max },
    experience: { min: data.experience.min, max: data.experience.max },
    education: [...data.education],
    certifications: [...data.certifications],
    duties: [...data.duties],
  };
}

export interface ListDiff {
  /** Items both roles have; `a` and `b` are each role's own wording. */
  shared: { a: string; b: string }[];
  /** Items only role b has (added going from a to b), in b's order. */
  added: string[];
  /** Items only role a has (dropped going from a to b), in a's order. */
  dropped: string[];
}

export interface AmountChange {
  a: number;
  b: number;
  /** b - a */
  diff: number;
  /** (b - a) / a, percent. */
  pct: number;
}

export interface RoleComparison {
  pay: { min: AmountChange; median: AmountChange; max: AmountChange };
  /** Change of typical experience on hiring, years (b - a, for min and max). */
  experience: { min: number; max: number };
  /** Rungs of the career ladder up (positive) or down (negative) from a to b. */
  levelSteps: number;
  duties: ListDiff;
  certifications: ListDiff;
}

const STOP_WORDS = new Set(
  'a an and as at be by for from in into is it its of on or the their them they this to with who what when where which your you'.split(' '),
);

/** Normalised text for exact matching: lower case, letters and digits only. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Content words of a phrase, crudely stemmed, for fuzzy matching of duties. */
export function contentWords(text: string): Set<string> {
  return new Set(
    normalize(text)
      .split(' ')
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
      .map(stem),
  );
}

/** A crude English stem, enough to match "benefits" with "benefit" or "processes" with "process". */
export function stem(word: string): string {
  let base = word;
  if (base.length > 5 && base.endsWith('ing')) base = base.slice(0, -3);
  else if (base.length > 4 && (base.endsWith('ied') || base.endsWith('ies'))) base = `${base.slice(0, -3)}y`;
  else if (base.length > 4 && base.endsWith('ed')) base = base.slice(0, -2);
  else if (/(?:ss|x|ch|sh)es$/.test(base)) base = base.slice(0, -2);
  else if (base.endsWith('s') && !base.endsWith('ss')) base = base.slice(0, -1);
  // "manage", "manages", "managed" and "managing" all become "manag".
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base;
}

/** Dice similarity of two phrases' content words, 0..1. */
export function similarity(a: string, b: string): number {
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  if (wordsA.size === 0 || wordsB.size === 0) return normalize(a) === normalize(b) ? 1 : 0;
  let common = 0;
  for (const word of wordsA) if (wordsB.has(word)) common += 1;
  return (2 * common) / (wordsA.size + wordsB.size);
}

/**
 * Splits two lists into shared, added (only in b) and dropped (only in a). Exact matching
 * after normalizing; with `fuzzy`, items whose content words overlap by at least
 * `threshold` (Dice) also count as shared, best matches first, each item used once.
 */
export function diffLists(a: readonly string[], b: readonly string[], options: { fuzzy?: boolean; threshold?: number } = {}): ListDiff {
  const threshold = options.threshold ?? 0.5;
  const pairs: { i: number; j: number; score: number }[] = [];
  a.forEach((itemA, i) => {
    b.forEach((itemB, j) => {
      const score = normalize(itemA) === normalize(itemB) ? 1 : options.fuzzy ? similarity(itemA, itemB) : 0;
      if (score >= threshold && score > 0) pairs.push({ i, j, score });
    });
  });
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const matchedA = new Map<number, number>();
  const usedB = new Set<number>();
  for (const { i, j } of pairs) {
    if (matchedA.has(i) || usedB.has(j)) continue;
    matchedA.set(i, j);
    usedB.add(j);
  }
  return {
    shared: [...matchedA]
      .sort(([i], [k]) => i - k)
      .map(([i, j]) => ({ a: a[i]!, b: b[j]! })),
    added: b.filter((_, j) => !usedB.has(j)),
    dropped: a.filter((_, i) => !matchedA.has(i)),
  };
}

function change(a: number, b: number): AmountChange {
  return { a, b, diff: b - a, pct: ((b - a) / a) * 100 };
}

/** What changes going from role a to role b. */
export function compareRoles(a: CompareRole, b: CompareRole): RoleComparison {
  return {
    pay: {
      min: change(a.salary.min, b.salary.min),
      median: change(a.salary.median, b.salary.median),
      max: change(a.salary.max, b.salary.max),
    },
    experience: { min: b.experience.min - a.experience.min, max: b.experience.max - a.experience.max },
    levelSteps: rungIndex(b.rung) - rungIndex(a.rung),
    duties: diffLists(a.duties, b.duties, { fuzzy: true }),
    certifications: diffLists(a.certifications, b.certifications),
  };
}

/**
 * The role to compare with when only one is given: its first next role, else the first role
 * that leads to it, else the first other role.
 */
export function partnerFor(graph: CareerGraph, roleIds: readonly string[], id: string): string {
  const next = graph[id]?.next[0]?.role;
  if (next && next !== id) return next;
  const earlier = roleIds.find((other) => other !== id && graph[other]?.next.some((move) => move.role === id));
  if (earlier) return earlier;
  const other = roleIds.find((candidate) => candidate !== id);
  if (!other) throw new Error('Comparing needs at least two roles');
  return other;
}

/** One move of a route, with what it takes in short phrases. */
export interface RequiredMove {
  from: string;
  to: string;
  title: string;
  years: YearRange;
  /** Certification, first supervision and skill the move asks for (may be empty). */
  takes: string[];
}

/** What going from role a to role b takes: each move on the quickest route, and the levels climbed. */
export interface MoveRequirements {
  /** Moves of the quickest usual route; empty when no route leads from a to b. */
  moves: RequiredMove[];
  /** Typical years for the whole route, or null without a route. */
  totalYears: YearRange | null;
  /** Rungs climbed from a to b: 0 for a sideways move, negative for a step down. */
  rungsUp: number;
  /** The framework of each rung climbed, in order: the competencies the new levels expect. */
  newLevels: RungFramework[];
  /** Certifications that fit b's level and not a's, by name. */
  newCertifications: string[];
  /** True when some move on the route is usually a first supervisory job. */
  firstSupervision: boolean;
}

export function moveRequirements(a: CompareRole, b: CompareRole, route: CareerPath | null, graph: CareerGraph): MoveRequirements {
  // A certification the move asks for that people in role a usually hold already is said so, not listed as new.
  const heldByA = new Set(a.certifications);
  const moves: RequiredMove[] = (route?.steps ?? []).map((step) => {
    const certification = step.takes?.certification;
    const alreadyHeld = step.from === a.id && certification !== undefined && certification.split(' or ').some((name) => heldByA.has(name.trim()));
    return {
      from: step.from,
      to: step.role,
      title: graph[step.role]?.title ?? step.title,
      years: step.years,
      takes: alreadyHeld
        ? [`certification: ${certification} (people in ${a.title} roles often hold it already)`, ...movePrerequisites({ ...step.takes, certification: undefined })]
        : movePrerequisites(step.takes),
    };
  });
  const newLevels = rungIndex(b.rung) > rungIndex(a.rung) ? rungsBetween(a.rung, b.rung) : [];
  const heldLevels = RUNGS.slice(0, rungIndex(a.rung) + 1).map((rung) => LEVEL_FRAMEWORK[rung]);
  const lowerCerts = new Set<string>(heldLevels.flatMap((level) => level.certifications));
  const newCertifications = [
    ...new Set(newLevels.flatMap((level) => level.certifications).filter((id) => !lowerCerts.has(id))),
  ]
    .map((id) => CERTIFICATIONS[id].name)
    .filter((name) => !heldByA.has(name));
  return {
    moves,
    totalYears: route?.totalYears ?? null,
    rungsUp: rungIndex(b.rung) - rungIndex(a.rung),
    newLevels,
    newCertifications,
    firstSupervision: (route?.steps ?? []).some((step) => step.takes?.firstSupervision === true),
  };
}
