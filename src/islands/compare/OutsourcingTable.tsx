import type { OutsourcingComparison } from '../../engine';
import { moneyRange } from '../planner/format';
import SourceLinks from '../planner/SourceLinks';
import ScrollTable from '../shared/ScrollTable';

/** Specialised work in-house against outsourced, as ranges with their sources. */
export default function OutsourcingTable({ rows }: { rows: OutsourcingComparison[] }) {
  return (
    <section class="result-card" aria-labelledby="outsourcing-title">
      <h2 id="outsourcing-title">In-house or outsourced?</h2>
      <p class="help">
        Yearly cost of specialised work done by your own staff against an outside provider (plus the oversight that stays
        in-house). Provider prices are weak, dated figures: read them as rough ranges.
      </p>
      <ScrollTable label="In-house or outsourced">
        <table class="outsourcing-table">
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Outsourced a year</th>
              <th scope="col">In-house a year</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-option={row.id}>
                <th scope="row">
                  {row.label}
                  <span class="reason">{row.covers}</span>
                </th>
                <td>{moneyRange(row.outsourced)}</td>
                <td>
                  {moneyRange(row.inHouse)}
                  <span class="reason">{row.inHouseStaff}</span>
                </td>
                <td>
                  <SourceLinks ids={row.sources} />
                  <span class="reason">{row.note}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
