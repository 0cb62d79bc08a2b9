// Month by month: projected headcount, the HR team in place, and when each hire is due. Hires
// only ever build toward the end team, so they add up to the end team minus the existing team.
import { type Profile, hasExistingTeam } from './profile.ts';
import type { RoleCatalog } from './roles.ts';
import type { Structure } from './structures.ts';
import { analyzeWorkload, pickStructure, teamFteAYearAhead } from './analysis.ts';
import { buildTeam, leadReason, teamRoles, titledFor, type TeamMember } from './team.ts';
import { staffTeam } from './existing-team.ts';
import { levelOf } from './existing-fit.ts';
import { GROWTH_PERIOD_MONTHS, headcountAt } from './headcount.ts';
import { formatNumber, withArticle } from './format.ts';
import { STRUCTURE_LABELS } from './structures.ts';
import { functionLeadFor, roleSlugs, supervisorRole, teamShape } from './data/team-shape.ts';
import { FTE_STEP } from './data/workload.ts';
import type { HrFunction } from './hr-functions.ts';

const FUNCTION_LEADS: ReadonlySet<string> = new Set(Object.values(functionLeadFor));

export interface TimelineHire {
  role: string;
  /** The title the team gives the role (a lead's can differ from the catalog's). */
  title: string;
  fte: number;
  reason: string;
  /** The FTE are more hours for a part-timer of the company's, not a new person. */
  moreHours?: boolean;
  /** FTE of the hire a shrinking company's first step-down ends (at `month`): a contractor or an interim until then. */
  interim?: { fte: number; month: number };
  /** The role's pay against its catalog range, where the plan prices it differently (a large company's head of HR). */
  payFactor?: number;
  /**
   * The month of the half-time hire this one makes a whole person, within one hiring round
   * (`teamShape.hiringRoundMonths`): one person hired full time then, not a second half-time hire.
   */
  completes?: number;
}

export interface TimelineMonth {
  /** 0 is today. */
  month: number;
  employees: number;
  hrFte: number;
  hires: TimelineHire[];
  /**
   * HR FTE the team gives up in the month (`fte` positive): a shrinking company steps its HR team
   * down each year to the team for where it is then going. Empty for a company that is not shrinking.
   */
  departures: TimelineHire[];
  /** People hired earlier who move into another post this month: a promotion, or a post the team no longer needs. */
  moves?: TimelineMove[];
}

export interface TimelineMove {
  from: string;
  fromTitle: string;
  into: string;
  intoTitle: string;
  fte: number;
  promotion: boolean;
  /** The move in words, without its month. */
  reason: string;
}

const EPSILON = 1e-9;

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/** FTE by role a structure needs at a given headcount: teamAt, summed by role. */
function needByRole(profile: Profile, employees: number, structure: Structure, catalog: RoleCatalog, leadFor: number | undefined, titledAt: number | undefined): Map<string, number> {
  if (hasExistingTeam(profile)) return hiredByRole(teamAt(profile, employees, structure, catalog, false, leadFor, titledAt));
  const atSize: Profile = { ...profile, employees };
  const { workload, depth, staffRoles } = analyzeWorkload(atSize);
  return new Map(teamRoles(structure, { profile: atSize, workload, depth, catalog, staffRoles, leadFor, ...(titledAt !== undefined ? { titledAt } : {}) }).map((member) => [member.role, member.fte]));
}

/** The team a structure needs at a given headcount, other inputs unchanged, existing team counted. */
export function teamAt(
  profile: Profile,
  employees: number,
  structure: Structure,
  catalog: RoleCatalog,
  explain = true,
  leadFor = teamFteAYearAhead(profile),
  titledAt?: number,
): TeamMember[] {
  const atSize: Profile = { ...profile, employees };
  const { workload, depth, staffRoles, priorities } = analyzeWorkload(atSize);
  const need = buildTeam(structure, { profile: atSize, workload, depth, catalog, explain, staffRoles, leadFor, ...(titledAt !== undefined ? { titledAt } : {}) });
  return hasExistingTeam(profile) ? staffTeam(need, profile.existingTeam, catalog, priorities).team : need;
}

function fteByRole(team: TeamMember[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const member of team) map.set(member.role, (map.get(member.role) ?? 0) + member.fte);
  return map;
}

/** FTE by role the existing team holds (`hired: false`) or that is hired (`hired: true`). */
function byRole(team: TeamMember[], hired: boolean): Map<string, number> {
  const map = new Map<string, number>();
  for (const member of team) {
    const existing = member.fromExisting ?? 0;
    const fte = hired ? member.fte - existing : existing;
    if (fte > EPSILON) map.set(member.role, (map.get(member.role) ?? 0) + fte);
  }
  return map;
}

const hiredByRole = (team: TeamMember[]) => byRole(team, true);

/** The team in place in each month, by role, with the pay multiple of each role. */
export interface MonthlyTeams {
  months: TimelineMonth[];
  inPlace: Map<string, number>[];
  payFactor: Map<string, number>;
}

export interface StaffingByMonth extends MonthlyTeams {
  /** With existing people above today's need: the month the growing team places them all (null: not within the horizon). */
  surplusPlacedBy: number | null;
  /** Moves of existing people the end team makes beyond today's, in words. */
  laterMoves: string[];
}

