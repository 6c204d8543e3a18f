import { type ReactElement, useCallback, useState } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * recharts' ResponsiveContainer, with the width it measured handed to the chart for what depends on it (the room
 * for labels, how many ticks fit). `initialWidthPx` until it has measured (and in jsdom, which cannot).
 */
export function ResponsiveChart({
  height,
  initialWidthPx,
  children,
}: {
  height: number;
  initialWidthPx: number;
  children: (widthPx: number) => ReactElement;
}) {
  const [widthPx, setWidthPx] = useState(initialWidthPx);
  const onResize = useCallback((measured: number) => {
    if (measured > 0) setWidthPx(Math.round(measured));
  }, []);
  return (
    <ResponsiveContainer
      height={height}
      initialDimension={{ width: initialWidthPx, height }}
      onResize={onResize}
      width="100%"
    >
      {children(widthPx)}
    </ResponsiveContainer>
  );
}
