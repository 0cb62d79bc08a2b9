// What a team costs a year: salary and fully loaded cost, low / mid / high.
import type { RoleCatalog } from './roles.ts';
import type { TeamMember } from './team.ts';
import { loadedCost } from './data/costs.ts';

/** USD a year. */
export interface Range {
  low: number;
  mid: number;
  high: number;
}

export const ZERO: Range = { low: 0, mid: 0, high: 0 };

/**
 * Total compensation per dollar of salary at this establishment size, without paid leave
 * (already inside BLS annual wages): the published factor x 1.32 / 1.43.
 */
export function loadedFactor(employees: number): number {
  let published = loadedCost.bands[0]!.published;
  for (const band of loadedCost.bands) if (employees >= band.minEmployees) published = band.published;
  return (published * loadedCost.withoutPaidLeave) / loadedCost.allPrivate;
}

export const addRanges = (a: Range, b: Range): Range => ({ low: a.low + b.low, mid: a.mid + b.mid, high: a.high + b.high });

export const scaleRange = (range: Range, factor: number): Range => ({
  low: Math.round(range.low * factor),
  mid: Math.round(range.mid * factor),
  high: Math.round(range.high * factor),
});

/** Yearly salary of one team member: FTE x the role's salary range (min, median, max). */
export function memberSalary(member: Pick<TeamMember, 'role' | 'fte'> & { payFactor?: number }, catalog: RoleCatalog): Range {
  const salary = catalog[member.role]!.salary;
  return scaleRange({ low: salary.min, mid: salary.median, high: salary.max }, member.fte * (member.payFactor ?? 1));
}

/**
 * The salary range of one person in a role as the plan costs it: the catalog range scaled for the
 * company's states and, for a head of HR, its size (the range the team table shows "each").
 */
export function salaryEach(member: { salary: Range; fte: number }): Range {
  if (member.fte <= 0) return ZERO;
  return scaleRange(member.salary, 1 / member.fte);
}

/** Mid loaded cost only, rounded exactly as teamCost rounds it (for quick scoring). */
export function loadedMid(team: (Pick<TeamMember, 'role' | 'fte'> & { payFactor?: number })[], catalog: RoleCatalog, employees: number): number {
  const factor = loadedFactor(employees);
  let total = 0;
  for (const member of team) total += Math.round(Math.round(catalog[member.role]!.salary.median * member.fte * (member.payFactor ?? 1)) * factor);
  return total;
}

export interface TeamCost {
  salary: Range;
  loaded: Range;
  /** Per member, in team order. */
  members: { role: string; salary: Range; loaded: Range }[];
  factor: number;
}

export function teamCost(team: (Pick<TeamMember, 'role' | 'fte'> & { payFactor?: number })[], catalog: RoleCatalog, employees: number): TeamCost {
  const factor = loadedFactor(employees);
  const members = team.map((member) => {
    const salary = memberSalary(member, catalog);
    return { role: member.role, salary, loaded: scaleRange(salary, factor) };
  });
  return {
    salary: members.reduce((sum, member) => addRanges(sum, member.salary), ZERO),
    loaded: members.reduce((sum, member) => addRanges(sum, member.loaded), ZERO),
    members,
    factor,
  };
}
