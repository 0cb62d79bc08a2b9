import type { Plan } from '../../engine/plan';
import { count } from './format';
import SourceLinks from './SourceLinks';

/** Federal obligations that apply today and those that start inside the horizon. */
export default function ObligationsSection({ plan, horizon }: { plan: Plan; horizon: number }) {
  const today = plan.obligations.filter((obligation) => obligation.month === null);
  const coming = plan.obligations.filter((obligation) => obligation.month !== null);
  return (
    <section class="result-card" aria-labelledby="obligations-title">
      <h2 id="obligations-title">Employment-law obligations</h2>
      <p class="help">US federal law only; your states add their own rules.</p>
      <h3>Apply today</h3>
      <ul class="obligations">
        {today.map((obligation) => (
          <li key={obligation.id}>
            <strong>{obligation.title}</strong> <span class="muted">(from {count(obligation.threshold)} employee{obligation.threshold === 1 ? "" : "s"})</span>.{' '}
            {obligation.detail} <SourceLinks ids={[obligation.source]} />
          </li>
        ))}
      </ul>
      <h3>Start within {horizon} months</h3>
      {coming.length === 0 ? (
        <p>None at the growth you expect.</p>
      ) : (
        <ul class="obligations" data-testid="coming-obligations">
          {coming.map((obligation) => (
            <li key={obligation.id}>
              <strong>Month {obligation.month}</strong>: {obligation.title}, when you reach {count(obligation.threshold)} employees.{' '}
              <SourceLinks ids={[obligation.source]} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
