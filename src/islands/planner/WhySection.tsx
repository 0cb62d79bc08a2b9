import { page } from '../../lib/routes';
import type { Plan } from '../../engine/plan';
import { STRUCTURE_LABELS } from '../../engine/structures';
import { count } from './format';
import { withArticle } from '../../engine/format';
import SourceLinks from './SourceLinks';

/** Where the recommendation would change, each rule that fired with its source, and warnings. */
export default function WhySection({ plan, employees }: { plan: Plan; employees: number }) {
  const ahead = plan.recommendationChanges.filter((threshold) => threshold.employees > employees);
  const behind = plan.recommendationChanges.filter((threshold) => threshold.employees <= employees);
  return (
    <>
      <section class="result-card" aria-labelledby="changes-title">
        <h2 id="changes-title">When the answer changes</h2>
        {plan.recommendationChanges.length === 0 ? (
          <p>The same structure fits at every size from 1 to 100,000 employees, other inputs unchanged.</p>
        ) : (
          <ul class="thresholds" data-testid="thresholds">
            {plan.passedOver && (
              <li data-testid="passed-over-threshold">
                Today {withArticle(STRUCTURE_LABELS[plan.passedOver.structure].toLowerCase())} scores highest, but the company outgrows it in month{' '}
                {plan.passedOver.month}: this plan is {withArticle(STRUCTURE_LABELS[plan.structure].toLowerCase())} from the start.
              </li>
            )}
            {ahead.map((threshold) => (
              <li key={threshold.employees}>
                At <strong>{count(threshold.employees)} employees</strong> this becomes {withArticle(STRUCTURE_LABELS[threshold.structure].toLowerCase())}.
              </li>
            ))}
            {behind.length > 0 && (
              <li class="muted">
                At smaller sizes it changed:{' '}
                {behind
                  .map((threshold, index) => `${index === 0 ? 'to' : 'then to'} ${withArticle(STRUCTURE_LABELS[threshold.structure].toLowerCase())} at ${count(threshold.employees)} employees`)
                  .join(', ')}
                .
              </li>
            )}
          </ul>
        )}
        <p class="help">Other inputs held as they are now.</p>
      </section>
      <section class="result-card" aria-labelledby="why-title">
        <h2 id="why-title">Why this plan</h2>
        <ol class="explanation">
          {plan.explanation.map((entry) => (
            <li key={entry.id} data-rule={entry.id}>
              <strong>{entry.title}.</strong> {entry.detail}{' '}
              <span class="muted">
                Strength: {entry.strength === 'assumption' ? "Roleplan's assumption" : entry.strength}. Source: <SourceLinks ids={entry.sources} />
              </span>
            </li>
          ))}
        </ol>
        <p>
          <a href={page('methodology')}>How Roleplan decides: every rule and figure</a>
        </p>
      </section>
      {plan.warnings.length > 0 && (
        <section class="result-card warnings" aria-labelledby="warnings-title">
          <h2 id="warnings-title">Warnings</h2>
          <ul>
            {plan.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
