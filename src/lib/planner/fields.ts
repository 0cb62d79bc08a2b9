// The planner's form fields: labels, help, units and their short URL keys. The compare page
// uses the same fields and keys, so a planner link opens there with the same company.
import {
  AUTOMATION_LEVELS,
  HORIZONS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  OUTSOURCE_LABELS,
  OUTSOURCE_OPTIONS,
} from '../../engine/profile.ts';

export type FieldGroup = 'company' | 'growth' | 'budget' | 'needs' | 'team' | 'options';

export const GROUP_LABELS: Record<FieldGroup, string> = {
  company: 'Company',
  growth: 'Growth',
  budget: 'Budget',
  needs: 'Needs',
  team: 'Current HR team',
  options: 'Options',
};

interface BaseField {
  /** Profile field it sets. */
  name: string;
  /** Short key in the URL query. */
  key: string;
  label: string;
  group: FieldGroup;
  help?: string;
  unit?: string;
}

export interface NumberField extends BaseField {
  kind: 'number';
  required?: boolean;
  min: number;
  max: number;
  step: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** An amount in dollars: accepts "$120,000" and "120k". */
  money?: boolean;
  placeholder?: string;
}

export interface ChoiceField extends BaseField {
  kind: 'choice';
  options: { value: string; label: string }[];
}

export interface ToggleField extends BaseField {
  kind: 'toggle';
}

/** Free text read by a parser of its own (state headcounts, the start month). */
export interface TextField extends BaseField {
  kind: 'text';
  placeholder?: string;
  /** The text as it goes into a link (shorter, no spaces). */
  compact?: (text: string) => string;
  /** The inverse: link text as a person reads it in the form. */
  expand?: (text: string) => string;
}

export type ScalarField = NumberField | ChoiceField | ToggleField | TextField;

export const scalarFields: ScalarField[] = [
  {
    kind: 'number', name: 'employees', key: 'e', label: 'Employees', group: 'company', required: true,
    min: 1, max: 100_000, step: 1, integer: true, unit: 'people',
    help: 'Everyone on payroll today, full- and part-time.',
  },
  {
    kind: 'choice', name: 'industry', key: 'i', label: 'Industry', group: 'company',
    options: INDUSTRIES.map((value) => ({ value, label: INDUSTRY_LABELS[value] })),
    help: 'Sets regulation, typical turnover and which structures are common.',
  },
  {
    kind: 'number', name: 'states', key: 'st', label: 'US states with employees', group: 'company',
    min: 1, max: 50, step: 1, integer: true, unit: 'states',
    help: 'Each state adds its own leave, pay and posting rules. Counts at least the states listed under employees by state.',
  },
  {
    kind: 'text', name: 'stateEmployees', key: 'sh', label: 'Employees by state', group: 'company',
    placeholder: 'e.g. CA=40, NY=15',
    help: 'Postal code and headcount for each US state where people work; the rest work elsewhere. Sets state obligations and pay.',
    compact: (text) => text.replace(/\s+/g, '').replace(/=/g, ':').toUpperCase(),
    expand: (text) => text.split(',').filter(Boolean).map((entry) => entry.trim().replace(':', '=')).join(', '),
  },
  {
    kind: 'number', name: 'countries', key: 'c', label: 'Countries with employees', group: 'company',
    min: 1, max: 50, step: 1, integer: true, unit: 'countries',
  },
  {
    kind: 'number', name: 'remotePct', key: 'r', label: 'Remote employees', group: 'company',
    min: 0, max: 100, step: 1, unit: '%',
    help: 'Share of people who work remotely; adds onboarding and engagement work.',
  },
  {
    kind: 'toggle', name: 'unionized', key: 'u', label: 'Some employees are under a union contract', group: 'company',
    help: 'A collective bargaining agreement calls for labor relations skill.',
  },
  {
    kind: 'toggle', name: 'federalContractor', key: 'f', label: 'We hold US federal contracts', group: 'company',
    help: 'Adds Section 503 and VEVRAA plans from 50 employees.',
  },
  {
    kind: 'number', name: 'growthPct', key: 'g', label: 'Growth in the next 12 months', group: 'growth',
    min: -50, max: 300, step: 1, unit: '%',
    help: 'Expected change in headcount; negative for a reduction.',
  },
  {
    kind: 'number', name: 'attritionPct', key: 'a', label: 'Yearly turnover to back-fill', group: 'growth',
    min: 0, max: 100, step: 1, unit: '%', placeholder: 'industry average',
    help: 'Leave empty to use your industry\'s quits rate from BLS JOLTS.',
  },
  {
    kind: 'choice', name: 'horizonMonths', key: 'h', label: 'Planning horizon', group: 'growth',
    options: HORIZONS.map((value) => ({ value: String(value), label: `${value} months` })),
  },
  {
    kind: 'text', name: 'start', key: 'sm', label: 'Plan starts in', group: 'growth', placeholder: 'this month (YYYY-MM)',
    help: 'The calendar month of month 0, e.g. 2027-01: dated obligations and phase-ins land on real months.',
  },
  {
    kind: 'number', name: 'budget', key: 'b', label: 'Yearly HR budget', group: 'budget',
    min: 1_000, max: 1_000_000_000, step: 1_000, unit: 'USD', money: true, placeholder: 'no limit, or e.g. 120k',
    help: 'What you can spend a year on HR staff, fully loaded. Leave empty for no limit.',
  },
  {
    kind: 'choice', name: 'automation', key: 'au', label: 'HR software', group: 'options',
    options: AUTOMATION_LEVELS.map((value) => ({
      value,
      label: value === 'none' ? 'None (spreadsheets and email)' : value === 'basic' ? 'Basic (an HRIS or payroll system)' : 'Advanced (automated workflows)',
    })),
    help: 'Software shrinks the administrative work that takes most of HR\'s time.',
  },
];

/** Repeatable fields, kept in the URL as compact lists. */
export const listKeys = {
  /** Priorities: `p=recruiting:high,compliance:low`. */
  priorities: 'p',
  /** Existing team: `x=hr-generalist:1,recruiter:0.5`. */
  existingTeam: 'x',
  /** Outsourcing: `o=benefits,payroll`. */
  outsource: 'o',
} as const;

export const outsourceChoices = OUTSOURCE_OPTIONS.map((value) => ({ value, label: OUTSOURCE_LABELS[value] }));

export const fieldByName = new Map(scalarFields.map((field) => [field.name, field]));
export const fieldByKey = new Map(scalarFields.map((field) => [field.key, field]));
