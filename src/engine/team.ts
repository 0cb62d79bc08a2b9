// Builds the team of a structure for a workload: which roles, how many FTE, who leads whom.
import { byLoadDescending, functionInSentence, HR_FUNCTION_LABELS, HR_FUNCTIONS, type HrFunction } from './hr-functions.ts';
import { hasExistingTeam, type Profile } from './profile.ts';
import type { CatalogRole, RoleCatalog } from './roles.ts';
import type { Structure } from './structures.ts';
import { roundToStep, sizingHeadcount, type Workload } from './workload.ts';
import { apportion, type Claim } from './fit-to-total.ts';
import { formatNumber, listOf } from './format.ts';
import { titledHeadcount } from './headcount.ts';
import { industryTraits } from './data/industries.ts';
import { depthThresholds, FTE_STEP } from './data/workload.ts';
import {
  functionLeadFor,
  functionLeadTitle,
  headPayBySize,
  partnerAreas,
  roleSlugs,
  safetyComplianceRole,
  spans,
  specialistFor,
  supervisorRole,
  teamShape,
  unionEmployeeRelationsRole,
} from './data/team-shape.ts';

export interface TeamMember {
  /** Role slug (a profile in content/roles). */
  role: string;
  title: string;
  family: string;
  area: string;
  fte: number;
  /** Why the plan includes this role. */
  reason: string;
  /** Slug of the role this one reports to, or null for the head of HR. */
  reportsTo: string | null;
  /** Multiple of the role's catalog pay (above 1 only for the head of HR of a large company). */
  payFactor: number;
  /** FTE of this member already on the company's HR team (set only when an existing team is given). */
  fromExisting?: number;
  /**
   * Of `fromExisting`, FTE placed here from another role of the existing team: retrained, promoted,
   * or taken on by a lead (a generalist redeployed into a specialist need is not counted).
   */
  movedIn?: number;
  /** For an existing role that fills a need of another role: that role's slug (the first it fills). */
  covers?: string;
  /** Of `fromExisting`, FTE the plan places in no need: on the team, above the need. */
  aboveNeed?: number;
  /** A lead post or the head of HR hired because no one on the existing team is ready for it. */
  noOneReady?: boolean;
  /**
   * FTE of a lead post that are more hours for the part-time people placed in it (a half-time
   * generalist promoted to a whole HR manager post): added beyond the need less the existing team,
   * as a post no one is ready for is.
   */
  moreHours?: number;
  /** Existing people moved into this row from other roles, and how ("promoted from your existing Recruiter staff …"). */
  moves?: { fte: number; words: string }[];
  /** What a lead's reason says of the chart under it, to write it again for the chart a staffed team has. */
  leadWords?: LeadWords;
}

/**
 * A lead's reason, as figures: the head of a team (an HR manager who owns strategy, a supervisor who
 * still carries cases) or of an organisation (through `directors` directors), titled for the team
 * of `grownTo` FTE; or a line manager, whose reason counts their direct reports.
 */
export type LeadWords = { kind: 'manager' | 'supervisor' | 'organisation'; directors: number; grownTo: number } | { kind: 'line-manager' } | { kind: 'assistant-manager' };

/** The chart a lead's reason describes: the whole team's FTE, the lead's direct reports and boss, and whether the lead is hired. */
export interface LeadChart {
  total: number;
  reports: number;
  hired: boolean;
  /** The title of the lead's own boss ("HR Manager"), for an assistant manager. */
  boss?: string;
}

/** A lead's reason for a chart: "Leads an HR team of 4 FTE and owns HR strategy, hired ahead of the growth to about 5 FTE." */
export function leadReason(words: LeadWords, fte: number, chart: LeadChart): string {
  if (words.kind === 'line-manager') return lineManagerReason(fte, chart.reports / fte);
  if (words.kind === 'assistant-manager') return `Runs daily HR operations and supervises ${one(chart.reports)} FTE of coordinators and generalists, under the ${chart.boss ?? 'head of HR'}.`;
  const ahead = words.grownTo > chart.total ? `, ${chart.hired ? 'hired' : 'a post set'} ahead of the growth to about ${one(words.grownTo)} FTE` : '';
  if (words.kind === 'organisation') return `Heads an HR organisation of ${one(chart.total)} FTE${words.directors > 0 ? ` through ${words.directors} directors` : ''}${ahead}.`;
  return `Leads an HR team of ${one(chart.total)} FTE${words.kind === 'manager' ? ' and owns HR strategy' : ' and still carries cases of their own'}${ahead}.`;
}

export interface TeamInput {
  profile: Profile;
  workload: Workload;
  /** Functions that need an owner, largest load first. */
  depth: HrFunction[];
  catalog: RoleCatalog;
  /** Roles the rules assign to a function's depth instead of the usual specialist. */
  staffRoles?: Partial<Record<HrFunction, string>>;
  /** Write the `reason` of each member (skipped when only costs and coverage are needed). */
  explain?: boolean;
  /**
   * HR FTE the head's title is chosen for: the team a year ahead when the company
   * is growing, so the plan hires now the lead it is growing into. Defaults to today's team.
   */
  leadFor?: number;
  /**
   * A team cut short of its workload (a budget): its first whole FTE is a generalist, who covers
   * every function broadly, and specialists come after. A half-time recruiter and a half-time
   * relations specialist would leave eight functions with nobody. Nor does it get a lead before
   * the team reaches a lead's size: the money goes to practitioners (see `headFirst`).
   */
  generalistFirst?: boolean;
  /**
   * With `generalistFirst`, a company large enough for an HR manager at its head (a budget team
   * at 800 employees): a team of more than one FTE has one, its first post, before practitioners.
   */
  headFirst?: boolean;
  /**
   * The company size the leads are titled for, where the caller fixes it: a timeline's months are
   * titled for the size today's team is titled for (or their own, once larger), so a head hired
   * for the year ahead is not promoted a month later because the next month looks a month further.
   */
  titledAt?: number;
}

