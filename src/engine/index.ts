// The rules engine: pure TypeScript, no DOM, no Astro, no I/O. Pages, islands and the CLI use this.
export * from './hr-functions.ts';
export * from './profile.ts';
export * from './roles.ts';
export * from './structures.ts';
export { planFor, recommend, planAll, type Plan, type PlanMember, type PlanOptions, type ExplanationEntry } from './plan.ts';
export type { Range } from './cost.ts';
export { salaryEach } from './cost.ts';
export type { YearSpend } from './spend.ts';
export type { FirstHire } from './first-hire.ts';
export type { TeamMember } from './team.ts';
export type { Coverage, CoverageLevel } from './analysis.ts';
export type { Obligation } from './obligations.ts';
export type { TimelineMonth, TimelineHire } from './timeline.ts';
export type { Threshold } from './thresholds.ts';
export type { OutsourcingCost } from './outsourcing.ts';
export { rules } from './rules.ts';
export { compareStructures, bestFitRanges, type StructureComparison, type HeadcountRange } from './compare.ts';
export { outsourcingComparison, type OutsourcingComparison } from './outsourcing-comparison.ts';
