// Month by month: projected headcount, the HR team the structure needs, and when each hire is due.
import type { Profile } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import type { Structure } from './structures.ts';
import { analyzeWorkload } from './analysis.ts';
import { buildTeam, type TeamMember } from './team.ts';
import { headcountAt } from './obligations.ts';
import { formatNumber } from './format.ts';

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

/** The team a structure needs at a given headcount, other inputs unchanged. */
export function teamAt(
  profile: Profile,
  employees: number,
  structure: Structure,
  catalog: RoleCatalog,
  explain = true,
): TeamMember[] {
  const atSize: Profile = { ...profile, employees };
  const { workload, depth } = analyzeWorkload(atSize);
  return buildTeam(structure, { profile: atSize, workload, depth, catalog, explain });
}

export function buildTimeline(profile: Profile, structure: Structure, catalog: RoleCatalog): TimelineMonth[] {
  const held = new Map<string, number>(Object.entries(profile.existingTeam));
  const cache = new Map<number, TeamMember[]>();
  const months: TimelineMonth[] = [];
  for (let month = 0; month <= profile.horizonMonths; month += 1) {
    const employees = headcountAt(profile.employees, profile.growthPct, month);
    let team = cache.get(employees);
    if (!team) {
      team = teamAt(profile, employees, structure, catalog, false);
      cache.set(employees, team);
    }
    const hires: TimelineHire[] = [];
    let explained: TeamMember[] | undefined;
    for (const member of team) {
      const have = held.get(member.role) ?? 0;
      if (member.fte > have + EPSILON) {
        // Sentences are only written for the months that have hires.
        explained ??= teamAt(profile, employees, structure, catalog, true);
        const reason = explained.find((candidate) => candidate.role === member.role)?.reason ?? '';
        const trigger =
          month === 0
            ? 'Needed now'
            : `At ${formatNumber(employees)} employees (month ${month})`;
        hires.push({ role: member.role, fte: member.fte - have, reason: `${trigger}: ${reason}` });
        held.set(member.role, member.fte);
      }
    }
    months.push({ month, employees, hrFte: team.reduce((sum, member) => sum + member.fte, 0), hires });
  }
  return months;
}