const UNITS_PER_FTE = 1 / FTE_STEP;
const ADMIN_FUNCTIONS: HrFunction[] = ['onboarding', 'benefits', 'payroll', 'hris-analytics', 'engagement'];
const SPAN = spans.workable.value;
const MAX_SPAN = spans.maximum.value;

function catalogRole(catalog: RoleCatalog, slug: string): CatalogRole {
  const role = catalog[slug];
  if (!role) throw new Error(`The role catalog has no "${slug}": add content/roles/${slug}.mdx`);
  return role;
}

const one = (value: number) => formatNumber(value, 1);

interface Draft {
  role: string;
  fte: number;
  reason: string;
  reportsTo?: string | null;
  title?: string;
  /** The function a specialist owns, for function leads. */
  fn?: HrFunction;
  /** Practitioners an assistant manager supervises. */
  supervised?: boolean;
  /** What a lead's reason says (a general line manager's counts their reports). */
  leadWords?: LeadWords;
  payFactor?: number;
}

/** Leads a team of `total` FTE needs: first-line leads, and the heads above them. */
export interface LeadCount {
  firstLine: number;
  directors: number;
  executive: number;
  total: number;
}

function headsAbove(firstLine: number): { directors: number; executive: number } {
  if (firstLine <= 1) return { directors: 0, executive: 0 };
  if (firstLine <= MAX_SPAN) return { directors: 1, executive: 0 };
  const directors = Math.ceil(firstLine / SPAN) <= MAX_SPAN ? Math.ceil(firstLine / SPAN) : Math.ceil(firstLine / MAX_SPAN);
  // Beyond 144 first-line leads (only at extreme hiring volumes) the executive level is shared.
  return { directors, executive: Math.ceil(directors / MAX_SPAN) };
}

/**
 * The company size a team's leads are titled for: a growing company's size a year from now, as
 * its head is titled for the team it is growing into (199 employees growing 10% gets the HR
 * manager that 200 would, not a senior generalist replaced a month later); a shrinking company's
 * average over the year of cuts, the size its team is staffed for (200 employees cutting 30% get
 * no HR manager over one FTE of staff that 199 would not get).
 */
export function titledFor(input: Pick<TeamInput, 'profile' | 'titledAt'>): number {
  const { profile } = input;
  if (input.titledAt !== undefined) return Math.max(profile.employees, input.titledAt);
  if (profile.growthPct > 0) return Math.max(profile.employees, titledHeadcount(profile));
  return profile.growthPct < 0 ? sizingHeadcount(profile) : profile.employees;
}

/**
 * How many leads a team of this total size has (they come out of the total). A company of
 * `spans.managerFromEmployees` or more is led by an HR manager from a smaller team.
 */
export function leadCount(total: number, employees: number): LeadCount {
  const smallestLed = employees >= spans.managerFromEmployees.value ? spans.managerTeamFromFte.value : teamShape.managerFromFte.value;
  if (total < smallestLed) return { firstLine: 0, directors: 0, executive: 0, total: 0 };
  // Heads above never outnumber first-line leads, so no count below total / (SPAN + 2) can fit.
  for (let firstLine = Math.max(1, Math.floor(total / (SPAN + 2))); ; firstLine += 1) {
    const { directors, executive } = headsAbove(firstLine);
    const practitioners = total - firstLine - directors - executive;
    if (practitioners <= firstLine * SPAN) return { firstLine, directors, executive, total: firstLine + directors + executive };
  }
}

/** Leads for practitioners built from their own loads (the specialist team): the smallest count that fits. */
function leadCountOver(practitioners: number, employees: number): LeadCount {
  // With any lead at all, first-line leads alone must span every practitioner.
  const fewest = practitioners < teamShape.managerFromFte.value ? 0 : Math.ceil(practitioners / SPAN);
  for (let leads = fewest; ; leads += 1) {
    const count = leadCount(practitioners + leads, employees);
    if (count.total <= leads) return leadCount(practitioners + count.total, employees);
  }
}

function specialistRole(fn: HrFunction, input: Pick<TeamInput, 'staffRoles'>): string | undefined {
  return input.staffRoles?.[fn] ?? specialistFor[fn];
}

function specialistDraft(fn: HrFunction, fte: number, input: TeamInput): Draft {
  const role = specialistRole(fn, input)!;
  return { role, fte, fn, reason: specialistReason(fn, role, fte, input) };
}

function specialistReason(fn: HrFunction, role: string, fte: number, input: TeamInput): string {
  if (input.explain === false) return '';
  const load = input.workload.loads[fn];
  const why = ownsReason(fn, role, load, input);
  // Leads and generalists carry part of every area's work, so a specialist can be staffed below the area's load.
  return load - fte >= SHARED_FROM_FTE ? `${why} ${one(fte)} FTE here; the rest of that work is shared across the team.` : why;
}

/** The least gap between an area's work and its specialists' FTE that the reason names. */
const SHARED_FROM_FTE = FTE_STEP / 2;

function ownsReason(fn: HrFunction, role: string, load: number, input: TeamInput): string {
  if (fn === 'recruiting') {
    return `Owns hiring: about ${formatNumber(input.workload.hiresPerYear)} hires a year are ${one(load)} FTE of recruiting work.`;
  }
  if (fn === 'compliance') {
    return role === safetyComplianceRole
      ? `Owns workplace safety and compliance, which this industry calls for (${one(load)} FTE of work).`
      : industryTraits[input.profile.industry].oshaLogs
        ? `Owns employment-law compliance and the OSHA injury and illness logs (${one(load)} FTE of work); Roleplan does not staff a separate workplace-safety program for this industry.`
        : `Owns employment-law compliance (${one(load)} FTE of work); this industry is partially exempt from the OSHA injury logs and not safety-critical, so the work is employment law, not safety.`;
  }
  if (fn === 'employee-relations' && role !== specialistFor[fn]) {
    return `Owns labor relations under the union contract (${one(load)} FTE of employee relations work).`;
  }
  return `Owns ${functionInSentence(fn)} in depth (${one(load)} FTE of work).`;
}

