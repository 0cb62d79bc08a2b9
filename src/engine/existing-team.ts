// Builds on the HR team a company already has. Existing people fill the needs they can cover
// (same role, then the senior or junior title of the same family and area, then the same area;
// generalists also move into practitioner needs), and hires fill the rest only as far as the whole
// need exceeds the existing team. Needs left open after the hires are filled by the people the
// plan has no place for, moved into that work with training (or promoted into a lead post), and
// the plan says so: a recruiter is never silently counted as payroll cover.
import type { RoleCatalog } from './roles.ts';
import type { Priorities } from './profile.ts';
import type { HrFunction } from './hr-functions.ts';
import type { TeamMember } from './team.ts';
import { formatNumber } from './format.ts';

const EPSILON = 1e-9;

export interface StaffedTeam {
  /** Existing people in their own roles, plus the hires. */
  team: TeamMember[];
  /** FTE to hire, by role. */
  hires: Map<string, number>;
  /** Existing FTE beyond the whole need (0 when the need is larger). */
  surplus: number;
}

/** Role slugs of the existing team that the catalog does not know. */
export function unknownExistingRoles(existing: Record<string, number>, catalog: RoleCatalog): string[] {
  return Object.keys(existing).filter((slug) => !catalog[slug]);
}

/** One line naming the unknown roles and every valid slug, for an error. */
export function unknownRolesMessage(unknown: string[], catalog: RoleCatalog): string {
  return `Unknown existing-team role${unknown.length > 1 ? 's' : ''} ${unknown.map((slug) => `"${slug}"`).join(', ')}; valid roles: ${Object.keys(catalog).sort().join(', ')}`;
}

type Match = (have: string, need: string) => boolean;

/** FTE of existing staff placed in a need other than their own role. */
interface Move {
  from: string;
  index: number;
  fte: number;
  /**
   * How: a generalist redeployed into a practitioner need; a practitioner retrained for other work;
   * someone promoted into a lead post; or a lead who takes practitioner work on themselves.
   */
  kind: 'redeployed' | 'retrained' | 'promoted' | 'taken-on';
}

const LEVELS = ['entry', 'mid', 'senior', 'lead', 'executive'] as const;

/**
 * `priorities`: the priority of each HR function in force (rules and the company's own); where
 * hires cannot fill every open need, a high-priority function's specialist comes first.
 */
