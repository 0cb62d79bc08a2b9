// Runs the Nu HTML Checker (vnu-jar) over every built HTML file; exits non-zero on any error.
// Usage: node scripts/check-html.mjs <folder-or-file>...
import { spawnSync } from 'node:child_process';
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
const output = `${result.stdout}${result.stderr}`.trim();
if (result.status === 0) {
  console.log(`HTML checker: no errors in ${targets.join(', ')}`);
} else {
  console.error(output);
  console.error(`HTML checker: errors found (exit ${result.status}).`);
}
process.exit(result.status ?? 1);
