import { roleHref } from '../../lib/routes';
import type { HeadcountRange, Plan } from '../../engine';
import { STRUCTURE_LABELS, STRUCTURE_SUMMARIES, type Structure } from '../../engine/structures';
import { coverageByLevel } from '../../lib/compare/coverage-summary';
import { COVERAGE_LABELS } from '../../lib/plan-format';
import { count, fte, moneyRange, per100 } from '../planner/format';
import { budgetVerdict } from '../../lib/budget-fit';

/** What the structure guide says about the sizes it suits, and where the guide is. */
export interface GuideFit {
  href: string;
  /** The guide's first "who it suits" line, e.g. "Companies of roughly 50 to 500 employees, ...". */
  suits: string;
}

function ranges(list: HeadcountRange[]): string {
  if (list.length === 0) return 'For this company, never the top pick at any size from 1 to 100,000 employees, other inputs unchanged: another structure always scores higher.';
  return `Best fit for this company at ${list.map((range) => (range.to >= 100_000 ? `${count(range.from)}+` : `${count(range.from)}–${count(range.to)}`)).join(' and ')} employees, other inputs unchanged.`;
}

const listed = (names: string[]) => (names.length === 0 ? 'none' : names.join(', '));

/** One structure for this company: team, cost, budget, span, what it covers, risks and best-fit sizes. */
export default function StructureCard({
  structure,
  plan,
  recommended,
  bestFit,
  guide,
}: {
  structure: Structure;
  plan: Plan;
  recommended: boolean;
  bestFit: HeadcountRange[];
  guide?: GuideFit;
}) {
  const id = `structure-${structure}`;
  const covers = coverageByLevel(plan.coverage);
  return (
    <article class={`result-card structure-card${recommended ? ' recommended' : ''}`} aria-labelledby={id} data-structure={structure}>
      {recommended && <p class="recommended-badge">Recommended</p>}
      <h2 id={id}>{STRUCTURE_LABELS[structure]}</h2>
      <p class="muted">{STRUCTURE_SUMMARIES[structure]}</p>
      <dl class="card-figures">
        <div>
          <dt>Score</dt>
          <dd data-testid="score">{plan.scores[structure]} of 100</dd>
        </div>
        <div>
          <dt>HR team</dt>
          <dd data-testid="fte">{fte(plan.hrFte)} FTE</dd>
        </div>
        <div>
          <dt>Per 100 employees</dt>
          <dd data-testid="ratio">{per100(plan.ratioPer100)}</dd>
        </div>
        <div>
          <dt>Salaries a year</dt>
          <dd data-testid="salary">{moneyRange(plan.cost.salary)}</dd>
        </div>
        <div>
          <dt>Fully loaded a year</dt>
          <dd data-testid="loaded">{moneyRange(plan.cost.loaded)}</dd>
        </div>
        <div>
          <dt>Provider fees a year</dt>
          <dd data-testid="outsourced">{plan.cost.outsourced.mid > 0 ? moneyRange(plan.cost.outsourced) : 'None'}</dd>
        </div>
        <div>
          <dt>Budget (fees included)</dt>
          <dd data-testid="budget">
            {budgetVerdict(plan, 'No limit set')}
          </dd>
        </div>
        <div>
          <dt>Widest span of control</dt>
          <dd data-testid="span">
            {plan.span.title ? `${plan.span.title}: ${plan.span.directReports} direct report${plan.span.directReports === 1 ? '' : 's'}` : 'No one manages others'}
          </dd>
        </div>
      </dl>
      {plan.firstHire && <p data-testid="first-hire">{plan.firstHire.reason}</p>}
      <h3>What it covers</h3>
      <ul class="card-covers" data-testid="covers">
        <li data-level="deep">
          <strong>{COVERAGE_LABELS.deep}:</strong> {listed(covers.deep)}
        </li>
        <li data-level="broad">
          <strong>{COVERAGE_LABELS.broad}:</strong> {listed(covers.broad)}
        </li>
        {covers.outsourced.length > 0 && (
          <li data-level="outsourced">
            <strong>{COVERAGE_LABELS.outsourced}:</strong> {listed(covers.outsourced)}
          </li>
        )}
        <li data-level="gap" class={covers.gap.length > 0 ? 'has-gap' : undefined}>
          <strong>{COVERAGE_LABELS.gap}:</strong> {listed(covers.gap)}
        </li>
      </ul>
      <h3>Risks</h3>
      <ul class="card-risks">
        {plan.risks.map((risk) => (
          <li key={risk}>{risk}</li>
        ))}
      </ul>
      <h3>Team</h3>
      <ul class="card-team">
        {plan.team.map((member) => (
          <li key={member.role}>
            {fte(member.fte)} <a href={roleHref(member.role)}>{member.title}</a>
          </li>
        ))}
      </ul>
      <div class="best-fit">
        <p data-testid="best-fit">{ranges(bestFit)}</p>
        {guide && (
          <p class="muted" data-testid="guide-fit">
            The <a href={guide.href}>{STRUCTURE_LABELS[structure].toLowerCase()} guide</a>: {guide.suits}.
          </p>
        )}
      </div>
    </article>
  );
}
