// Runs the Nu HTML Checker (vnu-jar) over every built HTML file, and checks that no word runs
// into a link or an emphasis (Astro drops the space before an element that starts a new source
// line: "the\n<a>" builds as "the<a>"); exits non-zero on any error.
// Usage: node scripts/check-html.mjs <folder-or-file>...
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vnuJar = String(require('vnu-jar'));
const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('Usage: node scripts/check-html.mjs <folder-or-file>...');
  process.exit(2);
}

const result = spawnSync('java', ['-jar', vnuJar, '--skip-non-html', '--errors-only', ...targets], {
  encoding: 'utf8',
});
if (result.error) {
  console.error(`Could not run Java for the HTML checker: ${result.error.message}`);
  process.exit(2);
}
const htmlFiles = (path) =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => htmlFiles(join(path, name))) : path.endsWith('.html') ? [path] : [];
const GLUED = /[a-z,;:]<(?:a|strong|em|code)[ >][^<]{0,30}/g;
const glued = targets.flatMap(htmlFiles).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(GLUED)].map((match) => `${file}: "${match[0]}"`));
if (glued.length > 0) {
  console.error(`Words run into a link or emphasis (add {' '} before the element):\n${glued.join('\n')}`);
  process.exit(1);
}

const output = `${result.stdout}${result.stderr}`.trim();
if (result.status === 0) {
  console.log(`HTML checker: no errors in ${targets.join(', ')}`);
} else {
  console.error(output);
  console.error(`HTML checker: errors found (exit ${result.status}).`);
}
process.exit(result.status ?? 1);
