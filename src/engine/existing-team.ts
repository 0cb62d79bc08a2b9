// Builds on the HR team a company already has. Existing people fill the needs they fit (see
// existing-fit.ts): first the lead posts, the head of HR by the most senior lead free to take it
// whole; then the work they can do as they are; then promotions into the posts still open and
// generalists moved into practitioner work. A one-person post is one person's: a part-timer in it
// works more hours rather than sharing it. Hires fill the rest only as far as the whole need exceeds
// the existing team, lead posts whole; the needs still open after that go to the people left,
// nearest fit first, as a move the plan names (a recruiter is never silently counted as payroll
// cover), and a stretch beyond someone's experience is swapped away where a swap fits both.
import type { RoleCatalog } from './roles.ts';
import type { Priorities } from './profile.ts';
import type { HrFunction } from './hr-functions.ts';
import { leadReason, type TeamMember } from './team.ts';
import { formatNumber } from './format.ts';
import { canHead as canHeadHr, fitFor, isPost, levelOf, type Fit, type Placement } from './existing-fit.ts';

const EPSILON = 1e-9;

export interface StaffedTeam {
  /** Existing people in their own roles, plus the hires. */
  team: TeamMember[];
  /** FTE to hire, by role. */
  hires: Map<string, number>;
  /** Existing FTE beyond the whole need (0 when the need is larger). */
  surplus: number;
}

/** Role slugs of the existing team that the catalog does not know. */
export function unknownExistingRoles(existing: Record<string, number>, catalog: RoleCatalog): string[] {
  return Object.keys(existing).filter((slug) => !catalog[slug]);
}

/** One line naming the unknown roles and every valid slug, for an error. */
export function unknownRolesMessage(unknown: string[], catalog: RoleCatalog): string {
  return `Unknown existing-team role${unknown.length > 1 ? 's' : ''} ${unknown.map((slug) => `"${slug}"`).join(', ')}; valid roles: ${Object.keys(catalog).sort().join(', ')}`;
}

/** FTE of an existing role placed in a need (an index into the need). */
interface Placed {
  from: string;
  index: number;
  fte: number;
  placement: Placement;
}

/** Which pairs of existing role and need a pass may place, given their fit. */
type PassFilter = (fit: Fit, have: string, index: number) => boolean;

/**
 * `priorities`: the priority of each HR function in force (rules and the company's own); where
 * hires cannot fill every open need, a high-priority function's specialist comes first.
 */
