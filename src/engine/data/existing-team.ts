// How the engine builds on a company's existing HR team: what counts as fitting a need, how far a
// promotion reaches, and which work a generalist takes on only with training. Roleplan's
// assumption, from how HR careers usually run; no source gives these as figures.
import type { SourceId } from './sources.ts';
import { roleSlugs } from './team-shape.ts';

export const existingTeamFit = {
  /** Levels apart at which titles of one area cover each other's work (a senior generalist a generalist's). */
  coverLevels: 1,
  /** Levels a lead is promoted into a higher lead post (an HR manager to director). */
  leadPromotionLevels: 1,
  /** Levels a generalist, business partner or practitioner is promoted into a lead post (a generalist to HR manager). */
  practitionerPromotionLevels: 2,
  /** The highest general lead post a generalist or business partner is promoted into. */
  highestGeneralistPromotion: 'lead',
  /** Work a generalist moves into only with training: it needs its own expertise or credentials. */
  expertAreas: ['payroll', 'compensation', 'hris-analytics', 'compliance'],
  expertRoles: ['labor-relations-specialist', 'immigration-specialist'],
  /** Work an HR coordinator, assistant or administrator moves into with training: the administration they already support. */
  adminAdjacentAreas: ['benefits', 'payroll', 'onboarding', 'recruiting'],
  /**
   * Executive posts a rung above a director, though the catalog gives both the executive level: an
   * HR director is promoted to VP of HR, an HR manager is not (two steps).
   */
  aboveDirector: [roleSlugs.executive],
  /** Families whose people can head HR, whatever the head's title (besides leads). */
  headFamilies: ['generalist', 'partner'],
  source: 'roleplan-assumption' as SourceId,
} as const;
