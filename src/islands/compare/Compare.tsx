// The compare island: one company's profile, the four structures side by side from the engine.
import { withQuery } from '../../lib/routes';
import type { StructureComparison } from '../../engine/compare';
import type { Profile } from '../../engine/profile';
import type { RoleCatalog } from '../../engine/roles';
import { STRUCTURE_LABELS, type Structure } from '../../engine/structures';
import { comparisonToCsv, comparisonToJson } from '../../lib/compare/export';
import { structureOrder } from '../../lib/compare/structure-order';
import { whyRecommended } from '../../lib/compare/why-recommended';
import { useProfileState } from '../shared/use-profile-state';
import type { SourceLabels } from '../shared/source-labels';
import ToolShell from '../shared/ToolShell';
import ExportPanel from '../shared/ExportPanel';
import StructureCard, { type GuideFit } from './StructureCard';
import CoverageMatrix from './CoverageMatrix';
import CompareCharts from './CompareCharts';
import OutsourcingTable from './OutsourcingTable';
import { count } from '../planner/format';

interface Props {
  catalog: RoleCatalog;
  /** Short labels of the sources, by id. */
  sourceLabels: SourceLabels;
  /** The first-visit example's profile, parsed at build time, so hydration need not redo it. */
  initialProfile: Profile;
  initialComparison: StructureComparison;
  /** What each structure guide says about the sizes it suits. */
  guides: Partial<Record<Structure, GuideFit>>;
  /** The first-visit example in words. */
  exampleName: string;
}

export default function Compare({ catalog, sourceLabels, initialProfile, initialComparison, guides, exampleName }: Props) {
  const state = useProfileState<StructureComparison>(
    catalog,
    () => import('../../engine/compare').then(({ compareStructures }) => (profile) => compareStructures(profile, catalog)),
    { profile: initialProfile, result: initialComparison },
    (comparison) => `Compared: ${STRUCTURE_LABELS[comparison.recommended]} is recommended.`,
  );
  const { profile, result: comparison } = state.shown.value;
  const planLink = state.query !== null ? withQuery('planner', state.query) : null;
  const why = whyRecommended(comparison.plans, comparison.recommended, comparison.passedOver);

  return (
    <ToolShell
      state={state}
      catalog={catalog}
      sourceLabels={sourceLabels}
      className="compare"
      jumpHref="#compare-summary"
      jumpLabel="Skip to the comparison"
      resultName="comparison"
      exampleName={exampleName}
    >
      <div class="results-body">
        <section class="result-card recommendation" aria-labelledby="compare-summary">
          <p class="eyebrow">For {count(profile.employees)} employees</p>
          <h2 id="compare-summary" data-testid="recommended">
            {STRUCTURE_LABELS[comparison.recommended]} is recommended
          </h2>
          <p class="headline">{comparison.plans[comparison.recommended].headline}</p>
          <p data-testid="why-recommended">{why.sentence}</p>
          {planLink && (
            <p>
              <a href={planLink}>Open the full plan for this company</a> with its hiring timeline and obligations.
            </p>
          )}
        </section>
        <div class="structure-grid">
          {structureOrder(comparison.recommended).map((structure) => (
            <StructureCard
              key={structure}
              structure={structure}
              plan={comparison.plans[structure]}
              recommended={structure === comparison.recommended}
              bestFit={comparison.bestFit[structure]}
              guide={guides[structure]}
            />
          ))}
        </div>
        <CoverageMatrix plans={comparison.plans} recommended={comparison.recommended} />
        <CompareCharts plans={comparison.plans} recommended={comparison.recommended} />
        <OutsourcingTable rows={comparison.outsourcing} />
      </div>
      <ExportPanel
        noun="comparison"
        baseName={`roleplan-compare-${profile.employees}-employees`}
        csv={() => comparisonToCsv(comparison, profile)}
        json={() => comparisonToJson(comparison, profile)}
      />
    </ToolShell>
  );
}