export function staffTeam(need: TeamMember[], existing: Record<string, number>, catalog: RoleCatalog, priorities?: Priorities): StaffedTeam {
  const open = need.map((member) => member.fte);
  const left = new Map(Object.entries(existing).filter(([slug, fte]) => fte > 0 && catalog[slug]));
  const placed: Placed[] = [];
  const fitOf = (have: string, index: number) => fitFor(catalog[have]!, catalog[need[index]!.role]!);
  const post = (index: number) => isPost(catalog[need[index]!.role]!);
  const place = (from: string, index: number, placement: Placement) => {
    if (!canTake(from, index)) return;
    const fte = Math.min(left.get(from)!, open[index]!);
    if (fte <= EPSILON) return;
    open[index]! -= fte;
    left.set(from, left.get(from)! - fte);
    placed.push({ from, index, fte, placement });
  };
  const needTotal = need.reduce((sum, member) => sum + member.fte, 0);
  const existingTotal = Object.values(existing).reduce((sum, fte) => sum + fte, 0);
  const head = need.findIndex((member) => member.reportsTo === null);
  // A lead post of one person (an HR manager heading HR, a function's lead) is held by one person:
  // someone free to take it whole, or a part-timer of yours whose post the rest of becomes more
  // hours. Never a share of someone whose other hours are placed elsewhere, nor a second person
  // beside the first. (A small team's generalist row, head or not, is shared work: two half-timers
  // can hold it.)
  const onePost = (index: number) => isPost(catalog[need[index]!.role]!) && need[index]!.fte <= 1 + EPSILON;
  // In any post, the hours left of a full-timer already placed in part elsewhere are no one's post,
  // and a part-timer is not made one of several line managers (only a part-timer of that title is one).
  const fragment = (from: string, index: number) => left.get(from)! < Math.min(1, open[index]!) - EPSILON && existing[from]! >= 1;
  const canTake = (from: string, index: number) =>
    !(post(index) || index === head) ||
    (onePost(index)
      ? !placed.some((entry) => entry.index === index) && (left.get(from)! >= open[index]! - EPSILON || existing[from]! < 1)
      : !fragment(from, index) && !(post(index) && existing[from]! < 1 && from !== need[index]!.role));
  /** Whether `from` has the hours to take a one-person post whole (any other need: always). */
  // An incumbent of a lead post's own title keeps it, part-time or not: nobody is promoted over them.
  const whole = (from: string, index: number) => !onePost(index) || (post(index) && from === need[index]!.role) || left.get(from)! >= open[index]! - EPSILON;
  const lead = (slug: string) => isPost(catalog[slug]!);
  const canHead = (have: string) => canHeadHr(catalog[have]!);
  /** Places the pairs a pass allows, nearest fit first (ties: the need's order); the head's row only for someone who can head. */
  const pass = (allows: PassFilter, anyHead = false) => {
    const pairs: { have: string; index: number; fit: Fit }[] = [];
    for (const have of left.keys()) {
      need.forEach((_, index) => {
        const fit = fitOf(have, index);
        if (fit && allows(fit, have, index) && (anyHead || index !== head || canHead(have))) pairs.push({ have, index, fit });
      });
    }
    pairs.sort((a, b) => a.fit.distance - b.fit.distance || Number(whole(b.have, b.index)) - Number(whole(a.have, a.index)) || a.index - b.index);
    for (const { have, index, fit } of pairs) place(have, index, fit.placement);
  };
  const level = (slug: string) => levelOf(catalog[slug]!);
  // The head of HR, whatever its title: the most senior person able to head who fits it (a VP of
  // HR before an HR director, both executives; a manager before a generalist). A head post takes
  // the next most senior for any part still open; a generalist head's row only its one head.
  if (head >= 0) {
    const candidates = [...left.keys()].filter((slug) => canHead(slug) && fitOf(slug, head) !== null && fitOf(slug, head)!.placement !== 'stretch');
    const seniority = (slug: string) => level(slug) * 1e7 + catalog[slug]!.salary.median;
    // Someone free to take the post whole comes before a more senior part-timer, who would need more
    // hours; a lead before anyone else; among leads, the one the post suits best (an HR manager heads
    // an 80-person company's small team, not its VP), then the most senior.
    const over = (slug: string) => (lead(slug) ? Math.max(0, level(slug) - levelOf(catalog[need[head]!.role]!)) : 0);
    candidates.sort(
      (a, b) =>
        Number(whole(b, head)) - Number(whole(a, head)) ||
        Number(lead(b)) - Number(lead(a)) ||
        over(a) - over(b) ||
        seniority(b) - seniority(a) ||
        fitOf(a, head)!.distance - fitOf(b, head)!.distance,
    );
    for (const slug of post(head) ? candidates : candidates.slice(0, 1)) place(slug, head, fitOf(slug, head)!.placement);
  }
  // The other lead posts, from the leads. Leads without a post work as senior generalists, before
  // the generalists when the team is short of the need; when it is larger, the generalists do
  // their own work first.
  pass((fit, have, index) => post(index) && lead(have));
  const short = existingTotal <= needTotal;
  const leadsAsGeneralists = () => pass((fit, have, index) => lead(have) && !post(index) && catalog[need[index]!.role]!.family === 'generalist');
  if (short) leadsAsGeneralists();
  // The work people can do as they are; then promotions and generalists moved into practitioner work.
  pass((fit) => fit.placement === 'covers');
  if (!short) leadsAsGeneralists();
  pass((fit, _, index) => post(index) && fit.placement === 'promoted');
  pass((fit) => fit.placement === 'redeployed' || fit.placement === 'retrained');
  const fits = (have: string, index: number) => fitOf(have, index) !== null && fitOf(have, index)!.placement !== 'stretch' && (index !== head || canHead(have));
  const plausible = (index: number) => [...left].some(([have, fte]) => fte > EPSILON && fits(have, index) && canTake(have, index));
  // A post no one left fits, but someone already placed in work they do as they are: that person
  // moves up into the post, and the work they leave is filled like any other open need.
  for (const index of need.map((_, at) => at).filter((at) => post(at) || at === head)) {
    if (open[index]! <= EPSILON || plausible(index)) continue;
    // Never from a post or the head's row: the person there would leave a post to fill another.
    const from = placed
      .filter((entry) => entry.placement === 'covers' && entry.index !== index && entry.index !== head && !post(entry.index) && fits(entry.from, index))
      .sort((a, b) => fitOf(a.from, index)!.distance - fitOf(b.from, index)!.distance)[0];
    if (!from || (onePost(index) && from.fte < open[index]! - EPSILON && existing[from.from]! >= 1)) continue;
    const fte = Math.min(from.fte, open[index]!);
    from.fte -= fte;
    if (from.fte <= EPSILON) placed.splice(placed.indexOf(from), 1);
    open[from.index]! += fte;
    left.set(from.from, left.get(from.from)! + fte);
    place(from.from, index, fitOf(from.from, index)!.placement);
  }
  pass((fit) => fit.placement === 'redeployed' || fit.placement === 'retrained');
  // A lead post, or the head of HR, that no one left fits without a stretch is hired whole even
  // beyond the difference between the whole need and the whole team: nobody is made head of HR or
  // a director from an assistant's desk, and the people it leaves without a place stay above the
  // need. The open part of a post; the head's row only when nobody able to head has started to
  // fill it (beyond its head, a generalist head's row is practitioner work).
  const held = (index: number) => placed.some((entry) => entry.index === index && fits(entry.from, index));
  const partHeld = (index: number) => onePost(index) && held(index);
  const forced = need
    .map((_, index) => index)
    .filter((index) => open[index]! > EPSILON && (partHeld(index) || (!plausible(index) && (post(index) || (index === head && !held(index))))));
  // The head of HR is one person: a generalist head's row beyond a whole FTE is practitioner work.
  const forcedFte = new Map(forced.map((index) => [index, post(index) ? open[index]! : Math.min(open[index]!, 1)]));
  let toHire = Math.max(0, needTotal - existingTotal - [...forcedFte.values()].reduce((sum, fte) => sum + fte, 0));
  // A one-person post a part-timer of yours holds alone, and fits: the rest is more hours for them,
  // up to a full-time week, not a second person. Held as the work they do as they are (an HR manager
  // heading a generalist team), the hours go on their own row; promoted into it, on the post's.
  const partTimerIn = (index: number): Placed | undefined => {
    const entries = placed.filter((entry) => entry.index === index);
    const holder = entries.length === 1 ? entries[0]! : undefined;
    return holder && onePost(index) && existing[holder.from]! < 1 && fits(holder.from, index) && holder.fte + open[index]! <= 1 + EPSILON ? holder : undefined;
  };
  const moreHours = new Map<string, MoreHours>();
  const hoursOnOwnRow = new Map<string, number>();
  const hires = new Map<string, number>();
  for (const index of forced) {
    const fte = forcedFte.get(index)!;
    const holder = partTimerIn(index);
    if (holder && holder.placement === 'covers' && holder.from !== need[index]!.role) hoursOnOwnRow.set(holder.from, fte);
    else {
      if (holder) moreHours.set(need[index]!.role, { fte, holders: [catalog[holder.from]!.title] });
      hires.set(need[index]!.role, (hires.get(need[index]!.role) ?? 0) + fte);
    }
    open[index]! -= fte;
  }
  // The rest is hired only as far as the whole need exceeds the whole team: lead posts first (whole
  // people only), then the needs the people left fit worst, then depth (a high-priority function
  // first), largest first.
  const nearest = (index: number) => Math.min(Infinity, ...[...left].filter(([, fte]) => fte > EPSILON).map(([have]) => fitOf(have, index)?.distance ?? Infinity));
  const order = need
    .map((member, index) => ({ member, index, nearest: nearest(index) }))
    .filter(({ index }) => open[index]! > EPSILON)
    .sort((a, b) => rank(a.member) - rank(b.member) || b.nearest - a.nearest || urgency(a.member, priorities) - urgency(b.member, priorities) || open[b.index]! - open[a.index]!);
  for (const { member, index } of order) {
    if (toHire <= EPSILON) break;
    if (post(index) && toHire < open[index]! - EPSILON) continue;
    const fte = Math.min(open[index]!, toHire);
    hires.set(member.role, (hires.get(member.role) ?? 0) + fte);
    open[index]! -= fte;
    toHire -= fte;
  }
  // A half FTE no post could take goes to the first practitioner need still open.
  for (const { member, index } of order) {
    if (toHire <= EPSILON) break;
    const fte = Math.min(open[index]!, toHire);
    if (fte <= EPSILON) continue;
    hires.set(member.role, (hires.get(member.role) ?? 0) + fte);
    open[index]! -= fte;
    toHire -= fte;
  }
  // Any other one-person role a part-timer of yours holds in part, in their own role or promoted into
  // it: the half hired beside them is more hours for them too (a half-time senior generalist goes
  // full-time), not a second half-person.
  need.forEach((member, index) => {
    const hired = hires.get(member.role) ?? 0;
    if (hired <= EPSILON || moreHours.has(member.role) || member.fte > 1 + EPSILON) return;
    const entries = placed.filter((entry) => entry.index === index);
    const holder = entries.length === 1 ? entries[0]! : undefined;
    if (!holder || existing[holder.from]! >= 1 || holder.fte + hired > 1 + EPSILON) return;
    if (holder.from === member.role || holder.placement === 'promoted') moreHours.set(member.role, { fte: hired, holders: [catalog[holder.from]!.title] });
  });
  // The needs still open go to the people left, nearest fit first; a lead post no one fits, as a stretch.
  pass(() => true, true);
  // Never an executive into practitioner work: an HR director left over is above the need, not an
  // analyst, and the work no one else is left for is hired.
  const unfilled: number[] = [];
  for (const { index } of order) {
    for (const have of left.keys()) if (open[index]! > EPSILON && (post(index) || catalog[have]!.level !== 'executive')) place(have, index, 'stretch');
    if (open[index]! > EPSILON) {
      unfilled.push(index);
      hires.set(need[index]!.role, (hires.get(need[index]!.role) ?? 0) + open[index]!);
      open[index] = 0;
    }
  }
  swapOutOfStretches(placed, (have, index) => (index === head || post(index) ? null : fitOf(have, index)));
  const unplaced = [...left.values()].reduce((sum, fte) => sum + fte, 0);
  const hiredHead = forced.includes(head) && hires.has(need[head]!.role) ? need[head]!.role : undefined;
  const team = assemble(need, existing, catalog, placed, hires, unplaced, hiredHead, moreHours, hoursOnOwnRow);
  for (const index of unfilled) {
    const row = team.find((member) => member.role === need[index]!.role)!;
    row.reason = `No one on your team below the executive level is left for this work, so it is hired. ${row.reason}`;
    row.noOneReady = true;
  }
  for (const index of forced) {
    const row = team.find((member) => member.role === need[index]!.role && member.fte > (member.fromExisting ?? 0) + EPSILON);
    if (!row || row.moreHours !== undefined) continue;
    // Someone of yours holds part of the post: the rest of it is the hire.
    const heldInPart = placed.some((entry) => entry.index === index);
    row.reason = `${heldInPart ? 'No one else on your team is ready for the rest of this post' : post(index) ? 'No one on your team is ready for this post' : 'No one on your team can head HR yet'}, so it is hired. ${row.reason}`;
    row.noOneReady = true;
  }
  return { team, hires, surplus: Math.max(0, existingTotal - needTotal) };
}

