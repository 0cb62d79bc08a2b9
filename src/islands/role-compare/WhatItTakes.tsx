/** How to get from role a to role b: the quickest usual route and what each move and level asks for. */
import { careersHref } from '../../lib/routes';
import type { CareerPath } from '../../lib/career-paths.ts';
import type { CompareRole, MoveRequirements } from '../../lib/role-compare.ts';
import { TYPICAL_LABELS, formatPayStep, formatReportedRaise, formatYears } from '../../lib/role-format.ts';

interface Props {
  a: CompareRole;
  b: CompareRole;
  route: CareerPath | null;
  reverse: CareerPath | null;
  needs: MoveRequirements;
}

export function WhatItTakes({ a, b, route, reverse, needs }: Props) {
  return (
    <section aria-labelledby="compare-route">
      <h2 id="compare-route">What the move takes</h2>
      {route ? (
        <>
          <p class="route-summary">
            {route.steps.length === 1 ? (
              <>
                {b.title} is {TYPICAL_LABELS[route.steps[0]!.typical]} from {a.title}, typically after {formatYears(route.steps[0]!.years)}, with a
                pay step of <strong>{formatPayStep(route.steps[0]!.pay)}</strong> between the medians
                {route.steps[0]!.pay.reported && <> (a raise of {formatReportedRaise(route.steps[0]!.pay.reported)} is reported)</>}.
              </>
            ) : (
              <>
                The quickest usual route takes about {formatYears(route.totalYears)} over {route.steps.length} moves.
              </>
            )}{' '}
            <a href={careersHref(a.id, b.id)}>
              See every path<span class="visually-hidden"> from {a.title} to {b.title}</span>
            </a>
          </p>
          <ol class="route-moves">
            {needs.moves.map((move) => (
              <li key={move.to}>
                <strong>{move.title}</strong> after {formatYears(move.years)}
                {move.takes.length > 0 ? <>: {move.takes.join('; ')}</> : ''}
              </li>
            ))}
          </ol>
        </>
      ) : reverse ? (
        <p>
          No usual path leads from {a.title} to {b.title}; it runs the other way, from {b.title} to {a.title}, in about{' '}
          {formatYears(reverse.totalYears)}.{' '}
          <a href={careersHref(b.id, a.id)}>
            See those paths<span class="visually-hidden"> from {b.title} to {a.title}</span>
          </a>
        </p>
      ) : (
        <p>
          Neither role usually leads to the other in Roleplan’s profiles: moving between them means a change of track
          rather than a promotion.
        </p>
      )}
      {needs.rungsUp > 0 ? (
        <div class="route-levels">
          <p>
            {b.title} sits {needs.rungsUp} {needs.rungsUp === 1 ? 'level' : 'levels'} above {a.title}
            {needs.firstSupervision ? ', and the route usually includes a first job supervising other people' : ''}.
            {needs.newCertifications.length > 0 && (
              <> Certifications that fit the new level: {needs.newCertifications.join(', ')}.</>
            )}
          </p>
          <ul>
            {needs.newLevels.map((level) => (
              <li key={level.rung}>
                <strong>{level.label}:</strong> {level.competencies.join('; ')}.
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="muted">
          {needs.rungsUp === 0
            ? `Both roles sit on the same level (${needs.moves.length > 0 ? 'a sideways move' : 'a change of track'}).`
            : `${b.title} sits ${-needs.rungsUp} ${needs.rungsUp === -1 ? 'level' : 'levels'} below ${a.title}.`}
        </p>
      )}
    </section>
  );
}
