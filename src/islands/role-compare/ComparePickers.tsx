/** The two role pickers, the swap button and the submit button (a plain GET form without JavaScript). */
import { page } from '../../lib/routes';
import type { TargetedEvent } from 'preact';
import { RUNGS } from '../../schemas/role-ladder.ts';
import { LEVEL_FRAMEWORK } from '../../lib/level-framework.ts';
import type { CompareRole } from '../../lib/role-compare.ts';
import type { ComparePair } from '../../lib/role-query.ts';

interface Props {
  roles: CompareRole[];
  pair: ComparePair;
  choose: (pair: ComparePair) => void;
}

export function ComparePickers({ roles, pair, choose }: Props) {
  const grouped = RUNGS.map((rung) => ({
    rung,
    roles: roles.filter((role) => role.rung === rung).sort((x, y) => x.title.localeCompare(y.title, 'en')),
  })).filter((group) => group.roles.length > 0);

  const picker = (name: 'a' | 'b', label: string) => (
    <div class="compare-field">
      <label for={`compare-${name}`}>{label}</label>
      <select
        id={`compare-${name}`}
        name={name}
        value={pair[name]}
        onChange={(event: TargetedEvent<HTMLSelectElement>) => choose({ ...pair, [name]: event.currentTarget.value })}
      >
        {grouped.map((group) => (
          <optgroup label={LEVEL_FRAMEWORK[group.rung].label} key={group.rung}>
            {group.roles.map((role) => (
              <option value={role.id} key={role.id} selected={role.id === pair[name]}>
                {role.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    choose({ a: String(form.get('a') ?? pair.a), b: String(form.get('b') ?? pair.b) });
  };

  return (
    <form class="compare-form card" method="get" action={page('roleCompare')} onSubmit={onSubmit}>
      {picker('a', 'From role')}
      <button class="button secondary swap" type="button" onClick={() => choose({ a: pair.b, b: pair.a })}>
        <span aria-hidden="true">⇄</span> Swap
      </button>
      {picker('b', 'To role')}
      <button class="button" type="submit">
        Compare
      </button>
    </form>
  );
}
