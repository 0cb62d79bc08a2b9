// Turns a profile into HR workload: hires a year, FTE per function, and the team size to staff.
import { HR_FUNCTIONS, type HrFunction } from './hr-functions.ts';
import type { Priorities, Profile } from './profile.ts';
import { stateComplianceLoad } from './state-compliance.ts';
import { staffingAnchors } from './data/staffing.ts';
import {
  adminShare,
  automationAdminSaving,
  baselineAutomation,
  complexity,
  defaultAttritionPct,
  depthThresholds,
  FTE_STEP,
  functionShares,
  priorityWeight,
  recruitingCapacity,
  typicalGrowthPct,
} from './data/workload.ts';
import { industryTraits } from './data/industries.ts';
import { specialistFor } from './data/team-shape.ts';

export interface Workload {
  /** Yearly turnover used, percent (the profile's, or the industry default). */
  attritionPct: number;
  /** Hires a year: growth plus back-filled turnover. */
  hiresPerYear: number;
  /** Hires a year a typical company of this size and industry makes. */
  typicalHiresPerYear: number;
  /** HR FTE a typical company of this size has (staffing benchmarks). */
  baselineFte: number;
  /** Workload per function in FTE, after every driver. */
  loads: Record<HrFunction, number>;
  /** Total workload in FTE. */
  fte: number;
  /** Team size to staff: the workload in half-FTE steps (at least half an FTE). */
  teamFte: number;
  /** Functions handed to outside providers. */
  outsourced: HrFunction[];
}

/** HR FTE of a typical company of this size: log-log interpolation between the staffing anchors. */
export function baselineFte(employees: number): number {
  const anchors = staffingAnchors;
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  const fteAt = (anchor: (typeof anchors)[number]) => (anchor.employees * anchor.per100) / 100;
  if (employees <= first.employees) return (employees * first.per100) / 100;
  if (employees >= last.employees) return (employees * last.per100) / 100;
  for (let index = 1; index < anchors.length; index += 1) {
    const upper = anchors[index]!;
    if (employees <= upper.employees) {
      const lower = anchors[index - 1]!;
      const t = Math.log(employees / lower.employees) / Math.log(upper.employees / lower.employees);
      return Math.exp(Math.log(fteAt(lower)) + t * (Math.log(fteAt(upper)) - Math.log(fteAt(lower))));
    }
  }
  return (employees * last.per100) / 100;
}

/** Workload multiplier of the software level, against the baseline the benchmarks assume. */
export function automationMultiplier(level: Profile['automation']): number {
  const share = adminShare.value;
  const load = (saving: number) => 1 - share + share * (1 - saving);
  return load(automationAdminSaving[level].value) / load(automationAdminSaving[baselineAutomation].value);
}

/** Functions the profile hands to outside providers. */
export function outsourcedFunctions(profile: Profile): HrFunction[] {
  const functions = new Set<HrFunction>();
  for (const option of profile.outsource) {
    if (option === 'peo') {
      functions.add('payroll');
      functions.add('benefits');
    } else if (option === 'payroll' || option === 'benefits' || option === 'recruiting' || option === 'learning') {
      functions.add(option);
    }
  }
  return HR_FUNCTIONS.filter((fn) => functions.has(fn));
}

export function effectiveAttrition(profile: Profile): number {
  return profile.attritionPct ?? defaultAttritionPct[profile.industry].value;
}

/** Hires a year: growth (when positive) plus turnover of the average headcount. */
export function hiresPerYear(employees: number, growthPct: number, attritionPct: number): number {
  const averageHeadcount = employees * (1 + growthPct / 200);
  return (employees * Math.max(0, growthPct)) / 100 + (averageHeadcount * attritionPct) / 100;
}

export const roundToStep = (fte: number) => Math.round(fte / FTE_STEP) * FTE_STEP;

/**
 * The workload of a profile, given the priorities in force. Every step scales with headcount
 * or stays proportional, so workload never falls as headcount rises with all else fixed.
 */
export function computeWorkload(profile: Profile, priorities: Priorities): Workload {
  const employees = profile.employees;
  const attritionPct = effectiveAttrition(profile);
  const base = baselineFte(employees);
  const hires = hiresPerYear(employees, profile.growthPct, attritionPct);
  const typicalHires = hiresPerYear(employees, typicalGrowthPct.value, defaultAttritionPct[profile.industry].value);
  const outsourced = outsourcedFunctions(profile);
  const traits = industryTraits[profile.industry];
  const automation = automationMultiplier(profile.automation);
  const extraStates = profile.states - 1;
  const extraCountries = profile.countries - 1;
  const remote = profile.remotePct / 100;

  const loads = {} as Record<HrFunction, number>;
  for (const fn of HR_FUNCTIONS) {
    const typical = base * functionShares[fn];
    let load: number;
    if (fn === 'recruiting') {
      const capacity = recruitingCapacity.recruiterPerYear.value;
      load = hires >= typicalHires ? typical + (hires - typicalHires) / capacity : typical * (hires / typicalHires);
      if (profile.outsource.includes('executive-search')) load *= 1 - complexity.executiveSearchShare;
    } else {
      let driver = 1;
      if (fn === 'compliance') {
        driver +=
          traits.complianceWeight +
          complexity.perExtraState * extraStates +
          stateComplianceLoad(profile).driver +
          complexity.perExtraCountry * extraCountries +
          (profile.unionized ? complexity.unionCompliance : 0) +
          (profile.federalContractor ? complexity.federalContractorCompliance : 0);
      } else if (fn === 'payroll' || fn === 'benefits') {
        driver += complexity.perExtraState * extraStates + complexity.perExtraCountry * extraCountries;
      } else if (fn === 'employee-relations') {
        driver += profile.unionized ? complexity.unionEmployeeRelations : 0;
      } else if (fn === 'engagement' || fn === 'onboarding') {
        driver += complexity.fullyRemoteEngagement * remote;
      }
      load = typical * driver * automation;
    }
    load *= priorityWeight[priorities[fn]];
    if (outsourced.includes(fn)) load *= complexity.outsourcedResidual;
    loads[fn] = load;
  }

  const fte = HR_FUNCTIONS.reduce((sum, fn) => sum + loads[fn], 0);
  return {
    attritionPct,
    hiresPerYear: hires,
    typicalHiresPerYear: typicalHires,
    baselineFte: base,
    loads,
    fte,
    teamFte: Math.max(FTE_STEP, roundToStep(fte)),
    outsourced,
  };
}

/**
 * Functions whose load justifies someone who owns them, largest first: a big load, a
 * high-priority load, or a load a rule marks as needing depth (e.g. safety in manufacturing).
 */
export function functionsNeedingDepth(
  workload: Workload,
  priorities: Priorities,
  ruleDepth: ReadonlySet<HrFunction>,
): HrFunction[] {
  const { loads, outsourced } = workload;
  return HR_FUNCTIONS.filter((fn) => {
    if (outsourced.includes(fn) || !specialistFor[fn]) return false;
    const load = loads[fn];
    if (load >= depthThresholds.specialistFte) return true;
    if (priorities[fn] === 'high' && load >= depthThresholds.priorityFte) return true;
    return ruleDepth.has(fn) && load >= depthThresholds.specialistStructureFte;
  }).sort((a, b) => loads[b] - loads[a]);
}
