// Where each source is used on the methodology page, and which figures rest on weak ones.
import { rules } from '../../engine/rules.ts';
import type { RoleCatalog } from '../../engine/roles.ts';
import { sources, type SourceId } from '../../engine/data/sources.ts';
import type { TableGroup } from './cells.ts';
import { page } from '../routes.ts';

export interface Usage {
  /** What uses the source, e.g. "Rule size-small" or "Staffing anchors: 50 employees". */
  label: string;
  /** Where on the methodology pages it is. */
  href: string;
}

/** Every use of every source on the page: rules, whole tables and single rows. */
export function sourceUsages(groups: TableGroup[]): Map<SourceId, Usage[]> {
  const usages = new Map<SourceId, Usage[]>();
  const add = (id: SourceId, usage: Usage) => {
    const list = usages.get(id) ?? [];
    if (!list.some((known) => known.label === usage.label)) list.push(usage);
    usages.set(id, list);
  };
  for (const rule of rules) {
    for (const id of rule.sources) add(id, { label: `Rule ${rule.id}: ${rule.title}`, href: page('methodology', `rule-${rule.id}`) });
  }
  for (const group of groups) {
    const at = (id: string) => page(group.page ?? 'methodology', id);
    for (const table of group.tables) {
      for (const id of table.sources) add(id, { label: table.title, href: at(table.id) });
      for (const note of table.sourceNotes ?? []) {
        for (const id of note.ids) add(id, { label: `${table.title}: ${note.label}`, href: at(table.id) });
      }
      for (const [index, row] of table.rows.entries()) {
        const first = row[0]!;
        const rowLabel =
          table.rowNames?.[index] ?? (first.kind === 'role' ? first.title : first.kind === 'sources' ? table.title : first.text);
        for (const cell of row) {
          if (cell.kind !== 'sources') continue;
          for (const id of cell.ids) add(id, { label: `${table.title}: ${rowLabel}`, href: at(table.id) });
        }
      }
    }
  }
  return usages;
}

export interface WeakSource {
  id: SourceId;
  usages: Usage[];
}

/** The weak sources, each with every figure that uses it. */
export function weakSources(groups: TableGroup[]): WeakSource[] {
  const usages = sourceUsages(groups);
  return (Object.keys(sources) as SourceId[])
    .filter((id) => sources[id].strength === 'weak')
    .map((id) => ({ id, usages: usages.get(id) ?? [] }));
}

/** How many role salaries come from each source. */
export function salarySourceCounts(catalog: RoleCatalog): { id: SourceId; count: number }[] {
  const counts = new Map<SourceId, number>();
  for (const role of Object.values(catalog)) counts.set(role.salary.source, (counts.get(role.salary.source) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
