// Every role profile in content/roles parses, and the career graph between them holds.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoleFile, readRoleEntries } from '../../src/node/content-files';
import { roleGraphProblems } from '../../src/lib/role-catalog';

const files = readdirSync('content/roles').filter((name) => name.endsWith('.mdx'));

describe('content/roles', () => {
  it.each(files)('%s has valid frontmatter and at least 300 words of prose', (name) => {
    const text = readFileSync(`content/roles/${name}`, 'utf8');
    const id = name.replace(/\.mdx$/, '');
    expect(() => parseRoleFile(id, text)).not.toThrow();
    const body = text.replace(/^---[\s\S]*?\n---\n/, '');
    const words = body.split(/\s+/).filter((word) => /[a-z]/i.test(word));
    expect(words.length, `${name} body word count`).toBeGreaterThanOrEqual(300);
  });

  it('has no broken or one-sided career links', () => {
    expect(roleGraphProblems(readRoleEntries())).toEqual([]);
  });
});
