// The one way pages read structure guides: validated by the collection schema, then checked
// against the role profiles and the engine's four structures.
import { getCollection, type CollectionEntry } from 'astro:content';
import { getRoleEntries } from './roles-collection.ts';
import { assertStructureGuides, inStructureOrder } from './structure-guides.ts';

export type StructureCollectionEntry = CollectionEntry<'structures'>;

/**
 * Every structure guide in the engine's order. Throws (and so fails `astro build`) when a
 * guide names a role that has no profile, naming the file and the field.
 */
export async function getStructureEntries(): Promise<StructureCollectionEntry[]> {
  const [entries, roles] = await Promise.all([getCollection('structures'), getRoleEntries()]);
  assertStructureGuides(entries, new Set(roles.map((role) => role.id)));
  return inStructureOrder(entries);
}