/**
 * The one person of a one-FTE team: covers every function, and says which work needing depth they
 * carry too, the largest first, with outside help for its peaks (a seed's fast-growing startup hires
 * a recruiter at 30 employees: here that is once the work fills more than this one person).
 */
function alone(input: TeamInput): string {
  if (input.explain === false) return '';
  const carried = input.depth.filter((fn) => specialistRole(fn, input) && !input.workload.outsourced.includes(fn));
  if (carried.length === 0) return 'Covers every HR function day to day, alone.';
  const work = carried.map((fn) => (fn === 'recruiting' ? `hiring (about ${formatNumber(input.workload.hiresPerYear)} hires a year, ${one(input.workload.loads[fn])} FTE of work)` : `${functionInSentence(fn)} (${one(input.workload.loads[fn])} FTE of work)`));
  return `Covers every HR function day to day, alone, ${listOf(work)} included: an agency, contractor or consultant carries the peaks until that work needs a person of its own.`;
}

function generalistDrafts(fte: number, reason: string): Draft[] {
  if (fte <= 0) return [];
  // One senior for every three other generalists: a team of three is three peers.
  const seniors = Math.floor(fte / (teamShape.generalistsPerSenior.value + 1));
  const drafts: Draft[] = [];
  if (seniors > 0) drafts.push({ role: roleSlugs.seniorGeneralist, fte: seniors, reason: 'Senior generalists guide the others and take the hardest cases.' });
  drafts.push({ role: roleSlugs.generalist, fte: fte - seniors, reason });
  return drafts;
}

const fteOf = (units: Map<string, number>, key: string) => (units.get(key) ?? 0) / UNITS_PER_FTE;

/**
 * Units for the specialists of a hybrid team and its everyday pool (generalists, coordinators). Each
 * specialist gets its share of the team in proportion to its area's work, rounded to whole units
 * (at least one); the pool takes what is left, since it covers every function no specialist owns:
 * adding a specialist for one area takes that area's work off the generalists, not staff off an
 * unrelated specialist. Falls back to plain apportionment when the pool would be left short.
 */
function poolAbsorbs(depthClaims: Claim[], everyday: Claim[], units: number): Map<string, number> {
  const all = [...depthClaims, ...everyday];
  const desired = all.reduce((sum, claim) => sum + Math.max(0, claim.desired), 0);
  const scale = desired > 0 ? Math.min(1, units / (desired * UNITS_PER_FTE)) : 0;
  const split = new Map<string, number>();
  let given = 0;
  for (const claim of depthClaims) {
    const share = Math.max(1, Math.round(claim.desired * UNITS_PER_FTE * scale));
    split.set(claim.key, share);
    given += share;
  }
  if (units - given < everyday.length) return apportion(all, units);
  for (const [key, share] of apportion(everyday, units - given)) split.set(key, share);
  return split;
}

/**
 * The work a hybrid team splits: the functions that need depth and have a specialist role (each
 * its own claim), and the everyday pool that covers the rest (with `admin`, coordinators take the
 * administrative functions and generalists the others).
 */
function practitionerClaims(input: Pick<TeamInput, 'workload' | 'depth' | 'staffRoles'>, admin: boolean): { owned: HrFunction[]; everyday: Claim[] } {
  const { workload, depth } = input;
  const loads = workload.loads;
  const owned = depth.filter((fn) => specialistRole(fn, input));
  let adminLoad = 0;
  let otherLoad = 0;
  for (const fn of HR_FUNCTIONS) {
    if (owned.includes(fn) || workload.outsourced.includes(fn)) continue;
    if (admin && ADMIN_FUNCTIONS.includes(fn)) adminLoad += loads[fn];
    else otherLoad += loads[fn];
  }
  const everyday: Claim[] = [...(admin ? [{ key: 'coordinators', desired: Math.max(FTE_STEP, adminLoad) }] : []), { key: 'generalists', desired: Math.max(FTE_STEP, otherLoad) }];
  return { owned, everyday };
}

/**
 * Units for the assistant-manager layer's team: the staff under the layer (coordinators and
 * generalists) first, in proportion to their share of the work and never fewer than the work
 * under the layer calls for (layerWork, which the layer is judged on), and the specialists the
 * rest. So the chart never shows the layer fewer staff than the rule that recommended it counted.
 */
function layerFirst(depthClaims: Claim[], everyday: Claim[], units: number, layerUnits: number): Map<string, number> {
  const share = poolShare(everyday, depthClaims.map((claim) => claim.desired));
  const poolUnits = Math.min(units - depthClaims.length, Math.max(everyday.length, layerUnits, Math.round(units * share)));
  const split = apportion(everyday, poolUnits);
  for (const [key, share] of apportion(depthClaims, units - poolUnits)) split.set(key, share);
  return split;
}

/**
 * Generalists for daily HR plus a specialist for each function that needs depth. `wholeHead`: the
 * team is too small for a lead and one of its generalists heads it, so in a team of more than one
 * FTE the generalists come to at least one whole person, the units taken from the largest
 * specialist claims (a half-time generalist heading one and a half recruiters is nobody's first HR
 * hire).
 */
