// `npm run size`: the gzip weight of the JavaScript each built page loads.
// Follows static imports between chunks, and island component and renderer URLs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'pagefind') return [];
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function scriptsOf(html) {
  const urls = new Set();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+\.m?js)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+\.m?js)"/g)) urls.add(match[1]);
  // Inline module scripts that import chunks.
  for (const match of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const imported of match[1].matchAll(/(?:import\s*\(?|from)\s*["'](\/[^"']+\.m?js)["']/g)) urls.add(imported[1]);
  }
  return [...urls];
}

function withImports(url, seen) {
  if (seen.has(url)) return;
  const file = join(DIST, url);
  if (!existsSync(file)) return;
  seen.add(url);
  const code = readFileSync(file, 'utf8');
  // Static imports and re-exports, and dynamic import() of lazily loaded chunks (counted too:
  // a chart loaded when visible is still part of the page's JavaScript).
  const patterns = [
    /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/g,
    /import\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) withImports(posix.join(posix.dirname(url), match[1]), seen);
  }
}

function inlineScriptBytes(html) {
  let total = 0;
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(match[0])) continue;
    total += gzipSync(match[1]).length;
  }
  return total;
}

const rows = htmlFiles(DIST).map((file) => {
  const html = readFileSync(file, 'utf8');
  const seen = new Set();
  for (const url of scriptsOf(html)) withImports(url, seen);
  const external = [...seen].reduce((sum, url) => sum + gzipSync(readFileSync(join(DIST, url))).length, 0);
  const page = `/${file.slice(DIST.length + 1).replace(/index\.html$/, '')}`;
  return { page, files: seen.size, gzip: external + inlineScriptBytes(html) };
});

rows.sort((a, b) => b.gzip - a.gzip || a.page.localeCompare(b.page));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${'page'.padEnd(44)}${'files'.padStart(6)}${'JS gzip'.padStart(12)}`);
for (const row of rows) console.log(`${row.page.padEnd(44)}${String(row.files).padStart(6)}${kb(row.gzip).padStart(12)}`);
const withJs = rows.filter((row) => row.gzip > 0).length;
console.log(`${rows.length} pages; ${withJs} load JavaScript, ${rows.length - withJs} load none.`);
