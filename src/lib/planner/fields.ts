// The profile's fields as people meet them: labels, help, units, URL keys and CLI flags, once.
// The compare page uses the same fields and keys, so a planner link opens there with the same company.
import { INDUSTRY_LABELS, OUTSOURCE_LABELS, OUTSOURCE_OPTIONS, statesCounted, type Automation } from '../../engine/profile.ts';
import { parseStateHeadcounts } from '../../engine/state-headcounts.ts';
import { allowedValues, defaultOf, isRequired, numberBounds } from '../profile-schema-info.ts';

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
  /** Long flag of the command line, without dashes (`--growth`). */
  flag: string;
  label: string;
  group: FieldGroup;
  help?: string;
  unit?: string;
  /** What the plan uses instead of the value typed, when another field overrides it (for the form). */
  note?: (scalars: Readonly<Record<string, string>>) => string | undefined;
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
  /** The command line takes the flag more than once (one entry each). */
  repeatable?: boolean;
  placeholder?: string;
  /** The text as it goes into a link (shorter, no spaces). */
  compact?: (text: string) => string;
  /** The inverse: link text as a person reads it in the form. */
  expand?: (text: string) => string;
}

export type ScalarField = NumberField | ChoiceField | ToggleField | TextField;

/** A number field: bounds, whole-ness and whether it is required come from the profile schema. */
function numberField(
  name: string,
  own: Omit<NumberField, 'kind' | 'name' | 'min' | 'max' | 'integer' | 'required'>,
): NumberField {
  const bounds = numberBounds(name);
  return { kind: 'number', name, ...own, min: bounds.min, max: bounds.max, integer: bounds.integer, required: isRequired(name) };
}

/** A choice field whose options are the schema's allowed values, labelled. */
function choiceField(name: string, own: Omit<ChoiceField, 'kind' | 'name' | 'options'>, label: (value: string) => string): ChoiceField {
  return { kind: 'choice', name, ...own, options: allowedValues(name).map((value) => ({ value: String(value), label: label(String(value)) })) };
}

const AUTOMATION_WORDS: Record<Automation, string> = {
  none: 'None (spreadsheets and email)',
  basic: 'Basic (an HRIS or payroll system)',
  advanced: 'Advanced (automated workflows)',
};

/**
 * Every scalar profile field the form, the link and the command line share: its words (label,
 * help, unit) and names (URL key, CLI flag) live here once; bounds, defaults and allowed values
 * are read from the profile schema.
 */