/** "The other 0.5 FTE are more hours for your part-time HR Generalist in this post, …". */
function moreHoursWords(fte: number, holder: string, post = true): string {
  const noun = post ? 'post' : 'role';
  return `The other ${formatNumber(fte, 1)} FTE ${fte === 1 ? 'is' : 'are'} more hours for your part-time ${holder} in this ${noun}, not a second person; if they cannot work them, hire the ${noun} whole.`;
}

/**
 * The passes place people nearest fit first, one pair at a time, and can leave someone stretched
 * beyond their experience where a swap fits both (three generalists in the generalist need and a
 * benefits specialist stretched into the senior generalist's): each stretch trades places with
 * someone whose work the stretched person can do and who can do the stretched work, outside the
 * lead posts. `fit` is null where no swap may go.
 */
function swapOutOfStretches(placed: Placed[], fit: (have: string, index: number) => Fit | null): void {
  const near = (have: string, index: number) => {
    const found = fit(have, index);
    return found !== null && found.placement !== 'stretch' ? found : null;
  };
  for (const stretched of placed.filter((entry) => entry.placement === 'stretch')) {
    for (const other of placed) {
      if (stretched.fte <= EPSILON) break;
      if (other === stretched || other.placement === 'stretch' || other.from === stretched.from || other.fte <= EPSILON) continue;
      const intoStretch = near(other.from, stretched.index);
      const intoOther = near(stretched.from, other.index);
      if (!intoStretch || !intoOther) continue;
      const fte = Math.min(stretched.fte, other.fte);
      stretched.fte -= fte;
      other.fte -= fte;
      placed.push({ from: other.from, index: stretched.index, fte, placement: intoStretch.placement }, { from: stretched.from, index: other.index, fte, placement: intoOther.placement });
    }
  }
  for (let at = placed.length - 1; at >= 0; at -= 1) if (placed[at]!.fte <= EPSILON) placed.splice(at, 1);
}

