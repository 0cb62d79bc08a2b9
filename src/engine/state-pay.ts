// Pay by state. A state's pay factor for a role is the state's mean wage for the role's occupation
// divided by a national reference: the median of the 51 state means of the same May 2023 release
// (no national mean with a source was at hand). Roles whose occupation has no state wages fall back
// to the state's price parity (RPP / 100). A company in several states weights each state by its
// share of employees; staff outside the listed states count at the national range (factor 1).
import type { Profile } from './profile.ts';
import type { CatalogRole, RoleCatalog } from './roles.ts';
import { statePay, STATE_WAGE_OCCUPATIONS, type StateWageSoc } from './data/state-pay.ts';
import { STATE_CODES, type StateCode } from './data/state-codes.ts';

export type PayBasis = { kind: 'wages'; soc: StateWageSoc; title: string } | { kind: 'prices' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The national reference for each occupation: the median of the 51 state means. */
export const nationalReference: Record<StateWageSoc, number> = Object.fromEntries(
  (Object.keys(STATE_WAGE_OCCUPATIONS) as StateWageSoc[]).map((soc) => [
    soc,
    median(STATE_CODES.map((code) => statePay[code][STATE_WAGE_OCCUPATIONS[soc].column])),
  ]),
) as Record<StateWageSoc, number>;

/** The occupation a role's salary comes from, read from its salary basis ("SOC 13-1071 ..."). */
export function payBasisOf(role: Pick<CatalogRole, 'salary'>): PayBasis {
  const soc = /SOC (\d\d-\d{4})/.exec(role.salary.basis)?.[1];
  if (soc && soc in STATE_WAGE_OCCUPATIONS) {
    const key = soc as StateWageSoc;
    return { kind: 'wages', soc: key, title: STATE_WAGE_OCCUPATIONS[key].title };
  }
  return { kind: 'prices' };
}

/** One state's pay factor for a role. */
export function statePayFactor(role: Pick<CatalogRole, 'salary'>, state: StateCode): number {
  const basis = payBasisOf(role);
  if (basis.kind === 'prices') return statePay[state].rpp / 100;
  return statePay[state][STATE_WAGE_OCCUPATIONS[basis.soc].column] / nationalReference[basis.soc];
}

/** The employee-weighted factor for a role at this company (1 when no states are listed). */
export function companyPayFactor(role: Pick<CatalogRole, 'salary'>, profile: Pick<Profile, 'employees' | 'stateEmployees'>): number {
  let factor = 0;
  let listed = 0;
  for (const [code, count] of Object.entries(profile.stateEmployees) as [StateCode, number][]) {
    if (!count) continue;
    factor += (count / profile.employees) * statePayFactor(role, code);
    listed += count / profile.employees;
  }
  return factor + Math.max(0, 1 - listed);
}

const roundTo10 = (value: number) => Math.round(value / 10) * 10;

/** A role's salary range scaled by a factor. */
export function scaleSalary<T extends CatalogRole['salary']>(salary: T, factor: number): T {
  return { ...salary, min: roundTo10(salary.min * factor), median: roundTo10(salary.median * factor), max: roundTo10(salary.max * factor) };
}

/** The catalog with every salary range following where the company employs people; the same catalog when no states are listed. */
export function catalogForStates(catalog: RoleCatalog, profile: Pick<Profile, 'employees' | 'stateEmployees'>): RoleCatalog {
  if (Object.keys(profile.stateEmployees).length === 0) return catalog;
  return Object.fromEntries(
    Object.entries(catalog).map(([slug, role]) => [slug, { ...role, salary: scaleSalary(role.salary, companyPayFactor(role, profile)) }]),
  );
}

export interface PayDriver {
  state: StateCode;
  /** Share of the company's employees in the state. */
  share: number;
  /** Pay factor there for HR specialists and HR managers (the two occupations with state wages). */
  specialists: number;
  managers: number;
  /** How far the state moves the company's pay, in percentage points of the specialist range. */
  effect: number;
}

/** The states that move the plan's pay, largest effect first. */
export function payDrivers(profile: Pick<Profile, 'employees' | 'stateEmployees'>): PayDriver[] {
  return (Object.entries(profile.stateEmployees) as [StateCode, number][])
    .filter(([, count]) => count > 0)
    .map(([state, count]) => {
      const share = count / profile.employees;
      const specialists = statePay[state].hrSpecialistsMean / nationalReference['13-1071'];
      const managers = statePay[state].hrManagersMean / nationalReference['11-3121'];
      return { state, share, specialists, managers, effect: share * (specialists - 1) * 100 };
    })
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
}
