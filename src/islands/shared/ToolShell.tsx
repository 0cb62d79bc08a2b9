// The frame the planner and the compare page share: the profile form beside the results,
// the ignored-link notice, a polite status line and the out-of-date banner.
import type { ComponentChildren } from 'preact';
import type { RoleCatalog } from '../../engine/roles';
import ProfileForm from '../planner/ProfileForm';
import LinkNotice from './LinkNotice';
import { SourceLabelsContext, type SourceLabels } from './source-labels';
import type { ProfileState } from './use-profile-state';

interface Props {
  state: ProfileState<unknown>;
  catalog: RoleCatalog;
  sourceLabels: SourceLabels;
  /** Extra class on the outer element. */
  className?: string;
  /** Where the "skip to results" link goes, and its words. */
  jumpHref: string;
  jumpLabel: string;
  /** What the out-of-date banner calls the results ("plan", "comparison"). */
  resultName: string;
  children: ComponentChildren;
}

export default function ToolShell({ state, catalog, sourceLabels, className, jumpHref, jumpLabel, resultName, children }: Props) {
  const fields = Object.keys(state.errors).length;
  return (
    <SourceLabelsContext.Provider value={sourceLabels}>
      <div class={`planner${className ? ` ${className}` : ''}`} data-stale={state.stale.value ? 'true' : 'false'}>
        <div class="planner-form">
          <a class="jump-to-plan" href={jumpHref}>
            {jumpLabel}
          </a>
          <LinkNotice ignored={state.ignored} />
          <ProfileForm values={state.values} errors={state.errors} catalog={catalog} onEdit={state.onEdit} />
        </div>
        <div class="planner-results">
          <p class="visually-hidden" aria-live="polite">
            {state.announcement.value}
          </p>
          {state.stale.value && (
            <p class="stale-banner" data-testid="stale-banner">
              This {resultName} is out of date: fix the highlighted field{fields > 1 ? 's' : ''} and it updates again.
            </p>
          )}
          {children}
        </div>
      </div>
    </SourceLabelsContext.Provider>
  );
}
