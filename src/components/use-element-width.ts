import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, from a ResizeObserver (0 where there is none, as in jsdom). The observer's
 * first report arrives after the browser's own layout, so measuring never forces an extra layout of the page;
 * until then the width is 0 and callers show a placeholder of the final height.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