export const scalarFields: ScalarField[] = [
  numberField('employees', {
    key: 'e', flag: 'employees', label: 'Employees', group: 'company', step: 1, unit: 'people',
    help: 'Everyone on payroll today, full- and part-time.',
  }),
  choiceField('industry', {
    key: 'i', flag: 'industry', label: 'Industry', group: 'company',
    help: 'Sets regulation, typical turnover and which structures are common.',
  }, (value) => INDUSTRY_LABELS[value as keyof typeof INDUSTRY_LABELS]),
  numberField('states', {
    key: 'st', flag: 'states', label: 'US states with employees', group: 'company', step: 1, unit: 'states',
    help: 'Each state adds its own leave, pay and posting rules. Counts at least the states listed under employees by state.',
    note: (scalars) => {
      const typed = Number(scalars.states);
      const listed = parseStateHeadcounts([scalars.stateEmployees ?? '']);
      if (!Number.isFinite(typed) || !listed.ok) return undefined;
      const counted = statesCounted(typed, listed.value);
      return counted > typed ? `The plan counts ${counted}: the states listed under employees by state.` : undefined;
    },
  }),
  {
    kind: 'text', name: 'stateEmployees', key: 'sh', flag: 'state', label: 'Employees by state', group: 'company', repeatable: true,
    placeholder: 'e.g. CA=40, NY=15',
    help: 'Postal code and headcount for each US state where people work; the rest work elsewhere. Sets state obligations and pay.',
    compact: (text) => text.replace(/\s+/g, '').replace(/=/g, ':').toUpperCase(),
    expand: (text) => text.split(',').filter(Boolean).map((entry) => entry.trim().replace(':', '=')).join(', '),
  },
  numberField('countries', {
    key: 'c', flag: 'countries', label: 'Countries with employees', group: 'company', step: 1, unit: 'countries',
  }),
  numberField('remotePct', {
    key: 'r', flag: 'remote', label: 'Remote employees', group: 'company', step: 1, unit: '%',
    help: 'Share of people who work remotely; adds onboarding and engagement work.',
  }),
  {
    kind: 'toggle', name: 'unionized', key: 'u', flag: 'unionized', label: 'Some employees are under a union contract', group: 'company',
    help: 'A collective bargaining agreement calls for labor relations skill.',
  },
  {
    kind: 'toggle', name: 'federalContractor', key: 'f', flag: 'federal-contractor', label: 'We hold US federal contracts', group: 'company',
    help: 'Adds Section 503 and VEVRAA plans from 50 employees.',
  },
  numberField('growthPct', {
    key: 'g', flag: 'growth', label: 'Growth in the next 12 months', group: 'growth', step: 1, unit: '%',
    help: 'Expected change in headcount; negative for a reduction.',
  }),
  numberField('attritionPct', {
    key: 'a', flag: 'attrition', label: 'Yearly turnover to back-fill', group: 'growth', step: 1, unit: '%', placeholder: 'industry average',
    help: 'Leave empty to use your industry\'s quits rate from BLS JOLTS.',
  }),
  choiceField('horizonMonths', { key: 'h', flag: 'horizon', label: 'Planning horizon', group: 'growth', unit: 'months' }, (value) => `${value} months`),
  {
    kind: 'text', name: 'start', key: 'sm', flag: 'start', label: 'Plan starts in', group: 'growth', placeholder: 'this month (YYYY-MM)',
    help: 'The calendar month of month 0, e.g. 2027-01: dated obligations and phase-ins land on real months.',
  },
  numberField('budget', {
    key: 'b', flag: 'budget', label: 'Yearly HR budget', group: 'budget', step: 1_000, unit: 'USD', money: true,
    placeholder: 'no limit, or e.g. 120k',
    help: 'What you can spend a year on HR staff, fully loaded. Leave empty for no limit.',
  }),
  choiceField('automation', {
    key: 'au', flag: 'automation', label: 'HR software', group: 'options',
    help: 'Software shrinks the administrative work that takes most of HR\'s time.',
  }, (value) => AUTOMATION_WORDS[value as keyof typeof AUTOMATION_WORDS]),
];

/**
 * Form text of each scalar field's default in the profile schema ('' when it has none). Text
 * fields start empty: their parsers give the default (no states listed, this month).
 */
export const schemaDefaults: Record<string, string> = Object.fromEntries(
  scalarFields.map((field) => {
    const value = field.kind === 'text' ? undefined : defaultOf(field.name);
    return [field.name, value === undefined ? '' : String(value)];
  }),
);

/** Repeatable fields, kept in the URL as compact lists. */
export const listKeys = {
  /** Priorities: `p=recruiting:high,compliance:low`. */
  priorities: 'p',
  /** Existing team: `x=hr-generalist:1,recruiter:0.5`. */
  existingTeam: 'x',
  /** Outsourcing: `o=benefits,payroll`. */
  outsource: 'o',
} as const;

/** Repeatable fields by their command-line flag (`--priority recruiting=high`, once per entry). */
export const listFlags = {
  priorities: 'priority',
  existingTeam: 'existing',
  outsource: 'outsource',
} as const;

export const outsourceChoices = OUTSOURCE_OPTIONS.map((value) => ({ value, label: OUTSOURCE_LABELS[value] }));

export const fieldByName = new Map(scalarFields.map((field) => [field.name, field]));
export const fieldByKey = new Map(scalarFields.map((field) => [field.key, field]));
