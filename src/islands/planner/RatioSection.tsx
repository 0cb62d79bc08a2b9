import type { Plan } from '../../engine/plan';
import { count, per100 } from './format';
import SourceLinks from './SourceLinks';

const SCALE_MAX = 5;

/**
 * HR staff per 100 employees against the benchmark band for this size, drawn and in words. A
 * shrinking company's band is read at the headcount its team is sized for.
 */
export default function RatioSection({ plan, employees }: { plan: Plan; employees: number }) {
  const { band } = plan;
  const ahead = band.employees !== employees;
  const x = (value: number) => `${(Math.min(value, SCALE_MAX) / SCALE_MAX) * 100}%`;
  const words = { below: 'below', within: 'within', above: 'above' }[band.position];
  return (
    <section class="result-card" aria-labelledby="ratio-title">
      <h2 id="ratio-title">HR staff per 100 employees</h2>
      {plan.hrFte === 0 && plan.firstHire ? (
        <p>
          This plan has <strong data-testid="ratio">0</strong> HR staff per 100 employees on purpose: no in-house HR until the first
          hire at {count(plan.firstHire.employees)} employees. Companies that do employ HR staff have {band.low}–{band.high}{' '}
          per 100 at this size (<SourceLinks ids={band.sources} />).
        </p>
      ) : ahead ? (
        <p>
          This plan has <strong data-testid="ratio">{per100(plan.ratioPer100)}</strong> HR staff per 100 of today's {count(employees)} employees. It is
          sized for {count(band.employees)} employees, the company's average over the next 12 months as it shrinks:{' '}
          <strong>{per100(band.ratioPer100)}</strong> per 100,{' '}
          <strong>{words}</strong> the typical {band.low}–{band.high} for a company of that size (<SourceLinks ids={band.sources} />).
        </p>
      ) : (
        <p>
          This plan has <strong data-testid="ratio">{per100(plan.ratioPer100)}</strong> HR staff per 100 employees,{' '}
          <strong>{words}</strong> the typical {band.low}–{band.high} for a company of this size (<SourceLinks ids={band.sources} />).
        </p>
      )}
      <svg class="ratio-bar" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label={`Plan ${per100(band.ratioPer100)} per 100${ahead ? ` of the ${count(band.employees)} employees it is sized for` : ''}; typical band ${band.low} to ${band.high}`}>
        <rect x="0" y="5" width="100%" height="4" class="ratio-track" />
        <rect x={x(band.low)} y="3" width={`${((Math.min(band.high, SCALE_MAX) - Math.min(band.low, SCALE_MAX)) / SCALE_MAX) * 100}%`} height="8" class="ratio-band" />
        <rect x={x(band.ratioPer100)} y="0" width="1.2" height="14" class="ratio-marker" />
      </svg>
      <p class="scale-labels" aria-hidden="true">
        <span>0</span>
        <span>{SCALE_MAX}+ per 100</span>
      </p>
    </section>
  );
}