function hybridPractitioners(units: number, input: TeamInput, admin: boolean, wholeHead = false): Draft[] {
  const loads = input.workload.loads;
  // A team of one FTE is one person, not half a generalist and half a specialist hired as two: the
  // generalist carries the work that needs depth too, with outside help for its peaks.
  if (!admin && units <= UNITS_PER_FTE) return generalistDrafts(units / UNITS_PER_FTE, alone(input));
  // Depth first: a function that needs an owner keeps its specialist when units are few, but never
  // at the cost of the generalists (and coordinators) who cover every other function: with fewer
  // units than claims, the areas needing depth least give way.
  const { owned, everyday } = practitionerClaims(input, admin);
  const reserved = input.generalistFirst ? Math.min(units, UNITS_PER_FTE) : 0;
  // A reserved whole generalist already covers every other function.
  const depthUnits = Math.max(0, units - reserved - (everyday.length - (reserved > 0 ? 1 : 0)));
  const depthClaims: Claim[] = owned.slice(0, depthUnits).map((fn) => ({ key: fn, desired: loads[fn] }));
  const split = admin ? layerFirst(depthClaims, everyday, units - reserved, Math.round(layerWork(input) * UNITS_PER_FTE)) : poolAbsorbs(depthClaims, everyday, units - reserved);
  if (reserved > 0) split.set('generalists', (split.get('generalists') ?? 0) + reserved);
  if (wholeHead) {
    while ((split.get('generalists') ?? 0) < UNITS_PER_FTE) {
      let largest: string | undefined;
      for (const claim of depthClaims) if ((split.get(claim.key) ?? 0) > (largest === undefined ? 0 : split.get(largest)!)) largest = claim.key;
      if (largest === undefined) break;
      split.set(largest, split.get(largest)! - 1);
      split.set('generalists', (split.get('generalists') ?? 0) + 1);
    }
  }
  const drafts: Draft[] = [];
  const coordinators = fteOf(split, 'coordinators');
  if (coordinators > 0) {
    drafts.push({
      role: roleSlugs.coordinator,
      fte: coordinators,
      supervised: true,
      reason: 'Handles onboarding, records, benefits enrollment and HRIS transactions.',
    });
  }
  const generalists = fteOf(split, 'generalists');
  const generalistReason = admin
    ? 'Covers employee relations, pay and policy questions day to day.'
    : owned.length > 0
      ? 'Runs daily HR operations across the functions no specialist owns.'
      : 'Covers every HR function day to day.';
  drafts.push(...generalistDrafts(generalists, generalistReason).map((draft) => ({ ...draft, supervised: admin })));
  for (const fn of owned) {
    const fte = fteOf(split, fn);
    if (fte > 0) drafts.push(specialistDraft(fn, fte, input));
  }
  return drafts;
}

/** What the specialist team's shape depends on (no catalog: it sizes, it does not title). */
type ShapeInput = Pick<TeamInput, 'profile' | 'workload' | 'staffRoles'>;

/**
 * Areas a specialist team gives a specialist of their own, largest load first: every area with a
 * specialist role and enough work (functions that need depth always have enough).
 */
function specialistAreas(input: ShapeInput): HrFunction[] {
  const { workload } = input;
  const loads = workload.loads;
  return byLoadDescending(
    loads,
    (fn) => !workload.outsourced.includes(fn) && specialistRole(fn, input) !== undefined && loads[fn] >= depthThresholds.specialistStructureFte,
  );
}

/** Business partners a specialist team has: one per so many employees, from the size where partners start (0 below). */
function businessPartnerFte(profile: Profile): { fte: number; perPartner: number } {
  const fast = profile.growthPct >= teamShape.fastScalingGrowthPct.value;
  const perPartner = fast ? teamShape.employeesPerPartnerFast.value : teamShape.employeesPerPartnerMature.value;
  const fte = profile.employees >= teamShape.partnersFromEmployees.value ? Math.max(1, Math.round(profile.employees / perPartner / FTE_STEP) * FTE_STEP) : 0;
  return { fte, perPartner };
}

/**
 * How the specialist team splits the work, before rounding to whole specialists. It does the same
 * work as the other structures and costs more only where an area's work does not fill a whole
 * specialist:
 * - leads carry part of the work in every structure (about one in SPAN + 1 of a team at a
 *   workable span), so practitioners take the rest; a fixed share, not the stepped lead count,
 *   keeps the team growing with the company;
 * - business partners take the work no specialist owns and, beyond it, part of the
 *   department-facing areas' work (never more than the set share of it); recruiting, payroll,
 *   benefits, compliance and HR systems stay whole with their specialists.
 * `staffed(fn)`: the FTE of an owned area's work its specialists staff.
 */
function specialistSplit(input: ShapeInput): { owned: HrFunction[]; staffed: (fn: HrFunction) => number; pooled: number; partnerWork: number } {
  const { workload, profile } = input;
  const loads = workload.loads;
  const owned = specialistAreas(input);
  const practitionerShare = SPAN / (SPAN + 1);
  let pooledLoad = 0;
  for (const fn of HR_FUNCTIONS) if (!owned.includes(fn) && !workload.outsourced.includes(fn)) pooledLoad += loads[fn];
  const pooled = pooledLoad * practitionerShare;
  const shared = owned.filter((fn) => partnerAreas.includes(fn));
  let sharedLoad = 0;
  for (const fn of shared) sharedLoad += loads[fn];
  sharedLoad *= practitionerShare;
  // Unrounded partners, so the specialists' share moves smoothly with headcount.
  const partners = profile.employees >= teamShape.partnersFromEmployees.value ? profile.employees / businessPartnerFte(profile).perPartner : 0;
  const kept = sharedLoad > 0 ? Math.max(1 - teamShape.partnerMaxSpecialistPct.value / 100, 1 - Math.max(0, partners - pooled) / sharedLoad) : 1;
  const staffed = (fn: HrFunction) => loads[fn] * practitionerShare * (shared.includes(fn) ? kept : 1);
  return { owned, staffed, pooled, partnerWork: pooled + sharedLoad * (1 - kept) };
}

