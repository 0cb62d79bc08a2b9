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

