import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `settleMs`; until then, the last value that did. */
export function useSettledValue<T>(value: T, settleMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), settleMs);
    return () => clearTimeout(timer);
  }, [value, settled, settleMs]);
  return settled;
}
