import type { Plan } from '../../engine/plan';
import type { Profile } from '../../engine/profile';
import type { Obligation } from '../../engine/obligations';
import { STATE_NAMES, type StateCode } from '../../engine/data/state-codes';
import { statesWithRules } from '../../engine/data/state-law';
import { monthLabel } from '../../engine/calendar';
import { count } from './format';
import SourceLinks from './SourceLinks';
import './state-law.css';

const people = (n: number) => `${count(n)} employee${n === 1 ? '' : 's'}`;

/** Upcoming dates first, soonest first; then what applies today. */
function ordered(items: Obligation[]) {
  const coming = items.filter((item) => item.month !== null).sort((a, b) => a.month! - b.month!);
  return { coming, today: items.filter((item) => item.month === null) };
}

function StateSources({ item }: { item: Obligation }) {
  return (
    <span class="source-links">
      {item.sources.map((url, index) => (
        <>
          {index > 0 && ', '}
          <a href={url} rel="noopener" target="_blank">
            source{item.sources.length > 1 ? ` ${index + 1}` : ''}
          </a>
        </>
      ))}{' '}
      <span class={`law-strength law-${item.strength}`}>{item.strength}</span>
    </span>
  );
}

function Item({ item }: { item: Obligation }) {
  const federal = item.jurisdiction === 'US';
  return (
    <li data-obligation={item.id}>
      {item.date && (
        <>
          <strong class="law-date">{monthLabel(item.date)}</strong>{' '}
          <span class="muted">(month {item.month})</span>:{' '}
        </>
      )}
      <strong>{item.title}</strong>{' '}
      <span class="muted">
        {/* A dated federal duty says how it counts, or a later month than the headcount chart shows looks wrong (FMLA counts 20 workweeks). */}
        (from {people(item.threshold)}
        {federal && item.date ? `; counting: ${item.counting}` : ''})
      </span>
      . {item.detail}{' '}
      {federal ? <SourceLinks ids={[item.source]} /> : <StateSources item={item} />}
      {!federal && (
        <details class="law-more">
          <summary>How employees are counted{item.phaseIn.length > 0 ? ', phase-in' : ''}</summary>
          <p>Counting: {item.counting}.</p>
          {item.phaseIn.length > 0 && (
            <p data-testid="phase-in">
              Phase-in: {item.phaseIn.map((step) => `${count(step.threshold)}+ from ${monthLabel(step.date)}`).join(', then ')}.
            </p>
          )}
          {item.caution && <p class="law-caution">{item.caution}</p>}
        </details>
      )}
    </li>
  );
}

function Group({ id, title, items, empty }: { id: string; title: string; items: Obligation[]; empty: string }) {
  const { coming, today } = ordered(items);
  return (
    <section class="law-group" aria-labelledby={`law-${id}`} data-jurisdiction={id}>
      <h3 id={`law-${id}`}>{title}</h3>
      {items.length === 0 && <p>{empty}</p>}
      {coming.length > 0 && (
        <>
          <h4>Coming within the plan</h4>
          <ul class="obligations" data-testid={`coming-${id}`}>
            {coming.map((item) => <Item key={item.id} item={item} />)}
          </ul>
        </>
      )}
      {today.length > 0 && (
        <>
          <h4>Apply today</h4>
          <ul class="obligations">
            {today.map((item) => <Item key={item.id} item={item} />)}
          </ul>
        </>
      )}
    </section>
  );
}

/** Federal and state obligations, grouped by jurisdiction, upcoming dates first. */
export default function ObligationsSection({ plan, profile }: { plan: Plan; profile: Profile }) {
  const states = (Object.entries(profile.stateEmployees) as [StateCode, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <section class="result-card" aria-labelledby="obligations-title">
      <h2 id="obligations-title">Employment-law obligations</h2>
      <p class="help">
        Counted from {monthLabel(profile.start)} (month 0) at the growth you expect. Laws that count last year’s headcount
        (COBRA, the ACA, the FMLA) are read as if you had today’s headcount all of last year: if you grew into this size
        this year, they may start later. City and county ordinances are not covered,
        and state rules change often: this is guidance, not legal advice.
        {states.length === 0 && ' Add employees by state to see state rules.'}
        {profile.countries > 1 && ` Only US law is covered: the rules of your other ${profile.countries - 1} ${profile.countries === 2 ? 'country are' : 'countries are'} not.`}
      </p>
      <Group
        id="US"
        title="Federal"
        items={plan.obligations.filter((item) => item.jurisdiction === 'US')}
        empty="None at this size."
      />
      {states.map(([code, headcount]) => (
        <Group
          key={code}
          id={code}
          title={`${STATE_NAMES[code]} (${people(headcount)})`}
          items={plan.obligations.filter((item) => item.jurisdiction === code)}
          empty={
            statesWithRules.includes(code)
              ? `None of the ${STATE_NAMES[code]} rules in Roleplan apply within ${profile.horizonMonths} months.`
              : 'No state rules in Roleplan yet.'
          }
        />
      ))}
    </section>
  );
}
