import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../engine/hr-functions';
import type { Plan } from '../../engine/plan';
import { COVERAGE_LABELS, COVERAGE_MEANINGS } from '../../lib/plan-format';

/** How each of the ten HR functions is covered. */
export default function CoverageSection({ plan }: { plan: Plan }) {
  // Before the first HR hire nobody is on the team by design: the founder carries what no provider does.
  const meaning = (level: Plan['coverage'][keyof Plan['coverage']]) =>
    level === 'gap' && plan.hrFte === 0 && plan.firstHire ? 'no HR staff yet: the founder covers it until the first HR hire' : COVERAGE_MEANINGS[level];
  return (
    <section class="result-card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage of the ten HR functions</h2>
      <ul class="coverage-list">
        {HR_FUNCTIONS.map((fn) => {
          const level = plan.coverage[fn];
          return (
            <li key={fn} class={`cov-${level}`} data-function={fn} data-level={level}>
              <span class="coverage-name">{HR_FUNCTION_LABELS[fn]}</span>
              <span class="coverage-level">{COVERAGE_LABELS[level]}: {meaning(level)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
