import { type ReactNode, useEffect, useRef, useState } from 'react';
import { onPrepareForPrint } from './print-preparation';

export interface WhenVisibleProps {
  /** Shown until the placeholder comes near the viewport; give it the content's height so nothing jumps. */
  readonly placeholder: ReactNode;
  readonly children: ReactNode;
  /** How far ahead of the viewport to start, CSS margin syntax. */
  readonly rootMargin?: string;
  /**
   * Also render once the browser is idle after the first paint, so a print from the browser's menu finds it drawn
   * (the print button waits for it anyway). For parts on screen or nearly so: on a phone, the idle time after a load
   * is when the person starts to type.
   */
  readonly whenIdle?: boolean;
}

/** How long an idle render may wait for the browser to be idle, ms. */
const IDLE_RENDER_TIMEOUT_MS = 3_000;

/**
 * Renders its children once they are about to scroll into view (`rootMargin` ahead, so a scroll seldom finds the
 * placeholder) or the page is about to print, so heavy parts further down the page (the charts, the map and its
 * data) cost nothing until someone looks: a phone opening a link shows the questionnaire first and the result below
 * it. Where IntersectionObserver is missing, at once.
 */
export function WhenVisible({ placeholder, children, rootMargin = '600px', whenIdle = false }: WhenVisibleProps) {
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
    const idle = whenIdle ? window.requestIdleCallback?.(show, { timeout: IDLE_RENDER_TIMEOUT_MS }) : undefined;
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
      unregister();
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [visible, rootMargin, whenIdle]);
  return visible ? children : <div ref={ref}>{placeholder}</div>;
}
