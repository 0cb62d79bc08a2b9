// One representative page of each page type, for Lighthouse and the size report.
import { existsSync } from 'node:fs';

const candidates = [
  '/',
  '/planner/',
  '/compare/',
  '/structures/',
  '/structures/hybrid/',
  '/roles/',
  '/roles/hr-generalist/',
  '/roles/compare/',
  '/careers/',
  '/search/',
  '/methodology/',
  '/methodology/data/',
  '/methodology/states/',
  '/sources/',
  '/404.html',
];

/** The page types that exist in this build. */
export function builtPageTypes(distDir = 'dist') {
  return candidates.filter((path) =>
    existsSync(path.endsWith('.html') ? `${distDir}${path}` : `${distDir}${path}index.html`),
  );
}