/** The moves into the end team's rows that today's team does not make yet, and the returns to people's own work, each with the month it first appears, in month order. */
function movesBeyondToday(
  today: TeamMember[],
  endTeam: TeamMember[],
  teamOfMonth: (month: number) => TeamMember[],
  lastMonth: number,
  existing: Record<string, number>,
): string[] {
  const moved = (team: TeamMember[], role: string, words: string) => team.find((member) => member.role === role)?.moves?.find((entry) => entry.words === words)?.fte ?? 0;
  const moves: { month: number; words: string }[] = [];
  // People back in their own role: their role's row holds more of its own people than today.
  const ownIn = (team: TeamMember[], role: string) => {
    const row = team.find((member) => member.role === role);
    return row ? (row.fromExisting ?? 0) - (row.moves ?? []).reduce((sum, move) => sum + move.fte, 0) : 0;
  };
  for (const role of Object.keys(existing)) {
    const before = ownIn(today, role);
    const back = ownIn(endTeam, role) - before;
    const row = endTeam.find((member) => member.role === role);
    if (!row || back <= EPSILON) continue;
    let month = 1;
    while (month < lastMonth && ownIn(teamOfMonth(month), role) <= before + EPSILON) month += 1;
    moves.push({ month, words: `Month ${month}: ${formatNumber(back, 1)} FTE of your ${row.title} staff back in their own work.` });
  }
  for (const row of endTeam) {
    for (const move of row.moves ?? []) {
      const already = moved(today, row.role, move.words);
      const fte = move.fte - already;
      if (fte <= EPSILON) continue;
      // The month the team first makes the move: its staffed team then has it.
      let month = 1;
      while (month < lastMonth && moved(teamOfMonth(month), row.role, move.words) <= already + EPSILON) month += 1;
      moves.push({ month, words: `Month ${month}: ${row.title}: ${formatNumber(fte, 1)} FTE ${move.words}.` });
    }
  }
  return moves.sort((a, b) => a.month - b.month).map((move) => move.words);
}

/** `today`: the plan's team now (by default, the structure's team at today's headcount). */
export function buildTimeline(profile: Profile, structure: Structure, catalog: RoleCatalog, today?: TeamMember[]): TimelineMonth[] {
  return staffingByMonth(profile, structure, catalog, today ?? teamAt(profile, profile.employees, structure, catalog, false)).months;
}

/**
 * When the recommendation itself changes within the horizon (a generalist team becoming a hybrid
 * team at 50 employees, a specialist team at 500), the recommended plan's timeline follows it: each
 * month's needs are those of the structure recommended at its headcount. The months where the pick
 * changes, in order (headcount only grows here; a month's headcount is read once).
 */
function pickSwitches(structure: Structure, headcounts: number[], pickAtSize: (employees: number) => Structure): Switch[] {
  const switches: Switch[] = [];
  let current = structure;
  let lastEmployees = headcounts[0];
  for (let month = 1; month < headcounts.length; month += 1) {
    if (headcounts[month] === lastEmployees) continue;
    lastEmployees = headcounts[month];
    const pick = pickAtSize(headcounts[month]!);
    if (pick !== current) switches.push({ month, structure: pick });
    current = pick;
  }
  // A structure recommended for a few months only, between two others, is passed over: the team is
  // not rebuilt for a blip of the pick (hybrid, then an assistant-manager layer for a month, then
  // hybrid again). One that holds to the horizon's end is followed: it is the end team.
  for (;;) {
    let shortest = -1;
    for (let index = 0; index < switches.length - 1; index += 1) {
      const months = switches[index + 1]!.month - switches[index]!.month;
      if (months < teamShape.shortestStructureMonths.value && (shortest < 0 || months < switches[shortest + 1]!.month - switches[shortest]!.month)) shortest = index;
    }
    if (shortest < 0) break;
    const before = shortest === 0 ? structure : switches[shortest - 1]!.structure;
    switches.splice(shortest, switches[shortest + 1]!.structure === before ? 2 : 1);
  }
  return switches;
}

interface Switch {
  month: number;
  structure: Structure;
}

/** One person's move into another post of the end team, made in `month` (null until then). */
interface Move {
  from: string;
  into: string;
  fte: number;
  month: number | null;
  /** FTE of the post left that the month's need still holds. */
  left?: number;
  /** The end team needs the post left: it is refilled by a hire. */
  refilled?: boolean;
  /**
   * A promotion, made the month the need first has the post: the head of HR into the larger team's
   * head post, or a senior generalist into the line manager post it adds.
   */
  promotion?: 'head' | 'lead';
}

export interface StaffingOptions {
  /** The plan is the recommendation: its timeline follows a change of recommended structure within the horizon. */
  followPick?: boolean;
  /**
   * The recommendation at a headcount, when the caller knows it already (the plan's thresholds):
   * the timeline then switches where the plan says the recommendation changes.
   */
  pickAt?: (employees: number) => Structure;
}

