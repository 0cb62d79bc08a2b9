// The one way pages read role profiles: validated by the collection schema, then the career graph is checked.
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertRoleGraph } from './role-catalog.ts';

export type RoleCollectionEntry = CollectionEntry<'roles'>;

/**
 * Every role profile, sorted by title. Throws (and so fails `astro build`) when a `next` or
 * `previous` link is broken, naming the file and the field.
 */
export async function getRoleEntries(): Promise<RoleCollectionEntry[]> {
  const entries = (await getCollection('roles')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  assertRoleGraph(entries);
  return entries;
}
