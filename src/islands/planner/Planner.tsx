// The planner island: the form, the plan the engine returns, and the plan's URL. The engine
// makes every decision; this component keeps state and renders.
import type { Plan } from '../../engine/plan';
import type { Profile } from '../../engine/profile';
import type { RoleCatalog } from '../../engine/roles';
import { STRUCTURE_LABELS } from '../../engine/structures';
import { useProfileState } from '../shared/use-profile-state';
import type { SourceLabels } from '../shared/source-labels';
import ToolShell from '../shared/ToolShell';
import Recommendation from './Recommendation';
import TeamSection from './TeamSection';
import CostSection from './CostSection';
import SpendSection from './SpendSection';
import HireFirstSection from './HireFirstSection';
import RatioSection from './RatioSection';
import CoverageSection from './CoverageSection';
import ObligationsSection from './ObligationsSection';
import StatesSection from './StatesSection';
import PostingDrafts from './PostingDrafts';
import { catalogForStates } from '../../engine/state-pay';
import type { PostingRole } from '../../engine/posting-draft';
import TimelineSection from './TimelineSection';
import WhySection from './WhySection';
import ScenariosPanel from './ScenariosPanel';
import ExportPanel from '../shared/ExportPanel';
import { planToCsv, planToJson } from '../../lib/planner/export';
import ProfileSummary from './ProfileSummary';
import BudgetPlanNotice from './BudgetPlanNotice';
import { fte } from './format';
import { useRef } from 'preact/hooks';

/** The recommended plan and, when it runs over the budget, the budget plan held over the horizon. */
interface PlannerResult {
  plan: Plan;
  budgetPlan: Plan | null;
}

interface Props {
  catalog: RoleCatalog;
  /** Short labels of the sources, by id. */
  sourceLabels: SourceLabels;
  /** The first-visit example's profile and plan, computed at build time, so hydration need not redo them. */
  initialProfile: Profile;
  initialPlan: Plan;
  /** The first-visit example in words. */
  exampleName: string;
  /** Role profile text for job-posting drafts. */
  postingRoles?: Record<string, PostingRole>;
}

export default function Planner({ catalog, sourceLabels, initialProfile, initialPlan, exampleName, postingRoles }: Props) {
  /** Whether the visitor asked for the budget plan, read when the announcement is made. */
  const wantsBudget = useRef(false);
  /** Set by "Use this plan", so the notice that appears takes focus. */
  const justUsed = useRef(false);
  const state = useProfileState<PlannerResult>(
    catalog,
    () =>
      Promise.all([import('../../engine/plan'), import('../../lib/planner/budget-plan')]).then(([{ recommend }, { budgetPlanOverTime }]) => (profile) => {
        const plan = recommend(profile, catalog);
        return { plan, budgetPlan: budgetPlanOverTime(plan, profile, catalog) };
      }),
    { profile: initialProfile, result: { plan: initialPlan, budgetPlan: null } },
    ({ plan, budgetPlan }) =>
      wantsBudget.current && budgetPlan
        ? `Showing the budget plan: ${STRUCTURE_LABELS[budgetPlan.structure]}, ${fte(budgetPlan.hrFte)} FTE.`
        : `Plan updated: ${STRUCTURE_LABELS[plan.structure]}, ${fte(plan.hrFte)} FTE.`,
  );
  const { profile, result } = state.shown.value;
  const values = state.values.value;
  wantsBudget.current = values.plan === 'budget';
  const usingBudget = wantsBudget.current && result.budgetPlan !== null;
  const plan = usingBudget ? result.budgetPlan! : result.plan;
  const useBudgetPlan = () => {
    justUsed.current = true;
    state.apply({ ...values, plan: 'budget' });
  };
  const useRecommended = () => {
    justUsed.current = false;
    const next = { ...values };
    delete next.plan;
    state.apply(next);
  };

  return (
    <ToolShell
      state={state}
      catalog={catalog}
      sourceLabels={sourceLabels}
      jumpHref="#recommendation-title"
      jumpLabel="Skip to your plan"
      resultName="plan"
      exampleName={exampleName}
    >
      <div class="results-body" data-testid="results">
        <ProfileSummary profile={profile} />
        {usingBudget && <BudgetPlanNotice recommended={result.plan} shown={plan} focusOnMount={justUsed.current} onUndo={useRecommended} />}
        {wantsBudget.current && !usingBudget && !state.pending.value && (
          <p class="budget-status neutral" data-testid="budget-plan-gone">
            The recommended plan fits your budget now, so it is shown instead of a budget plan.
          </p>
        )}
        <Recommendation plan={plan} budgetPlan={usingBudget} />
        <TeamSection plan={plan} />
        <HireFirstSection plan={plan} catalog={catalogForStates(catalog, profile)} teamGiven={Object.keys(profile.existingTeam).length > 0} />
        <CostSection plan={plan} onUseAlternative={useBudgetPlan} />
        <SpendSection plan={plan} />
        <RatioSection plan={plan} employees={profile.employees} />
        <CoverageSection plan={plan} />
        <StatesSection profile={profile} />
        <ObligationsSection plan={plan} profile={profile} />
        <TimelineSection plan={plan} />
        <WhySection plan={plan} employees={profile.employees} />
        {postingRoles && <PostingDrafts plan={plan} profile={profile} catalog={catalog} roles={postingRoles} />}
      </div>
      <ExportPanel
        noun="plan"
        baseName={`roleplan-${profile.employees}-employees`}
        csv={() => planToCsv(plan, profile)}
        json={() => planToJson(plan, profile)}
      />
      <ScenariosPanel catalog={catalog} query={state.query} onOpen={state.open} />
    </ToolShell>
  );
}
