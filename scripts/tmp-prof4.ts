import { profile } from '../src/engine/index.ts';
import { findThresholds } from '../src/engine/thresholds.ts';
import { catalogForStates } from '../src/engine/state-pay.ts';
import { readRoleCatalog } from '../src/node/content-files.ts';
const national = readRoleCatalog();
const base = profile({ employees: 120, growthPct: 25, industry: 'manufacturing', budget: 400_000, states: 2 });
const catalog = catalogForStates(national, base);
for (const g of [0, 25, 80, 150]) {
  (globalThis as any).np = 0; (globalThis as any).nk = 0;
  findThresholds({ ...base, growthPct: g }, catalog);
  console.log(g, 'picks', (globalThis as any).np, 'workloads', (globalThis as any).nk);
}