export function staffingByMonth(profile: Profile, structure: Structure, catalog: RoleCatalog, today: TeamMember[], options: StaffingOptions = {}): StaffingByMonth {
  const shrinking = profile.growthPct < 0;
  // Every month's team is titled for the same horizon as the plan's own team.
  const leadFor = teamFteAYearAhead(profile);
  // And for the same company size: a growing company's months are titled for the size today's team
  // is (a year ahead), or their own once larger, not each for a year beyond itself.
  const titledAt = profile.growthPct > 0 ? titledFor({ profile }) : undefined;
  // With an existing team, its people stay where today's plan places them, and the months build the
  // hires alone toward the end team's: where the end team places an existing person in other work
  // (a recruiter back in recruiting once a labor relations specialist is hired), the hire is the
  // end team's, not the role the person left.
  const withExisting = hasExistingTeam(profile);
  const existingIn = byRole(today, false);
  const todayByRole = withExisting ? hiredByRole(today) : fteByRole(today);
  const cache = new Map<string, Map<string, number>>();
  const headcounts = Array.from({ length: profile.horizonMonths + 1 }, (_, month) => headcountAt(profile.employees, profile.growthPct, month));
  // A shrinking company is staffed for its year of cuts from month 0, then steps down: no switch to follow.
  // The recommendation at a headcount: from the plan's thresholds when it has them, else picked there.
  const pickAt = options.pickAt ?? ((employees: number) => pickStructure({ ...profile, employees }, catalog));
  const switches = options.followPick && !shrinking ? pickSwitches(structure, headcounts, pickAt) : [];
  /** The change of recommendation in force in a month, if any. */
  const switchAt = (month: number): Switch | undefined => switches.findLast((change) => change.month <= month);
  const structureAt = (month: number): Structure => switchAt(month)?.structure ?? structure;
  const needAt = (month: number): Map<string, number> => {
    if (shrinking) return todayByRole;
    const employees = headcounts[month]!;
    const key = `${structureAt(month)} ${employees}`;
    let need = cache.get(key);
    if (!need) {
      need = needByRole(profile, employees, structureAt(month), catalog, leadFor, titledAt);
      cache.set(key, need);
    }
    return need;
  };
  // The end team with its reasons (reasons change nothing else, so it is also the last month's need).
  const endEmployees = headcounts[profile.horizonMonths]!;
  const endTeam = shrinking ? today : teamAt(profile, endEmployees, structureAt(profile.horizonMonths), catalog, true, leadFor, titledAt);
  const endNeed = withExisting ? hiredByRole(endTeam) : fteByRole(endTeam);
  if (!shrinking) cache.set(`${structureAt(profile.horizonMonths)} ${endEmployees}`, endNeed);
  // Each role grows toward the end team, and nobody hired today is let go because the mix of a
  // larger team differs (a role today's team has more of keeps its people).
  const end = new Map(endNeed);
  // A lead is one person: a shortfall is filled by practitioners first, and a lead is hired whole.
  const isLead = (role: string) => catalog[role]?.area === 'management' || FUNCTION_LEADS.has(role);
  const todayHead = today.find((member) => member.reportsTo === null);
  const endHead = endTeam.find((member) => member.reportsTo === null);
  // People hired today who take another post of the end team once the month's need has it, instead
  // of staying in a post the end team has fewer of (the month-24 team would carry lead posts the
  // plan for its size has not): an assistant manager whose layer goes moves into generalist work, a
  // line manager beyond the end team's into the functional lead post it opens.
  const moves: Move[] = [];
  for (const [role, fte] of todayByRole) {
    // A role today's team has and the end team does not: its people stay, and count toward the end
    // team's role of the same area instead of coming on top of it. A senior generalist heading a
    // small team grows into the HR manager post the larger team has: a promotion, not a hire on top.
    const area = catalog[role]?.area;
    // (Or the supervisor post a team titled for a smaller company has in its place.)
    const grownInto =
      role === roleSlugs.seniorGeneralist && !end.has(role)
        ? [roleSlugs.manager, supervisorRole].find((post) => !todayByRole.has(post) && (end.get(post) ?? 0) > 0)
        : undefined;
    // The head of HR is one post: a head hired today grows into the end team's head post, instead of
    // a new head hired over them months later (a VP of HR over the director hired last quarter, a
    // manager over this month's supervisor). Where the end team keeps the head's title as a line
    // post, that post is refilled under them.
    // A generalist heading HR is promoted one level at most (an HR Generalist into the senior
    // generalist's or supervisor's head post, not the manager's): one person of their row, the rest
    // stay generalists.
    const endPost = endHead?.role;
    const oneLevelUp = (post: string) => {
      const up = levelOf(catalog[post]!) - levelOf(catalog[role]!);
      return up >= 0 && up <= 1;
    };
    const headMoves = isLead(role) ? fte : catalog[role]?.area === 'generalist' ? Math.min(fte, 1) : 0;
    const headGrowsInto =
      role === todayHead?.role &&
      headMoves > 0 &&
      endPost &&
      endPost !== role &&
      (isLead(role) ? isLead(endPost) : oneLevelUp(endPost)) &&
      !todayByRole.has(endPost) &&
      (end.get(endPost) ?? 0) >= headMoves - EPSILON
        ? endPost
        : undefined;
    // An assistant manager whose layer the end team no longer has takes a line-manager post that
    // today's team does not fill, instead of staying on top of a manager hired for it.
    const openPost = (post: string) => (end.get(post) ?? 0) - (todayByRole.get(post) ?? 0) >= fte - EPSILON;
    const layerGoes = role === roleSlugs.assistantManager && !end.has(role);
    const layerInto = layerGoes ? [roleSlugs.manager, supervisorRole].find(openPost) : undefined;
    const intoWork = layerGoes && !layerInto ? [roleSlugs.seniorGeneralist, roleSlugs.generalist].find((post) => end.has(post)) : undefined;
    if (intoWork) moves.push({ from: role, into: intoWork, fte, month: null });
    const promotedInto = grownInto ?? headGrowsInto;
    const promotedFte = grownInto ? fte : headMoves;
    if (promotedInto) moves.push({ from: role, into: promotedInto, fte: promotedFte, month: null, promotion: role === todayHead?.role ? 'head' : 'lead' });
    const same = promotedInto ?? layerInto ?? intoWork ?? (!end.has(role) && area !== undefined && area !== 'management' ? [...end.keys()].find((other) => catalog[other]?.area === area) : undefined);
    // Never below what today's team has in that role itself: those people stay too.
    if (same) end.set(same, Math.max(todayByRole.get(same) ?? 0, end.get(same)! - (promotedInto ? promotedFte : fte)));
    // A first-line lead beyond the end team's need of its title takes a functional lead post the end
    // team opens (an HR manager the recruiting team's lead), one whole person at a time.
    let leadsBeyond = isLead(role) && role !== todayHead?.role && !same ? Math.floor(fte - (end.get(role) ?? 0) + EPSILON) : 0;
    for (const post of FUNCTION_LEADS) {
      while (leadsBeyond > 0 && (end.get(post) ?? 0) - (todayByRole.get(post) ?? 0) >= 1 - EPSILON) {
        end.set(post, end.get(post)! - 1);
        moves.push({ from: role, into: post, fte: 1, month: null });
        leadsBeyond -= 1;
      }
    }
    // Today's people beyond the end team's need in a role it has count toward its other roles of
    // their area first (generalists do coordinators' work), never toward another area's: a
    // generalist kept from today does not stand in for the recruiters a growing company needs.
    const beyond = fte - (end.get(role) ?? 0);
    if (!same && end.has(role) && beyond > EPSILON && area !== undefined && area !== 'management' && !isLead(role)) {
      let left = beyond;
      for (const other of [...end.keys()]) {
        if (other === role || isLead(other) || catalog[other]?.area !== area) continue;
        const take = Math.min(left, end.get(other)! - (todayByRole.get(other) ?? 0));
        if (take <= EPSILON) continue;
        end.set(other, end.get(other)! - take);
        left -= take;
        if (left <= EPSILON) break;
      }
    }
    end.set(role, Math.max(end.get(role) ?? 0, fte));
  }
  for (const [role, fte] of end) if (fte <= EPSILON && !todayByRole.has(role)) end.delete(role);
  // A practitioner's reason is the one of the team the company needs in the month of the hire: a
  // recruiter hired at 122 employees quoted with the hires a year of 324 would contradict the
  // month's plan. A lead is hired for the team being built, and a practitioner hired ahead of the
  // month's need (a shortfall filled with the end team's mix) builds toward it: both quote the end
  // team, and say so, since its figures are those of the horizon's last month.
  const teamsOfMonth = new Map<number, TeamMember[]>();
  const teamOfMonth = (month: number): TeamMember[] => {
    if (month === 0) return today;
    if (shrinking || month === profile.horizonMonths) return endTeam;
    let team = teamsOfMonth.get(month);
    if (!team) {
      team = teamAt(profile, headcounts[month]!, structureAt(month), catalog, true, leadFor, titledAt);
      teamsOfMonth.set(month, team);
    }
    return team;
  };
  const memberOf = (team: TeamMember[], role: string) => team.find((candidate) => candidate.role === role);
  /** The month whose team explains a hire (null: the hire month's own team). */
  const reasonOf = (role: string, month: number, heldAfter: number): { member: TeamMember | undefined; forMonth: number | null } => {
    if (month === 0) return { member: memberOf(today, role) ?? memberOf(endTeam, role), forMonth: null };
    // The month's team explains the hire only when it needs at least what the role then holds; a
    // practitioner hired whole ahead of the month's need is explained by the team a year on.
    const explains = (team: TeamMember[]) => team.reduce((sum, member) => sum + (member.role === role ? member.fte : 0), 0) >= people(role, heldAfter) - EPSILON;
    const monthTeam = teamOfMonth(month);
    if (!isLead(role) || monthTeam === endTeam) {
      const member = memberOf(monthTeam, role);
      if (member && explains(monthTeam)) return { member, forMonth: null };
      // A practitioner hired whole ahead is explained by the first month within the window whose team needs it all.
      for (let later = month + 1; !isLead(role) && later <= month + WHOLE_PERSON_WITHIN_MONTHS && later < profile.horizonMonths; later += 1) {
        // The month's need (cached, without words) rules a month out before its team is written.
        if (!withExisting && (needAt(later).get(role) ?? 0) < people(role, heldAfter) - EPSILON) continue;
        const laterTeam = teamOfMonth(later);
        const laterMember = memberOf(laterTeam, role);
        if (laterMember && explains(laterTeam)) return { member: laterMember, forMonth: later };
      }
      // Practitioners a structure hires on the way to the end's are explained by its last month's team.
      const lastOfStructure = (switches.find((change) => change.month > month)?.month ?? 0) - 1;
      if (!isLead(role) && lastOfStructure > month) {
        const lastTeam = teamOfMonth(lastOfStructure);
        const lastMember = memberOf(lastTeam, role);
        if (lastMember && explains(lastTeam)) return { member: lastMember, forMonth: lastOfStructure };
      }
    }
    return { member: memberOf(endTeam, role) ?? memberOf(today, role) ?? memberOf(needOf(profile.horizonMonths), role), forMonth: monthTeam !== endTeam ? profile.horizonMonths : null };
  };
  // With an existing team, a month's rows describe the people already there ("Already on your team",
  // "Moved from …"): a hire is explained by the need itself, before the existing team is placed.
  const needsOfMonth = new Map<number, TeamMember[]>();
  const needOf = (month: number): TeamMember[] => {
    let team = needsOfMonth.get(month);
    if (!team) {
      team = teamAt({ ...profile, existingTeam: {} }, headcounts[month]!, structureAt(month), catalog, true, leadFor, titledAt);
      needsOfMonth.set(month, team);
    }
    return team;
  };
  const explainedBy = (role: string, month: number, found: TeamMember | undefined) =>
    withExisting ? (memberOf(needOf(month), role) ?? memberOf(needOf(profile.horizonMonths), role) ?? found) : found;
  // A lead's words count the chart the month's team really has, existing people included (the
  // table's "Leads an HR team of 15 FTE", not the need's 4).
  const staffedReason = (role: string, month: number, member: TeamMember | undefined): string => {
    const words = member?.leadWords;
    if (!withExisting || !words) return member?.reason ?? '';
    const team = teamOfMonth(month);
    const row = memberOf(team, role);
    if (!row || (words.kind !== 'line-manager' && row.reportsTo !== null)) return member!.reason;
    const reports = sum(team.filter((other) => other.reportsTo === role).map((other) => other.fte));
    return leadReason(words, row.fte, { total: sum(team.map((other) => other.fte)), reports, hired: true });
  };
  // A structure the plan passes through on the way to the end's (a generalist team before a hybrid
  // team, a hybrid team before a specialist team) hires practitioners the end team has fewer of, or
  // none (generalists): they stay, in the FTE of the end team's other roles of their area where it
  // has room, else on top of its need. Else a month's need for a generalist was filled with a
  // recruiter, even a growing company's first HR hire. (An existing team's people are placed in
  // the end team's roles already: there the end team stays as it is.)
  for (const change of withExisting ? [] : switches) {
    const lastMonth = change.month - 1;
    if (lastMonth === 0) continue;
    for (const [role, fte] of needAt(lastMonth)) {
      const short = fte - (end.get(role) ?? 0);
      if (isLead(role) || short <= EPSILON) continue;
      const area = catalog[role]?.area;
      const room = (donor: string) => end.get(donor)! - Math.max(todayByRole.get(donor) ?? 0, donor === role ? Infinity : 0);
      // Only from roles of the same area: a coordinator kept from a passing stage stands in for
      // generalist work, not for the recruiters a growing company needs (else it stays on top).
      const donors = [...end.keys()]
        .filter((donor) => donor !== role && !isLead(donor) && catalog[donor]?.area === area && room(donor) > EPSILON)
        .sort((x, y) => room(y) - room(x));
      let kept = 0;
      for (const donor of donors) {
        const take = Math.min(short - kept, room(donor));
        end.set(donor, end.get(donor)! - take);
        if (end.get(donor)! <= EPSILON) end.delete(donor);
        kept += take;
        if (kept >= short - EPSILON) break;
      }
      // The rest stays on top of the end team's need: those people are hired, and keep working.
      end.set(role, (end.get(role) ?? 0) + short);
    }
  }
  const fillOrder = [...end.keys()].sort((a, b) => Number(isLead(a)) - Number(isLead(b)));
  // Hired FTE by role so far (with an existing team, its people are in `existingIn` instead).
  const held = new Map<string, number>();
  const people = (role: string, hired: number) => hired + (existingIn.get(role) ?? 0);
  const handedOver = new Set<string>();
  // The month each role's current half-time part was hired.
  const halfSince = new Map<string, number>();
  // The hours the company's part-timers could add before each works a full week.
  const hoursUsed = new Map<string, number>();
  let hoursRoom = Object.values(profile.existingTeam).reduce((sum, fte) => sum + (fte > 0 && fte < 1 ? 1 - fte : 0), 0);
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
      months.push({ month, employees, hrFte: months[month - 1]!.hrFte, hires: [], departures: [] });
      continue;
    }
    const need = month === 0 ? todayByRole : needAt(month);
    // A move is made in the first month whose need no longer holds the post the person leaves and
    // wants the one they take (or, for a layer that goes, no longer has the post they leave at all).
    for (const move of month === 0 ? [] : moves) {
      const leaves = (need.get(move.from) ?? 0) <= (held.get(move.from) ?? 0) - move.fte + EPSILON;
      const wanted = (need.get(move.into) ?? 0) > (held.get(move.into) ?? 0) + EPSILON;
      // A promotion is made once the need has the post above, whether or not the post left is refilled.
      if (move.month !== null || !(move.promotion ? wanted : leaves && (wanted || !need.has(move.from)))) continue;
      for (const map of [held, end]) {
        map.set(move.into, (map.get(move.into) ?? 0) + move.fte);
        // The end team's own need of the post left stays: it is refilled (an HR manager post under a promoted head).
        map.set(move.from, map === end ? Math.max(endNeed.get(move.from) ?? 0, end.get(move.from)! - move.fte) : held.get(move.from)! - move.fte);
        if (map.get(move.from)! <= EPSILON) map.delete(move.from);
      }
      move.refilled = (end.get(move.from) ?? 0) > (held.get(move.from) ?? 0) + EPSILON;
      move.month = month;
      move.left = need.get(move.from) ?? 0;
    }
    const wanted = sum(need.values());
    // Roles of the end team, never beyond their end size; a shortfall is filled from end-team roles.
    const target = new Map<string, number>();
    for (const [role, fte] of end) target.set(role, Math.max(held.get(role) ?? 0, Math.min(need.get(role) ?? 0, fte)));
    let short = wanted - sum(target.values());
    // Roles that take part of another's need this month (hired ahead of their own).
    const standIns = new Set<string>();
    for (const role of fillOrder) {
      if (short <= EPSILON) break;
      if (!end.has(role)) continue;
      const room = end.get(role)! - target.get(role)!;
      const add = Math.min(room, short);
      if (add > EPSILON) {
        target.set(role, target.get(role)! + add);
        short -= add;
        standIns.add(role);
      }
    }
    // Month 0 is today's team as it stands (an existing person may fill part of a lead's need).
    if (month > 0) {
      // Read only for a role that may be hired whole ahead: needs months ahead cost a team each.
      // Within the structure recommended now: a role a later structure has not is needed up to the switch.
      // The most each role needs in any month of the window: a specialist's share can dip as another
      // area gains one, so the window's last month alone can miss the whole person needed before it.
      let aheadNeed: Map<string, number> | undefined;
      const ahead = () => {
        if (aheadNeed) return aheadNeed;
        const next = switches.find((change) => change.month > month);
        const until = next && next.month <= month + WHOLE_PERSON_WITHIN_MONTHS ? next.month - 1 : month + WHOLE_PERSON_WITHIN_MONTHS;
        aheadNeed = new Map(until > profile.horizonMonths ? end : []);
        for (let later = month + 1; later <= Math.min(until, profile.horizonMonths); later += 1) {
          for (const [role, fte] of needAt(later)) aheadNeed.set(role, Math.max(aheadNeed.get(role) ?? 0, fte));
        }
        return aheadNeed;
      };
      for (const [role, fte] of target) {
        if (isLead(role)) target.set(role, Math.min(end.get(role)!, Math.ceil(fte - EPSILON)));
        // A practitioner role that grows past its next whole person within the year gets that person
        // whole now: half a person hired and topped up months later is two hiring rounds for one job.
        // A new role too, after month 0 (today's team is the team table, where a team of one FTE is
        // one person already); not a role with half a person today, who is topped up, not replaced.
        else {
          const have = people(role, held.get(role) ?? 0);
          const want = people(role, fte);
          const wholeOrNone = have >= 1 - EPSILON || have <= EPSILON;
          // A stand-in is hired for the end team's post, so the end team's need decides: half a stand-in
          // now and its other half months later would be two hiring rounds for one person.
          const needed = standIns.has(role) ? end.get(role)! : Math.min(ahead().get(role) ?? 0, end.get(role)!);
          if (wholeOrNone && want > have + EPSILON && want % 1 > EPSILON && people(role, needed) >= Math.ceil(want) - EPSILON) {
            target.set(role, fte + Math.ceil(want) - want);
          }
        }
      }
    }
    const hires: TimelineHire[] = [];
    for (const [role, fte] of target) {
      const have = held.get(role) ?? 0;
      if (fte > have + EPSILON) {
        // A role today's team does not have, hired once the recommendation has changed, says why.
        const switched = switchAt(month);
        const becomes = switched && !todayByRole.has(role) ? `, once the plan becomes ${withArticle(STRUCTURE_LABELS[switched.structure].toLowerCase())}` : '';
        const { member: found, forMonth } = reasonOf(role, month, fte);
        const member = explainedBy(role, forMonth ?? month, found);
        const toward = forMonth !== null ? `, for the team of month ${forMonth} (${formatNumber(headcounts[forMonth]!)} employees)` : '';
        const trigger = month === 0 ? 'Needed now' : `At ${formatNumber(employees)} employees (month ${month})${becomes}${toward}`;
        const title = member?.title ?? catalog[role]?.title ?? role;
        // A post the staffed team gives a part-time person of yours: the hire is their extra hours,
        // never more in all than the part-timers' weeks have room for.
        const used = hoursUsed.get(role) ?? 0;
        // (Not said twice: a reason taken from a staffed row with more hours says it already.)
        const moreHours =
          withExisting &&
          member?.moreHours === undefined &&
          (memberOf(teamOfMonth(forMonth ?? month), role)?.moreHours ?? 0) >= used + fte - have - EPSILON &&
          fte - have <= hoursRoom + EPSILON;
        if (moreHours) {
          hoursRoom -= fte - have;
          hoursUsed.set(role, used + fte - have);
        }
        // A new head of HR over the person who heads it today: say where that person goes.
        const newHead = month > 0 && isLead(role) && role === endHead?.role && todayHead !== undefined && todayHead.role !== role;
        const extra = `${formatNumber(fte - have, 1)} FTE are more hours for`;
        const noun = isLead(role) ? 'post' : 'role';
        const hours = `not a second person; if they cannot work them, hire the ${noun} whole.`;
        const handover = moreHours
          ? newHead
            ? ` The part-time ${todayHead!.title} who heads HR until then is promoted into it, and these ${extra} them, ${hours}`
            : ` These ${extra} the part-time person on your team placed in this ${noun}, ${hours}`
          : newHead
            ? ` The ${todayHead!.title} who heads HR until then reports to them.`
            : '';
        // An existing person placed in this work for now (a recruiter in labor relations) hands it over, once.
        // Only where the end team has fewer of them here than today: they really move on.
        const movedInToday = memberOf(today, role)?.movedIn ?? 0;
        const movesOn = movedInToday > EPSILON && (memberOf(endTeam, role)?.movedIn ?? 0) < movedInToday - EPSILON;
        const takesOver = month > 0 && !handedOver.has(role) && movesOn ? ' It takes this work over from the existing staff the plan places in it for now, who move into the other needs of the larger team.' : '';
        if (takesOver) handedOver.add(role);
        const hoursOf = moreHours || (member?.moreHours ?? 0) > EPSILON;
        const factor = (month === 0 ? memberOf(today, role)?.payFactor : payFactor.get(role)) ?? 1;
        // The other half of a half-time hire made within a hiring round: the same person, full time.
        const since = halfSince.get(role);
        const completes = !withExisting && !isLead(role) && since !== undefined && month - since <= teamShape.hiringRoundMonths.value && fte % 1 <= EPSILON ? since : undefined;
        const completing = completes === undefined ? '' : ` This is the other half of the ${title} post hired ${completes === 0 ? 'now' : `at month ${completes}`}: hire that person full time from the start, not a second half-time hire.`;
        hires.push({
          role,
          title,
          fte: fte - have,
          reason: `${trigger}: ${staffedReason(role, forMonth ?? month, member)}${handover}${takesOver}${completing}`,
          ...(hoursOf ? { moreHours: true } : {}),
          ...(factor !== 1 ? { payFactor: factor } : {}),
          ...(completes !== undefined ? { completes } : {}),
        });
        if (fte % 1 > EPSILON && have % 1 <= EPSILON) halfSince.set(role, month);
        else if (fte % 1 <= EPSILON) halfSince.delete(role);
        held.set(role, fte);
      }
    }
    const team = new Map(existingIn);
    for (const [role, fte] of held) team.set(role, (team.get(role) ?? 0) + fte);
    inPlace.push(team);
    months.push({ month, employees, hrFte: sum(team.values()), hires, departures: [] });
    complete = moves.every((move) => move.month !== null) && [...end].every(([role, fte]) => (held.get(role) ?? 0) >= fte - EPSILON);
  }
  if (shrinking) {
    // The recommendation steps down with the company: each year's team is the one recommended at its size.
    const structureOf = (employees: number) => (options.followPick ? pickAt(employees) : structure);
    // A step-down names a role as today's team titles it (a lead's title can differ from the catalog's).
    const titleOf = (role: string) => today.find((member) => member.role === role)?.title ?? catalog[role]?.title ?? role;
    stepDown(profile, structureOf, catalog, leadFor, { months, inPlace, payFactor }, isLead, today.find((member) => member.reportsTo === null)?.role, titleOf);
  }
  const staffedOfMonth = (month: number) => (month === profile.horizonMonths ? endTeam : teamAt(profile, headcounts[month]!, structureAt(month), catalog, false, leadFor, titledAt));
  const above = (team: TeamMember[]) => sum(team.map((member) => member.aboveNeed ?? 0));
  let surplusPlacedBy: number | null = null;
  if (withExisting && !shrinking && above(today) > EPSILON) {
    for (let month = 1; month <= profile.horizonMonths && surplusPlacedBy === null; month += 1) if (above(staffedOfMonth(month)) <= EPSILON) surplusPlacedBy = month;
  }
  const laterMoves = withExisting && !shrinking ? movesBeyondToday(today, endTeam, staffedOfMonth, profile.horizonMonths, profile.existingTeam) : [];
  const titleOf = (role: string) => memberOf(endTeam, role)?.title ?? memberOf(today, role)?.title ?? catalog[role]?.title ?? role;
  for (const move of moves) {
    if (move.month === null) continue;
    let reason: string;
    if (move.promotion) {
      const instead = move.promotion === 'head' ? 'a second head of HR hired over them' : `a new ${titleOf(move.into)} hired`;
      const refill = move.refilled ? ` The ${titleOf(move.from)} post they leave is filled by a hire under them.` : '';
      // Within a hiring round of the first hire, the post is theirs from the start: hired for it.
      reason =
        move.month <= teamShape.hiringRoundMonths.value
          ? `the ${titleOf(move.from)} hired now takes the ${titleOf(move.into)} post by month ${move.month}, when the team needs it: hire them for that post from the start, not ${instead}.${refill}`
          : `the ${titleOf(move.from)} hired now grows into the ${titleOf(move.into)} post as the team grows: a promotion, not ${instead}.${refill}`;
    } else {
      const switched = switchAt(move.month);
      const becomes = switched ? `once the plan becomes ${withArticle(STRUCTURE_LABELS[switched.structure].toLowerCase())}` : 'as the team grows';
      const who = move.fte < (todayByRole.get(move.from) ?? 0) - EPSILON ? `one of the ${titleOf(move.from)}s hired now` : `the ${titleOf(move.from)} hired now`;
      const left = move.left ?? 0;
      const needs = left > EPSILON ? `needs only ${left === 1 ? 'one' : `${formatNumber(left, 1)} FTE of`} ${titleOf(move.from)}` : move.from === roleSlugs.assistantManager ? 'has no assistant-manager layer' : `has no ${titleOf(move.from)}`;
      reason = `${who} moves into ${withArticle(titleOf(move.into))} post ${becomes}, when the team ${needs}: the post they leave is not refilled.`;
    }
    laterMoves.push(`Month ${move.month}: ${reason}`);
    const month = months[move.month];
    if (month) {
      month.moves ??= [];
      month.moves.push({ from: move.from, fromTitle: titleOf(move.from), into: move.into, intoTitle: titleOf(move.into), fte: move.fte, promotion: move.promotion !== undefined, reason });
    }
  }
  laterMoves.sort((a, b) => Number(/^Month (\d+)/.exec(a)![1]) - Number(/^Month (\d+)/.exec(b)![1]));
  return { months, inPlace, payFactor, surplusPlacedBy, laterMoves };
}

