/** Items added, dropped and shared going from one role to the other. */
import type { ListDiff } from '../../lib/role-compare.ts';

export function DiffColumns({ diff, a, b, noun }: { diff: ListDiff; a: string; b: string; noun: string }) {
  return (
    <div class="diff">
      <div class="diff-col diff-added">
        <h3>
          Added going to {b} <span class="diff-count">({diff.added.length})</span>
        </h3>
        {diff.added.length > 0 ? (
          <ul>
            {diff.added.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">No {noun} that {a} does not already have.</p>
        )}
      </div>
      <div class="diff-col diff-dropped">
        <h3>
          Dropped from {a} <span class="diff-count">({diff.dropped.length})</span>
        </h3>
        {diff.dropped.length > 0 ? (
          <ul>
            {diff.dropped.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">Nothing: {b} keeps all of them.</p>
        )}
      </div>
      {diff.shared.length > 0 && (
        <div class="diff-col diff-shared">
          <h3>
            Similar in both <span class="diff-count">({diff.shared.length})</span>
          </h3>
          <ul>
            {diff.shared.map((item) => (
              <li key={item.a}>
                {item.b}
                {item.a !== item.b && <span class="muted"> (as {a}: “{item.a}”)</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
