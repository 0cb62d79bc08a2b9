import { HR_FUNCTION_LABELS, HR_FUNCTIONS } from '../../engine/hr-functions';
import type { Plan } from '../../engine';
import { STRUCTURE_LABELS, type Structure } from '../../engine/structures';
import { COVERAGE_ORDER } from '../../lib/compare/coverage-summary';
import { structureOrder } from '../../lib/compare/structure-order';
import { COVERAGE_LABELS, COVERAGE_MEANINGS } from '../../lib/plan-format';
import { TableCard } from './CompareTable';

/** Coverage depth of each HR function under each structure, the recommended one first. */
export default function CoverageMatrix({ plans, recommended }: { plans: Record<Structure, Plan>; recommended: Structure }) {
  const order = structureOrder(recommended);
  return (
    <TableCard
      titleId="matrix-title"
      title="Coverage of each HR function"
      help={COVERAGE_ORDER.map((level) => `${COVERAGE_LABELS[level]}: ${COVERAGE_MEANINGS[level]}.`).join(' ')}
      label="Coverage of each HR function (scrollable table)"
      class="coverage-matrix"
      headCells={
        <>
          <th scope="col">Function</th>
          {order.map((structure) => (
            <th scope="col" key={structure} class={structure === recommended ? 'is-recommended' : undefined} data-structure={structure}>
              {STRUCTURE_LABELS[structure]}
              {structure === recommended && <span class="recommended-mark"> (recommended)</span>}
            </th>
          ))}
        </>
      }
    >
      {HR_FUNCTIONS.map((fn) => (
        <tr key={fn}>
          <th scope="row">{HR_FUNCTION_LABELS[fn]}</th>
          {order.map((structure) => {
            const level = plans[structure].coverage[fn];
            return (
              <td key={structure} class={`level cov cov-${level}`} data-structure={structure} data-function={fn}>
                {COVERAGE_LABELS[level]}
              </td>
            );
          })}
        </tr>
      ))}
    </TableCard>
  );
}
