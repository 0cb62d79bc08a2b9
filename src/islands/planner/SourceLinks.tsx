import { useContext } from 'preact/hooks';
import { SourceLabelsContext } from '../shared/source-labels';
import { sourceHref } from './format';

/** Links to the sources page, one per source id. */
export default function SourceLinks({ ids }: { ids: readonly string[] }) {
  const labels = useContext(SourceLabelsContext);
  const unique = [...new Set(ids)];
  return (
    <span class="source-links">
      {unique.map((id, index) => (
        <>
          {index > 0 && ', '}
          <a href={sourceHref(id)}>{labels[id] ?? id}</a>
        </>
      ))}
    </span>
  );
}
