// Several tables in one CSV file that a spreadsheet opens cleanly: each table is a title row,
// a header row and its rows, with one blank row between tables, and every row of a table has
// as many cells as its header.

export type Cell = string | number | null | undefined;

export interface CsvTable {
  /** Shown in the table's first row, e.g. "Team". */
  title: string;
  header: string[];
  rows: Cell[][];
}

/** One cell, quoted when it holds a comma, quote or line break; a formula-like start is defused. */
export function csvCell(value: Cell): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ makes spreadsheets run the text as a formula (numbers are left alone).
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: Cell[], width: number) =>
  Array.from({ length: width }, (_, index) => csvCell(cells[index])).join(',');

/** The tables as CSV text (CRLF line ends, as RFC 4180 and spreadsheets expect). */
export function csvTables(tables: CsvTable[]): string {
  const blocks = tables
    .filter((table) => table.rows.length > 0)
    .map((table) => {
      const width = table.header.length;
      return [line([table.title], width), line(table.header, width), ...table.rows.map((row) => line(row, width))].join('\r\n');
    });
  return `${blocks.join('\r\n\r\n')}\r\n`;
}
