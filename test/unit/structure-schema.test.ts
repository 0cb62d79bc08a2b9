// Bad structure-guide frontmatter is rejected with a message naming the file and the field
// (fixtures in test/fixtures/structures, each with exactly one thing wrong), and references to
// roles that do not exist are reported the same way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStructureFile } from '../../src/node/content-files';
import { structureProblems, type StructureEntry } from '../../src/lib/structure-guides';
import { STRUCTURES } from '../../src/engine';
import { catalog } from '../support/catalog';

const fixture = (name: string) => readFileSync(`test/fixtures/structures/${name}.mdx`, 'utf8');
const roleIds = new Set(Object.keys(catalog));

/** The error parseStructureFile throws for a fixture, or a failure if it parses. */
function parseError(name: string): string {
  try {
    parseStructureFile(name, fixture(name));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name}.mdx parsed without an error`);
}

/** The valid fixture under the name of one of the four structures, so only the problem at hand is reported. */
function asStructure(name: string, id: string): StructureEntry {
  return { ...parseStructureFile(name, fixture(name)), id };
}

/** Valid guides for the three other structures, so "missing guide" is not reported. */
const others = (id: string) => STRUCTURES.filter((structure) => structure !== id).map((structure) => asStructure('valid-structure', structure));

describe('structure frontmatter schema', () => {
  it('accepts the valid control fixture, filling the profile defaults', () => {
    const entry = parseStructureFile('valid-structure', fixture('valid-structure'));
    expect(entry.data.title).toBe('Fixture team');
    expect(entry.data.typicalTeams[1]!.roles).toEqual([
      { role: 'hr-manager', fte: 1 },
      { role: 'hr-generalist', fte: 2.5 },
    ]);
    expect(entry.data.typicalProfile).toMatchObject({
      employees: 120,
      industry: 'retail',
      growthPct: 15,
      unionized: true,
      states: 1,
      horizonMonths: 24,
    });
    expect(entry.data.typicalProfile.attritionPct).toBeUndefined();
  });

  it.each([
    ['bad-role-slug', /^content\/structures\/bad-role-slug\.mdx: typicalTeams\.0\.roles\.0\.role: must be a kebab-case role slug/m],
    ['half-fte', /^content\/structures\/half-fte\.mdx: typicalTeams\.1\.roles\.1\.fte: must be a whole or half FTE/m],
    ['duplicate-role', /^content\/structures\/duplicate-role\.mdx: typicalTeams\.1\.roles: must not list the same role twice/m],
    ['unknown-profile-field', /^content\/structures\/unknown-profile-field\.mdx: typicalProfile: Unrecognized key: "growth"$/m],
    ['bad-profile-value', /^content\/structures\/bad-profile-value\.mdx: typicalProfile\.employees: Employees must be at least 1$/m],
    ['bad-industry', /^content\/structures\/bad-industry\.mdx: typicalProfile\.industry: Industry must be one of: technology, /m],
    ['missing-cost', /^content\/structures\/missing-cost\.mdx: cost: .*expected string/im],
    ['bad-source-id', /^content\/structures\/bad-source-id\.mdx: sources\.0: must be a source id: .*seed-uptalent/m],
    ['unknown-key', /^content\/structures\/unknown-key\.mdx: \(frontmatter\): Unrecognized key: "summery"$/m],
  ])('rejects %s, naming the file and the field', (name, expected) => {
    const message = parseError(name);
    expect(message).toMatch(expected);
    // Exactly one thing is wrong in each fixture, so exactly one line is reported.
    expect(message.split('\n')).toHaveLength(1);
  });
});

describe('structure guide references', () => {
  it('finds nothing wrong with four valid guides', () => {
    expect(structureProblems(STRUCTURES.map((id) => asStructure('valid-structure', id)), roleIds)).toEqual([]);
  });

  it('reports a typical-team role without a profile, naming the file and the field', () => {
    const entry = asStructure('missing-role', 'hybrid');
    expect(structureProblems([entry, ...others('hybrid')], roleIds)).toEqual([
      'content/structures/hybrid.mdx: typicalTeams[1].roles[0].role "chief-people-wizard" is not a role in content/roles',
    ]);
  });

  it('reports a link in the body to a role without a profile', () => {
    const entry = asStructure('body-link-to-missing-role', 'specialist');
    expect(structureProblems([entry, ...others('specialist')], roleIds)).toEqual([
      'content/structures/specialist.mdx: body links to /roles/people-ninja, which is not a role in content/roles',
    ]);
  });

  it('reports a guide that is not one of the four structures, and a structure without a guide', () => {
    const entries = [...others('generalist'), asStructure('valid-structure', 'matrix')];
    expect(structureProblems(entries, roleIds)).toEqual([
      'content/structures/matrix.mdx: the file name must be one of generalist, specialist, hybrid, assistant-manager (a structure the engine plans)',
      'content/structures/generalist.mdx: missing; every structure needs a guide',
    ]);
  });
});
