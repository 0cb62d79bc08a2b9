import { lowerFirst } from './format.ts';

/** The ten HR functions: one vocabulary across engine, content and pages. */
export const HR_FUNCTIONS = [
  'recruiting',
  'onboarding',
  'employee-relations',
  'benefits',
  'compensation',
  'compliance',
  'learning',
  'hris-analytics',
  'engagement',
  'payroll',
] as const;

export type HrFunction = (typeof HR_FUNCTIONS)[number];

export const HR_FUNCTION_LABELS: Record<HrFunction, string> = {
  recruiting: 'Recruiting',
  onboarding: 'Onboarding',
  'employee-relations': 'Employee relations',
  benefits: 'Benefits',
  compensation: 'Compensation',
  compliance: 'Compliance and safety',
  learning: 'Learning and development',
  'hris-analytics': 'HRIS and analytics',
  engagement: 'Engagement and culture',
  payroll: 'Payroll',
};

/** A function's label inside a sentence: lower case, acronyms kept ("HRIS and analytics"). */
export const functionInSentence = (fn: HrFunction): string => lowerFirst(HR_FUNCTION_LABELS[fn]);

/**
 * Functions kept by `keep`, largest load first (ties in the order of HR_FUNCTIONS). An insertion
 * sort: the workload of every headcount a timeline or threshold scan tries is sorted this way.
 */
export function byLoadDescending(loads: Readonly<Record<HrFunction, number>>, keep: (fn: HrFunction) => boolean): HrFunction[] {
  const sorted: HrFunction[] = [];
  for (const fn of HR_FUNCTIONS) {
    if (!keep(fn)) continue;
    let at = sorted.length;
    sorted.push(fn);
    for (; at > 0 && loads[sorted[at - 1]!] < loads[fn]; at -= 1) sorted[at] = sorted[at - 1]!;
    sorted[at] = fn;
  }
  return sorted;
}
