import type { Signal } from '@preact/signals';

/** Names the settings of the opening link that were ignored. */
export default function LinkNotice({ ignored }: { ignored: Signal<string[]> }) {
  if (ignored.value.length === 0) return null;
  return (
    <div class="notice" role="status" data-testid="link-notice">
      <p>
        <strong>Some settings in this link were ignored:</strong>
      </p>
      <ul>
        {ignored.value.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" class="button secondary small" onClick={() => (ignored.value = [])}>
        Dismiss
      </button>
    </div>
  );
}
