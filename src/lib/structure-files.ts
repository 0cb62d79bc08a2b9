// Reads content/structures/*.mdx in Node (tests), with the same schema and checks as the site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeIssues } from '../cli/role-files.ts';
import { structureSchema } from '../schemas/structure.ts';
import { structureFile, type StructureEntry } from './structure-guides.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses one guide's text; throws an error naming the file and each bad field. */
export function parseStructureFile(id: string, text: string): StructureEntry {
  const file = structureFile(id);
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block between --- lines`);
  const result = structureSchema.safeParse(parseYaml(match[1] ?? ''));
  if (!result.success) throw new Error(describeIssues(file, result.error).join('\n'));
  return { id, data: result.data, body: text.slice(match[0].length) };
}

/** Every guide in a folder (default: content/structures), validated. */
export function readStructureEntries(dir = join(process.cwd(), 'content', 'structures')): StructureEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => parseStructureFile(name.slice(0, -'.mdx'.length), readFileSync(join(dir, name), 'utf8')));
}
