// Builds the team of a structure for a workload: which roles, how many FTE, who leads whom.
import { HR_FUNCTION_LABELS, type HrFunction } from './hr-functions.ts';
import type { Profile } from './profile.ts';
import type { CatalogRole, RoleCatalog } from './roles.ts';
import type { Structure } from './structures.ts';
import type { Workload } from './workload.ts';
import { apportion, type Claim } from './fit-to-total.ts';
import { formatNumber } from './format.ts';
import { depthThresholds, FTE_STEP } from './data/workload.ts';
import { functionLeadFor, roleSlugs, specialistFor, teamShape, unionEmployeeRelationsRole } from './data/team-shape.ts';

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
}

export interface TeamInput {
  profile: Profile;
  workload: Workload;
  /** Functions that need an owner, largest load first. */
  depth: HrFunction[];
  catalog: RoleCatalog;
  /** Write the `reason` of each member (skipped when only costs and coverage are needed). */
  explain?: boolean;
}

const UNITS_PER_FTE = 1 / FTE_STEP;
const ADMIN_FUNCTIONS: HrFunction[] = ['onboarding', 'benefits', 'payroll', 'hris-analytics', 'engagement'];

function catalogRole(catalog: RoleCatalog, slug: string): CatalogRole {
  const role = catalog[slug];
  if (!role) throw new Error(`The role catalog has no "${slug}": add content/roles/${slug}.mdx`);
  return role;
}

const formatOne = (value: number) => formatNumber(value, 1);

interface Leadership {
  members: { role: string; fte: number; reason: string }[];
  /** The role everyone else reports to by default. */
  lineManager: string | null;
  fte: number;
}

/** Who leads a team of this size (span of control of 8 for managers, 5 for executives). */
export function leadership(teamFte: number, explain = true): Leadership {
  const fmt = explain ? formatOne : () => '';
  const span = teamShape.managerSpan.value;
  if (teamFte < teamShape.managerFromFte.value) return { members: [], lineManager: null, fte: 0 };
  if (teamFte < teamShape.directorFromFte.value) {
    return {
      members: [{ role: roleSlugs.manager, fte: 1, reason: `Leads an HR team of ${fmt(teamFte)} FTE and owns HR strategy.` }],
      lineManager: roleSlugs.manager,
      fte: 1,
    };
  }
  if (teamFte < teamShape.executiveFromFte.value) {
    const managers = Math.ceil((teamFte - 1) / (span + 1));
    return {
      members: [
        { role: roleSlugs.director, fte: 1, reason: `Heads an HR function of ${fmt(teamFte)} FTE, more than one manager can lead.` },
        { role: roleSlugs.manager, fte: managers, reason: `Line managers for the team, about ${span} direct reports each.` },
      ],
      lineManager: roleSlugs.manager,
      fte: 1 + managers,
    };
  }
  const directors = Math.max(2, Math.ceil((teamFte - 1) / 50));
  const managers = Math.ceil((teamFte - 1 - directors) / (span + 1));
  return {
    members: [
      { role: roleSlugs.executive, fte: 1, reason: `Executive head of an HR organization of ${fmt(teamFte)} FTE.` },
      { role: roleSlugs.director, fte: directors, reason: 'Directors lead the HR areas under the executive.' },
      { role: roleSlugs.manager, fte: managers, reason: `Line managers, about ${span} direct reports each.` },
    ],
    lineManager: roleSlugs.manager,
    fte: 1 + directors + managers,
  };
}

function specialistRole(fn: HrFunction, profile: Profile): string | undefined {
  if (fn === 'employee-relations' && profile.unionized) return unionEmployeeRelationsRole;
  return specialistFor[fn];
}

function specialistReason(fn: HrFunction, input: TeamInput): string {
  if (input.explain === false) return '';
  const load = input.workload.loads[fn];
  if (fn === 'recruiting') {
    return `Owns hiring: about ${formatOne(input.workload.hiresPerYear)} hires a year, ${formatOne(load)} FTE of recruiting work.`;
  }
  if (fn === 'compliance' && input.profile.industry === 'manufacturing') {
    return `Owns workplace safety and compliance, which manufacturing calls for (${formatOne(load)} FTE of work).`;
  }
  if (fn === 'employee-relations' && input.profile.unionized) {
    return `Owns labor relations under the union contract (${formatOne(load)} FTE of employee relations work).`;
  }
  return `Owns ${HR_FUNCTION_LABELS[fn].toLowerCase()} in depth (${formatOne(load)} FTE of work).`;
}

interface Draft {
  role: string;
  fte: number;
  reason: string;
  reportsTo?: string | null;
}

/** Half-FTE units of the team left after leadership. */
function unitsAfter(teamFte: number, taken: number): number {
  return Math.max(0, Math.round((teamFte - taken) * UNITS_PER_FTE));
}