/** A practitioner's half-person hire is made whole when the role needs the whole person within this many months. */
const WHOLE_PERSON_WITHIN_MONTHS = teamShape.wholeHireWithinMonths.value;

// The step-down's year is the period the growth rate is given for.
const YEAR = GROWTH_PERIOD_MONTHS;
const LEAST_STEP_FTE = teamShape.leastStepDownFte.value;


/**
 * A shrinking company's HR team steps down once a year, after the year's reduction work: at month
 * 12 (and 24 in a 36-month horizon) it comes down to the size of the team the company then needs.
 * Net cuts only, hiring nobody: the people kept cover a role the smaller plan would add. Leads go
 * first, the most junior first, down to the leads the smaller team has, but a head stays while
 * anyone does (an HR manager kept over a small team works as its senior generalist); then the roles
 * held furthest above the smaller team's need. The last month of the horizon starts no new year.
 */
function stepDown(
  profile: Profile,
  structureOf: (employees: number) => Structure,
  catalog: RoleCatalog,
  leadFor: number | undefined,
  staffing: MonthlyTeams,
  isLead: (role: string) => boolean,
  headRole: string | undefined,
  titleOf: (role: string) => string,
): void {
  const { months, inPlace } = staffing;
  const total = (entries: Iterable<[string, number]>, keep: (role: string) => boolean = () => true) =>
    sum([...entries].map(([role, fte]) => (keep(role) ? fte : 0)));
  for (let step = YEAR; step < profile.horizonMonths; step += YEAR) {
    const employees = months[step]!.employees;
    const atSize: Profile = { ...profile, employees };
    const { workload, depth, staffRoles } = analyzeWorkload(atSize);
    const need = fteByRole(buildTeam(structureOf(employees), { profile: atSize, workload, depth, catalog, staffRoles, leadFor }));
    const held = new Map(inPlace[step - 1]!);
    const heldTotal = total(held);
    // Below the point of a first HR hire the need is nobody, but one person stays: letting the
    // company's only HR person go would leave the rest of the reductions to the founder.
    const belowFirstHire = total(need) === 0;
    const needTotal = belowFirstHire ? Math.min(1, heldTotal) : total(need);
    let cut = heldTotal - needTotal;
    if (cut <= EPSILON) continue;
    const cuts = new Map<string, number>();
    const take = (role: string, fte: number) => {
      cuts.set(role, (cuts.get(role) ?? 0) + fte);
      cut -= fte;
    };
    // The person heading the chart (a specialist or a function lead heading a small team, say) stays.
    const left = (role: string) => held.get(role)! - (cuts.get(role) ?? 0) - (role === headRole ? Math.min(1, held.get(role)!) : 0);
    const keepLeads = Math.max(total(need, isLead), 1);
    let leadsOver = total(held, isLead) - keepLeads;
    for (const role of [...held.keys()].filter(isLead).sort((a, b) => (catalog[a]?.salary.median ?? 0) - (catalog[b]?.salary.median ?? 0))) {
      const most = Math.min(left(role), leadsOver, cut);
      // A lead is one person: whole leads go, or the whole of a part-time one, never half of one.
      const fte = left(role) <= most + EPSILON ? left(role) : Math.floor(most + EPSILON);
      if (fte <= EPSILON) continue;
      take(role, fte);
      leadsOver -= fte;
    }
    // A specialist whose function the smaller company still has work for keeps one person in it
    // (payroll and benefits go on), though the smaller plan folds that work into generalists'.
    const ownsWork = (role: string): number => {
      const area = catalog[role]?.area;
      const load = area && area in workload.loads ? workload.loads[area as HrFunction] : 0;
      return catalog[role]?.family !== 'management' && load >= FTE_STEP ? Math.min(1, held.get(role)!) : 0;
    };
    // Then the roles held furthest above the smaller team's need, a step at a time.
    while (cut > EPSILON) {
      let widest: string | undefined;
      let widestOver = 0;
      for (const [role] of held) {
        if (isLead(role) || left(role) <= EPSILON) continue;
        const over = held.get(role)! - (cuts.get(role) ?? 0) - Math.max(need.get(role) ?? 0, ownsWork(role));
        if (widest === undefined || over > widestOver + EPSILON) {
          widest = role;
          widestOver = over;
        }
      }
      if (widest === undefined) break;
      take(widest, Math.min(FTE_STEP, cut, left(widest)));
    }
    // Less than a whole FTE is a drift that leavers absorb, unless it ends a role the smaller team
    // does not have (half a relations specialist for a company whose layoffs are done).
    const endsRole = [...cuts].some(([role, fte]) => held.get(role)! - fte <= EPSILON && !need.has(role));
    if (sum(cuts.values()) < LEAST_STEP_FTE - EPSILON && !endsRole) continue;
    const trigger = `At ${formatNumber(employees)} employees (month ${step}), heading for ${formatNumber(workload.sizedFor)} on average over the next year`;
    const departures: TimelineHire[] = [...cuts].map(([role, fte]) => {
      const have = held.get(role)!;
      held.set(role, have - fte);
      if (have - fte <= EPSILON) held.delete(role);
      return {
        role,
        title: titleOf(role),
        fte,
        reason: `${trigger}: ${
          belowFirstHire
            ? 'that company is below the point of a first HR hire, and one HR person stays to carry the rest of the reductions'
            : `the team for that company${workload.reductions >= 1 ? ', its reduction work included,' : ''} is ${formatNumber(needTotal, 1)} FTE`
        }, so ${have - fte <= EPSILON ? `the smaller team has no ${formatNumber(have, 1)} FTE here` : `${formatNumber(have - fte, 1)} FTE stays here, down from ${formatNumber(have, 1)}`}. Plan it through leavers not replaced, moves into the business or, last, notice.`,
      };
    });
    // To the end of the horizon: a later step overwrites its own months.
    for (let month = step; month < months.length; month += 1) {
      inPlace[month] = new Map(held);
      months[month] = { ...months[month]!, hrFte: total(held) };
    }
    months[step] = { ...months[step]!, departures };
    // A post hired today that the first step ends is work for the year of cuts alone: say so on the hire.
    for (const departure of step === YEAR ? departures : []) {
      for (const hire of months[0]!.hires.filter((entry) => entry.role === departure.role)) {
        const ends = Math.min(hire.fte, departure.fte);
        const which = ends >= hire.fte - EPSILON ? 'ends this hire' : `ends ${formatNumber(ends, 1)} FTE of this hire`;
        hire.reason += ` The step-down at month ${step} ${which}: for the year of cuts, fill it with a contractor or an interim, not a permanent hire.`;
        hire.interim = { fte: ends, month: step };
      }
    }
  }
}
