// A table that may be wider than the screen: it scrolls inside its own box (never the page),
// can be scrolled with the keyboard, and says so in words when it does not fit.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * `title`: the table's caption as people see it, above the box so it stays in view while the
 * table scrolls (the table keeps its own caption, visually hidden, for assistive technology).
 */
export default function ScrollTable({ label, title, children }: { label: string; title?: ComponentChildren; children: ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      element.dataset.overflows = element.scrollWidth > element.clientWidth + 1 ? 'true' : 'false';
    };
    // No measure() here: reading scrollWidth in the effect forces a layout per table while the
    // page hydrates. The observer reports every table once, after the browser's own layout.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {title && (
        <p class="table-title" aria-hidden="true">
          {title}
        </p>
      )}
      <div class="table-scroll" ref={box} tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
      <p class="scroll-cue" aria-hidden="true">
        Scroll the table sideways to see every column →
      </p>
    </>
  );
}
