// How the four structures are scored. The rule points live with the rules (rules.ts);
// these are the parts every structure gets.
import type { SourceId } from './sources.ts';

export const scoring = {
  /** Every structure starts here. */
  base: 10,
  /** Points for owning, in depth, every function that needs an owner (shared out by share covered). */
  needsFit: 30,
  /** Points for fitting the budget (or for every structure when there is no budget). */
  budgetFit: 15,
  /** How fast budget points fall with the share over budget (all gone at 50% over). */
  overBudgetPenalty: 2,
  /** Points lost per HR function nobody covers. */
  perGap: 5,
  source: 'roleplan-assumption' as SourceId,
};
