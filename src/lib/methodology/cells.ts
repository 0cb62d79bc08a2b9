// The cells and tables the methodology page renders, and the helpers that build them.
import type { RoleCatalog } from '../../engine/roles.ts';
import { formatNumber } from '../../engine/format.ts';
import type { SourceId } from '../../engine/data/sources.ts';

export type Cell =
  | { kind: 'text'; text: string; numeric?: boolean }
  | { kind: 'role'; slug: string; title: string }
  | { kind: 'sources'; ids: SourceId[] };

export interface Column {
  label: string;
  numeric?: boolean;
}

export interface DataTable {
  /** Anchor on the page. */
  id: string;
  title: string;
  /** The engine data this table shows, as `module/export` (e.g. `staffing/ratioBands`). */
  exports: string[];
  description: string;
  columns: Column[];
  rows: Cell[][];
  /** Sources of the whole table, shown under it. */
  sources: SourceId[];
  /** Sources that apply to one column or part of the table. */
  sourceNotes?: { label: string; ids: SourceId[] }[];
  /** Names of the rows where the first cell alone does not say what the row is (e.g. "50 employees"). */
  rowNames?: string[];
}

export interface TableGroup {
  id: string;
  /** The methodology page the group is on (the main one unless given). */
  page?: 'methodologyData' | 'methodologyStates';
  title: string;
  intro: string;
  tables: DataTable[];
}

export const text = (value: string): Cell => ({ kind: 'text', text: value });
export const num = (value: string): Cell => ({ kind: 'text', text: value, numeric: true });
export const cite = (...ids: SourceId[]): Cell => ({ kind: 'sources', ids: [...new Set(ids)] });

export const pct = (fraction: number, decimals = 1) => `${formatNumber(fraction * 100, decimals)}%`;
export const times = (factor: number, decimals = 2) => `x${factor.toFixed(decimals)}`;
export const people = (count: number) => formatNumber(count);

export function roleCell(catalog: RoleCatalog, slug: string): Cell {
  const role = catalog[slug];
  if (!role) throw new Error(`The methodology names role "${slug}", which has no profile in content/roles`);
  return { kind: 'role', slug, title: role.title };
}