function generalistDrafts(fte: number, reason: string): Draft[] {
  if (fte <= 0) return [];
  const seniors = Math.floor(fte / teamShape.generalistsPerSenior.value);
  const drafts: Draft[] = [];
  if (seniors > 0) drafts.push({ role: roleSlugs.seniorGeneralist, fte: seniors, reason: `Senior generalists guide the others and take the hardest cases.` });
  drafts.push({ role: roleSlugs.generalist, fte: fte - seniors, reason });
  return drafts;
}

/** A specialist team of four or more FTE gets a lead from within its FTE. */
function withFunctionLeads(drafts: Draft[], fnOf: Map<string, HrFunction>): Draft[] {
  const fmt = formatOne;
  const out: Draft[] = [];
  for (const draft of drafts) {
    const fn = fnOf.get(draft.role);
    const lead = fn ? functionLeadFor[fn] : undefined;
    if (lead && draft.fte >= teamShape.functionLeadFromFte.value && !out.some((d) => d.role === lead)) {
      // One lead per manager's span of the function's team.
      const leads = Math.max(1, Math.floor(draft.fte / (teamShape.managerSpan.value + 1)));
      out.push({ role: lead, fte: leads, reason: `Leads the ${HR_FUNCTION_LABELS[fn!].toLowerCase()} team of ${fmt(draft.fte)} FTE.` });
      out.push({ ...draft, fte: draft.fte - leads, reportsTo: lead });
    } else {
      out.push(draft);
    }
  }
  return out;
}

function buildDrafts(structure: Structure, input: TeamInput): { drafts: Draft[]; lineManager: string | null } {
  const { profile, workload, depth } = input;
  const teamFte = workload.teamFte;
  const loads = workload.loads;
  const lead = leadership(teamFte, input.explain !== false);
  const drafts: Draft[] = structure === 'assistant-manager' ? [] : lead.members.map((member) => ({ ...member }));
  const fnOf = new Map<string, HrFunction>();
  const specialistClaims = (functions: HrFunction[]): Claim[] =>
    functions.flatMap((fn) => {
      const role = specialistRole(fn, profile);
      if (!role) return [];
      fnOf.set(role, fn);
      return [{ key: role, desired: loads[fn] }];
    });
  const fteOf = (units: Map<string, number>, key: string) => (units.get(key) ?? 0) / UNITS_PER_FTE;

  if (structure === 'generalist') {
    const fte = unitsAfter(teamFte, lead.fte) / UNITS_PER_FTE;
    drafts.push(...generalistDrafts(fte, 'Covers every HR function day to day.'));
    return { drafts, lineManager: lead.lineManager };
  }

  if (structure === 'hybrid') {
    const units = unitsAfter(teamFte, lead.fte);
    const deepLoad = depth.reduce((sum, fn) => sum + loads[fn], 0);
    const claims: Claim[] = [
      { key: 'generalists', desired: Math.max(FTE_STEP, workload.fte - deepLoad) },
      ...specialistClaims(depth),
    ];
    const split = apportion(claims, units);
    drafts.push(...generalistDrafts(fteOf(split, 'generalists'), 'Runs daily HR operations across the functions no specialist owns.'));
    for (const claim of claims.slice(1)) {
      const fte = fteOf(split, claim.key);
      if (fte > 0) drafts.push({ role: claim.key, fte, reason: specialistReason(fnOf.get(claim.key)!, input) });
    }
    return { drafts: withFunctionLeads(drafts, fnOf), lineManager: lead.lineManager };
  }

  if (structure === 'specialist') {
    const units = unitsAfter(teamFte, lead.fte);
    const owned = (Object.keys(loads) as HrFunction[])
      .filter((fn) => !workload.outsourced.includes(fn) && (depth.includes(fn) || loads[fn] >= depthThresholds.specialistStructureFte))
      .sort((a, b) => loads[b] - loads[a]);
    const fast = profile.growthPct >= teamShape.fastScalingGrowthPct.value;
    const perPartner = fast ? teamShape.employeesPerPartnerFast.value : teamShape.employeesPerPartnerMature.value;
    const partners = profile.employees >= 500 ? profile.employees / perPartner : 0;
    const claims: Claim[] = [
      ...(partners > 0 ? [{ key: roleSlugs.businessPartner, desired: partners }] : []),
      ...specialistClaims(owned),
    ].sort((a, b) => b.desired - a.desired);
    const split = apportion(claims, units);
    for (const claim of claims) {
      const fte = fteOf(split, claim.key);
      if (fte <= 0) continue;
      const reason =
        claim.key === roleSlugs.businessPartner
          ? `Business partners serve departments, about one per ${perPartner} employees.`
          : specialistReason(fnOf.get(claim.key)!, input);
      drafts.push({ role: claim.key, fte, reason });
    }
    return { drafts: withFunctionLeads(drafts, fnOf), lineManager: lead.lineManager };
  }

  // Assistant-manager layer: a manager sets direction, the assistant manager runs operations.
  const headFte = lead.fte > 0 ? lead.fte : teamFte >= 2 ? 1 : 0;
  const heads =
    lead.fte > 0
      ? lead.members
      : headFte > 0
        ? [{ role: roleSlugs.manager, fte: 1, reason: 'Sets HR direction and handles the most complex cases.' }]
        : [];
  const headLine = lead.fte > 0 ? lead.lineManager : headFte > 0 ? roleSlugs.manager : null;
  const assistantManagers =
    teamFte - headFte <= 1 ? teamFte - headFte : Math.max(1, Math.floor(teamFte / teamShape.assistantManagerTeamFte.value));
  drafts.push(...heads);
  drafts.push({
    role: roleSlugs.assistantManager,
    fte: assistantManagers,
    reason: 'Runs daily HR operations and supervises coordinators and administrators.',
    reportsTo: headLine,
  });
  const units = unitsAfter(teamFte, headFte + assistantManagers);
  const adminLoad = ADMIN_FUNCTIONS.filter((fn) => !depth.includes(fn)).reduce((sum, fn) => sum + loads[fn], 0);
  const otherLoad = (Object.keys(loads) as HrFunction[])
    .filter((fn) => !depth.includes(fn) && !ADMIN_FUNCTIONS.includes(fn))
    .reduce((sum, fn) => sum + loads[fn], 0);
  const claims: Claim[] = [
    { key: 'coordinators', desired: Math.max(FTE_STEP, adminLoad) },
    ...specialistClaims(depth),
    { key: 'generalists', desired: otherLoad },
  ];
  const split = apportion(claims, units);
  const coordinators = fteOf(split, 'coordinators');
  if (coordinators > 0) {
    drafts.push({
      role: roleSlugs.coordinator,
      fte: coordinators,
      reason: 'Handles onboarding, records, benefits enrollment and HRIS transactions.',
      reportsTo: roleSlugs.assistantManager,
    });
  }
  for (const claim of claims.slice(1, -1)) {
    const fte = fteOf(split, claim.key);
    if (fte > 0) drafts.push({ role: claim.key, fte, reason: specialistReason(fnOf.get(claim.key)!, input) });
  }
  const generalists = fteOf(split, 'generalists');
  if (generalists > 0) {
    drafts.push(...generalistDrafts(generalists, 'Covers employee relations, pay and policy questions day to day.').map((d) => ({ ...d, reportsTo: roleSlugs.assistantManager })));
  }
  return { drafts: withFunctionLeads(drafts, fnOf), lineManager: headLine ?? roleSlugs.assistantManager };
}

