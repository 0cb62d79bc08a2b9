// Builds on the HR team a company already has: existing people fill the needs they can cover
// (same role, then the senior or junior title of the same family and area, then the same area),
// and hires fill the rest only as far as the whole need exceeds the existing team.
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
  /** Existing FTE in roles the plan does not need, counted toward other needs. */
  reassigned: number;
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
  const passes: Match[] = [
    (have, want) => have === want,
    // Leads take the plan's lead posts first (a VP of HR the HR manager's post), then its
    // functional teams' lead posts (an HR manager leads the recruiting team).
    (have, want) => leads(have) && same(have, want, 'family') && same(have, want, 'area'),
    (have, want) => leads(have) && catalog[want]?.family === 'management',
    // An HR manager or director the plan has no lead post for works as its senior generalist, as
    // heads of small HR teams do. Before the generalists' own family pass: else a generalist takes
    // the head's post, the manager is left over, and the generalist who could have moved into a
    // specialist need is used up.
    (have, want) => leads(have) && catalog[want]?.family === 'generalist',
    (have, want) => same(have, want, 'family') && same(have, want, 'area'),
    (have, want) => same(have, want, 'area'),
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
  // Generalists the need has no place for move into its specialist needs before anyone is hired
  // for them: redeploying a generalist comes before adding headcount (Roleplan's assumption).
  const moved: { from: string; index: number; fte: number }[] = [];
  for (const [slug, fte] of left) {
    if (catalog[slug]?.family !== 'generalist') continue;
    let remaining = fte;
    need.forEach((member, index) => {
      if (remaining <= EPSILON || open[index]! <= EPSILON || member.family !== 'specialist') return;
      const taken = Math.min(remaining, open[index]!);
      open[index]! -= taken;
      remaining -= taken;
      moved.push({ from: slug, index, fte: taken });
    });
    left.set(slug, remaining);
  }
  const reassigned = [...left.values()].reduce((sum, fte) => sum + fte, 0);
  const needTotal = need.reduce((sum, member) => sum + member.fte, 0);
  const existingTotal = Object.values(existing).reduce((sum, fte) => sum + fte, 0);
  // People in roles the plan does not need still cover part of it: hire only the difference,
  // keeping the hires where depth is needed (specialists first, largest first).
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
    toHire -= fte;
  }
  const team: TeamMember[] = [];
  const movedFrom = (slug: string) => moved.filter((move) => move.from === slug).reduce((sum, move) => sum + move.fte, 0);
  for (const [slug, listed] of Object.entries(existing)) {
    const fte = listed - movedFrom(slug);
    if (fte <= EPSILON || !catalog[slug]) continue;
    const matched = matchedTo.get(slug);
    const template = matched !== undefined ? need[matched[0]!]! : undefined;
    const covered = matched !== undefined ? needsIn([...new Set(matched.map((index) => need[index]!.title))]) : '';
    const role = catalog[slug]!;
    team.push({
      role: slug,
      title: role.title,
      family: role.family,
      area: role.area,
      fte,
      reason:
        template !== undefined
          ? (left.get(slug) ?? 0) > EPSILON
            ? `Already on your team; ${formatNumber(fte - left.get(slug)!, 1)} FTE ${fte - left.get(slug)! === 1 ? 'covers' : 'cover'} the plan's ${covered} and ${formatNumber(left.get(slug)!, 1)} FTE ${left.get(slug)! === 1 ? 'is' : 'are'} ${existingTotal > needTotal ? 'above what the plan needs' : "beyond that, counted toward the plan's other needs"}.`
            : `Already on your team; covers the plan's ${covered}.`
          : existingTotal > needTotal
            ? `Already on your team; not a role this plan needs at this size, so part of the ${formatNumber(existingTotal - needTotal, 1)} FTE above the need.`
            : `Already on your team; not a role this plan needs, so ${formatNumber(fte, 1)} FTE count toward the other needs.`,
      // Someone the plan did not place gets a lead below (the least loaded one).
      reportsTo: template ? template.reportsTo : null,
      payFactor: 1,
      fromExisting: fte,
    });
  }
  for (const { from, index, fte } of moved) {
    const member = need[index]!;
    const already = team.find((entry) => entry.role === member.role);
    if (already) {
      already.fte += fte;
      already.fromExisting = (already.fromExisting ?? 0) + fte;
    } else {
      const part = fte < member.fte - EPSILON ? ` (${formatNumber(fte, 1)} of the ${formatNumber(member.fte, 1)} FTE the plan has here)` : '';
      team.push({ ...member, fte, fromExisting: fte, reason: `Moved from your existing ${catalog[from]!.title} staff instead of a new hire${part}. ${member.reason}`.trim() });
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
  for (const [slug, [index]] of matchedTo) if (!coveredBy.has(need[index!]!.role)) coveredBy.set(need[index!]!.role, slug);
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
  return { team, hires, surplus: Math.max(0, existingTotal - needTotal), reassigned };
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
