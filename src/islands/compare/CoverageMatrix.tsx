import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../engine/hr-functions';
import type { Plan } from '../../engine';
import { STRUCTURE_LABELS, STRUCTURES, type Structure } from '../../engine/structures';

const WORD = { deep: 'Deep', broad: 'Broad', outsourced: 'Outsourced', gap: 'Gap' } as const;

/** Coverage depth of each HR function under each structure. */
export default function CoverageMatrix({ plans, recommended }: { plans: Record<Structure, Plan>; recommended: Structure }) {
  return (
    <section class="result-card" aria-labelledby="matrix-title">
      <h2 id="matrix-title">Coverage of each HR function</h2>
      <p class="help">Deep: a specialist owns it. Broad: a generalist covers it. Gap: nobody does.</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="matrix-title">
        <table class="coverage-matrix">
          <thead>
            <tr>
              <th scope="col">Function</th>
              {STRUCTURES.map((structure) => (
                <th scope="col" key={structure} class={structure === recommended ? 'is-recommended' : undefined}>
                  {STRUCTURE_LABELS[structure]}
                  {structure === recommended && <span class="visually-hidden"> (recommended)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HR_FUNCTIONS.map((fn) => (
              <tr key={fn}>
                <th scope="row">{HR_FUNCTION_LABELS[fn]}</th>
                {STRUCTURES.map((structure) => {
                  const level = plans[structure].coverage[fn];
                  return (
                    <td key={structure} class={`level level-${level}`} data-structure={structure} data-function={fn}>
                      {WORD[level]}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
