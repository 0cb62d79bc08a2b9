// For saved scenarios side by side: the inputs as words, and which of them differ.
import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../engine/hr-functions.ts';
import { OUTSOURCE_LABELS } from '../../engine/profile.ts';
import type { RoleCatalog } from '../../engine/roles.ts';
import { scalarFields, type ScalarField } from './fields.ts';
import { normalizeNumberText, type FormValues } from './form-state.ts';

export interface InputRow {
  label: string;
  /** The input of each scenario, in words. */
  values: string[];
  differs: boolean;
}

function scalarText(field: ScalarField, text: string): string {
  if (field.kind === 'toggle') return text === 'true' ? 'Yes' : 'No';
  if (field.kind === 'choice') return field.options.find((option) => option.value === text)?.label ?? text;
  if (field.kind === 'text') return text.trim() || (field.placeholder ?? '—');
  const value = normalizeNumberText(text, field.money);
  if (value === '') return field.placeholder ?? '—';
  return `${Number(value).toLocaleString('en-US')}${field.unit === '%' ? '%' : field.money ? ' USD' : ''}`;
}

const allSame = (values: string[]) => values.every((value) => value === values[0]);

/** Every input of the scenarios, in form order, each marked when the scenarios differ on it. */
export function inputRows(forms: FormValues[], catalog: RoleCatalog): InputRow[] {
  const rows: InputRow[] = scalarFields.map((field) => {
    const values = forms.map((form) => scalarText(field, form.scalars[field.name] ?? ''));
    return { label: field.label, values, differs: !allSame(values) };
  });
  const list = (items: string[]) => (items.length === 0 ? 'None' : items.join(', '));
  const extra: [string, (form: FormValues) => string][] = [
    ['Priorities', (form) => list(HR_FUNCTIONS.filter((fn) => form.priorities[fn]).map((fn) => `${HR_FUNCTION_LABELS[fn]}: ${form.priorities[fn]}`))],
    ['Current HR team', (form) => list(form.existing.map((row) => `${row.fte} ${catalog[row.role]?.title ?? row.role}`))],
    ['Outsourced', (form) => list([...form.outsource].sort().map((option) => OUTSOURCE_LABELS[option]))],
  ];
  for (const [label, text] of extra) {
    const values = forms.map(text);
    rows.push({ label, values, differs: !allSame(values) });
  }
  return rows;
}

export { allSame };
