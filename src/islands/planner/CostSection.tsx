import type { Plan } from '../../engine/plan';
import { STRUCTURE_LABELS } from '../../engine/structures';
import { fte, money, moneyRange } from './format';
import SourceLinks from './SourceLinks';
import { spendRows } from '../../lib/planner/spend-years';
import { formatNumber } from '../../engine/format';

/** One yearly figure of the cost grid: its mid in bold, then its range. */
function MoneyRow({ label, range, testId }: { label: string; range: Plan['cost']['salary']; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <strong data-testid={testId}>{money(range.mid)}</strong> <span class="muted">({moneyRange(range)})</span>
      </dd>
    </div>
  );
}

/** Cost against budget: fits, or over by how much, and the plan that fits (which the visitor can use). */
export default function CostSection({ plan, onUseAlternative }: { plan: Plan; onUseAlternative?: () => void }) {
  const { budget, cost } = plan;
  const alternative = budget.alternative;
  // The budget is yearly: a team that fits today can outgrow it as hires arrive.
  const grownOver = spendRows(plan.spend, budget.limit).filter((row) => (row.overBy ?? 0) > 0);
  const worstOver = Math.max(0, ...grownOver.map((row) => row.overBy ?? 0));
  return (
    <section class="result-card" aria-labelledby="cost-title">
      <h2 id="cost-title">Cost and budget</h2>
      <dl class="cost-grid">
        {plan.hrFte === 0 ? (
          <div>
            <dt>In-house staff</dt>
            <dd data-testid="no-staff-cost">None yet: no salaries to pay</dd>
          </div>
        ) : (
          <>
            <MoneyRow label="Salaries a year" range={cost.salary} />
            <MoneyRow label="Fully loaded a year" range={cost.loaded} testId="loaded-mid" />
          </>
        )}
        {cost.outsourced.mid > 0 && <MoneyRow label="Provider fees a year" range={cost.outsourced} testId="outsourced-mid" />}
      </dl>
      <p class="help">
        Mid is the median salary of each role; the range runs from the low to the high end. Loaded cost is salary ×{' '}
        {formatNumber(cost.loadedFactor, 3)} for benefits and employer taxes (<SourceLinks ids={['bls-ecec-2026', 'bls-oews-2024']} />).
      </p>
      {budget.limit === null ? (
        <p class="budget-status neutral">No budget set: add one under Budget to see whether the plan fits.</p>
      ) : budget.fits ? (
        <p class={`budget-status ${grownOver.length > 0 ? 'bad' : 'good'}`} data-testid="budget-status">
          {grownOver.length > 0 ? "Today's team fits" : 'Fits'} your budget of {money(budget.limit)} with{' '}
          {money(budget.limit - cost.loaded.mid - cost.outsourced.mid)} to spare at mid-range pay, provider fees included.
          {grownOver.length > 0 && (
            <>
              {' '}
              <strong>
                As the team grows, {grownOver.length === 1 ? `year ${grownOver[0]!.year} runs` : `${grownOver.length} years run`} over it, by up to{' '}
                {money(worstOver)}
              </strong>{' '}
              (see Money over time).
            </>
          )}
        </p>
      ) : (
        <div class="budget-status bad" data-testid="budget-status">
          <p>
            <strong>
              {grownOver.length > 0 ? "Today's team is over" : 'Over'} your budget of {money(budget.limit)} by {money(budget.overBy)}
            </strong>{' '}
            a year at mid-range pay, provider fees included.
            {worstOver > budget.overBy && (
              <>
                {' '}
                With the hires ahead, {grownOver.length === 1 ? `year ${grownOver[0]!.year} runs` : `${grownOver.length} years run`} over by up to{' '}
                <strong>{money(worstOver)}</strong> (see Money over time).
              </>
            )}
          </p>
          {budget.note && <p data-testid="budget-note">{budget.note}</p>}
          {alternative && (
            <div class="alternative">
              <h3>A plan that fits the budget</h3>
              <p>
                {STRUCTURE_LABELS[alternative.structure]}:{' '}
                {alternative.team.length > 0
                  ? alternative.team.map((member) => `${fte(member.fte)} ${member.title}`).join(', ')
                  : 'no in-house HR staff'}
                , fully loaded {money(alternative.cost.loaded.mid)} a year
                {alternative.cost.outsourced.mid > 0 ? ` plus ${money(alternative.cost.outsourced.mid)} of provider fees` : ''}.
              </p>
              <ul>
                {alternative.warnings.slice(0, 3).map((warning) => (
                  <li>{warning}</li>
                ))}
              </ul>
              {onUseAlternative && (
                <p>
                  <button type="button" class="button" onClick={onUseAlternative} data-testid="use-budget-plan">
                    Use this plan
                  </button>{' '}
                  <span class="muted">Shows it as your plan, with its team, timeline and yearly spend.</span>
                </p>
              )}
            </div>
          )}
        </div>
      )}
      {budget.unpricedNote && (
        <p class="help" data-testid="budget-unpriced">
          {budget.unpricedNote}
        </p>
      )}
      {plan.outsourcing.length > 0 && (
        <>
          <h3>Outsourced work</h3>
          <ul class="outsourcing">
            {plan.outsourcing.map((item) => (
              <li key={item.option}>
                <strong>{item.label}</strong>: {item.cost ? `${moneyRange(item.cost)} a year, a rough guide. ` : ''}
                {item.note}
                {item.sources.length > 0 && (
                  <>
                    {' '}
                    (<SourceLinks ids={item.sources} />)
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
