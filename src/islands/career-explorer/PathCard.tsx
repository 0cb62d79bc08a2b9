/** One career path as a card: the start role, then each move with what it takes and its pay step. */
import { roleHref } from '../../lib/routes';
import type { CareerGraph, CareerPath, PathStep } from '../../lib/career-paths.ts';
import {
  TYPICAL_LABELS,
  formatPayStep,
  payStepTone,
  formatPct,
  formatReportedRaise,
  formatUsd,
  formatYears,
  movePrerequisites,
} from '../../lib/role-format.ts';

/** Paths with more moves than this are always drawn as a vertical timeline, so a row never wraps. */
export const ROW_MAX_MOVES = 3;

export const pathKey = (path: CareerPath) => path.steps.map((step) => step.role).join('>');

export function PathCard({ graph, path, badge }: { graph: CareerGraph; path: CareerPath; badge?: string }) {
  const start = graph[path.from]!;
  const last = path.steps[path.steps.length - 1]!;
  return (
    <li class="path card">
      <p class="path-head">
        {badge && <span class="path-badge">{badge}</span>}
        <strong>
          To {last.title}: {path.steps.length} {path.steps.length === 1 ? 'move' : 'moves'}, about {formatYears(path.totalYears)}
        </strong>
        <span class="path-totals">
          median pay {formatUsd(start.median)} → {formatUsd(last.median)} ({formatPct(path.medianChangePct)})
        </span>
      </p>
      <ol class={path.steps.length <= ROW_MAX_MOVES ? 'steps steps-row' : 'steps'}>
        <li class="step step-start">
          <span class="step-move">Start</span>
          <a class="step-role" href={roleHref(start.id)}>
            {start.title}
          </a>
          <span class="step-meta">median {formatUsd(start.median)}</span>
        </li>
        {path.steps.map((step) => (
          <StepItem key={step.role} step={step} />
        ))}
      </ol>
    </li>
  );
}

function StepItem({ step }: { step: PathStep }) {
  const takes = movePrerequisites(step.takes);
  return (
    <li class="step">
      <span class="step-move">
        <span class="visually-hidden">then, </span>after {formatYears(step.years)}:{' '}
        <strong class={`pay-step pay-${payStepTone(step.pay)}`}>{formatPayStep(step.pay)}</strong>{' '}
        <span class="step-basis">between medians</span>
        {step.pay.reported && (
          <span class="step-reported"> (reported raise {formatReportedRaise(step.pay.reported)})</span>
        )}
      </span>
      <a class="step-role" href={roleHref(step.role)}>
        {step.title}
      </a>
      <span class="step-meta">
        median {formatUsd(step.median)} · year {formatYearSpan(step.cumulativeYears)} · {TYPICAL_LABELS[step.typical]}
      </span>
      {takes.length > 0 && <span class="step-takes">Takes: {takes.join('; ')}</span>}
    </li>
  );
}

/** Cumulative years as a span: `3–7`, or `3` when both ends agree. */
function formatYearSpan(range: { min: number; max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}