/**
 * Share of a specialist team's time that areas with less than one specialist's work would leave
 * idle, over every area but recruiting that a specialist can own (0 once each area fills a
 * specialist). It reads the
 * work each specialist would staff, before rounding, so it falls smoothly as the company grows.
 */
export function specialistIdleShare(input: Pick<ShapeInput, 'profile' | 'workload'>): number {
  const { staffed: staffedOf } = specialistSplit(input);
  let idle = 0;
  let staffed = 0;
  for (const fn of HR_FUNCTIONS) {
    // Recruiting fills recruiters in the hybrid team too: its load must not hide idle specialists elsewhere.
    if (fn === 'recruiting' || specialistFor[fn] === undefined || input.workload.outsourced.includes(fn)) continue;
    const share = staffedOf(fn);
    idle += Math.max(0, 1 - share);
    staffed += Math.max(1, share);
  }
  return staffed > 0 ? idle / staffed : 0;
}

/** Whole specialists per area (no pooling), business partners at scale, generalists for the rest. */
function specialistPractitioners(input: TeamInput): Draft[] {
  const { owned, staffed, pooled, partnerWork } = specialistSplit(input);
  // At least one whole specialist per owned area (no pooling), in half-FTE steps above that.
  const drafts: Draft[] = owned.map((fn) => specialistDraft(fn, Math.max(1, Math.round(staffed(fn) / FTE_STEP) * FTE_STEP), input));
  const { fte: byRatio, perPartner } = businessPartnerFte(input.profile);
  const pooledFte = pooled > 0 ? Math.max(FTE_STEP, Math.ceil(pooled / FTE_STEP) * FTE_STEP) : 0;
  if (byRatio > 0) {
    // One per so many employees, but never fewer than the work no specialist owns needs, nor more
    // than all the work they take (where providers or software leave little of it).
    const fte = Math.max(pooledFte, Math.min(byRatio, Math.ceil(partnerWork / FTE_STEP) * FTE_STEP));
    const usual = `about one per ${formatNumber(perPartner)} employees`;
    drafts.push({
      role: roleSlugs.businessPartner,
      fte,
      reason:
        input.explain === false
          ? ''
          : fte === byRatio
            ? `Business partners serve departments, ${usual}, and cover the functions no specialist owns.`
            : `Business partners serve departments and cover the functions no specialist owns: ${one(partnerWork)} FTE of work calls for ${fte > byRatio ? 'more' : 'fewer'} than the usual ${usual}.`,
    });
  } else if (pooledFte > 0) {
    drafts.push(...generalistDrafts(pooledFte, 'Covers the functions too small for a specialist of their own.'));
  }
  return drafts;
}

/** Pay multiple of the head of HR at this company size (log interpolation between points). */
export function headPayFactor(employees: number): number {
  const points = headPayBySize.points;
  if (employees <= points[0]!.employees) return points[0]!.factor;
  for (let index = 1; index < points.length; index += 1) {
    const upper = points[index]!;
    if (employees <= upper.employees) {
      const lower = points[index - 1]!;
      const t = Math.log(employees / lower.employees) / Math.log(upper.employees / lower.employees);
      return lower.factor + t * (upper.factor - lower.factor);
    }
  }
  return points[points.length - 1]!.factor;
}

/**
 * Adds the leads to the practitioners: sub-team leads for functional teams of four or more in
 * place of general managers, general managers for everyone else, and one head above them.
 */
