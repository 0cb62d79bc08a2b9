import { useSignal } from '@preact/signals';
import type { Plan } from '../../engine/plan';
import type { Profile } from '../../engine/profile';
import type { RoleCatalog } from '../../engine/roles';
import { STATE_NAMES, type StateCode } from '../../engine/data/state-codes';
import { defaultPostingState, hiresToPost, postingDraft, type PostingRole } from '../../engine/posting-draft';
import { download } from '../shared/download';
import './state-law.css';

interface Props {
  plan: Plan;
  profile: Profile;
  /** National catalog: the draft scales pay to the hire's state itself. */
  catalog: RoleCatalog;
  roles: Record<string, PostingRole>;
}

/** A job-posting draft for each recommended hire, to copy or download as Markdown or plain text. */
export default function PostingDrafts({ plan, profile, catalog, roles }: Props) {
  const hires = hiresToPost(plan.timeline).filter((hire) => catalog[hire.role] && roles[hire.role]);
  const fallback = plan.team.filter((member) => roles[member.role]).map((member) => ({ role: member.role, month: 0, payFactor: member.payFactor }));
  const list = hires.length > 0 ? hires : fallback;
  const chosenRole = useSignal('');
  const chosenState = useSignal<string>('');
  const format = useSignal<'markdown' | 'text'>('markdown');
  const status = useSignal('');
  if (list.length === 0) return null;
  const hire = list.find((item) => item.role === chosenRole.value) ?? list[0]!;
  const states = Object.keys(profile.stateEmployees) as StateCode[];
  const state = (states.includes(chosenState.value as StateCode) ? chosenState.value : chosenState.value === 'US' ? null : defaultPostingState(profile)) as StateCode | null;
  const draft = postingDraft({ role: catalog[hire.role]!, details: roles[hire.role]!, state, month: hire.month, obligations: plan.obligations, payFactor: hire.payFactor });
  const body = format.value === 'markdown' ? draft.markdown : draft.text;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(body);
      status.value = 'Draft copied.';
    } catch {
      status.value = 'Select the text and copy it.';
    }
  };
  const fileName = `${draft.role}-${draft.state ?? 'us'}-posting.${format.value === 'markdown' ? 'md' : 'txt'}`;
  return (
    <section class="result-card" aria-labelledby="postings-title" data-testid="posting-drafts">
      <h2 id="postings-title">Job-posting drafts</h2>
      <p class="help">
        Built from the role profile, with the pay range for the state where the hire sits. Where a state requires a pay range in
        postings, the draft says which law.
      </p>
      <div class="posting-controls">
        <div class="field">
          <label for="posting-role">Hire</label>
          <select id="posting-role" value={hire.role} onChange={(event) => (chosenRole.value = (event.currentTarget as HTMLSelectElement).value)}>
            {list.map((item) => (
              <option key={item.role} value={item.role}>
                {catalog[item.role]!.title}
                {item.month > 0 ? ` (month ${item.month})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="posting-state">Where the hire sits</label>
          <select id="posting-state" value={state ?? 'US'} onChange={(event) => (chosenState.value = (event.currentTarget as HTMLSelectElement).value)}>
            {states.map((code) => (
              <option key={code} value={code}>
                {STATE_NAMES[code]}
              </option>
            ))}
            <option value="US">Elsewhere in the US</option>
          </select>
        </div>
        <fieldset class="field">
          <legend>Format</legend>
          <label>
            <input type="radio" name="posting-format" checked={format.value === 'markdown'} onChange={() => (format.value = 'markdown')} /> Markdown
          </label>{' '}
          <label>
            <input type="radio" name="posting-format" checked={format.value === 'text'} onChange={() => (format.value = 'text')} /> Plain text
          </label>
        </fieldset>
      </div>
      <p data-testid="posting-law">
        {draft.payLaw
          ? `Pay range included: ${STATE_NAMES[draft.payLaw.state]} requires it (${draft.payLaw.title}).`
          : 'No state pay-range rule in Roleplan applies to this posting; the range is included anyway.'}
      </p>
      <div class="posting-draft">
        <div role="region" tabIndex={0} aria-label={`Posting draft for ${draft.title}`}>
          <pre data-testid="posting-text">{body}</pre>
        </div>
      </div>
      <div class="button-row">
        <button type="button" class="button" onClick={copy}>Copy draft</button>
        <button
          type="button"
          class="button secondary"
          onClick={() => download(fileName, format.value === 'markdown' ? 'text/markdown;charset=utf-8' : 'text/plain;charset=utf-8', body)}
        >
          Download {format.value === 'markdown' ? 'Markdown' : 'text'}
        </button>
      </div>
      <p class="help" role="status">{status.value}</p>
    </section>
  );
}
