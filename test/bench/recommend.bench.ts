// `npm run bench`: how long the planner waits for a plan. Goal: median under 1 ms.
import { bench, describe } from 'vitest';
import { profile, recommend } from '../../src/engine';
import { catalog } from '../support/catalog';

const typical = profile({ employees: 120, growthPct: 25, industry: 'manufacturing', budget: 400_000, states: 2 });
let headcount = 100;

describe('recommend() with timeline and thresholds', () => {
  bench('typical profile, headcount typed in (thresholds remembered between keystrokes)', () => {
    headcount = headcount >= 160 ? 100 : headcount + 1;
    recommend({ ...typical, employees: headcount }, catalog);
  });

  let growth = 0;
  bench('typical profile, another input changed each time (thresholds recomputed)', () => {
    growth = (growth + 1) % 200;
    recommend({ ...typical, growthPct: growth }, catalog);
  });

  bench('typical profile without timeline and thresholds', () => {
    recommend(typical, catalog, { full: false });
  });
});
