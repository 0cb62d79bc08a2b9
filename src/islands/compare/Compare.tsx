// The compare island: one company's profile, the four structures side by side from the engine.
import { compareStructures, type StructureComparison } from '../../engine/compare';
import type { RoleCatalog } from '../../engine/roles';
import { STRUCTURE_LABELS, STRUCTURES } from '../../engine/structures';
import { defaultAttritionPct } from '../../engine/data/workload';
import { INDUSTRIES, type Industry } from '../../engine/profile';
import { useProfileState } from '../shared/use-profile-state';
import { SourceLabelsContext, type SourceLabels } from '../shared/source-labels';
import LinkNotice from '../shared/LinkNotice';
import ProfileForm from '../planner/ProfileForm';
import StructureCard from './StructureCard';
import CoverageMatrix from './CoverageMatrix';
import CompareCharts from './CompareCharts';
import OutsourcingTable from './OutsourcingTable';
import { count } from '../planner/format';

interface Props {
  catalog: RoleCatalog;
  /** Short labels of the sources, by id. */
  sourceLabels: SourceLabels;
  initialComparison: StructureComparison;
}

export default function Compare({ catalog, sourceLabels, initialComparison }: Props) {
  const state = useProfileState<StructureComparison>(
    catalog,
    (profile) => compareStructures(profile, catalog),
    initialComparison,
    (comparison) => `Compared: ${STRUCTURE_LABELS[comparison.recommended]} is recommended.`,
  );
  const { values, errors, stale, onEdit } = state;
  const { profile, result: comparison } = state.shown.value;
  const industry = values.value.scalars.industry as Industry;
  const attritionHint = INDUSTRIES.includes(industry) ? `${defaultAttritionPct[industry].value} (industry average)` : 'industry average';
  const planLink = state.query !== null ? `/planner/${state.query ? `?${state.query}` : ''}` : null;

  return (
    <SourceLabelsContext.Provider value={sourceLabels}>
      <div class="planner compare" data-stale={stale.value ? 'true' : 'false'}>
        <div class="planner-form">
          <a class="jump-to-plan" href="#compare-summary">
            Skip to the comparison
          </a>
          <LinkNotice ignored={state.ignored} />
          <ProfileForm values={values} errors={errors} catalog={catalog} onEdit={onEdit} attritionHint={attritionHint} />
        </div>
        <div class="planner-results">
          <p class="visually-hidden" aria-live="polite">
            {state.announcement.value}
          </p>
          {stale.value && (
            <p class="stale-banner" data-testid="stale-banner">
              This comparison is out of date: fix the highlighted field and it updates again.
            </p>
          )}
          <div class="results-body">
            <section class="result-card recommendation" aria-labelledby="compare-summary">
              <p class="eyebrow">For {count(profile.employees)} employees</p>
              <h2 id="compare-summary" data-testid="recommended">
                {STRUCTURE_LABELS[comparison.recommended]} is recommended
              </h2>
              <p class="headline">{comparison.plans[comparison.recommended].headline}</p>
              {planLink && (
                <p>
                  <a href={planLink}>Open the full plan for this company</a> with its hiring timeline and obligations.
                </p>
              )}
            </section>
            <div class="structure-grid">
              {STRUCTURES.map((structure) => (
                <StructureCard
                  key={structure}
                  structure={structure}
                  plan={comparison.plans[structure]}
                  recommended={structure === comparison.recommended}
                  bestFit={comparison.bestFit[structure]}
                />
              ))}
            </div>
            <CoverageMatrix plans={comparison.plans} recommended={comparison.recommended} />
            <CompareCharts plans={comparison.plans} />
            <OutsourcingTable rows={comparison.outsourcing} />
          </div>
        </div>
      </div>
    </SourceLabelsContext.Provider>
  );
}
