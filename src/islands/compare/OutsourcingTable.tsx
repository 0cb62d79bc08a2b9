import type { OutsourcingComparison } from '../../engine';
import { moneyRange } from '../planner/format';
import SourceLinks from '../planner/SourceLinks';
import { TableCard } from './CompareTable';

const COLUMNS = ['Option', 'Outsourced a year', 'In-house a year', 'Sources'].map((label) => ({ label }));

/** Specialised work in-house against outsourced, as ranges with their sources. */
export default function OutsourcingTable({ rows }: { rows: OutsourcingComparison[] }) {
  return (
    <TableCard
      titleId="outsourcing-title"
      title="In-house or outsourced?"
      help="Yearly cost of specialised work done by your own staff against an outside provider (plus the oversight that stays in-house). Provider prices are weak, dated figures: read them as rough ranges."
      label="In-house or outsourced"
      class="outsourcing-table"
      columns={COLUMNS}
    >
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
    </TableCard>
  );
}
