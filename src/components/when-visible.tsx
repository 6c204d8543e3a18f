import { type ReactNode, useEffect, useRef, useState } from 'react';
import { onPrepareForPrint } from './print-preparation';

export interface WhenVisibleProps {
  /** Shown until the placeholder comes near the viewport; give it the content's height so nothing jumps. */
  readonly placeholder: ReactNode;
  readonly children: ReactNode;
  /** How far ahead of the viewport to start, CSS margin syntax. */
  readonly rootMargin?: string;
}

/** After the first paint settles, render anyway: a printout or a quick scroll should not find a placeholder. */
const IDLE_RENDER_TIMEOUT_MS = 3_000;

/**
 * Renders its children once they are about to scroll into view, the page is about to print, or the browser
 * is idle after the first paint, so heavy parts further down the page (the map and its data) do not compete
 * with the first paint. Where IntersectionObserver is missing, at once.
 */
export function WhenVisible({ placeholder, children, rootMargin = '600px' }: WhenVisibleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    const show = () => setVisible(true);
    window.addEventListener('beforeprint', show);
    const unregister = onPrepareForPrint(show);
    const idle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(show, { timeout: IDLE_RENDER_TIMEOUT_MS })
        : window.setTimeout(show, IDLE_RENDER_TIMEOUT_MS);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
      unregister();
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [visible, rootMargin]);
  return visible ? children : <div ref={ref}>{placeholder}</div>;
}
