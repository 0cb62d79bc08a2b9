import type { Plan } from '../../engine/plan';
import { STRUCTURE_LABELS, STRUCTURES } from '../../engine/structures';
import { fte, moneyRange } from './format';

interface Props {
  plan: Plan;
  /** Set when the page shows the budget plan in place of the recommended one. */
  budgetPlan?: boolean;
}

/**
 * The pick, the one-sentence why, and the runner-up with its score, or why the structure that scores
 * highest today is passed over (not for the budget plan, which no score picked).
 */
export default function Recommendation({ plan, budgetPlan = false }: Props) {
  const ranked = [...STRUCTURES].sort((a, b) => plan.scores[b] - plan.scores[a]);
  const runnerUp = ranked.find((structure) => structure !== plan.structure)!;
  return (
    <section class="result-card recommendation" aria-labelledby="recommendation-title">
      <p class="eyebrow">{budgetPlan ? 'Your budget plan' : 'Recommended structure'}</p>
      <h2 id="recommendation-title" data-testid="structure">
        {STRUCTURE_LABELS[plan.structure]}
      </h2>
      <p class="headline">{plan.headline}</p>
      <dl class="key-figures">
        <div>
          <dt>HR team</dt>
          <dd data-testid="hr-fte">{fte(plan.hrFte)} FTE</dd>
        </div>
        {plan.hrFte > 0 && (
          <div>
            <dt>Fully loaded cost a year</dt>
            <dd>{moneyRange(plan.cost.loaded)}</dd>
          </div>
        )}
        {plan.cost.outsourced.mid > 0 && (
          <div>
            <dt>Provider fees a year</dt>
            <dd data-testid="provider-fees">{moneyRange(plan.cost.outsourced)}</dd>
          </div>
        )}
        {!budgetPlan && (
          <div>
            <dt>Score</dt>
            <dd>{plan.scores[plan.structure]} of 100</dd>
          </div>
        )}
      </dl>
      {plan.firstHire && (
        <p class="first-hire" data-testid="first-hire">
          <strong>
            First HR hire: at {plan.firstHire.employees} employees
            {plan.firstHire.month === null ? '' : ` (month ${plan.firstHire.month})`}.
          </strong>{' '}
          {plan.firstHire.reason}
        </p>
      )}
      {!budgetPlan && plan.passedOver && (
        <p class="runner-up" data-testid="passed-over">
          {plan.passedOver.reason} <a href="#why-title">See why</a>
        </p>
      )}
      {!budgetPlan && !plan.passedOver && (
        <p class="runner-up">
          Runner-up: <strong>{STRUCTURE_LABELS[runnerUp]}</strong>, scoring {plan.scores[runnerUp]} of 100.{' '}
          <a href="#why-title">See why</a>
        </p>
      )}
    </section>
  );
}
