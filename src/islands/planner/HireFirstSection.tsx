import { roleHref } from '../../lib/routes';
import type { Plan } from '../../engine/plan';
import type { RoleCatalog } from '../../engine/roles';
import { hireFirst, type HireFirstItem } from '../../lib/planner/hire-first';
import { count, fte, money, moneyRange } from './format';
import SourceLinks from './SourceLinks';
import { GROUP_LABELS } from '../../lib/planner/fields';
import { articleFor } from '../../engine/format';

const costWords = (cost: { low: number; mid: number; high: number } | null, unit = 'a year') =>
  cost ? `about ${money(cost.mid)} ${unit} (${moneyRange(cost)})` : 'price on request';

function Item({ item }: { item: HireFirstItem }) {
  switch (item.kind) {
    case 'provider':
      return (
        <li data-kind="provider">
          <strong>{item.label}</strong>: {costWords(item.cost)}. <span class="muted">{item.note}</span>
          {item.sources.length > 0 && (
            <>
              {' '}
              (<SourceLinks ids={item.sources} />)
            </>
          )}
        </li>
      );
    case 'full-time':
      return (
        <li data-kind="full-time" data-role={item.role}>
          <strong>
            {item.people === 1 ? 'One' : count(item.people)} full-time <a href={roleHref(item.role)}>{item.title}</a>
            {item.people === 1 ? '' : ' posts'}
          </strong>
          : {costWords(item.costEach)}{item.people > 1 ? ' each' : ''}, fully loaded. <span class="muted">{item.reason}</span>
        </li>
      );
    case 'more-hours':
      return (
        <li data-kind="more-hours" data-role={item.role}>
          <strong>
            {fte(item.fte)} FTE more hours in the <a href={roleHref(item.role)}>{item.title}</a> {item.post ? 'post' : 'role'}
          </strong>
          , for the part-time person of yours who holds it, not a new hire: {costWords(item.cost)}, fully loaded. <span class="muted">{item.reason}</span>
        </li>
      );
    case 'part-time':
      return (
        <li data-kind="part-time" data-role={item.role}>
          <strong>
            Half the work of {articleFor(item.title)} <a href={roleHref(item.role)}>{item.title}</a> ({fte(item.fte)} FTE)
          </strong>
          {item.wholeBy !== null ? (
            <>
              , a full-time post by month {item.wholeBy} as the company grows: <strong>hire one full-time person now</strong>, not a half
              hired twice. Until then, or if growth slows, the half can be filled one of three ways:
            </>
          ) : (
            ', filled one of three ways:'
          )}
          <ul>
            {item.ways.map((way) => (
              <li key={way.way} data-way={way.way}>
                a {way.way}: {costWords(way.cost, way.unit)}
                {way.cost ? `, ${way.basis}` : ''}
                {way.sources.length > 0 && (
                  <>
                    {' '}
                    (<SourceLinks ids={way.sources} />)
                  </>
                )}
              </li>
            ))}
          </ul>
        </li>
      );
  }
}

/**
 * The hires due now in whole people, with what each way of filling a half-time need costs.
 * `teamGiven`: the visitor entered their current HR team (without one, every role reads as a hire).
 */
export default function HireFirstSection({ plan, catalog, teamGiven = true }: { plan: Plan; catalog: RoleCatalog; teamGiven?: boolean }) {
  const items = hireFirst(plan, catalog);
  return (
    <section class="result-card" aria-labelledby="hire-first-title">
      <h2 id="hire-first-title">Who to hire first</h2>
      {plan.firstHire && items.length > 0 && (
        <p>
          {plan.firstHire.recruitNow ? (
            <span data-testid="recruit-now">
              No in-house HR hire yet, but <strong>start recruiting your first HR person now</strong>: they are due at{' '}
              {count(plan.firstHire.employees)} employees (about month {plan.firstHire.month}), about as long as filling a post takes. Until they join, start with these.
            </span>
          ) : (
            <>
              No in-house HR hire yet: start with these, and make the first HR hire at {count(plan.firstHire.employees)} employees
              {plan.firstHire.month === null ? '' : ` (about month ${plan.firstHire.month})`}.
            </>
          )}
        </p>
      )}
      {items.length === 0 ? (
        <p data-testid="hire-first-none">
          {plan.hrFte === 0
            ? 'No HR hire now: this plan has no in-house HR staff, only what is listed under Cost and budget.'
            : "No one to hire now: the team you have covers today's work. Later hires are in the timeline."}
        </p>
      ) : (
        <ol class="hire-first" data-testid="hire-first">
          {items.map((item, index) => (
            <Item key={index} item={item} />
          ))}
        </ol>
      )}
      {!teamGiven && plan.hrFte > 0 && (
        <p class="help" data-testid="hire-first-team-hint">
          Already have HR staff? Enter them under {GROUP_LABELS.team}: the plan keeps them and hires only what is missing.
        </p>
      )}
    </section>
  );
}
