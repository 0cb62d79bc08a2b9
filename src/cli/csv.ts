// A small CSV reader and writer (RFC 4180 quoting) for --csv. Rows keep the file line they
// start on, so every message names the line a person sees in an editor.
import { FLAG_TO_FIELD, InputError, profileFromFlags, REPEATABLE_FLAGS, type ProfileFlag, type RawFlags } from './flags.ts';
import type { Profile } from '../engine/profile.ts';
import type { RoleCatalog } from '../engine/roles.ts';
import { csvCell } from '../lib/csv-tables.ts';

export interface CsvRow {
  /** File line the row starts on, counting from 1 (blank lines included). */
  line: number;
  cells: string[];
}

/** Splits CSV text into rows of cells, honouring quoted cells with commas, quotes and newlines; blank lines are skipped. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  // A byte-order mark (Excel writes one) is not part of the first cell.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const finishRow = () => {
    row.push(cell);
    if (row.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells: row });
    row = [];
    cell = '';
  };
  for (let index = start; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      finishRow();
      line += 1;
      rowLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) throw new InputError(`CSV line ${rowLine}: a quoted cell is never closed`);
  if (cell !== '' || row.length > 0) finishRow();
  return rows;
}


/**
 * Profiles from CSV text: a header row of long flag names without dashes (`employees,growth,...`);
 * absent columns and empty cells take `defaults` (the command's own profile flags), then the
 * engine's defaults; repeatable columns hold `;`-separated values.
 */
export function profilesFromCsv(text: string, defaults: RawFlags = {}, catalog?: RoleCatalog): Profile[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new InputError('CSV: the file is empty; it needs a header row such as "employees,growth,industry"');
  const columns = header.cells.map((name) => name.trim());
  const seen = new Set<string>();
  for (const column of columns) {
    if (!(column in FLAG_TO_FIELD)) {
      throw new InputError(`CSV line ${header.line}: unknown column "${column}" (allowed: ${Object.keys(FLAG_TO_FIELD).join(', ')})`);
    }
    if (seen.has(column)) throw new InputError(`CSV line ${header.line}: the column "${column}" appears twice`);
    seen.add(column);
  }
  if (!columns.includes('employees') && defaults.employees === undefined) {
    throw new InputError(`CSV line ${header.line}: the "employees" column is required (or give --employees for every row)`);
  }
  return rows.map(({ line, cells }) => {
    if (cells.length > columns.length) {
      throw new InputError(`CSV line ${line}: ${cells.length} cells but the header has ${columns.length} columns`);
    }
    const raw: RawFlags = { ...defaults };
    columns.forEach((column, position) => {
      const value = (cells[position] ?? '').trim();
      if (value === '') return;
      const flag = column as ProfileFlag;
      raw[flag] = REPEATABLE_FLAGS.has(flag) ? value.split(';').map((part) => part.trim()).filter(Boolean) : value;
    });
    try {
      return profileFromFlags(raw, catalog);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`CSV line ${line}: ${error.message.replace(/^--/, '')}`);
      throw error;
    }
  });
}

export function toCsv(header: string[], rows: (string | number | boolean)[][]): string {
  return [header, ...rows].map((row) => row.map((value) => csvCell(typeof value === 'boolean' ? String(value) : value)).join(',')).join('\n') + '\n';
}
