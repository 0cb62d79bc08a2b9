/** Level, family, area and experience of both roles. */
import type { CompareRole, RoleComparison } from '../../lib/role-compare.ts';
import { FAMILY_LABELS, areaLabel, formatYears } from '../../lib/role-format.ts';
import { RUNG_LABELS } from '../../schemas/role-ladder.ts';
import { experienceText, levelText } from './labels.ts';
import { RoleColumn } from './RoleColumn.tsx';

export function FactsTable({ a, b, comparison }: { a: CompareRole; b: CompareRole; comparison: RoleComparison }) {
  return (
    <section aria-labelledby="compare-facts">
      <h2 id="compare-facts">Level and experience</h2>
      <div class="table-scroll" role="region" aria-label="Level and experience (scrollable table)" tabIndex={0}>
        <table class="compare-table">
          <caption class="visually-hidden">Level, family, area and experience of both roles</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Fact</span>
              </th>
              <th scope="col">
                <RoleColumn title={a.title} short="From" />
              </th>
              <th scope="col">
                <RoleColumn title={b.title} short="To" />
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Level</th>
              <td>{RUNG_LABELS[a.rung]}</td>
              <td>
                {RUNG_LABELS[b.rung]}
                <span class="delta">{levelText(comparison.levelSteps)}</span>
              </td>
            </tr>
            <tr>
              <th scope="row">Family</th>
              <td>{FAMILY_LABELS[a.family]}</td>
              <td>{FAMILY_LABELS[b.family]}</td>
            </tr>
            <tr>
              <th scope="row">Area</th>
              <td>{areaLabel(a.area)}</td>
              <td>{areaLabel(b.area)}</td>
            </tr>
            <tr>
              <th scope="row">Experience when hired</th>
              <td>{formatYears(a.experience)}</td>
              <td>
                {formatYears(b.experience)}
                <span class="delta">{experienceText(comparison.experience)}</span>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
