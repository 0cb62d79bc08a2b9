// How a role on the company's existing HR team can fill a need of the plan, and how near a fit that
// is. Roleplan's assumption, from how HR careers usually run:
// - titles of one area are interchangeable a level apart (a senior generalist covers a generalist
//   need, a coordinator a generalist's);
// - a lead holds a post of its level or below, in its own area or a general one, and is promoted
//   one level up (an HR manager to director);
// - generalists and business partners move into practitioner work, with training where that work
//   needs its own expertise (payroll, compensation, HRIS, compliance, labor relations), and are
//   promoted into general lead posts up to HR manager; a practitioner into its own area's lead post;
// - entry-level staff and other specialists are no fit for a lead post, and a specialist placed in
//   another specialty is a stretch beyond their experience;
// - a specialist moves into a generalist or HR office role at their level or below with training,
//   before any other specialty (a benefits specialist carries benefits among the generalist's work);
// - a functional lead holds and is promoted into only its own area's posts (not a compensation
//   manager heading HR, nor a DEI manager made HR director), and an executive never takes on
//   practitioner work.
import { ROLE_LEVELS, type CatalogRole } from './roles.ts';
import { existingTeamFit } from './data/existing-team.ts';

/**
 * How an existing person fills a need: as they are (`covers`), or by a move the plan names: a
 * generalist `redeployed`, someone `retrained` for work needing its own expertise, `promoted` into a
 * lead post, a lead who has practitioner work `taken-on`, or a `stretch` beyond their experience.
 */
export type Placement = 'covers' | 'redeployed' | 'retrained' | 'promoted' | 'taken-on' | 'stretch';

export interface Fit {
  placement: Placement;
  /** Smaller is nearer: an exact role is 0. */
  distance: number;
}

/** A role's rung: 0 for entry level up to the executive's. */
export const levelOf = (role: Pick<CatalogRole, 'level'>) => ROLE_LEVELS.indexOf(role.level);
const HIGHEST_GENERALIST_PROMOTION = ROLE_LEVELS.indexOf(existingTeamFit.highestGeneralistPromotion);
const EXPERT_AREAS: ReadonlySet<string> = new Set(existingTeamFit.expertAreas);
const EXPERT_ROLES: ReadonlySet<string> = new Set(existingTeamFit.expertRoles);
const HEAD_FAMILIES: ReadonlySet<string> = new Set(existingTeamFit.headFamilies);
const ADMIN_ADJACENT: ReadonlySet<string> = new Set(existingTeamFit.adminAdjacentAreas);
const ABOVE_DIRECTOR: ReadonlySet<string> = new Set(existingTeamFit.aboveDirector);

/** A role's rung for promotions: its level, with a VP of HR a rung above a director. */
const rungOf = (role: CatalogRole) => levelOf(role) + (ABOVE_DIRECTOR.has(role.slug) ? 1 : 0);

export const isPost = (role: CatalogRole) => role.family === 'management';
const broad = (role: CatalogRole) => role.family === 'generalist' || role.family === 'partner';
const general = (role: CatalogRole) => role.area === 'management' || role.area === 'generalist';
const expert = (role: CatalogRole) => EXPERT_AREAS.has(role.area) || EXPERT_ROLES.has(role.slug);

/** A lead post: who holds it as they are, or is promoted into it; null for no fit. */
function postFit(have: CatalogRole, post: CatalogRole): Fit | null {
  const up = rungOf(post) - rungOf(have);
  if (isPost(have)) {
    // A general lead also leads a functional team of its own level (an HR manager the recruiters).
    // A functional lead (compensation, talent acquisition) holds only its own area's posts: the
    // general posts go to general leads, generalists and business partners.
    const areaFits = post.area === have.area || (general(post) && general(have)) || (have.area === 'management' && up === 0);
    if (!areaFits) return null;
    if (up <= 0) return { placement: 'covers', distance: 1 - up };
    // Promoted within their own area, or from a general lead: a DEI or talent acquisition manager
    // keeps their function rather than being made head of all HR.
    if (post.area !== have.area && !general(have)) return null;
    return up <= existingTeamFit.leadPromotionLevels ? { placement: 'promoted', distance: 4 } : null;
  }
  // Into a post at their own level (a senior generalist to HR supervisor) or a level or two above.
  if (up < 0 || up > existingTeamFit.practitionerPromotionLevels) return null;
  if (broad(have) && general(post) && levelOf(post) <= HIGHEST_GENERALIST_PROMOTION) return { placement: 'promoted', distance: 5 + up };
  if (have.area === post.area && levelOf(have) >= 1) return { placement: 'promoted', distance: 6 + up };
  return null;
}

/** How `have` can fill `need`: null only for a lead post no one of that role should hold. */
export function fitFor(have: CatalogRole, need: CatalogRole): Fit | null {
  if (have.slug === need.slug) return { placement: 'covers', distance: 0 };
  if (isPost(need)) return postFit(have, need);
  const up = levelOf(need) - levelOf(have);
  if (have.area === need.area && Math.abs(up) <= existingTeamFit.coverLevels) return { placement: 'covers', distance: have.family === need.family ? 1 : 2 };
  // A lead the plan has no post for works as its senior generalist, as heads of small teams do.
  if (isPost(have) && need.family === 'generalist') return { placement: 'covers', distance: 3 };
  if (broad(have)) return expert(need) ? { placement: 'retrained', distance: 5 } : { placement: 'redeployed', distance: 4 };
  // A lead below the executive level takes practitioner work on; an HR director or VP is no analyst.
  if (isPost(have)) return have.level === 'executive' ? null : { placement: 'taken-on', distance: 8 };
  if (have.family === 'operations' && have.area === 'generalist' && ADMIN_ADJACENT.has(need.area)) return { placement: 'retrained', distance: 6 };
  // A specialist whose own work a generalist role or the HR office carries (benefits, payroll) moves
  // into it with training, at their own level or below, before any other specialty.
  if ((need.family === 'generalist' || (need.family === 'operations' && need.area === 'generalist')) && up <= 0) return { placement: 'retrained', distance: 7 - up };
  // A stretch is further the more rungs it climbs: a coordinator to recruiting before business partnering.
  return { placement: 'stretch', distance: (have.area === need.area ? 9 : 10) + 2 * Math.max(0, up) };
}

/** Whether someone of this role can head HR, whatever the head's title: a lead, or a generalist or business partner by trade. */
export const canHead = (role: CatalogRole) => isPost(role) || HEAD_FAMILIES.has(role.family);
