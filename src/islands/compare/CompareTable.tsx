// A /compare table in its own scrolling region: the header cells, then the body rows.
import type { ComponentChildren } from 'preact';
import ScrollTable from '../shared/ScrollTable';

export interface Column {
  label: string;
  numeric?: boolean;
}

interface Props {
  /** The scrolling region's name. */
  label: string;
  id?: string;
  class: string;
  /** A caption for screen readers, where the heading above does not say what the table holds. */
  hiddenCaption?: string;
  /** The header cells: plain column names, or (`headCells`) the cells themselves where they carry more. */
  columns?: Column[];
  headCells?: ComponentChildren;
  children: ComponentChildren;
}

function HeaderCell({ label, numeric }: Column) {
  return (
    <th scope="col" class={numeric ? 'num' : undefined}>
      {label}
    </th>
  );
}

export default function CompareTable({ label, id, class: className, hiddenCaption, columns, headCells, children }: Props) {
  return (
    <ScrollTable label={label}>
      <table id={id} class={className}>
        {hiddenCaption && <caption class="visually-hidden">{hiddenCaption}</caption>}
        <thead>
          <tr>{columns ? columns.map((column) => <HeaderCell key={column.label} {...column} />) : headCells}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  );
}

/** A result card that is one table: its heading, a line of help, then the table. */
export function TableCard({ titleId, title, help, ...table }: Props & { titleId: string; title: string; help: ComponentChildren }) {
  return (
    <section class="result-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p class="help">{help}</p>
      <CompareTable {...table} />
    </section>
  );
}
