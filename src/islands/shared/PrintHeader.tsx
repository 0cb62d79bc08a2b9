// What a printed report says about itself: when it was printed and the link that reproduces it.
// Shown only in print (the page on screen has the address bar).
import { useEffect } from 'preact/hooks';
import { useSignal } from '@preact/signals';

// Written out, not Intl.DateTimeFormat: building one when the page loads costs the planner a
// long task on a slow phone (ICU data), for a line only print shows.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (date: Date) => `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;

export default function PrintHeader({ query, noun }: { query: string | null; noun: string }) {
  const today = useSignal<Date | null>(null);
  const origin = useSignal('');
  const path = useSignal('');
  useEffect(() => {
    const refresh = () => {
      today.value = new Date();
      origin.value = window.location.origin;
      path.value = window.location.pathname;
    };
    refresh();
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  if (!today.value) return null;
  // While a field is invalid the address still holds the last good inputs, which the page shows.
  const search = query === null ? window.location.search : query ? `?${query}` : '';
  const link = `${origin.value}${path.value}${search}`;
  return (
    <p class="print-only print-header" data-testid="print-header">
      Printed {longDate(today.value)} from Roleplan. This {noun}'s link: <span class="print-link">{link}</span>
    </p>
  );
}
