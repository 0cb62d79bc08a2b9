// Times `npm run plan -- --csv` over 10,000 generated profiles (issue 9 asks for under 10 s).
// Run: npx node scripts/csv-speed.mjs [rows]. A measurement, not a test: timings vary by machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rows = Number(process.argv[2] ?? 10_000);
const industries = ['technology', 'healthcare', 'manufacturing', 'retail', 'nonprofit', 'finance', 'other'];
const states = ['CA', 'NY', 'TX', 'WA', 'IL', 'CT', 'VA'];
const lines = ['employees,growth,industry,state,start'];
for (let index = 0; index < rows; index += 1) {
  const employees = 1 + ((index * 7919) % 5000);
  const growth = ((index * 37) % 120) - 20;
  const state = `${states[index % states.length]}=${Math.floor(employees / 2)}`;
  lines.push(`${employees},${growth},${industries[index % industries.length]},${state},2027-0${1 + (index % 9)}`);
}
const file = join(mkdtempSync(join(tmpdir(), 'roleplan-speed-')), 'profiles.csv');
writeFileSync(file, `${lines.join('\n')}\n`);
const started = performance.now();
const result = spawnSync(
  process.execPath,
  ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'src/cli/plan.ts', '--csv', file],
  { encoding: 'utf8', maxBuffer: 1 << 28 },
);
const seconds = (performance.now() - started) / 1000;
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(1);
}
const printed = result.stdout.trim().split('\n').length - 1;
console.log(`${printed} CSV rows planned in ${seconds.toFixed(2)} s (${((seconds / printed) * 1000).toFixed(2)} ms a row)`);
