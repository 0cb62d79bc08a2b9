import { useEffect, useRef } from 'preact/hooks';
import type { Plan } from '../../engine/plan';
import { STRUCTURE_LABELS } from '../../engine/structures';
import { HELD_NOTE } from '../../lib/planner/budget-plan-note';
import { fte, money } from './format';

const teamWords = (plan: Plan) =>
  plan.team.length > 0 ? plan.team.map((member) => `${fte(member.fte)} ${member.title}`).join(', ') : 'no in-house HR staff';

interface Props {
  /** The plan the engine recommends. */
  recommended: Plan;
  /** The budget plan now shown in its place. */
  shown: Plan;
  /** Move focus here when it appears (after "Use this plan", not when a link opens it). */
  focusOnMount: boolean;
  onUndo: () => void;
}

/** Says that the page shows the budget plan and what changed from the recommended one. */
export default function BudgetPlanNotice({ recommended, shown, focusOnMount, onUndo }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) box.current?.focus();
  }, []);
  const covers = recommended.budget.alternativeCovers;
  const before = recommended.cost.loaded.mid + recommended.cost.outsourced.mid;
  const after = shown.cost.loaded.mid + shown.cost.outsourced.mid;
  return (
    <div class="result-card budget-plan-notice" ref={box} tabIndex={-1} role="region" aria-labelledby="budget-plan-title" data-testid="budget-plan-notice">
      <h2 id="budget-plan-title">You are using the plan that fits your budget</h2>
      <p>What changed from the recommended plan:</p>
      <ul>
        <li>
          {recommended.structure === shown.structure ? (
            <>Structure: unchanged ({STRUCTURE_LABELS[shown.structure]})</>
          ) : (
            <>
              Structure: {STRUCTURE_LABELS[recommended.structure]} → <strong>{STRUCTURE_LABELS[shown.structure]}</strong>
            </>
          )}
        </li>
        <li data-testid="budget-plan-team">
          Team today: {fte(recommended.hrFte)} FTE ({teamWords(recommended)}) → <strong>{fte(shown.hrFte)} FTE ({teamWords(shown)})</strong>
        </li>
        <li>
          Cost a year, provider fees included: {money(before)} → <strong>{money(after)}</strong>, {shown.budget.fits ? 'within' : 'still over'} your budget of {money(recommended.budget.limit ?? 0)}
        </li>
        {covers !== null && <li>It covers about {Math.round(covers * 100)}% of the company's HR work, counting what providers take on.</li>}
      </ul>
      <p class="help">{HELD_NOTE}</p>
      <p>
        <button type="button" class="button secondary" onClick={onUndo} data-testid="use-recommended-plan">
          Back to the recommended plan
        </button>{' '}
        <span class="muted">(the browser's Back button undoes it too)</span>
      </p>
    </div>
  );
}
