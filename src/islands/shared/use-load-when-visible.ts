// Runs `load` once, when the element comes within 200 px of the viewport, when the visitor
// first interacts with the page (so a later Ctrl+P finds the charts drawn), when Print asks
// for every chart, or when the page is about to print, whichever is first. Nothing loads
// before then, which keeps the first load light.
import { useEffect, type MutableRef } from 'preact/hooks';
import { registerChart } from './chart-registry';

const FIRST_INTERACTION = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export function useLoadWhenVisible(
  ref: MutableRef<Element | null>,
  load: () => Promise<unknown>,
  cleanup: () => void,
  resize: () => void = () => undefined,
) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let started: Promise<void> | null = null;
    const start = () => {
      started ??= load().then(() => undefined);
      return started;
    };
    const startNow = () => void start();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          startNow();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    const unregister = registerChart({ draw: start, resize });
    window.addEventListener('beforeprint', startNow);
    for (const type of FIRST_INTERACTION) window.addEventListener(type, startNow, { once: true, passive: true });
    return () => {
      observer.disconnect();
      unregister();
      window.removeEventListener('beforeprint', startNow);
      for (const type of FIRST_INTERACTION) window.removeEventListener(type, startNow);
      cleanup();
    };
  }, []);
}
