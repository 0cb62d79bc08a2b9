// Runs `load` once, when the element comes within 200 px of the viewport or the page is about
// to print (so printed reports have their charts), whichever is first.
import { useEffect, type MutableRef } from 'preact/hooks';

export function useLoadWhenVisible(ref: MutableRef<Element | null>, load: () => Promise<unknown>, cleanup: () => void) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void load();
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          start();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    window.addEventListener('beforeprint', start);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', start);
      cleanup();
    };
  }, []);
}
