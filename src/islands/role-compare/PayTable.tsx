/** Low, median and high pay of both roles with the difference. */
import type { AmountChange, RoleComparison } from '../../lib/role-compare.ts';
import { formatPct, formatUsd, formatUsdChange } from '../../lib/role-format.ts';
import { RoleColumn } from './RoleColumn.tsx';

export function PayTable({ a, b, pay }: { a: string; b: string; pay: RoleComparison['pay'] }) {
  return (
    <section aria-labelledby="compare-pay">
      <h2 id="compare-pay">Pay</h2>
      <div class="table-scroll" role="region" aria-label="Pay (scrollable table)" tabIndex={0}>
        <table class="compare-table">
          <caption class="visually-hidden">Typical yearly base salary, USD</caption>
          <thead>
            <tr>
              <th scope="col">Salary</th>
              <th scope="col" class="num">
                <RoleColumn title={a} short="From" />
              </th>
              <th scope="col" class="num">
                <RoleColumn title={b} short="To" />
              </th>
              <th scope="col" class="num">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            <PayRow label="Low" change={pay.min} />
            <PayRow label="Median" change={pay.median} strong />
            <PayRow label="High" change={pay.max} />
          </tbody>
        </table>
      </div>
      <p class="muted compare-note">
        Both ranges come from BLS wage percentiles, placed by level within each role’s occupation, so the two
        are measured the same way.
      </p>
    </section>
  );
}

function PayRow({ label, change, strong = false }: { label: string; change: AmountChange; strong?: boolean }) {
  const Cell = strong ? 'strong' : 'span';
  return (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">
        <Cell>{formatUsd(change.a)}</Cell>
      </td>
      <td class="num">
        <Cell>{formatUsd(change.b)}</Cell>
      </td>
      <td class={change.diff < 0 ? 'num down' : 'num up'}>
        <Cell>{formatUsdChange(change.diff)}</Cell> <span class="pct">({formatPct(change.pct)})</span>
      </td>
    </tr>
  );
}
