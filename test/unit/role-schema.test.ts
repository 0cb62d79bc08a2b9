// Bad frontmatter is rejected with a message naming the file and the field (fixtures in test/fixtures/roles).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoleFile } from '../../src/node/content-files';
import { roleGraphProblems } from '../../src/lib/role-catalog';
import { deriveSalary } from '../../src/schemas/role-pay';

const fixture = (name: string) => readFileSync(`test/fixtures/roles/${name}.mdx`, 'utf8');

/** The error parseRoleFile throws for a fixture, or a failure if it parses. */
function parseError(name: string): string {
  try {
    parseRoleFile(name, fixture(name));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name}.mdx parsed without an error`);
}

describe('role frontmatter schema', () => {
  it('accepts the valid control fixture that the broken ones are copied from', () => {
    const entry = parseRoleFile('valid-role', fixture('valid-role'));
    expect(entry.id).toBe('valid-role');
    expect(entry.data.title).toBe('Fixture HR Specialist');
    // The range is derived from the occupation's BLS percentiles and the rung, never written by hand.
    const derived = deriveSalary('13-1071', 'professional');
    expect(entry.data.salary).toMatchObject({ min: derived.min, median: derived.median, max: derived.max, source: 'bls-oews-2024' });
    expect(entry.data.level).toBe('mid');
  });

  it.each([
    ['bad-salary-occupation', /^content\/roles\/bad-salary-occupation\.mdx: salary\.occupation: a assistant-rung role cannot be placed in SOC 11-3121/m],
    ['unknown-family', /^content\/roles\/unknown-family\.mdx: family: .*"generalist"/m],
    ['missing-title', /^content\/roles\/missing-title\.mdx: title: .*expected string/im],
    ['bad-source-id', /^content\/roles\/bad-source-id\.mdx: sources\.0: .*"?bls-oews-2024/m],
    ['bad-next-slug', /^content\/roles\/bad-next-slug\.mdx: next\.0\.role: must be a kebab-case role slug/m],
  ])('rejects %s, naming the file and the field', (name, expected) => {
    const message = parseError(name);
    expect(message).toMatch(expected);
    // Exactly one thing is wrong in each fixture, so exactly one line is reported.
    expect(message.split('\n')).toHaveLength(1);
  });

  it('reports a `next` link to a role that does not exist, naming the file and next[index]', () => {
    const valid = parseRoleFile('valid-role', fixture('valid-role'));
    expect(roleGraphProblems([valid])).toEqual([
      'content/roles/valid-role.mdx: next[0].role "hr-manager" is not a role in content/roles',
    ]);
  });
});
