/** Every path to one destination, under a heading, with where people go from there. */
import { careersHref } from '../../lib/routes';
import { LEVEL_LABELS } from '../../lib/role-format.ts';
import type { CareerGraph, CareerPath } from '../../lib/career-paths.ts';
import { PathCard, pathKey } from './PathCard.tsx';

export function DestinationGroup({ graph, to, paths }: { graph: CareerGraph; to: string; paths: CareerPath[] }) {
  const target = graph[to]!;
  const further = target.next.map((move) => graph[move.role]).filter((role) => role !== undefined);
  return (
    <section class="destination" aria-labelledby={`to-${to}`}>
      <h3 id={`to-${to}`}>
        To {target.title}{' '}
        <span class="destination-meta">
          {LEVEL_LABELS[target.level]} · {paths.length} {paths.length === 1 ? 'path' : 'paths'}
        </span>
      </h3>
      <ol class="paths">
        {paths.map((path, index) => (
          <PathCard key={pathKey(path)} graph={graph} path={path} {...(index === 0 && paths.length > 1 ? { badge: 'Quickest' } : {})} />
        ))}
      </ol>
      {further.length > 0 && (
        <p class="destination-further">
          From {target.title}, people move on to {further.map((role) => role.title).join(' or ')}.{' '}
          <a href={careersHref(to)}>Paths from {target.title}</a>
        </p>
      )}
    </section>
  );
}
