/** A column header naming a role: the full title, or on phones "From"/"To" (the cards above name the roles). */
export function RoleColumn({ title, short }: { title: string; short: string }) {
  return (
    <>
      <span class="column-full">{title}</span>
      <span class="column-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}
