// Turns a profile into HR workload: hires a year by type, FTE per function, and the team size to staff.
import { byLoadDescending, HR_FUNCTIONS, type HrFunction } from './hr-functions.ts';
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
  oneHireUntilFte,
  functionShares,
  nonRecruitingFloor,
  priorityWeight,
  typicalGrowthPct,
} from './data/workload.ts';
import { HIRE_TYPES, hireCapacity, hireMix, hourlyHrShare, reductionWork, type HireType } from './data/hiring.ts';
import { peoTakesOver } from './data/costs.ts';
import { industryTraits } from './data/industries.ts';
import { specialistFor } from './data/team-shape.ts';
import { headcountAfterGrowthPeriod } from './headcount.ts';

export interface Workload {
  /** Yearly turnover used, percent (the profile's, or the industry default). */
  attritionPct: number;
  /** Hires a year: growth plus back-filled turnover (leavers are not back-filled while shrinking). */
  hiresPerYear: number;
  /** Hires a year by type of hire. */
  hiresByType: Record<HireType, number>;
  /** Hires a year a typical company of this size makes (all-industry turnover, typical growth). */
  typicalHiresPerYear: number;
  /** Headcount the team is sized for: today's, or where a shrinking company is going. */
  sizedFor: number;
  /** HR FTE a typical company of this size has (staffing benchmarks). */
  baselineFte: number;
  /** People let go in a reduction over the next 12 months (0 unless shrinking). */
  reductions: number;
  /** Workload per function in FTE, after every driver. */
  loads: Record<HrFunction, number>;
  /** Total workload in FTE. */
  fte: number;
  /** Team size to staff: the workload in half-FTE steps (at least half an FTE; 0 before the first HR hire). */
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

/** Workload multiplier of a software level, against the baseline the benchmarks assume. */
export function automationMultiplier(level: Profile['automation']): number {
  const share = adminShare.value;
  const load = (saving: number) => 1 - share + share * (1 - saving);
  return load(automationAdminSaving[level].value) / load(automationAdminSaving[baselineAutomation].value);
}

/** Functions the profile hands to outside providers (a PEO takes payroll and benefits). */
export function outsourcedFunctions(profile: Pick<Profile, 'outsource'>): HrFunction[] {
  const functions = new Set<HrFunction>();
  for (const option of profile.outsource) {
    if (option === 'peo') for (const fn of peoTakesOver.functions) functions.add(fn);
    else if (option === 'payroll' || option === 'benefits' || option === 'recruiting' || option === 'learning') functions.add(option);
  }
  return HR_FUNCTIONS.filter((fn) => functions.has(fn));
}

export function effectiveAttrition(profile: Pick<Profile, 'attritionPct' | 'industry'>): number {
  return profile.attritionPct ?? defaultAttritionPct[profile.industry].value;
}

/**
 * Hires a year: growth plus turnover of the average headcount. A shrinking company lets
 * turnover absorb the reduction first and back-fills nobody until it is absorbed.
 */
export function hiresPerYear(employees: number, growthPct: number, attritionPct: number): number {
  const averageHeadcount = employees * (1 + growthPct / 200);
  return Math.max(0, (employees * growthPct) / 100 + (averageHeadcount * attritionPct) / 100);
}

/** Recruiting FTE one hire of this industry's mix takes, given who decides hourly hires. */
export function recruitingFtePerHire(industry: Profile['industry'], executiveSearch = false): number {
  let fte = 0;
  for (const type of HIRE_TYPES) {
    if (type === 'executive' && executiveSearch) continue;
    const share = type === 'hourly' ? hourlyHrShare.value : 1;
    fte += (hireMix[industry][type] * share) / hireCapacity[type].value;
  }
  return fte;
}

/** HR work outside recruiting at a typical company: the anchor less its recruiting, with a floor. */
export function nonRecruitingBaseline(employees: number): number {
  const base = baselineFte(employees);
  const typicalHires = hiresPerYear(employees, typicalGrowthPct.value, defaultAttritionPct.other.value);
  const typicalRecruiting = typicalHires * recruitingFtePerHire('other');
  return Math.max(base - typicalRecruiting, base * nonRecruitingFloor.value);
}

export const roundToStep = (fte: number) => Math.round(fte / FTE_STEP) * FTE_STEP;

const NON_RECRUITING_SHARE = 1 - functionShares.recruiting;
const COUNTRY_FUNCTIONS: HrFunction[] = ['payroll', 'benefits', 'compliance'];
const ADMIN_HEAVY: HrFunction[] = ['onboarding', 'benefits', 'payroll', 'hris-analytics', 'compliance', 'employee-relations', 'learning', 'engagement', 'compensation'];

export interface WorkloadEffects {
  /** Administrative workload multiplier from the rules (HR software). */
  adminLoad: number;
  /** No in-house team yet (first-hire rule): team size 0. */
  noInHouse: boolean;
}

/**
 * Headcount the team is sized for: a shrinking company is staffed for its average headcount over
 * the next 12 months (the period its growth rate is given for; sooner with a shorter horizon). HR
 * serves nearly everyone at the start of the reduction and the smaller company at its end, and
 * the reduction work itself comes on top; the team steps down once the year's cuts are done.
 */
export function sizingHeadcount(profile: Pick<Profile, 'employees' | 'growthPct' | 'horizonMonths'>): number {
  return profile.growthPct < 0 ? Math.round((profile.employees + headcountAfterGrowthPeriod(profile)) / 2) : profile.employees;
}

/** Yearly leavers at the profile's turnover, on the year's average headcount. */
export function leaversPerYear(profile: Pick<Profile, 'employees' | 'growthPct' | 'attritionPct' | 'industry'>): number {
  return (profile.employees * (1 + profile.growthPct / 200) * effectiveAttrition(profile)) / 100;
}

/** People a shrinking company lets go in the next 12 months: the cut turnover does not absorb. */
export function layoffs(profile: Pick<Profile, 'employees' | 'growthPct' | 'attritionPct' | 'industry'>): number {
  return profile.growthPct < 0 ? Math.max(0, (profile.employees * -profile.growthPct) / 100 - leaversPerYear(profile)) : 0;
}

/**
 * The workload of a profile, given the rules' effects. Non-recruiting work follows the
 * staffing anchors; recruiting follows hires by type, so it grows in step with hires.
 */
export function computeWorkload(profile: Profile, effects: WorkloadEffects = { adminLoad: 1, noInHouse: false }): Workload {
  const employees = profile.employees;
  const sizedFor = sizingHeadcount(profile);
  const attritionPct = effectiveAttrition(profile);
  const hires = hiresPerYear(employees, profile.growthPct, attritionPct);
  const typicalHires = hiresPerYear(sizedFor, typicalGrowthPct.value, defaultAttritionPct.other.value);
  const outsourced = outsourcedFunctions(profile);
  const traits = industryTraits[profile.industry];
  const extraStates = profile.states - 1;
  const extraCountries = profile.countries - 1;
  const remote = profile.remotePct / 100;
  const nonRecruiting = nonRecruitingBaseline(sizedFor);
  // Each extra country brings part of the work a standalone company of its size would have.
  const perCountry = extraCountries > 0 ? nonRecruitingBaseline(sizedFor / profile.countries) * complexity.perExtraCountry : 0;
  const reductions = layoffs(profile);
  const executiveSearch = profile.outsource.includes('executive-search');

  const hiresByType = {} as Record<HireType, number>;
  for (const type of HIRE_TYPES) hiresByType[type] = hires * hireMix[profile.industry][type];

  const loads = {} as Record<HrFunction, number>;
  for (const fn of HR_FUNCTIONS) {
    let load: number;
    if (fn === 'recruiting') {
      load = hires * recruitingFtePerHire(profile.industry, executiveSearch);
    } else {
      const share = functionShares[fn] / NON_RECRUITING_SHARE;
      let driver = 1;
      if (fn === 'compliance') {
        driver +=
          traits.complianceWeight +
          complexity.perExtraState * extraStates +
          stateComplianceLoad(profile).driver +
          (profile.unionized ? complexity.unionCompliance : 0) +
          (profile.federalContractor ? complexity.federalContractorCompliance : 0);
      } else if (fn === 'payroll' || fn === 'benefits') {
        driver += complexity.perExtraState * extraStates;
      } else if (fn === 'employee-relations') {
        driver += profile.unionized ? complexity.unionEmployeeRelations : 0;
      } else if (fn === 'engagement' || fn === 'onboarding') {
        driver += complexity.fullyRemoteEngagement * remote;
      }
      // Onboarding is largely per hire: high turnover or fast growth adds to it, a hiring freeze takes from it.
      if (fn === 'onboarding' && typicalHires > 0) driver *= 1 - complexity.onboardingPerHireShare + complexity.onboardingPerHireShare * (hires / typicalHires);
      load = nonRecruiting * share * driver;
      if (COUNTRY_FUNCTIONS.includes(fn)) load += perCountry * extraCountries * share;
      if (fn === 'employee-relations') load += (reductions * reductionWork.hoursPerDeparture) / reductionWork.hoursPerFte;
      if (ADMIN_HEAVY.includes(fn)) load *= effects.adminLoad;
    }
    // Only the company's own priorities scale the work; the rules' priorities decide depth, so a
    // rule switching on never makes the workload jump.
    load *= priorityWeight[profile.priorities[fn] ?? 'normal'];
    if (outsourced.includes(fn)) load *= complexity.outsourcedResidual;
    else if (fn === 'compliance' && profile.outsource.includes('peo')) load *= 1 - peoTakesOver.complianceShare;
    loads[fn] = load;
  }

  const fte = HR_FUNCTIONS.reduce((sum, fn) => sum + loads[fn], 0);
  return {
    attritionPct,
    hiresPerYear: hires,
    hiresByType,
    typicalHiresPerYear: typicalHires,
    sizedFor,
    baselineFte: baselineFte(sizedFor),
    reductions,
    loads,
    fte,
    teamFte: effects.noInHouse ? 0 : fte < oneHireUntilFte.value ? 1 : roundToStep(fte),
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
  if (workload.teamFte === 0) return [];
  return byLoadDescending(loads, (fn) => {
    if (outsourced.includes(fn) || !specialistFor[fn]) return false;
    const load = loads[fn];
    if (load >= depthThresholds.specialistFte) return true;
    if (priorities[fn] === 'high' && load >= depthThresholds.priorityFte) return true;
    return ruleDepth.has(fn) && load >= depthThresholds.specialistStructureFte;
  });
}