function withLeads(practitioners: Draft[], count: LeadCount, input: TeamInput, forceManagerHead: boolean, layerFte = 0): Draft[] {
  const explain = input.explain !== false;
  // layerFte: the assistant managers added after the leads, part of the team the head leads.
  const total = practitioners.reduce((sum, draft) => sum + draft.fte, 0) + count.total + layerFte;
  const employees = titledFor(input);
  const drafts: Draft[] = [];
  const payFactor = headPayFactor(input.profile.employees);
  if (count.firstLine === 0) {
    if (!forceManagerHead) {
      // A team too small for a lead still has one head. Two or more generalists name theirs: one
      // senior generalist heads HR and the others report to them; else the generalist, or the largest role.
      const generalists = practitioners.find((draft) => draft.role === roleSlugs.generalist);
      const hasSenior = practitioners.some((draft) => draft.role === roleSlugs.seniorGeneralist);
      // A team of two or more with a full-time generalist names its head too (a "1.5 HR Generalist"
      // row beside two recruiters says nobody leads), for a company hiring its team from scratch.
      const fromScratch = !hasExistingTeam(input.profile) && input.profile.growthPct >= 0;
      if (generalists && !hasSenior && (generalists.fte >= 2 || (generalists.fte >= 1 && total >= 2 && fromScratch))) {
        const senior: Draft = {
          role: roleSlugs.seniorGeneralist,
          fte: 1,
          reportsTo: null,
          supervised: generalists.supervised,
          reason: explain ? `Heads HR as its most experienced generalist: sets priorities, takes the hardest cases and is the one escalation point, until the team reaches ${teamShape.managerFromFte.value} FTE or the company ${formatNumber(spans.managerFromEmployees.value)} employees and an HR manager leads it.` : '',
        };
        const rest = practitioners.map((draft) =>
          draft === generalists ? { ...draft, fte: draft.fte - 1, reportsTo: roleSlugs.seniorGeneralist } : { ...draft, reportsTo: roleSlugs.seniorGeneralist },
        );
        return [senior, ...rest.filter((draft) => draft.fte > 0)];
      }
      const head = (generalists ?? practitioners.find((draft) => draft.role === roleSlugs.seniorGeneralist) ?? [...practitioners].sort((a, b) => b.fte - a.fte)[0])?.role;
      return practitioners.map((draft) => ({ ...draft, reportsTo: draft.role === head ? null : head ?? null }));
    }
    drafts.push({ role: roleSlugs.manager, fte: 1, reportsTo: null, reason: explain ? 'Sets HR direction and handles the most complex cases.' : '' });
    return [...drafts, ...practitioners.map((draft) => ({ ...draft, reportsTo: draft.reportsTo ?? roleSlugs.manager }))];
  }
  // The head is titled for the team the company is growing into (never below today's).
  const grownTo = Math.max(total, input.leadFor ?? 0);
  const grown = grownTo > total ? leadCount(grownTo, employees) : count;
  const chart: LeadChart = { total, reports: 0, hired: true };
  if (count.firstLine === 1 && (forceManagerHead || grown.firstLine <= 1)) {
    const head = forceManagerHead || grownTo >= spans.managerFromFte.value || employees >= spans.managerFromEmployees.value ? roleSlugs.manager : supervisorRole;
    const leadWords: LeadWords = { kind: head === roleSlugs.manager ? 'manager' : 'supervisor', directors: 0, grownTo };
    drafts.push({ role: head, fte: 1, reportsTo: null, payFactor, leadWords, reason: explain ? leadReason(leadWords, 1, chart) : '' });
    return [...drafts, ...practitioners.map((draft) => ({ ...draft, reportsTo: draft.reportsTo ?? head }))];
  }
  // Two or more first-line leads (today or by the horizon): a director heads them, or a VP over several directors.
  // A VP once directors need a head of their own, or once the organisation reaches the size where
  // several directors sit under an executive (whether or not this team has them yet).
  const head = count.executive > 0 || grown.executive > 0 || grownTo >= teamShape.executiveFromFte.value ? roleSlugs.executive : roleSlugs.director;
  const leadWords: LeadWords = { kind: 'organisation', directors: count.executive > 0 ? count.directors : 0, grownTo };
  drafts.push({ role: head, fte: Math.max(1, count.executive), reportsTo: null, payFactor, leadWords, reason: explain ? leadReason(leadWords, 1, chart) : '' });
  if (count.firstLine === 1) {
    // One lead's worth of team today: the head leads everyone directly.
    return [...drafts, ...practitioners.map((draft) => ({ ...draft, reportsTo: draft.reportsTo ?? head }))];
  }
  const leadHead = count.executive > 0 ? roleSlugs.director : head;
  if (count.executive > 0) {
    drafts.push({ role: roleSlugs.director, fte: count.directors, reportsTo: head, reason: explain ? `Each leads about ${one(count.firstLine / count.directors)} managers.` : '' });
  }
  // Functional teams of four or more get their own lead, largest first, while slots remain.
  const groups = new Map<string, Draft[]>();
  for (const draft of practitioners) {
    const lead = draft.fn ? functionLeadFor[draft.fn] : undefined;
    if (!lead) continue;
    groups.set(lead, [...(groups.get(lead) ?? []), draft]);
  }
  const ordered = [...groups.entries()]
    .map(([lead, members]) => ({ lead, members, fte: members.reduce((sum, draft) => sum + draft.fte, 0) }))
    .filter((group) => group.fte >= teamShape.functionLeadFromFte.value)
    .sort((a, b) => b.fte - a.fte);
  let slots = count.firstLine;
  let ungrouped = practitioners.reduce((sum, draft) => sum + draft.fte, 0);
  const led = new Set<Draft>();
  for (const group of ordered) {
    const rest = ungrouped - group.fte;
    const available = slots - (rest > 0 ? Math.ceil(rest / MAX_SPAN) : 0);
    const leads = Math.min(Math.ceil(group.fte / SPAN), available);
    if (leads < Math.ceil(group.fte / MAX_SPAN)) continue;
    slots -= leads;
    ungrouped = rest;
    const area = HR_FUNCTION_LABELS[group.members[0]!.fn!].toLowerCase();
    const title = functionLeadTitle[group.members[0]!.fn!];
    drafts.push({
      role: group.lead,
      fte: leads,
      reportsTo: leadHead,
      ...(title ? { title } : {}),
      reason: explain
        ? leads === 1
          ? `Leads the ${area} team of ${one(group.fte)} FTE, in place of a general HR manager.`
          : `${formatNumber(leads)} leads share the ${area} team of ${one(group.fte)} FTE, about ${one(group.fte / leads)} each, in place of general HR managers.`
        : '',
    });
    for (const member of group.members) {
      led.add(member);
      drafts.push({ ...member, reportsTo: group.lead });
    }
  }
  // Lead slots no team needs become practitioners under the head: a director whose few remaining
  // staff fit within a workable span leads them directly instead of through a manager of one.
  // Direct reports of the head that way: the sub-team leads, the remaining staff and the spare slots.
  const direct = count.executive === 0 && count.firstLine + ungrouped <= SPAN;
  const managers = ungrouped > 0 && !direct ? Math.max(slots, Math.ceil(ungrouped / MAX_SPAN)) : 0;
  const spare = ungrouped > 0 && !direct ? 0 : slots;
  if (managers > 0) {
    const each = ungrouped / managers;
    drafts.push({
      role: roleSlugs.manager,
      fte: managers,
      reportsTo: leadHead,
      leadWords: LINE_MANAGER,
      reason: explain ? lineManagerReason(managers, each) : '',
    });
  }
  for (const draft of practitioners) {
    if (led.has(draft)) continue;
    drafts.push({ ...draft, reportsTo: draft.reportsTo ?? (managers > 0 ? roleSlugs.manager : leadHead) });
  }
  if (spare > 0) {
    drafts.push({ role: roleSlugs.generalist, fte: spare, reportsTo: leadHead, reason: explain ? 'Covers the HR work no functional team owns, reporting to the head of HR.' : '' });
  }
  return drafts;
}

