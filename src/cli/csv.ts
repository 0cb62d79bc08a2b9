// A small CSV reader and writer (RFC 4180 quoting) for --csv.
import { FLAG_TO_FIELD, InputError, profileFromFlags, type ProfileFlag, type RawFlags } from './flags.ts';
import type { Profile } from '../engine/profile.ts';

/** Splits CSV text into rows of cells, honouring quoted cells with commas, quotes and newlines. */
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
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (quoted) throw new InputError('CSV: a quoted cell is never closed');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

const REPEATABLE = new Set<ProfileFlag>(['priority', 'existing', 'outsource']);

/**
 * Profiles from CSV text: a header row of long flag names without dashes (`employees,growth,...`);
 * absent columns take the defaults; repeatable columns hold `;`-separated values.
 */
export function profilesFromCsv(text: string): Profile[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new InputError('CSV: the file is empty; it needs a header row such as "employees,growth,industry"');
  const columns = header.map((name) => name.trim());
  for (const column of columns) {
    if (!(column in FLAG_TO_FIELD)) {
      throw new InputError(`CSV header: unknown column "${column}" (allowed: ${Object.keys(FLAG_TO_FIELD).join(', ')})`);
    }
  }
  if (!columns.includes('employees')) throw new InputError('CSV header: the "employees" column is required');
  return rows.map((cells, index) => {
    const raw: RawFlags = {};
    columns.forEach((column, position) => {
      const value = (cells[position] ?? '').trim();
      if (value === '') return;
      const flag = column as ProfileFlag;
      raw[flag] = REPEATABLE.has(flag) ? value.split(';').map((part) => part.trim()).filter(Boolean) : value;
    });
    try {
      return profileFromFlags(raw);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`CSV row ${index + 2}: ${error.message.replace(/^--/, '')}`);
      throw error;
    }
  });
}

const quote = (value: string | number | boolean) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(header: string[], rows: (string | number | boolean)[][]): string {
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\n') + '\n';
}
