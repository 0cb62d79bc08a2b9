// The company profile form: every field labelled, with help, unit and its message when invalid.
import type { Signal } from '@preact/signals';
import { HR_FUNCTION_LABELS, HR_FUNCTIONS, type HrFunction } from '../../engine/hr-functions';
import { INDUSTRIES, type Industry, type PriorityLevel } from '../../engine/profile';
import { defaultAttritionPct } from '../../engine/data/workload';
import type { RoleCatalog } from '../../engine/roles';
import { GROUP_LABELS, outsourceChoices, scalarFields, type FieldGroup, type ScalarField } from '../../lib/planner/fields';
import type { FieldErrors, FormValues } from '../../lib/planner/form-state';

interface Props {
  values: Signal<FormValues>;
  errors: FieldErrors;
  catalog: RoleCatalog;
  /** Called on every edit, before the new values are set (for input-to-render timing). */
  onEdit: () => void;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** The industry's default turnover, shown as the placeholder of the turnover field. */
function attritionHint(values: FormValues): string {
  const industry = values.scalars.industry as Industry;
  return INDUSTRIES.includes(industry) ? `${defaultAttritionPct[industry].value} (industry average)` : 'industry average';
}

function ScalarInput({ field, props }: { field: ScalarField; props: Props }) {
  const { values, errors, onEdit } = props;
  const id = `field-${field.name}`;
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = `${id}-error`;
  const error = errors[field.name];
  const text = values.value.scalars[field.name] ?? '';
  const note = field.note?.(values.value.scalars);
  const noteId = note ? `${id}-note` : undefined;
  const set = (value: string) => {
    onEdit();
    values.value = { ...values.value, scalars: { ...values.value.scalars, [field.name]: value } };
  };
  if (field.kind === 'toggle') {
    return (
      <div class="field toggle">
        <input
          id={id}
          type="checkbox"
          checked={text === 'true'}
          aria-describedby={describedBy(helpId)}
          onChange={(event) => set((event.currentTarget as HTMLInputElement).checked ? 'true' : 'false')}
        />
        <label for={id}>{field.label}</label>
        {field.help && <p id={helpId} class="help">{field.help}</p>}
      </div>
    );
  }
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        {field.label}
        {field.kind === 'number' && field.unit && <span class="unit"> ({field.unit})</span>}
      </label>
      {field.kind === 'choice' ? (
        <select id={id} value={text} aria-describedby={describedBy(helpId)} onChange={(event) => set((event.currentTarget as HTMLSelectElement).value)}>
          {field.options.map((option) => (
            <option value={option.value}>{option.label}</option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          inputMode={field.kind !== 'number' || field.money ? 'text' : field.integer || field.min >= 0 ? 'numeric' : 'text'}
          autoComplete="off"
          value={text}
          placeholder={field.name === 'attritionPct' ? attritionHint(values.value) : field.placeholder}
          required={field.kind === 'number' ? field.required : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(error && errorId, noteId, helpId)}
          onInput={(event) => set((event.currentTarget as HTMLInputElement).value)}
        />
      )}
      {error && (
        <p id={errorId} class="error">
          {error}
        </p>
      )}
      {note && (
        <p id={noteId} class="help field-note">
          {note}
        </p>
      )}
      {field.help && <p id={helpId} class="help">{field.help}</p>}
    </div>
  );
}

function fieldsOf(group: FieldGroup, props: Props) {
  return scalarFields.filter((field) => field.group === group).map((field) => <ScalarInput key={field.name} field={field} props={props} />);
}

function Priorities({ values, onEdit }: Props) {
  const set = (fn: HrFunction, level: string) => {
    onEdit();
    const priorities = { ...values.value.priorities };
    if (level === '') delete priorities[fn];
    else priorities[fn] = level as PriorityLevel;
    values.value = { ...values.value, priorities };
  };
  return (
    <div class="priority-grid">
      {HR_FUNCTIONS.map((fn) => (
        <div class="field compact" key={fn}>
          <label for={`priority-${fn}`}>{HR_FUNCTION_LABELS[fn]}</label>
          <select id={`priority-${fn}`} value={values.value.priorities[fn] ?? ''} onChange={(event) => set(fn, (event.currentTarget as HTMLSelectElement).value)}>
            <option value="">Automatic</option>
            <option value="low">Low</option>
            <option value="normal">Normal</option>
            <option value="high">High</option>
          </select>
        </div>
      ))}
    </div>
  );
}

function ExistingTeam({ values, errors, catalog, onEdit }: Props) {
  const rows = values.value.existing;
  // Sorted only once a row needs the list: the first locale-aware sort is slow on a phone.
  const roles = rows.length > 0 ? Object.values(catalog).sort((a, b) => a.title.localeCompare(b.title, 'en')) : [];
  const update = (existing: FormValues['existing']) => {
    onEdit();
    values.value = { ...values.value, existing };
  };
  return (
    <div>
      {rows.length === 0 && <p class="help">No HR staff yet. Add the people you already have, and the timeline will only plan the hires you still need.</p>}
      <ul class="existing-rows">
        {rows.map((row, index) => {
          const error = errors[`existing.${index}`];
          const errorId = `existing-${index}-error`;
          return (
            <li key={index} class={error ? 'invalid' : undefined}>
              <div class="field compact">
                <label for={`existing-${index}-role`}>Role</label>
                <select
                  id={`existing-${index}-role`}
                  value={row.role}
                  aria-invalid={error && !catalog[row.role] ? 'true' : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(event) => update(rows.map((r, i) => (i === index ? { ...r, role: (event.currentTarget as HTMLSelectElement).value } : r)))}
                >
                  <option value="">Choose a role</option>
                  {roles.map((role) => (
                    <option value={role.slug}>{role.title}</option>
                  ))}
                </select>
              </div>
              <div class="field compact fte">
                <label for={`existing-${index}-fte`}>FTE</label>
                <input
                  id={`existing-${index}-fte`}
                  type="text"
                  inputMode="decimal"
                  value={row.fte}
                  aria-invalid={error && catalog[row.role] ? 'true' : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onInput={(event) => update(rows.map((r, i) => (i === index ? { ...r, fte: (event.currentTarget as HTMLInputElement).value } : r)))}
                />
              </div>
              <button type="button" class="button secondary small" onClick={() => update(rows.filter((_, i) => i !== index))}>
                Remove<span class="visually-hidden"> row {index + 1}</span>
              </button>
              {error && (
                <p id={errorId} class="error">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" class="button secondary small" onClick={() => update([...rows, { role: '', fte: '1' }])}>
        Add a person or role
      </button>
    </div>
  );
}

function Outsourcing({ values, onEdit }: Props) {
  const chosen = new Set(values.value.outsource);
  const toggle = (option: (typeof outsourceChoices)[number]['value'], on: boolean) => {
    onEdit();
    const next = new Set(chosen);
    if (on) next.add(option);
    else next.delete(option);
    values.value = { ...values.value, outsource: [...next] };
  };
  return (
    <fieldset class="checks">
      <legend>Work you are willing to outsource</legend>
      <p class="help">Roleplan uses a priced provider only where it costs no more than your own staff doing the work, and says so where it does not.</p>
      {outsourceChoices.map((choice) => (
        <div class="field toggle" key={choice.value}>
          <input
            id={`outsource-${choice.value}`}
            type="checkbox"
            checked={chosen.has(choice.value)}
            onChange={(event) => toggle(choice.value, (event.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`outsource-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export default function ProfileForm(props: Props) {
  const group = (name: FieldGroup, children: preact.ComponentChildren, open = true) => (
    <details class="form-group" open={open}>
      <summary>{GROUP_LABELS[name]}</summary>
      <div class="group-body">{children}</div>
    </details>
  );
  const hasNeeds = Object.keys(props.values.value.priorities).length > 0;
  return (
    <form class="profile-form" aria-label="Company profile" onSubmit={(event) => event.preventDefault()} noValidate>
      {group('company', fieldsOf('company', props))}
      {group('growth', fieldsOf('growth', props))}
      {group('budget', fieldsOf('budget', props))}
      {group(
        'needs',
        <>
          <p class="help">How much each HR function matters to you. Automatic lets Roleplan decide from your profile.</p>
          <Priorities {...props} />
        </>,
        hasNeeds,
      )}
      {group('team', <ExistingTeam {...props} />, props.values.value.existing.length > 0)}
      {group(
        'options',
        <>
          {fieldsOf('options', props)}
          <Outsourcing {...props} />
        </>,
        props.values.value.outsource.length > 0 || props.values.value.scalars.automation !== 'basic',
      )}
    </form>
  );
}
