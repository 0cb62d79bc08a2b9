// The live comparison on a structure guide: the engine's four plans for the guide's typical company.
import { planAll, recommend, type Plan } from '../engine/plan.ts';
import type { Profile } from '../engine/profile.ts';
import type { RoleCatalog } from '../engine/roles.ts';
import type { Structure } from '../engine/structures.ts';
import type { TypicalProfile } from '../schemas/structure.ts';
import { compareHref, typicalProfileOf } from './structure-guides.ts';
import { describeProfile } from './plan-format.ts';
import { recommendationLadder, type LadderStep } from './recommendation-ladder.ts';

export interface StructureComparisonData {
  profile: Profile;
  plans: Record<Structure, Plan>;
  /** The structure the engine recommends for this company. */
  recommended: Structure;
  /** The company in one sentence. */
  company: string;
  compareHref: string;
  /** The recommendation across the headcount range for this company, other inputs fixed. */
  ladder: LadderStep[];
}

/** Plans all four structures for a guide's typical company, exactly as the planner would. */
export function comparisonFor(typical: TypicalProfile, catalog: RoleCatalog): StructureComparisonData {
  const profile = typicalProfileOf(typical);
  const plans = planAll(profile, catalog);
  return {
    profile,
    plans,
    recommended: recommend(profile, catalog).structure,
    company: describeProfile(profile),
    compareHref: compareHref(profile),
    ladder: recommendationLadder(profile, catalog, plans.generalist.recommendationChanges),
  };
}