export function staffTeam(need: TeamMember[], existing: Record<string, number>, catalog: RoleCatalog, priorities?: Priorities): StaffedTeam {
  const open = need.map((member) => member.fte);
  const left = new Map(Object.entries(existing).filter(([, fte]) => fte > 0));
  // The needs (indexes into `need`) each existing role covers, in the order it covered them.
  const matchedTo = new Map<string, number[]>();
  const same = (a: string, b: string, key: 'family' | 'area') => catalog[a]?.[key] === catalog[b]?.[key];
  const leads = (slug: string) => catalog[slug]?.area === 'management';
  const isPost = (slug: string) => catalog[slug]?.family === 'management';
  const passes: Match[] = [
    (have, want) => leads(have) && have === want,
    // Leads take the plan's lead posts first (a VP of HR the HR manager's post), then its
    // functional teams' lead posts (an HR manager leads the recruiting team).
    (have, want) => leads(have) && same(have, want, 'family') && same(have, want, 'area'),
    (have, want) => leads(have) && isPost(want),
    // An HR manager or director the plan has no lead post for works as its senior generalist, as
    // heads of small HR teams do. Before the generalists' own passes, their own role's included:
    // else a generalist takes the head's post, the manager is left over, and the generalist who
    // could have moved into a specialist need is used up.
    (have, want) => leads(have) && catalog[want]?.family === 'generalist',
    (have, want) => have === want,
    (have, want) => same(have, want, 'family') && same(have, want, 'area'),
    // A practitioner covers the same area's practitioner work, not its lead post (a recruiter is
    // not the talent acquisition manager the recruiters report to).
    (have, want) => same(have, want, 'area') && !isPost(want),
  ];
  for (const matches of passes) {
    for (const [slug, fte] of left) {
      let remaining = fte;
      need.forEach((member, index) => {
        if (remaining <= EPSILON || open[index]! <= EPSILON || !matches(slug, member.role)) return;
        const taken = Math.min(remaining, open[index]!);
        open[index]! -= taken;
        remaining -= taken;
        matchedTo.set(slug, [...(matchedTo.get(slug) ?? []), index]);
      });
      left.set(slug, remaining);
    }
  }
  const moved: Move[] = [];
  const move = (slug: string, index: number, kind: Move['kind']) => {
    const taken = Math.min(left.get(slug)!, open[index]!);
    if (taken <= EPSILON) return;
    open[index]! -= taken;
    left.set(slug, left.get(slug)! - taken);
    moved.push({ from: slug, index, fte: taken, kind });
  };
  // Generalists the need has no place for move into its practitioner needs (a specialist, payroll)
  // before anyone is hired for them: redeploying a generalist comes before adding headcount
  // (Roleplan's assumption). Lead posts are not theirs to take.
  for (const slug of left.keys()) {
    if (catalog[slug]?.family !== 'generalist') continue;
    need.forEach((member, index) => {
      if (!isPost(member.role)) move(slug, index, 'redeployed');
    });
  }
  const needTotal = need.reduce((sum, member) => sum + member.fte, 0);
  const existingTotal = Object.values(existing).reduce((sum, fte) => sum + fte, 0);
  // Hires only the difference between the whole need and the whole existing team, where it counts
  // most: leads first (spans hold), then depth (a high-priority function first), largest first.
  let toHire = Math.max(0, needTotal - existingTotal);
  const order = need
    .map((member, index) => ({ member, index }))
    .filter(({ index }) => open[index]! > EPSILON)
    .sort((a, b) => rank(a.member) - rank(b.member) || urgency(a.member, priorities) - urgency(b.member, priorities) || open[b.index]! - open[a.index]!);
  const hires = new Map<string, number>();
  for (const { member, index } of order) {
    if (toHire <= EPSILON) break;
    const fte = Math.min(open[index]!, toHire);
    hires.set(member.role, (hires.get(member.role) ?? 0) + fte);
    open[index]! -= fte;
    toHire -= fte;
  }
  // The needs still open are filled by the people left over, nearest first: the same area, then the
  // same family, then the broad roles; a lead post by the most senior, who is promoted into it.
  for (const { member, index } of order) {
    while (open[index]! > EPSILON) {
      const candidates = [...left].filter(([, fte]) => fte > EPSILON).map(([slug]) => slug);
      if (candidates.length === 0) break;
      const nearest = candidates.sort((a, b) => distance(catalog, a, member) - distance(catalog, b, member))[0]!;
      move(nearest, index, isPost(member.role) ? 'promoted' : isPost(nearest) ? 'taken-on' : 'retrained');
    }
  }
  const team: TeamMember[] = [];
  const movedFrom = (slug: string) => moved.filter((entry) => entry.from === slug).reduce((sum, entry) => sum + entry.fte, 0);
  for (const [slug, listed] of Object.entries(existing)) {
    const fte = listed - movedFrom(slug);
    if (fte <= EPSILON || !catalog[slug]) continue;
    const matched = matchedTo.get(slug);
    const template = matched !== undefined ? need[matched[0]!]! : undefined;
    const role = catalog[slug]!;
    team.push({
      role: slug,
      title: role.title,
      family: role.family,
      area: role.area,
      fte,
      reason: existingReason(fte, left.get(slug) ?? 0, matched === undefined ? null : needsIn([...new Set(matched.map((index) => need[index]!.title))]), existingTotal - needTotal),
      // Someone the plan did not place gets a lead below (the least loaded one).
      reportsTo: template ? template.reportsTo : null,
      payFactor: 1,
      fromExisting: fte,
      ...(template !== undefined && template.role !== slug ? { covers: template.role } : {}),
    });
  }
  for (const { from, index, fte, kind } of moved) {
    const member = need[index]!;
    const how = moveWords(kind, catalog[from]!.title);
    const already = team.find((entry) => entry.role === member.role);
    if (already) {
      already.fte += fte;
      already.fromExisting = (already.fromExisting ?? 0) + fte;
      if (kind !== 'redeployed') already.reason = `${already.reason} ${formatNumber(fte, 1)} FTE ${how}.`;
    } else {
      const part = fte < member.fte - EPSILON ? ` (${formatNumber(fte, 1)} of the ${formatNumber(member.fte, 1)} FTE the plan has here)` : '';
      team.push({ ...member, fte, fromExisting: fte, reason: `${how.charAt(0).toUpperCase()}${how.slice(1)}${part}. ${member.reason}`.trim() });
    }
    if (kind !== 'redeployed') {
      const entry = team.find((candidate) => candidate.role === member.role)!;
      entry.movedIn = (entry.movedIn ?? 0) + fte;
    }
  }
  for (const member of need) {
    const fte = hires.get(member.role);
    if (!fte) continue;
    const already = team.find((entry) => entry.role === member.role);
    if (already) {
      already.fte += fte;
      // The entry is no longer only people already there: say how much of it is a hire.
      const kept = already.fromExisting ?? 0;
      already.reason = `${formatNumber(kept, 1)} FTE already on your team and ${formatNumber(fte, 1)} FTE to hire. ${member.reason}`.trim();
    } else team.push({ ...member, fte });
  }
  // Reporting lines point at roles the team really has, and the chart keeps one head.
  const present = new Set(team.map((member) => member.role));
  const coveredBy = new Map<string, string>();
  for (const [slug, indexes] of matchedTo) for (const index of indexes) if (!coveredBy.has(need[index]!.role)) coveredBy.set(need[index]!.role, slug);
  const level = (member: TeamMember) => ['executive', 'lead', 'senior', 'mid', 'entry'].indexOf(catalog[member.role]?.level ?? 'entry');
  const managing = (member: TeamMember) => (member.family === 'management' && member.area === 'management' ? 0 : 1);
  const top = [...team].sort((a, b) => managing(a) - managing(b) || level(a) - level(b) || (a.reportsTo === null ? 0 : 1) - (b.reportsTo === null ? 0 : 1))[0];
  for (const member of team) {
    if (member === top) {
      member.reportsTo = null;
      continue;
    }
    let boss = member.reportsTo;
    if (boss !== null && !present.has(boss)) boss = coveredBy.get(boss) ?? null;
    if (boss === null || boss === member.role || !present.has(boss)) boss = leastLoaded(team, member, top) ?? top?.role ?? null;
    member.reportsTo = boss === member.role ? null : boss;
  }
  return { team, hires, surplus: Math.max(0, existingTotal - needTotal) };
}

