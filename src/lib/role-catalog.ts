// Turns validated role profiles into the engine's catalog, after checking the career graph.
import type { RoleData } from '../schemas/role.ts';
import type { RoleCatalog } from '../engine/roles.ts';

export interface RoleEntry {
  /** The slug (file name without .mdx). */
  id: string;
  data: RoleData;
}

/** The path of a role's file, for messages that name it. */
export const roleFile = (id: string) => `content/roles/${id}.mdx`;

/**
 * Problems in the career graph: references to roles that do not exist, and `next`/`previous`
 * links that are not mirrored by the other role. Each message names the file and the field.
 */
export function roleGraphProblems(entries: RoleEntry[]): string[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const problems: string[] = [];
  for (const { id, data } of entries) {
    data.next.forEach((step, index) => {
      const target = byId.get(step.role);
      if (!target) {
        problems.push(`${roleFile(id)}: next[${index}].role "${step.role}" is not a role in content/roles`);
      } else if (step.role === id) {
        problems.push(`${roleFile(id)}: next[${index}].role points to the role itself`);
      } else if (!target.data.previous.some((back) => back.role === id)) {
        problems.push(`${roleFile(step.role)}: previous does not list "${id}", which lists it in next[${index}]`);
      }
    });
    data.previous.forEach((back, index) => {
      const source = byId.get(back.role);
      if (!source) {
        problems.push(`${roleFile(id)}: previous[${index}].role "${back.role}" is not a role in content/roles`);
      } else if (!source.data.next.some((step) => step.role === id)) {
        problems.push(`${roleFile(back.role)}: next does not list "${id}", which lists it in previous[${index}]`);
      }
    });
  }
  return problems;
}

/** Throws one error listing every graph problem, so a broken reference fails the build. */
export function assertRoleGraph(entries: RoleEntry[]): void {
  const problems = roleGraphProblems(entries);
  if (problems.length > 0) {
    throw new Error(`Broken role references:\n  ${problems.join('\n  ')}`);
  }
}

/** The engine's role catalog: slug, title, family, area, level and salary of each role. */
export function toRoleCatalog(entries: RoleEntry[]): RoleCatalog {
  assertRoleGraph(entries);
  return Object.fromEntries(
    entries.map(({ id, data }) => [
      id,
      { slug: id, title: data.title, family: data.family, area: data.area, level: data.level, salary: data.salary },
    ]),
  );
}