/**
 * Whether a draft works under the assistant-manager layer: every coordinator and generalist of it,
 * a spare lead slot filled by a generalist included (the team shows one row per role, so a
 * generalist left under the head would read as one more the assistant manager supervises).
 */
const underLayer = (draft: Draft) => draft.supervised === true || draft.role === roleSlugs.generalist || draft.role === roleSlugs.coordinator;

const supervisedFte = (drafts: Draft[]) => drafts.filter(underLayer).reduce((sum, draft) => sum + draft.fte, 0);

/** Assistant managers for a team: one per span of supervised staff, or one per 15 HR staff while each still has a few to supervise. */
function assistantManagerCount(practitioners: Draft[], leadFte: number): number {
  const supervised = supervisedFte(practitioners);
  const total = practitioners.reduce((sum, draft) => sum + draft.fte, 0) + leadFte;
  const bySize = Math.min(
    Math.floor(total / teamShape.assistantManagerTeamFte.value),
    Math.floor(supervised / teamShape.assistantManagerMinSpan.value),
  );
  return Math.max(1, Math.ceil(supervised / SPAN), bySize);
}

/** The assistant-manager layer: supervision added under an HR manager, over coordinators and generalists. */
function withAssistantManagers(drafts: Draft[], input: TeamInput, count: number): Draft[] {
  const supervised = supervisedFte(drafts);
  const moved = drafts.map((draft) => (underLayer(draft) ? { ...draft, reportsTo: roleSlugs.assistantManager } : draft));
  const managerFte = moved.filter((draft) => draft.role === roleSlugs.manager).reduce((sum, draft) => sum + draft.fte, 0);
  const managerReports = moved.filter((draft) => draft.reportsTo === roleSlugs.manager).reduce((sum, draft) => sum + draft.fte, 0);
  // Under an HR manager, unless that would stretch the managers past the widest span: then the least-loaded lead.
  let over: string | null = drafts.find((draft) => draft.reportsTo === null)?.role ?? null;
  if (managerFte > 0 && (managerReports + count) / managerFte <= MAX_SPAN) over = roleSlugs.manager;
  else {
    let best = Infinity;
    for (const lead of moved) {
      if (lead.role !== roleSlugs.director && lead.role !== roleSlugs.executive && lead.role !== roleSlugs.manager) continue;
      const load = (moved.filter((draft) => draft.reportsTo === lead.role).reduce((sum, draft) => sum + draft.fte, 0) + count) / lead.fte;
      if (load < best) [best, over] = [load, lead.role];
    }
    // Every lead is full: one more of the least-loaded lead whose own lead has room (the head always has).
    if (best > MAX_SPAN) {
      const roomAbove = (lead: Draft) => {
        const parent = moved.find((draft) => draft.role === lead.reportsTo);
        if (!parent) return true;
        const reports = moved.filter((draft) => draft.reportsTo === parent.role).reduce((sum, draft) => sum + draft.fte, 0);
        return (reports + 1) / parent.fte <= MAX_SPAN;
      };
      const lead = moved.find((draft) => draft.role === over && roomAbove(draft)) ?? moved.find((draft) => draft.reportsTo === null);
      if (lead) {
        lead.fte += 1;
        over = lead.role;
      }
    }
  }
  const boss = over ? input.catalog[over]?.title : undefined;
  const layer: Draft = {
    role: roleSlugs.assistantManager,
    fte: count,
    reportsTo: over,
    leadWords: ASSISTANT_MANAGER,
    reason: input.explain === false ? '' : leadReason(ASSISTANT_MANAGER, count, { total: 0, reports: supervised, hired: true, ...(boss ? { boss } : {}) }),
  };
  const withLayer = [...moved, layer];
  if (input.explain === false) return withLayer;
  // The line managers' reports changed when the layer took some of them: their reason counts again.
  return withLayer.map((draft) => {
    if (draft.leadWords !== LINE_MANAGER) return draft;
    const reports = withLayer.filter((other) => other.reportsTo === roleSlugs.manager).reduce((sum, other) => sum + other.fte, 0);
    return { ...draft, reason: lineManagerReason(draft.fte, reports / draft.fte) };
  });
}

const LINE_MANAGER: LeadWords = { kind: 'line-manager' };
const ASSISTANT_MANAGER: LeadWords = { kind: 'assistant-manager' };

export function lineManagerReason(managers: number, each: number): string {
  const reports = `${one(each)} direct ${each === 1 ? 'report' : 'reports'}`;
  return managers === 1 ? `Line manager of about ${reports}.` : `Line managers, about ${reports} each.`;
}