/** FTE of a post that are more hours for the part-time people placed in it, and their titles. */
interface MoreHours {
  fte: number;
  holders: string[];
}

/** What the plan says of a move into a need: "promoted from your existing Recruiter staff …". */
function moveWords(placement: Placement, from: string, into: TeamMember): string {
  if (placement === 'promoted') return `promoted from your existing ${from} staff instead of a new hire`;
  if (placement === 'retrained') return `moved from your existing ${from} staff into this work, with training, instead of a new hire`;
  if (placement === 'taken-on') return `taken on by your existing ${from} staff, who own this work themselves at their own pay, instead of a new hire`;
  if (placement === 'stretch') {
    return `${into.family === 'management' ? 'promoted' : 'placed'} from your existing ${from} staff, beyond their experience, instead of a new hire: if they cannot grow into it, hire for it and let the ${from} role shrink through attrition`;
  }
  return `moved from your existing ${from} staff instead of a new hire`;
}

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The staffed team: existing roles as they are, moves into the need's roles, and the hires. */
function assemble(
  need: TeamMember[],
  existing: Record<string, number>,
  catalog: RoleCatalog,
  placed: Placed[],
  hires: Map<string, number>,
  over: number,
  hiredHead: string | undefined,
  moreHours: ReadonlyMap<string, MoreHours>,
  hoursOnOwnRow: ReadonlyMap<string, number>,
): TeamMember[] {
  const team: TeamMember[] = [];
  const covering = (slug: string) => placed.filter((entry) => entry.from === slug && entry.placement === 'covers');
  const movedOut = (slug: string) => placed.filter((entry) => entry.from === slug && entry.placement !== 'covers').reduce((sum, entry) => sum + entry.fte, 0);
  for (const [slug, listed] of Object.entries(existing)) {
    const fte = listed - movedOut(slug);
    if (fte <= EPSILON || !catalog[slug]) continue;
    const covers = covering(slug);
    const used = covers.reduce((sum, entry) => sum + entry.fte, 0);
    const role = catalog[slug]!;
    const template = covers[0] ? need[covers[0].index]! : undefined;
    const extra = hoursOnOwnRow.get(slug) ?? 0;
    // Before its first HR hire a company needs no HR staff: its own carry the work, no surplus to shed.
    const reason =
      need.length === 0
        ? 'Already on your team: below its first-HR-hire point the company needs no HR staff of its own yet, so they carry the HR work the founder and providers would otherwise.'
        : existingReason(fte, fte - used, covers.length === 0 ? null : needsIn([...new Set(covers.map((entry) => need[entry.index]!.title))]), over);
    team.push({
      role: slug,
      title: role.title,
      family: role.family,
      area: role.area,
      fte: fte + extra,
      reason: extra > EPSILON ? `${reason} ${moreHoursWords(extra, role.title)}` : reason,
      ...(extra > EPSILON ? { moreHours: extra } : {}),
      // Someone the plan did not place gets a lead below (the least loaded one).
      reportsTo: template ? template.reportsTo : null,
      // The head of HR is paid for the company's size, as a head hired for it would be.
      payFactor: template && template.reportsTo === null && role.family === 'management' ? template.payFactor : 1,
      fromExisting: fte,
      ...(template !== undefined && template.role !== slug ? { covers: template.role } : {}),
      ...(fte - used > EPSILON ? { aboveNeed: fte - used } : {}),
    });
  }
  // Moves and hires into the need's roles: one row per role, its pay the FTE-weighted pay of who is in it.
  const own = new Map(team.map((row) => [row, row.fte]));
  const pay = new Map<TeamMember, number>();
  const moves = new Map<TeamMember, { fte: number; words: string }[]>();
  const rowFor = (member: TeamMember): TeamMember => {
    let row = team.find((entry) => entry.role === member.role);
    if (!row) {
      row = { ...member, fte: 0 };
      team.push(row);
    }
    return row;
  };
  const add = (row: TeamMember, fte: number, factor: number) => {
    pay.set(row, (pay.get(row) ?? row.fte * row.payFactor) + fte * factor);
    row.fte += fte;
  };
  for (const { from, index, fte, placement } of placed) {
    if (placement === 'covers') continue;
    const member = need[index]!;
    const row = rowFor(member);
    // A promotion is paid the post's pay; anyone else keeps their own where it is higher.
    const ownPay = catalog[from]!.salary.median / catalog[member.role]!.salary.median;
    add(row, fte, placement === 'promoted' || placement === 'stretch' ? member.payFactor : Math.max(member.payFactor, ownPay));
    row.fromExisting = (row.fromExisting ?? 0) + fte;
    if (placement !== 'redeployed') row.movedIn = (row.movedIn ?? 0) + fte;
    const words = moveWords(placement, catalog[from]!.title, member);
    const same = (moves.get(row) ?? []).find((entry) => entry.words === words);
    if (same) same.fte += fte;
    else moves.set(row, [...(moves.get(row) ?? []), { fte, words }]);
  }
  for (const member of need) {
    const fte = hires.get(member.role);
    if (fte) add(rowFor(member), fte, member.payFactor);
  }
  const needOf = new Map<TeamMember, TeamMember>();
  for (const row of team) {
    const share = pay.get(row);
    if (share === undefined) continue;
    row.payFactor = share / row.fte;
    needOf.set(row, need.find((entry) => entry.role === row.role)!);
    const more = moreHours.get(row.role);
    if (more) row.moreHours = more.fte;
    const rowMoves = moves.get(row) ?? [];
    if (rowMoves.length > 0) row.moves = rowMoves;
  }
  withReportingLines(team, need, placed, catalog, hiredHead);
  // The reasons come last, so a lead's words count the chart as staffed: the existing people above
  // the need report to the leads too, and a head promoted or already there is no hire.
  const total = team.reduce((sum, member) => sum + member.fte, 0);
  for (const [row, member] of needOf) {
    const reports = team.filter((other) => other.reportsTo === row.role).reduce((sum, other) => sum + other.fte, 0);
    const hired = row.fte - (row.moreHours ?? 0) > (row.fromExisting ?? 0) + EPSILON;
    const words = member.leadWords;
    // Line managers and assistant managers count their own reports; a head, the whole team.
    const ownTeam = words?.kind === 'line-manager' || words?.kind === 'assistant-manager';
    const boss = team.find((other) => other.role === row.reportsTo)?.title;
    const needReason = words && (ownTeam || row.reportsTo === null) ? leadReason(words, row.fte, { total, reports, hired, ...(boss ? { boss } : {}) }) : member.reason;
    row.reason = rowReason(own.get(row) ?? 0, row.moves ?? [], hires.get(row.role) ?? 0, { fte: member.fte, reason: needReason }, moreHours.get(row.role), isPost(catalog[row.role]!));
  }
  return team;
}

