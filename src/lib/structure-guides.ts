// Checks the structure guides against the role profiles and the engine's four structures, and
// turns a guide's typical profile into the engine's input and a /compare link.
import { withQuery } from './routes.ts';
import { profile, type Profile } from '../engine/profile.ts';
import { STRUCTURES, type Structure } from '../engine/structures.ts';
import type { StructureData, TypicalProfile } from '../schemas/structure.ts';
import { valuesFromProfile } from './planner/form-state.ts';
import { toQuery } from './planner/url-state.ts';

export interface StructureEntry {
  /** The file name without .mdx; must be one of the engine's structures. */
  id: string;
  data: StructureData;
  /** The MDX body as written (links to role profiles in it are checked too). */
  body?: string;
}

/** The path of a guide's file, for messages that name it. */
export const structureFile = (id: string) => `content/structures/${id}.mdx`;

const isStructure = (id: string): id is Structure => (STRUCTURES as readonly string[]).includes(id);

/** Every `/roles/<slug>` link in a guide's body, in order of appearance. */
export function roleLinksIn(body: string): string[] {
  return [...body.matchAll(/\]\(\/roles\/([^)\s/#?]+)\/?[^)\s]*\)|href=["']\/roles\/([^"'/#?]+)/g)].map(
    (match) => (match[1] ?? match[2])!,
  );
}

/**
 * Problems between the guides and the rest of the site: a file that is not one of the four
 * structures, a structure without a guide, and references to roles that do not exist (in the
 * typical teams or as links in the body). Each message names the file and the field.
 */
export function structureProblems(entries: StructureEntry[], roleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const { id, data, body } of entries) {
    const file = structureFile(id);
    if (!isStructure(id)) {
      problems.push(`${file}: the file name must be one of ${STRUCTURES.join(', ')} (a structure the engine plans)`);
    }
    data.typicalTeams.forEach((team, teamIndex) => {
      team.roles.forEach((member, roleIndex) => {
        if (!roleIds.has(member.role)) {
          problems.push(
            `${file}: typicalTeams[${teamIndex}].roles[${roleIndex}].role "${member.role}" is not a role in content/roles`,
          );
        }
      });
    });
    for (const slug of new Set(roleLinksIn(body ?? ''))) {
      if (!roleIds.has(slug)) problems.push(`${file}: body links to /roles/${slug}, which is not a role in content/roles`);
    }
  }
  const present = new Set(entries.map((entry) => entry.id));
  for (const structure of STRUCTURES) {
    if (!present.has(structure)) problems.push(`${structureFile(structure)}: missing; every structure needs a guide`);
  }
  return problems;
}

/** Throws one error listing every problem, so a broken guide fails the build. */
export function assertStructureGuides(entries: StructureEntry[], roleIds: ReadonlySet<string>): void {
  const problems = structureProblems(entries, roleIds);
  if (problems.length > 0) throw new Error(`Broken structure guides:\n  ${problems.join('\n  ')}`);
}

/** The guides in the engine's order of the structures (generalist, specialist, hybrid, assistant manager). */
export function inStructureOrder<T extends { id: string }>(entries: T[]): T[] {
  const rank = (id: string) => (isStructure(id) ? STRUCTURES.indexOf(id) : STRUCTURES.length);
  return [...entries].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** The full engine profile of a guide's typical company (every other field at its default). */
export function typicalProfileOf(typical: TypicalProfile): Profile {
  return profile(typical);
}

/** The /compare page for this company. */
export const compareHref = (company: Profile) => withQuery('compare', toQuery(valuesFromProfile(company)));
