// Reads CSV as a spreadsheet would (RFC 4180 quoting), then splits it into the export's
// tables: a title row, a header row and rows, with blank rows between tables.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

export interface ParsedTable {
  title: string;
  header: string[];
  rows: string[][];
}

export function parseCsvTables(text: string): ParsedTable[] {
  const tables: ParsedTable[] = [];
  let block: string[][] = [];
  const flush = () => {
    if (block.length >= 2) tables.push({ title: block[0]![0]!, header: block[1]!, rows: block.slice(2) });
    block = [];
  };
  for (const row of parseCsv(text)) {
    if (row.every((cell) => cell === '')) flush();
    else block.push(row);
  }
  flush();
  return tables;
}