/** A need's row with moves or hires in it: who is there already, who moves in and how, and who is hired. */
function rowReason(own: number, moves: { fte: number; words: string }[], hired: number, need: { fte: number; reason: string }, more?: MoreHours, post = true): string {
  const extra = more?.fte ?? 0;
  if (moves.length === 0 && extra <= EPSILON) return own > EPSILON ? `${formatNumber(own, 1)} FTE already on your team and ${formatNumber(hired, 1)} FTE to hire. ${need.reason}`.trim() : need.reason;
  const parts: string[] = [];
  if (own > EPSILON) parts.push(`${formatNumber(own, 1)} FTE already on your team.`);
  if (moves.length === 1 && own <= EPSILON && hired <= EPSILON) {
    const { fte, words } = moves[0]!;
    const part = fte < need.fte - EPSILON ? ` (${formatNumber(fte, 1)} of the ${formatNumber(need.fte, 1)} FTE the plan has here)` : '';
    parts.push(`${capitalized(words)}${part}.`);
  } else for (const { fte, words } of moves) parts.push(`${formatNumber(fte, 1)} FTE ${words}.`);
  if (extra > EPSILON) parts.push(moreHoursWords(extra, more!.holders.join(' and '), post));
  if (hired - extra > EPSILON) parts.push(`${formatNumber(hired - extra, 1)} FTE to hire.`);
  parts.push(need.reason);
  return parts.join(' ').trim();
}

