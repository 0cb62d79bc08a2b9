import { page } from '../../lib/routes';
import type { Profile } from '../../engine/profile';
import { STATE_NAMES } from '../../engine/data/state-codes';
import { payDrivers } from '../../engine/state-pay';
import { formatNumber, listOf } from '../../engine/format';
import { count } from './format';
import ScrollTable from '../shared/ScrollTable';
import './state-law.css';

const pct = (share: number) => `${formatNumber(share * 100)}%`;
const times = (factor: number) => `×${factor.toFixed(2)}`;

/** Where the company's people work and which states move its pay. */
export default function StatesSection({ profile }: { profile: Profile }) {
  const drivers = payDrivers(profile);
  if (drivers.length === 0) return null;
  const listed = drivers.reduce((sum, driver) => sum + driver.share, 0);
  const top = drivers.filter((driver) => Math.abs(driver.effect) >= 0.5).slice(0, 3);
  // The listed states the sentence does not name for their pay, so its shares add up with the rest.
  const near = drivers.filter((driver) => !top.includes(driver));
  return (
    <section class="result-card" aria-labelledby="states-title" data-testid="pay-by-state">
      <h2 id="states-title">Where your people work, and pay</h2>
      <p>
        {top.length > 0
          ? `Pay in this plan follows ${top.map((driver) => `${STATE_NAMES[driver.state]} (${pct(driver.share)} of staff; HR specialist pay ${times(driver.specialists)}, HR manager pay ${times(driver.managers)})`).join('; ')}.`
          : 'The states you listed pay close to the national range.'}{' '}
        {top.length > 0 && near.length > 0 && `${listOf(near.map((driver) => `${STATE_NAMES[driver.state]} (${pct(driver.share)})`))} ${near.length === 1 ? 'pays' : 'pay'} close to the national range.`}{' '}
        {listed < 0.999 && `The other ${pct(1 - listed)} of staff, outside the states you listed, count at the national range.`}
      </p>
      <ScrollTable label="Employees and pay factors by state">
        <table>
          <caption class="visually-hidden">Employees and pay factors by state</caption>
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col" class="num">Employees</th>
              <th scope="col" class="num">Share</th>
              <th scope="col" class="num">HR specialist pay</th>
              <th scope="col" class="num">HR manager pay</th>
            </tr>
          </thead>
          <tbody>
            {drivers.map((driver) => (
              <tr key={driver.state}>
                <th scope="row">{STATE_NAMES[driver.state]}</th>
                <td class="num">{count(profile.stateEmployees[driver.state] ?? 0)}</td>
                <td class="num">{pct(driver.share)}</td>
                <td class="num">{times(driver.specialists)}</td>
                <td class="num">{times(driver.managers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p class="help">
        Factors are each state's 2023 mean wage over the median of the 51 state means (BLS OEWS); roles outside these two occupations
        follow the state's price level (BEA RPP). These are state averages: local markets differ. <a href={page('methodologyStates', 'pay-by-state')}>How pay by state works</a>.
      </p>
    </section>
  );
}
