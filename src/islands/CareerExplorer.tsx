/**
 * The career explorer: pick a starting role (and optionally a destination) and see every path
 * from it, with typical years and pay at each step. Server-rendered for `initialFrom`, so the
 * page is useful without JavaScript; once hydrated it follows `?from=&to=` in the URL.
 */
import { page } from '../lib/routes';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { RUNGS, RUNG_LABELS, rungIndex } from '../schemas/role-ladder.ts';
import { careerPaths, groupByDestination, mostTypicalPaths, reachableRoles, type CareerGraph } from '../lib/career-paths.ts';
import { formatYears } from '../lib/role-format.ts';
import { DestinationGroup } from './career-explorer/DestinationGroup.tsx';
import { PathCard, pathKey } from './career-explorer/PathCard.tsx';
import { careerQueryString, resolveCareerQuery, type CareerSelection } from '../lib/role-query.ts';
import './CareerExplorer.css';
import ProblemList from './shared/ProblemList';

/** How many paths are listed before "Show all". */
const SHORT_LIST = 4;

interface Props {
  graph: CareerGraph;
  /** Start role shown before the URL is read (and without JavaScript). */
  initialFrom: string;
}

export default function CareerExplorer({ graph, initialFrom }: Props) {
  const [selection, setSelection] = useState<CareerSelection>({ from: initialFrom });
  const [problems, setProblems] = useState<string[]>([]);

  // Read the URL once hydrated, and follow back/forward between choices.
  useEffect(() => {
    const sync = () => {
      const read = resolveCareerQuery(new URLSearchParams(window.location.search), graph, initialFrom);
      setSelection(read.value);
      setProblems(read.problems);
    };
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [graph, initialFrom]);

  const choose = (next: CareerSelection) => {
    setSelection(next);
    setProblems([]);
    const query = careerQueryString(next);
    if (query !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${query}`);
  };

  const start = graph[selection.from]!;
  const reachable = useMemo(() => reachableRoles(graph, selection.from), [graph, selection.from]);
  const result = useMemo(
    () => careerPaths(graph, selection.from, selection.to ? { to: selection.to } : {}),
    [graph, selection.from, selection.to],
  );
  const groups = useMemo(() => groupByDestination(graph, result.paths), [graph, result.paths]);
  const typical = useMemo(() => mostTypicalPaths(result.paths, SHORT_LIST), [result.paths]);
  const hasMore = result.paths.length > typical.length;
  const roleOptions = useMemo(
    () =>
      RUNGS.map((rung) => ({
        rung,
        roles: Object.values(graph)
          .filter((role) => role.rung === rung)
          .sort((a, b) => a.title.localeCompare(b.title, 'en')),
      })).filter((group) => group.roles.length > 0),
    [graph],
  );

  const onFrom = (event: TargetedEvent<HTMLSelectElement>) => {
    const from = event.currentTarget.value;
    const keepTo = selection.to && reachableRoles(graph, from).includes(selection.to) ? selection.to : undefined;
    choose({ from, ...(keepTo ? { to: keepTo } : {}) });
  };
  const onTo = (event: TargetedEvent<HTMLSelectElement>) => {
    const to = event.currentTarget.value;
    choose({ from: selection.from, ...(to ? { to } : {}) });
  };
  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get('from') ?? selection.from);
    const to = String(form.get('to') ?? '');
    choose({ from, ...(to && reachableRoles(graph, from).includes(to) ? { to } : {}) });
  };

  const fastest = result.paths.find((path) => path.yearsToExecutive !== null)?.yearsToExecutive ?? null;
  const summary =
    result.paths.length === 0
      ? start.next.length === 0
        ? `${start.title} is the top of the ladder in Roleplan’s profiles: no further moves are recorded.`
        : `No path leads from ${start.title} to that role.`
      : `${result.paths.length} ${result.paths.length === 1 ? 'path' : 'paths'} from ${start.title}${
          selection.to ? ` to ${graph[selection.to]!.title}` : ''
        }${
          fastest && start.level !== 'executive'
            ? `; the quickest reaches director level or above in ${formatYears(fastest)}`
            : ''
        }.`;

  return (
    <div class="explorer">
      <form class="explorer-form card" method="get" action={page('careers')} onSubmit={onSubmit}>
        <div class="explorer-field">
          <label for="career-from">Starting role</label>
          <select id="career-from" name="from" value={selection.from} onChange={onFrom}>
            {roleOptions.map((group) => (
              <optgroup label={RUNG_LABELS[group.rung]} key={group.rung}>
                {group.roles.map((role) => (
                  <option value={role.id} key={role.id} selected={role.id === selection.from}>
                    {role.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div class="explorer-field">
          <label for="career-to">
            Ending at <span class="optional">(optional)</span>
          </label>
          <select id="career-to" name="to" value={selection.to ?? ''} onChange={onTo} disabled={reachable.length === 0}>
            <option value="">Anywhere it leads</option>
            {reachable
              .map((id) => graph[id]!)
              .sort((a, b) => rungIndex(a.rung) - rungIndex(b.rung) || a.title.localeCompare(b.title, 'en'))
              .map((role) => (
                <option value={role.id} key={role.id} selected={role.id === selection.to}>
                  {role.title}
                </option>
              ))}
          </select>
        </div>
        <button class="button" type="submit">
          Show paths
        </button>
      </form>

      <ProblemList problems={problems} />

      <p class="explorer-summary" role="status">
        {summary}
      </p>
      {result.paths.length > 0 && (
        <p class="explorer-legend">
          Each move shows the typical years before it, what it takes and its pay step: the change <em>between the
          medians</em> of the two roles (all on the same BLS basis), with a <em>reported raise</em> beside it where a
          source gives one. “Year” counts from the start of the first role. Paths are ranked by how typical their moves
          are; see <a href={page('methodology', 'career-pay')}>how Roleplan weighs them</a>.
        </p>
      )}
      {result.truncated && (
        <p class="muted">Only the first {result.paths.length} paths are shown; pick a destination to narrow them down.</p>
      )}

      {typical.length > 0 && (
        <section class="typical-paths" aria-labelledby="typical-title">
          <h3 id="typical-title">{hasMore ? `The ${typical.length} most typical paths` : 'Paths'}</h3>
          <ol class="paths">
            {typical.map((path, index) => (
              <PathCard key={pathKey(path)} graph={graph} path={path} {...(index === 0 && hasMore ? { badge: 'Most typical' } : {})} />
            ))}
          </ol>
        </section>
      )}

      {hasMore && (
        <details class="all-paths" key={`${selection.from}>${selection.to ?? ''}`}>
          <summary>
            Show all {result.paths.length} paths, by destination
          </summary>
          {groups.map((group) => (
            <DestinationGroup key={group.to} graph={graph} to={group.to} paths={group.paths} />
          ))}
        </details>
      )}
    </div>
  );
}
