// `npm run bench`: how long the planner waits for a plan. Goal: median under 1 ms on this machine.
// Prints the figures; it asserts nothing about time (timing belongs to this report, not to tests).
import { test } from 'vitest';
import { profile, recommend as recommendExport } from '../../src/engine';
import { catalog as catalogExport } from '../support/catalog';

// Local bindings: module exports are getters under Vitest, which would be timed too.
const recommend = recommendExport;
const catalog = catalogExport;

const typical = profile({ employees: 120, growthPct: 25, industry: 'manufacturing', budget: 400_000, states: 2 });

test('recommend() with timeline and thresholds on a typical profile', async ({ bench }) => {
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
  console.log(`\nrecommend() on ${JSON.stringify({ employees: 120, growthPct: 25, industry: 'manufacturing', budget: 400000, states: 2 })}\n${rows.join('\n')}`);
});
