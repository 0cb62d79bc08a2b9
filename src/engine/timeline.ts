// Month by month: projected headcount, the HR team in place, and when each hire is due. Hires
// only ever build toward the end team, so they add up to the end team minus the existing team.
import type { Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import type { Structure } from './structures.ts';
import { analyzeWorkload, teamFteAYearAhead } from './analysis.ts';
import { buildTeam, teamRoles, type TeamMember } from './team.ts';
import { staffTeam } from './existing-team.ts';
import { headcountAt } from './headcount.ts';
import { formatNumber } from './format.ts';
import { functionLeadFor } from './data/team-shape.ts';

const FUNCTION_LEADS: ReadonlySet<string> = new Set(Object.values(functionLeadFor));

export interface TimelineHire {
  role: string;
  fte: number;
  reason: string;
}

export interface TimelineMonth {
  /** 0 is today. */
  month: number;
  employees: number;
  hrFte: number;
  hires: TimelineHire[];
}

const EPSILON = 1e-9;

/** FTE by role a structure needs at a given headcount: teamAt, summed by role. */
function needByRole(profile: Profile, employees: number, structure: Structure, catalog: RoleCatalog, leadFor: number | undefined): Map<string, number> {
  if (Object.keys(profile.existingTeam).length > 0) return fteByRole(teamAt(profile, employees, structure, catalog, false, leadFor));
  const atSize: Profile = { ...profile, employees };
  const { workload, depth, staffRoles } = analyzeWorkload(atSize);
  return new Map(teamRoles(structure, { profile: atSize, workload, depth, catalog, staffRoles, leadFor }).map((member) => [member.role, member.fte]));
}

/** The team a structure needs at a given headcount, other inputs unchanged, existing team counted. */
export function teamAt(
  profile: Profile,
  employees: number,
  structure: Structure,
  catalog: RoleCatalog,
  explain = true,
  leadFor = teamFteAYearAhead(profile),
): TeamMember[] {
  const atSize: Profile = { ...profile, employees };
  const { workload, depth, staffRoles } = analyzeWorkload(atSize);
  const need = buildTeam(structure, { profile: atSize, workload, depth, catalog, explain, staffRoles, leadFor });
  return Object.keys(profile.existingTeam).length > 0 ? staffTeam(need, profile.existingTeam, catalog).team : need;
}

function fteByRole(team: TeamMember[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const member of team) map.set(member.role, (map.get(member.role) ?? 0) + member.fte);
  return map;
}

/** The team in place in each month, by role, with the pay multiple of each role. */
export interface StaffingByMonth {
  months: TimelineMonth[];
  inPlace: Map<string, number>[];
  payFactor: Map<string, number>;
}

/** `today`: the plan's team now (by default, the structure's team at today's headcount). */
export function buildTimeline(profile: Profile, structure: Structure, catalog: RoleCatalog, today?: TeamMember[]): TimelineMonth[] {
  return staffingByMonth(profile, structure, catalog, today ?? teamAt(profile, profile.employees, structure, catalog, false)).months;
}

export function staffingByMonth(profile: Profile, structure: Structure, catalog: RoleCatalog, today: TeamMember[]): StaffingByMonth {
  const shrinking = profile.growthPct < 0;
  // Every month's team is titled for the same horizon as the plan's own team.
  const leadFor = teamFteAYearAhead(profile);
  const todayByRole = fteByRole(today);
  const cache = new Map<number, Map<string, number>>();
  const needAt = (employees: number): Map<string, number> => {
    // A shrinking company is staffed for where it is going from month 0.
    if (shrinking) return todayByRole;
    let need = cache.get(employees);
    if (!need) {
      need = needByRole(profile, employees, structure, catalog, leadFor);
      cache.set(employees, need);
    }
    return need;
  };
  const headcounts = Array.from({ length: profile.horizonMonths + 1 }, (_, month) => headcountAt(profile.employees, profile.growthPct, month));
  // The end team with its reasons (reasons change nothing else, so it is also the last month's need).
  const endEmployees = headcounts[profile.horizonMonths]!;
  const endTeam = shrinking ? today : teamAt(profile, endEmployees, structure, catalog, true, leadFor);
  if (!shrinking) cache.set(endEmployees, fteByRole(endTeam));
  // Each role grows toward the end team, and nobody hired today is let go because the mix of a
  // larger team differs (a role today's team has more of keeps its people).
  const end = fteByRole(endTeam);
  for (const [role, fte] of todayByRole) end.set(role, Math.max(end.get(role) ?? 0, fte));
  // A hire's reason: today's team's for a hire now, the end team's for a hire on the way there
  // (a hire now quoted with the end team's hires a year would contradict today's plan).
  const reasonOf = (role: string, now: boolean): string => {
    const [first, second] = now ? [today, endTeam] : [endTeam, today];
    return (first.find((member) => member.role === role) ?? second.find((member) => member.role === role))?.reason ?? '';
  };
  // A lead is one person: a shortfall is filled by practitioners first, and a lead is hired whole.
  const isLead = (role: string) => catalog[role]?.area === 'management' || FUNCTION_LEADS.has(role);
  const fillOrder = [...end.keys()].sort((a, b) => Number(isLead(a)) - Number(isLead(b)));
  const held = new Map<string, number>();
  // Existing people, in the roles the plan puts them in today (a generalist moved into a specialist need included).
  for (const member of today) if (member.fromExisting && end.has(member.role)) held.set(member.role, (held.get(member.role) ?? 0) + member.fromExisting);
  const months: TimelineMonth[] = [];
  const inPlace: Map<string, number>[] = [];
  const payFactor = new Map<string, number>();
  for (const member of [...today, ...endTeam]) payFactor.set(member.role, Math.max(payFactor.get(member.role) ?? 1, member.payFactor));
  // Once every role has reached its end size no month can hire again, so later needs go unasked.
  let complete = false;
  for (let month = 0; month <= profile.horizonMonths; month += 1) {
    const employees = headcounts[month]!;
    if (complete) {
      inPlace.push(inPlace[month - 1]!);
      months.push({ month, employees, hrFte: months[month - 1]!.hrFte, hires: [] });
      continue;
    }
    const need = month === 0 ? todayByRole : needAt(employees);
    const wanted = [...need.values()].reduce((sum, fte) => sum + fte, 0);
    // Roles of the end team, never beyond their end size; a shortfall is filled from end-team roles.
    const target = new Map<string, number>();
    for (const [role, fte] of end) target.set(role, Math.max(held.get(role) ?? 0, Math.min(need.get(role) ?? 0, fte)));
    let short = wanted - [...target.values()].reduce((sum, fte) => sum + fte, 0);
    for (const role of fillOrder) {
      if (short <= EPSILON) break;
      const room = end.get(role)! - target.get(role)!;
      const add = Math.min(room, short);
      if (add > EPSILON) {
        target.set(role, target.get(role)! + add);
        short -= add;
      }
    }
    // Month 0 is today's team as it stands (an existing person may fill part of a lead's need).
    if (month > 0) for (const [role, fte] of target) if (isLead(role)) target.set(role, Math.min(end.get(role)!, Math.ceil(fte - EPSILON)));
    const hires: TimelineHire[] = [];
    for (const [role, fte] of target) {
      const have = held.get(role) ?? 0;
      if (fte > have + EPSILON) {
        const trigger = month === 0 ? 'Needed now' : `At ${formatNumber(employees)} employees (month ${month})`;
        hires.push({ role, fte: fte - have, reason: `${trigger}: ${reasonOf(role, month === 0)}` });
        held.set(role, fte);
      }
    }
    inPlace.push(new Map(held));
    months.push({ month, employees, hrFte: [...held.values()].reduce((sum, fte) => sum + fte, 0), hires });
    complete = [...end].every(([role, fte]) => (held.get(role) ?? 0) >= fte - EPSILON);
  }
  return { months, inPlace, payFactor };
}
