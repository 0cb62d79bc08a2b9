// A broken `next` reference must fail a real `astro build`, with the file and the field named.
// The build reads a broken copy of the roles through ROLEPLAN_ROLES_DIR (src/content.config.ts),
// so content/ is never touched, and keeps its content cache in ROLEPLAN_CACHE_DIR
// (astro.config.mjs): sharing the real cache would leave entries pointing at the deleted copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

const work = mkdtempSync(join(tmpdir(), 'roleplan-broken-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // The test build pointed .astro/content-modules.mjs at the temporary copy; point it back.
  spawnSync('npx', ['astro', 'sync'], { encoding: 'utf8' });
});

/** Copies content/roles and renames the first `next` target of the first role that has one. */
function brokenCopy(dir: string): { file: string; original: string } {
  cpSync('content/roles', dir, { recursive: true });
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) continue;
    const data = parseYaml(match[1]!) as { next: { role: string }[] };
    if (data.next.length === 0) continue;
    const original = data.next[0]!.role;
    data.next[0]!.role = 'no-such-role';
    writeFileSync(join(dir, name), `---\n${stringifyYaml(data)}---\n${match[2]}`);
    return { file: name, original };
  }
  throw new Error('no role in content/roles has a next role to break');
}

describe('astro build with a broken career link', () => {
  it('exits non-zero and names the file and next[0]', () => {
    const rolesDir = join(work, 'roles');
    const { file } = brokenCopy(rolesDir);
    const result = spawnSync('npx', ['astro', 'build', '--outDir', join(work, 'dist')], {
      encoding: 'utf8',
      env: { ...process.env, ROLEPLAN_ROLES_DIR: rolesDir, ROLEPLAN_CACHE_DIR: join(work, 'cache') },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain(`content/roles/${file}: next[0].role "no-such-role" is not a role in content/roles`);
  }, 180_000);
});
