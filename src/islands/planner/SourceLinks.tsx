import { sourceHref, sourceLabel } from './format';

/** Links to the sources page, one per source id. */
export default function SourceLinks({ ids }: { ids: readonly string[] }) {
  const unique = [...new Set(ids)];
  return (
    <span class="source-links">
      {unique.map((id, index) => (
        <>
          {index > 0 && ', '}
          <a href={sourceHref(id)}>{sourceLabel(id)}</a>
        </>
      ))}
    </span>
  );
}
