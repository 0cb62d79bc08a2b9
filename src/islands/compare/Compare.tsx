// The compare island: one company's profile, the four structures side by side from the engine.
import { compareStructures, type StructureComparison } from '../../engine/compare';
import type { RoleCatalog } from '../../engine/roles';
import { STRUCTURE_LABELS, STRUCTURES } from '../../engine/structures';
import { useProfileState } from '../shared/use-profile-state';
import type { SourceLabels } from '../shared/source-labels';
import ToolShell from '../shared/ToolShell';
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
  const { profile, result: comparison } = state.shown.value;
  const planLink = state.query !== null ? `/planner/${state.query ? `?${state.query}` : ''}` : null;

  return (
    <ToolShell
      state={state}
      catalog={catalog}
      sourceLabels={sourceLabels}
      className="compare"
      jumpHref="#compare-summary"
      jumpLabel="Skip to the comparison"
      resultName="comparison"
    >
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
    </ToolShell>
  );
}
