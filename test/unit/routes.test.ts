// One routes module with one trailing-slash policy: every page path ends in a slash, and no
// source file outside src/lib/routes.ts builds a link to a page by hand.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careersHref, page, PAGES, roleCompareHref, roleHref, sourceHref, structureHref, withQuery } from '../../src/lib/routes';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(astro|tsx?)$/.test(name) ? [path] : [];
  });

const PAGE_NAMES = Object.values(PAGES)
  .map((path) => path.split('/')[1])
  .filter(Boolean);
// A link written by hand: `href="/roles/…"`, `action="/search"`, `` `/careers?from=…` ``, `href: '/planner'`.
const HAND_BUILT = new RegExp(`(?:(?:href|action|url)\\s*[=:]\\s*["'\`]|\`)/(?:${PAGE_NAMES.join('|')})(?:[/?#"'\`$]|$)`);

describe('routes', () => {
  it('ends every page path in a slash, before any query or fragment', () => {
    for (const path of Object.values(PAGES)) expect(path.endsWith('/'), path).toBe(true);
    expect(roleHref('hr-generalist')).toBe('/roles/hr-generalist/');
    expect(structureHref('hybrid')).toBe('/structures/hybrid/');
    expect(sourceHref('bls-oews-2024')).toBe('/sources/#source-bls-oews-2024');
    expect(page('methodology', 'scoring')).toBe('/methodology/#scoring');
    expect(careersHref('hr-assistant', 'vp-of-hr')).toBe('/careers/?from=hr-assistant&to=vp-of-hr');
    expect(roleCompareHref('recruiter')).toBe('/roles/compare/?a=recruiter');
    expect(withQuery('planner', '')).toBe('/planner/');
    expect(withQuery('compare', 'e=80')).toBe('/compare/?e=80');
  });

  it('is the only place a link to a page is built', () => {
    const offenders = sourceFiles('src')
      .filter((file) => !file.endsWith(join('lib', 'routes.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ file, line: index + 1, text: line.trim() }))
          .filter(({ text }) => !/^(\*|\/\/|\/\*)/.test(text) && HAND_BUILT.test(text)),
      );
    expect(offenders.map(({ file, line, text }) => `${file}:${line} ${text}`)).toEqual([]);
  });
});
