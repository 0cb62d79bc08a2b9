import type { HeadcountRange, Plan } from '../../engine';
import { STRUCTURE_LABELS, STRUCTURE_SUMMARIES, type Structure } from '../../engine/structures';
import { count, fte, money, moneyRange } from '../planner/format';

function ranges(list: HeadcountRange[]): string {
  if (list.length === 0) return 'Not the best fit at any size from 1 to 100,000 employees, other inputs unchanged.';
  return `Best fit at ${list.map((range) => (range.to >= 100_000 ? `${count(range.from)}+` : `${count(range.from)}–${count(range.to)}`)).join(' and ')} employees.`;
}

/** One structure for this company: team, cost, budget, span, best-fit sizes and risks. */
export default function StructureCard({
  structure,
  plan,
  recommended,
  bestFit,
}: {
  structure: Structure;
  plan: Plan;
  recommended: boolean;
  bestFit: HeadcountRange[];
}) {
  const id = `structure-${structure}`;
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
          <dd data-testid="ratio">{fte(plan.ratioPer100)}</dd>
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
            {plan.budget.limit === null ? 'No limit set' : plan.budget.fits ? 'Fits' : `Over by ${money(plan.budget.overBy)}`}
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
      <p class="best-fit" data-testid="best-fit">{ranges(bestFit)}</p>
      <h3>Team</h3>
      <ul class="card-team">
        {plan.team.map((member) => (
          <li key={member.role}>
            {fte(member.fte)} <a href={`/roles/${member.role}`}>{member.title}</a>
          </li>
        ))}
      </ul>
      <h3>Risks</h3>
      <ul class="card-risks">
        {plan.risks.map((risk) => (
          <li key={risk}>{risk}</li>
        ))}
      </ul>
    </article>
  );
}