/**
 * Reporting lines that point at roles the team really has. The head is the head hired for the
 * post (`hiredHead`), else whoever holds the need's head row; nobody reports to someone more
 * junior, and a chain that would loop goes to the head instead.
 */
function withReportingLines(team: TeamMember[], need: TeamMember[], placed: Placed[], catalog: RoleCatalog, hiredHead: string | undefined): TeamMember[] {
  const present = new Set(team.map((member) => member.role));
  const coveredBy = new Map<string, string>();
  for (const entry of placed) if (entry.placement === 'covers' && !coveredBy.has(need[entry.index]!.role)) coveredBy.set(need[entry.index]!.role, entry.from);
  const needHead = need.find((member) => member.reportsTo === null);
  // The need's head, or the existing person who covers that post (not a surplus row of the same title).
  const headRole = hiredHead ?? (needHead ? (coveredBy.get(needHead.role) ?? (present.has(needHead.role) ? needHead.role : undefined)) : undefined);
  // Most senior first: the executive's rung is the smallest number here.
  const level = (member: TeamMember) => -levelOf(catalog[member.role] ?? { level: 'entry' });
  const managing = (member: TeamMember) => (member.family === 'management' && member.area === 'management' ? 0 : 1);
  const bySeniority = [...team].sort((a, b) => level(a) - level(b) || managing(a) - managing(b) || (a.reportsTo === null ? 0 : 1) - (b.reportsTo === null ? 0 : 1));
  // Nobody is placed under someone more junior: a part-time HR director of yours stays at the head
  // over the full-time HR manager who holds the plan's post.
  const chosen = team.find((member) => member.role === headRole) ?? bySeniority[0];
  const top = chosen && bySeniority[0] && level(bySeniority[0]) < level(chosen) ? bySeniority[0] : chosen;
  for (const member of team) {
    if (member === top) {
      member.reportsTo = null;
      continue;
    }
    let boss = member.reportsTo;
    if (boss !== null && !present.has(boss)) boss = coveredBy.get(boss) ?? null;
    if (boss === null || boss === member.role || !present.has(boss)) boss = leastLoaded(team, member, top) ?? top?.role ?? null;
    const bossRow = team.find((other) => other.role === boss);
    if (bossRow && member.family === 'management' && level(bossRow) > level(member)) boss = top?.role ?? null;
    member.reportsTo = boss === member.role ? null : boss;
  }
  for (const member of team) {
    const seen = new Set<string>([member.role]);
    for (let boss = member.reportsTo; boss !== null; boss = team.find((other) => other.role === boss)?.reportsTo ?? null) {
      if (seen.has(boss)) {
        member.reportsTo = member === top ? null : (top?.role ?? null);
        break;
      }
      seen.add(boss);
    }
  }
  return team;
}

/**
 * Why an existing role is on the team: the needs it covers (`covered`, null for none), its FTE
 * beyond them (`beyond`), and the existing FTE the plan places nowhere (`over`).
 */
function existingReason(fte: number, beyond: number, covered: string | null, over: number): string {
  if (covered === null) return `Already on your team; not a role this plan needs at this size, so part of the ${formatNumber(over, 1)} FTE above the need.`;
  if (beyond <= EPSILON) return `Already on your team; covers the plan's ${covered}.`;
  const used = fte - beyond;
  return `Already on your team; ${formatNumber(used, 1)} FTE ${used === 1 ? 'covers' : 'cover'} the plan's ${covered} and ${formatNumber(beyond, 1)} FTE ${beyond === 1 ? 'is' : 'are'} above what the plan needs.`;
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
