// Reads content/roles/*.mdx in Node (CLI and tests), with the same schema and graph checks as the site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { roleSchema } from '../schemas/role.ts';
import { roleFile, toRoleCatalog, type RoleEntry } from '../lib/role-catalog.ts';
import type { RoleCatalog } from '../engine/roles.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Formats a zod error as lines naming the file and the field. */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}

/** Parses one profile's text; throws an error naming the file and each bad field. */
export function parseRoleFile(id: string, text: string): RoleEntry {
  const file = roleFile(id);
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block between --- lines`);
  const result = roleSchema.safeParse(parseYaml(match[1] ?? ''));
  if (!result.success) throw new Error(describeIssues(file, result.error).join('\n'));
  return { id, data: result.data };
}

/** Every role profile in a folder (default: content/roles), validated. */
export function readRoleEntries(dir = join(process.cwd(), 'content', 'roles')): RoleEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => parseRoleFile(name.slice(0, -'.mdx'.length), readFileSync(join(dir, name), 'utf8')));
}

/** The engine's role catalog, read from the role profiles. */
export function readRoleCatalog(dir?: string): RoleCatalog {
  return toRoleCatalog(readRoleEntries(dir));
}
