import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, but a new one arrives only after the browser has painted the update that brought it, and then as a
 * transition. What renders from the current value (a verdict) reaches the screen in the next frame; what renders
 * from this one (charts, a map) follows without holding that frame back. React's useDeferredValue starts the
 * deferred render at once, where it can still delay the paint. Typing again before then skips the stale value.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const show = () => startTransition(() => setShown(value));
    // The frame's callbacks run just before its paint; a timeout set there runs after it.
    const hasFrames = typeof requestAnimationFrame === 'function';
    const frame = hasFrames ? requestAnimationFrame(() => (timeout = setTimeout(show, 0))) : undefined;
    if (!hasFrames) timeout = setTimeout(show, 0);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, [value, shown]);
  return shown;
}
