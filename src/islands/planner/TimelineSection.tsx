import { roleHref } from '../../lib/routes';
import { useLazyChart } from '../shared/use-lazy-chart';
import type { Plan } from '../../engine/plan';
import type { TimelineMonth } from '../../engine/timeline';
import { count, fte } from './format';
import ScrollTable from '../shared/ScrollTable';

const TIMELINE_COLORS = { employees: '--chart-employees', hr: '--chart-hr', hire: '--chart-hire', grid: '--chart-grid', text: '--chart-text' } as const;

/** Projected headcount and HR FTE month by month, hires marked; a table says the same in words. */
export default function TimelineSection({ plan }: { plan: Plan }) {
  const canvasRef = useLazyChart<TimelineMonth[], keyof typeof TIMELINE_COLORS>(
    () => import('./timeline-chart').then((module) => module.createTimelineChart),
    plan.timeline,
    TIMELINE_COLORS,
    plan,
  );

  const changeMonths = plan.timeline.filter((month) => month.hires.length > 0 || month.departures.length > 0 || (month.moves?.length ?? 0) > 0);
  // Moves of people hired in the plan sit in the month list; the rest (people the company has) are listed after it.
  const inList = new Set(plan.timeline.flatMap((month) => (month.moves ?? []).map((move) => `Month ${month.month}: ${move.reason}`)));
  const otherMoves = plan.laterMoves.filter((move) => !inList.has(move));
  const last = plan.timeline[plan.timeline.length - 1];
  const when = (month: TimelineMonth) => (month.month === 0 ? 'Now' : `Month ${month.month}`);
  return (
    <section class="result-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Hiring timeline</h2>
      {changeMonths.length === 0 ? (
        <p>
          {last && last.hrFte === 0
            ? `No HR hires are due within the horizon: at ${count(last.employees)} employees by month ${last.month}, the company is still below its first HR hire${plan.firstHire ? ` (due at ${count(plan.firstHire.employees)} employees)` : ''}.`
            : 'No HR hires are due within the horizon: the team you have covers the workload.'}
        </p>
      ) : (
        <ol class="hire-list" data-testid="hire-list">
          {changeMonths.map((month) => [
            ...(month.moves ?? []).map((move) => (
              <li key={`${month.month}-${move.from}-${move.into}`} data-month={month.month} data-role={move.into} data-step="move">
                <strong>{when(month)}</strong>: {move.promotion ? 'promote' : 'move'} {move.fte === 1 ? 'the' : `${fte(move.fte)} FTE of the`}{' '}
                <a href={roleHref(move.from)}>{move.fromTitle}</a> to <a href={roleHref(move.into)}>{move.intoTitle}</a>.{' '}
                <span class="muted">{move.reason.charAt(0).toUpperCase() + move.reason.slice(1)}</span>
              </li>
            )),
            ...month.hires.map((hire) => (
              <li key={`${month.month}-${hire.role}`} data-month={month.month} data-role={hire.role}>
                <strong>{when(month)}</strong>:{' '}
                {hire.moreHours ? `${fte(hire.fte)} FTE more hours as` : hire.completes !== undefined ? `the other ${fte(hire.fte)} FTE of the full-time` : `hire ${fte(hire.fte)} FTE`}{' '}
                <a href={roleHref(hire.role)}>{hire.title}</a>. <span class="muted">{hire.reason}</span>
              </li>
            )),
            ...month.departures.map((step) => (
              <li key={`${month.month}-${step.role}-down`} data-month={month.month} data-role={step.role} data-step="down">
                <strong>{when(month)}</strong>: {fte(step.fte)} FTE fewer <a href={roleHref(step.role)}>{step.title}</a>. <span class="muted">{step.reason}</span>
              </li>
            )),
          ])}
        </ol>
      )}
      {otherMoves.length > 0 && last && (
        <>
          <p>By month {last.month} the plan also moves or promotes people on your team:</p>
          <ul class="later-moves" data-testid="later-moves">
            {otherMoves.map((move) => (
              <li key={move}>{move}</li>
            ))}
          </ul>
        </>
      )}
      <ul class="chart-legend" aria-hidden="true">
        <li class="legend-employees">Employees (left axis)</li>
        <li class="legend-hr">HR FTE (right axis)</li>
        <li class="legend-hire">Hire due</li>
      </ul>
      <div class="chart-box">
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={`Line chart: employees grow from ${count(plan.timeline[0]?.employees ?? 0)} to ${count(last?.employees ?? 0)} and HR FTE from ${fte(plan.timeline[0]?.hrFte ?? 0)} to ${fte(last?.hrFte ?? 0)} over ${last?.month ?? 0} months. The table below gives every month.`}
        />
      </div>
      <details class="chart-table">
        <summary>Timeline as a table</summary>
        <ScrollTable label="Timeline by month" title="Projected headcount, HR FTE and hires by month">
          <table>
            <caption class="visually-hidden">Projected headcount, HR FTE and hires by month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" class="num">Employees</th>
                <th scope="col" class="num">HR FTE</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {plan.timeline.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{month.month}</th>
                  <td class="num">{count(month.employees)}</td>
                  <td class="num">{fte(month.hrFte)}</td>
                  <td>
                    {[
                      ...(month.moves ?? []).map((move) => `${move.fromTitle} ${move.promotion ? 'promoted' : 'moved'} to ${move.intoTitle}`),
                      ...month.hires.map((hire) => `${fte(hire.fte)} ${hire.title}`),
                      ...month.departures.map((step) => `${fte(step.fte)} fewer ${step.title}`),
                    ].join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </section>
  );
}