function reportsToFor(draft: Draft, lineManager: string | null, roles: Set<string>): string | null {
  if (draft.reportsTo !== undefined) return draft.reportsTo;
  switch (draft.role) {
    case roleSlugs.executive:
      return null;
    case roleSlugs.director:
      return roles.has(roleSlugs.executive) ? roleSlugs.executive : null;
    case roleSlugs.manager:
      return roles.has(roleSlugs.director) ? roleSlugs.director : roles.has(roleSlugs.executive) ? roleSlugs.executive : null;
    default:
      if (Object.values(functionLeadFor).includes(draft.role)) {
        return roles.has(roleSlugs.director) ? roleSlugs.director : lineManager;
      }
      return lineManager === draft.role ? null : lineManager;
  }
}

/** The roles and FTE of a structure's team, merged by role (no titles, no reporting lines). */
export function teamRoles(structure: Structure, input: TeamInput): { role: string; fte: number }[] {
  return mergeDrafts(buildDrafts(structure, input).drafts);
}

function mergeDrafts(drafts: Draft[]): Draft[] {
  const merged = new Map<string, Draft>();
  for (const draft of drafts) {
    if (draft.fte <= 0) continue;
    const existing = merged.get(draft.role);
    if (existing) existing.fte += draft.fte;
    else merged.set(draft.role, { ...draft });
  }
  return [...merged.values()];
}

/** The team of a structure for a workload, with titles and salaries from the role catalog. */
export function buildTeam(structure: Structure, input: TeamInput): TeamMember[] {
  const { drafts, lineManager } = buildDrafts(structure, input);
  const merged = mergeDrafts(drafts);
  const roles = new Set(merged.map((draft) => draft.role));
  return merged.map((draft) => {
    const role = catalogRole(input.catalog, draft.role);
    return {
      role: draft.role,
      title: role.title,
      family: role.family,
      area: role.area,
      fte: draft.fte,
      reason: draft.reason,
      reportsTo: reportsToFor(draft, lineManager, roles),
    };
  });
}
