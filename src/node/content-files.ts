// Reads content/roles/*.mdx and content/structures/*.mdx in Node (the CLI and the tests), with the
// same schemas and checks as the site. The only module under src/ (with the CLI) that touches the
// file system: the engine, lib and islands stay free of Node so they can run in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { roleSchema } from '../schemas/role.ts';
import { structureSchema } from '../schemas/structure.ts';
import { roleFile, toRoleCatalog, type RoleEntry } from '../lib/role-catalog.ts';
import { structureFile, type StructureEntry } from '../lib/structure-guides.ts';
import type { RoleCatalog } from '../engine/roles.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Formats a zod error as lines naming the file and the field. */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}

/** Splits a file's text into its frontmatter, parsed with the schema, and its body; throws naming each bad field. */
function parseFrontmatter<Schema extends z.ZodType>(file: string, text: string, schema: Schema): { data: z.output<Schema>; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block between --- lines`);
  const result = schema.safeParse(parseYaml(match[1] ?? ''));
  if (!result.success) throw new Error(describeIssues(file, result.error).join('\n'));
  return { data: result.data, body: text.slice(match[0].length) };
}

/** Every .mdx file in a folder, sorted by name, as (id, text) pairs. */
function readMdxFolder(dir: string): { id: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ id: name.slice(0, -'.mdx'.length), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Parses one role profile's text; throws an error naming the file and each bad field. */
export function parseRoleFile(id: string, text: string): RoleEntry {
  return { id, data: parseFrontmatter(roleFile(id), text, roleSchema).data };
}

/** Every role profile in a folder (default: content/roles), validated. */
export function readRoleEntries(dir = join(process.cwd(), 'content', 'roles')): RoleEntry[] {
  return readMdxFolder(dir).map(({ id, text }) => parseRoleFile(id, text));
}

/** The engine's role catalog, read from the role profiles. */
export function readRoleCatalog(dir?: string): RoleCatalog {
  return toRoleCatalog(readRoleEntries(dir));
}

/** Parses one structure guide's text; throws an error naming the file and each bad field. */
export function parseStructureFile(id: string, text: string): StructureEntry {
  const { data, body } = parseFrontmatter(structureFile(id), text, structureSchema);
  return { id, data, body };
}

/** Every structure guide in a folder (default: content/structures), validated. */
export function readStructureEntries(dir = join(process.cwd(), 'content', 'structures')): StructureEntry[] {
  return readMdxFolder(dir).map(({ id, text }) => parseStructureFile(id, text));
}