function buildDrafts(structure: Structure, input: TeamInput): Draft[] {
  const teamFte = input.workload.teamFte;
  if (teamFte === 0) return [];
  if (structure === 'specialist') {
    const practitioners = specialistPractitioners(input);
    const fte = practitioners.reduce((sum, draft) => sum + draft.fte, 0);
    return withLeads(practitioners, leadCountOver(fte, titledFor(input)), input, false);
  }
  const counted = leadCount(teamFte, input.generalistFirst ? 0 : titledFor(input));
  const count = input.headFirst && counted.total === 0 && teamFte > 1 ? { firstLine: 1, directors: 0, executive: 0, total: 1 } : counted;
  // The assistant-manager layer always has an HR manager at its head, counted inside the workload's team like any lead.
  const inside = structure === 'assistant-manager' ? Math.max(count.total, 1) : count.total;
  const units = Math.max(1, Math.round((teamFte - inside) * UNITS_PER_FTE));
  if (structure === 'generalist') {
    const lead = count.total > 0;
    const fte = units / UNITS_PER_FTE;
    const unled =
      fte <= 1
        ? alone(input)
        : fte < 2
          ? 'Covers every HR function day to day, alone or with one colleague.'
          : // A team below a manager's size is headed by a senior generalist (withLeads names one).
            'Covers every HR function day to day, reporting to the head of HR.';
    const practitioners = generalistDrafts(fte, lead ? 'Covers every HR function day to day.' : unled);
    return withLeads(practitioners, count, input, false);
  }
  if (structure === 'hybrid') return withLeads(hybridPractitioners(units, input, false, count.total === 0), count, input, false);
  let practitioners = hybridPractitioners(units, input, true);
  // The assistant managers lead the coordinators and generalists: the line managers are counted for
  // the rest of the staff only, and a lead post that frees goes back to practitioners. Else a team of
  // ten had a director, two HR managers and an assistant manager over six and a half FTE of staff.
  const supervised = supervisedFte(practitioners);
  let leads = count;
  const rest = leadCount(teamFte - supervised, input.generalistFirst ? 0 : titledFor(input));
  if (rest.total < count.total) {
    leads = Math.max(rest.total, 1) === count.total ? count : rest;
    const freed = Math.max(count.total, 1) - Math.max(leads.total, 1);
    if (freed > 0) practitioners = hybridPractitioners(units + Math.round(freed * UNITS_PER_FTE), input, true);
  }
  const layer = assistantManagerCount(practitioners, Math.max(leads.total, 1));
  return withAssistantManagers(withLeads(practitioners, leads, input, true, layer), input, layer);
}

function mergeDrafts(drafts: Draft[]): Draft[] {
  const merged = new Map<string, Draft>();
  for (const draft of drafts) {
    if (draft.fte <= 0) continue;
    const existing = merged.get(draft.role);
    // Copied only when two drafts merge: the first draft of a role is taken as it is, never changed.
    if (existing) merged.set(draft.role, { ...existing, fte: existing.fte + draft.fte });
    else merged.set(draft.role, draft);
  }
  return [...merged.values()];
}

/** The roles and FTE of a structure's team, merged by role (no reporting lines). */
export function teamRoles(structure: Structure, input: TeamInput): { role: string; fte: number; payFactor: number; reportsTo: string | null }[] {
  return mergeDrafts(buildDrafts(structure, { ...input, explain: false })).map((draft) => ({
    role: draft.role,
    fte: draft.fte,
    payFactor: draft.payFactor ?? 1,
    reportsTo: draft.reportsTo ?? null,
  }));
}

/**
 * FTE under each assistant manager of the assistant-manager team (0 with none), read from the
 * work: the everyday pool's share of the practitioners' work, in half-FTE steps, per assistant
 * manager. Practitioners carry the workload less the leads' share. Not read from the rounded
 * staff: as a team rounds, half an FTE can move from the generalists to a recruiter, or a line
 * manager's post come and go with them, and back a few employees later, and the layer's
 * recommendation must not flip with it.
 */
export function assistantManagerWork(input: LayerInput, team: readonly { role: string; fte: number }[]): number {
  let managers = 0;
  for (const member of team) if (member.role === roleSlugs.assistantManager) managers += member.fte;
  return managers > 0 ? layerWork(input) / managers : 0;
}

type LayerInput = Pick<TeamInput, 'workload' | 'depth' | 'staffRoles'>;

/** FTE of work under the whole assistant-manager layer, in half-FTE steps (see assistantManagerWork). */
export function layerWork(input: LayerInput): number {
  return roundToStep(layerWorkUnrounded(input));
}

/** `layerWork` before it is rounded to a hiring step (a threshold scan reads where it crosses a step). */
export function layerWorkUnrounded(input: LayerInput): number {
  const { owned, everyday } = practitionerClaims(input, true);
  const share = poolShare(everyday, owned.map((fn) => input.workload.loads[fn]));
  // The layer always has an HR manager at its head; a larger team about one lead in SPAN + 1 (a
  // smooth share, not the stepped lead count, so a new lead post does not flip the layer's case).
  const fte = input.workload.fte;
  return share * Math.max(0, fte - Math.max(1, fte / (SPAN + 1)));
}

/** The everyday pool's share of the work a hybrid team splits, beside the specialists' loads. */
function poolShare(everyday: Claim[], depthLoads: number[]): number {
  let pool = 0;
  for (const claim of everyday) pool += Math.max(0, claim.desired);
  let all = pool;
  for (const load of depthLoads) all += Math.max(0, load);
  return all > 0 ? pool / all : 0;
}

/** FTE each assistant manager supervises in a team (0 when the team has none). */
export function assistantManagerSpan(team: readonly { role: string; fte: number; reportsTo: string | null }[]): number {
  let managers = 0;
  let supervised = 0;
  for (const member of team) {
    if (member.role === roleSlugs.assistantManager) managers += member.fte;
    else if (member.reportsTo === roleSlugs.assistantManager) supervised += member.fte;
  }
  return managers > 0 ? supervised / managers : 0;
}

/** The team of a structure for a workload, with titles from the role catalog. */
export function buildTeam(structure: Structure, input: TeamInput): TeamMember[] {
  return mergeDrafts(buildDrafts(structure, input)).map((draft) => {
    const role = catalogRole(input.catalog, draft.role);
    return {
      role: draft.role,
      title: draft.title ?? role.title,
      family: role.family,
      area: role.area,
      fte: draft.fte,
      reason: draft.reason,
      reportsTo: draft.reportsTo === draft.role ? null : (draft.reportsTo ?? null),
      payFactor: draft.payFactor ?? 1,
      ...(draft.leadWords ? { leadWords: draft.leadWords } : {}),
    };
  });
}

/** Every role the engine can place in a team: the planner ships posting text for these only. */
export const plannedRoles: ReadonlySet<string> = new Set([
  ...Object.values(specialistFor),
  ...Object.values(functionLeadFor),
  ...Object.values(roleSlugs),
  unionEmployeeRelationsRole,
  supervisorRole,
  safetyComplianceRole,
]);