/** "moved from your existing Recruiter staff, with training instead of a new hire". */
function moveWords(kind: Move['kind'], from: string): string {
  if (kind === 'promoted') return `promoted from your existing ${from} staff instead of a new hire`;
  if (kind === 'taken-on') return `taken on by your existing ${from} staff, who own this work themselves, instead of a new hire`;
  if (kind === 'retrained') return `moved from your existing ${from} staff into this work, with training, instead of a new hire`;
  return `moved from your existing ${from} staff instead of a new hire`;
}

/**
 * How far an existing role is from a need it would be moved into (smaller is nearer): the same
 * area, then the same family, then the broad roles (generalists, partners, operations), then the
 * rest; for a lead post, the most senior first.
 */
function distance(catalog: RoleCatalog, slug: string, need: TeamMember): number {
  const role = catalog[slug]!;
  const fit = role.area === need.area ? 0 : role.family === need.family ? 1 : role.family === 'generalist' || role.family === 'partner' || role.family === 'operations' ? 2 : 3;
  const seniority = need.family === 'management' ? LEVELS.length - 1 - LEVELS.indexOf(role.level) : 0;
  return seniority * 4 + fit;
}

/**
 * Why an existing role is on the team: the needs it covers (`covered`, null for none), the FTE
 * left over once the open needs are filled (`beyond`), and how far the whole existing team
 * exceeds the whole need (`over`).
 */
function existingReason(fte: number, beyond: number, covered: string | null, over: number): string {
  if (covered === null) return `Already on your team; not a role this plan needs at this size, so part of the ${formatNumber(over, 1)} FTE above the need.`;
  if (beyond <= EPSILON) return `Already on your team; covers the plan's ${covered}.`;
  const used = fte - beyond;
  return `Already on your team; ${formatNumber(used, 1)} FTE ${used === 1 ? 'covers' : 'cover'} the plan's ${covered} and ${formatNumber(beyond, 1)} FTE ${beyond === 1 ? 'is' : 'are'} above what the plan needs.`;
}

/** "HR Manager need", or "HR Manager and Talent Acquisition Manager needs". */
function needsIn(titles: string[]): string {
  if (titles.length === 1) return `${titles[0]} need`;
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]} needs`;
}

/** The lead with the fewest reports per FTE, for someone the plan did not place. */
function leastLoaded(team: TeamMember[], member: TeamMember, top: TeamMember | undefined): string | null {
  const leads = team.filter((lead) => lead.family === 'management' && lead !== member && (lead.reportsTo !== null || lead === top));
  let best: TeamMember | null = null;
  let bestLoad = Infinity;
  for (const lead of leads) {
    const reports = team.filter((other) => other !== member && other.reportsTo === lead.role).reduce((sum, other) => sum + other.fte, 0);
    const load = (reports + member.fte) / lead.fte;
    if (load < bestLoad) [best, bestLoad] = [lead, load];
  }
  return best?.role ?? null;
}

/** Among needs of one rank, a high-priority function first (a safety-critical industry's compliance before a second recruiter). */
function urgency(member: TeamMember, priorities: Priorities | undefined): number {
  const level = priorities?.[member.area as HrFunction];
  return level === 'high' ? 0 : level === 'low' ? 2 : 1;
}

/** Hiring order when existing people cover part of the need: leads first (spans hold), then depth. */
function rank(member: TeamMember): number {
  if (member.family === 'management') return 0;
  if (member.family === 'specialist' || member.family === 'operations') return 1;
  return 2;
}
