/** The card naming one side of the comparison. */
import { roleHref } from '../../lib/routes';
import type { CompareRole } from '../../lib/role-compare.ts';
import { FAMILY_LABELS, formatUsd } from '../../lib/role-format.ts';
import { RUNG_LABELS } from '../../schemas/role-ladder.ts';

export function RoleHead({ role, tag }: { role: CompareRole; tag: string }) {
  return (
    <div class="compare-head card">
      <p class="compare-tag">{tag}</p>
      <p class="compare-title">
        <a href={roleHref(role.id)}>{role.title}</a>
      </p>
      <p class="compare-meta">
        {RUNG_LABELS[role.rung]} · {FAMILY_LABELS[role.family]}
      </p>
      <p class="compare-pay">
        <strong>{formatUsd(role.salary.median)}</strong> median
      </p>
    </div>
  );
}
