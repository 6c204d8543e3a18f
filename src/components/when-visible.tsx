import { type ReactNode, useEffect, useRef, useState } from 'react';
import { onPrepareForPrint } from './print-preparation';

export interface WhenVisibleProps {
  /** Shown until the placeholder comes near the viewport; give it the content's height so nothing jumps. */
  readonly placeholder: ReactNode;
  readonly children: ReactNode;
  /** How far ahead of the viewport to start, CSS margin syntax. */
  readonly rootMargin?: string;
}

/**
 * Renders its children once they are about to scroll into view (`rootMargin` ahead, so a scroll seldom finds the
 * placeholder) or the page is about to print, so heavy parts further down the page (the charts, the map and its
 * data) cost nothing until someone looks: a phone opening a link shows the questionnaire first and the result below
 * it. Where IntersectionObserver is missing, at once.
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
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
      unregister();
    };
  }, [visible, rootMargin]);
  return visible ? children : <div ref={ref}>{placeholder}</div>;
}
