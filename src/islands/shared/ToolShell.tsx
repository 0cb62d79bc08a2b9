// The frame the planner and the compare page share: the profile form beside the results,
// the ignored-link notice, a polite status line and the out-of-date banner.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { RoleCatalog } from '../../engine/roles';
import ProfileForm from '../planner/ProfileForm';
import LinkNotice from './LinkNotice';
import PrintHeader from './PrintHeader';
import { resizeAllCharts } from './chart-registry';
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
  /** What the banners call the results ("plan", "comparison"). */
  resultName: string;
  /** The example company in words, for the label shown while the example is on screen. */
  exampleName: string;
  children: ComponentChildren;
}

export default function ToolShell({ state, catalog, sourceLabels, className, jumpHref, jumpLabel, resultName, exampleName, children }: Props) {
  const fields = Object.keys(state.errors).length;
  // Printing narrows the page: fit drawn charts to it, and back after.
  useEffect(() => {
    window.addEventListener('beforeprint', resizeAllCharts);
    window.addEventListener('afterprint', resizeAllCharts);
    return () => {
      window.removeEventListener('beforeprint', resizeAllCharts);
      window.removeEventListener('afterprint', resizeAllCharts);
    };
  }, []);
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
        {/* Busy while the engine loads to compute a link's or an edit's result: the one on screen is older. */}
        <div class="planner-results" aria-busy={state.pending.value ? 'true' : undefined} data-testid="tool-results">
          <p class="visually-hidden" aria-live="polite">
            {state.announcement.value}
          </p>
          <PrintHeader query={state.query} noun={resultName} />
          {state.source.value === 'example' && (
            <p class="example-banner" data-testid="example-banner">
              <strong>Example {resultName}</strong> for {exampleName}. Change any field to make it yours; a shared link
              replaces it as soon as the page has read the link.
            </p>
          )}
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
