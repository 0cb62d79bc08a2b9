// `npm run bench`: how long the planner waits for a plan. Goal: median under 1 ms on this machine.
// Prints the figures; it asserts nothing about time (timing belongs to this report, not to tests).
//
// The engine is timed as the site ships it: bundled by Vite, as the production build bundles it
// for the browser, and loaded by Node itself. Under Vitest's module runner every import between
// the engine's modules is a getter on a module object, which doubled the figures on code the
// browser never runs that way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'vitest';
import { build, type Rollup } from 'vite';
import type * as Engine from '../../src/engine';
import { catalog as catalogExport } from '../support/catalog';

async function shippedEngine(): Promise<typeof Engine> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: 'src/engine/index.ts', formats: ['es'], fileName: 'engine' } },
  });
  const [bundle] = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const folder = join('node_modules', '.cache', 'roleplan-bench');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'engine.mjs');
  writeFileSync(file, bundle!.output[0].code);
  return (await import(/* @vite-ignore */ pathToFileURL(join(process.cwd(), file)).href)) as typeof Engine;
}

test('recommend() with timeline and thresholds on a typical profile', async ({ bench }) => {
  const { profile, recommend } = await shippedEngine();
  const catalog = catalogExport;
  const typicalInput = { employees: 120, growthPct: 25, industry: 'manufacturing', budget: 400_000, states: 2 } as const;
  const typical = profile(typicalInput);
  let headcount = 100;
  let growth = 0;
  const cases = [
    bench('headcount typed in (thresholds remembered between keystrokes)', () => {
      headcount = headcount >= 160 ? 100 : headcount + 1;
      recommend({ ...typical, employees: headcount }, catalog);
    }),
    bench('another input changed each time (thresholds recomputed)', () => {
      growth = (growth + 1) % 200;
      recommend({ ...typical, growthPct: growth }, catalog);
    }),
    bench('without timeline and thresholds', () => {
      recommend(typical, catalog, { full: false });
    }),
  ];
  const rows: string[] = [];
  for (const task of cases) {
    const result = await task.run();
    const latency = result.latency;
    rows.push(
      `${result.name.padEnd(66)} median ${latency.p50.toFixed(3)} ms  p99 ${latency.p99.toFixed(3)} ms  (${latency.samplesCount} samples)`,
    );
  }
  console.log(`\nrecommend() on ${JSON.stringify(typicalInput)}, the engine as Vite bundles it\n${rows.join('\n')}`);
}, 60_000);
