import type { Plan } from '../../engine/plan';
import { spendRows, spendSummary, type SpendRow } from '../../lib/planner/spend-years';
import { useLazyChart } from '../shared/use-lazy-chart';
import ScrollTable from '../shared/ScrollTable';
import { money } from './format';
import './spend.css';

const SPEND_COLORS = { inHouse: '--chart-cost', fees: '--chart-outsourced', budget: '--chart-hire', grid: '--chart-grid', text: '--chart-text' } as const;

/** Money over time: in-house cost and provider fees by year, the running total, and the budget. */
export default function SpendSection({ plan }: { plan: Plan }) {
  const rows = spendRows(plan.spend, plan.budget.limit);
  const canvasRef = useLazyChart<SpendRow[], keyof typeof SPEND_COLORS>(() => import('./spend-chart').then((module) => module.createSpendChart), rows, SPEND_COLORS, plan);

  if (rows.length === 0) return null;
  const hasBudget = plan.budget.limit !== null;
  const summary = spendSummary(rows);
  return (
    <section class="result-card" aria-labelledby="spend-title" data-testid="spend">
      <h2 id="spend-title">Money over time</h2>
      <p data-testid="spend-summary">{summary}</p>
      <ul class="chart-legend spend-legend" aria-hidden="true">
        <li class="legend-in-house">In-house team, fully loaded</li>
        <li class="legend-fees">Provider fees</li>
        {hasBudget && <li class="legend-budget">Yearly budget</li>}
      </ul>
      <div class="chart-box spend-chart">
        <canvas ref={canvasRef} role="img" aria-label={`Bar chart of spend by year. ${summary} The table below gives every figure.`} />
      </div>
      <ScrollTable label="Spend by year" title="Spend by year at mid-range pay (USD)">
        <table class="spend-table" data-testid="spend-table">
          <caption class="visually-hidden">Spend by year at mid-range pay (USD)</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" class="num">In-house team</th>
              <th scope="col" class="num">Provider fees</th>
              <th scope="col" class="num">Total</th>
              {/* The verdict beside the total, so a phone shows it before the table scrolls. */}
              {hasBudget && <th scope="col">Against budget</th>}
              <th scope="col" class="num">Cumulative</th>
              {hasBudget && <th scope="col" class="num">Yearly budget</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.year} data-year={row.year}>
                <th scope="row">Year {row.year}</th>
                <td class="num">{money(row.inHouse)}</td>
                <td class="num">{money(row.fees)}</td>
                <td class="num" data-cell="total">{money(row.total)}</td>
                {row.overBy !== null && (
                  <td data-cell="against" class={row.overBy > 0 ? 'over' : 'within'}>
                    {row.overBy > 0 ? `Over by ${money(row.overBy)}` : `Within, ${money(row.budget! - row.total)} to spare`}
                  </td>
                )}
                <td class="num" data-cell="cumulative">{money(row.cumulative)}</td>
                {row.budget !== null && <td class="num" data-cell="budget">{money(row.budget)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p class="help">
        Each hire counts from the month it is due and each provider fee follows that month's headcount. {hasBudget ? 'The budget you entered is a yearly amount, so every year is held against it.' : 'Add a budget under Budget to hold each year against it.'}
      </p>
    </section>
  );
}
