// Chart colours come from the CSS tokens in src/styles/global.css (--chart-*), read when a chart
// is drawn, so light and dark follow the stylesheet. A canvas does not restyle itself when the
// colour scheme changes, so charts redraw on that change (useColorSchemeChange).
import { useEffect } from 'preact/hooks';

/** The current value of each CSS custom property on the element, e.g. { hr: '--chart-hr' } -> { hr: the colour the stylesheet sets }. */
export function readChartColors<Key extends string>(element: Element, tokens: Record<Key, `--${string}`>): Record<Key, string> {
  const style = getComputedStyle(element);
  const entries = Object.entries(tokens) as [Key, string][];
  return Object.fromEntries(entries.map(([key, token]) => [key, style.getPropertyValue(token).trim()])) as Record<Key, string>;
}

/** Calls `onChange` whenever the visitor's light or dark preference changes. */
export function useColorSchemeChange(onChange: () => void): void {
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const listener = () => onChange();
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, []);
}
