// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useValueAfterPaint } from '../../src/components/use-value-after-paint';

/** A verdict that follows the value at once, and charts that follow it after the paint. */
function Page({ value, chartsSaw }: { value: string; chartsSaw: string[] }) {
  const later = useValueAfterPaint(value);
  chartsSaw.push(later);
  return (
    <>
      <p>verdict {value}</p>
      <p>charts {later}</p>
    </>
  );
}

const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

describe('useValueAfterPaint', () => {
  it('shows a change at once where the current value is used, and in the slower part after the next frame', async () => {
    const saw: string[] = [];
    const { rerender } = render(<Page chartsSaw={saw} value="Hub & Spoke" />);
    rerender(<Page chartsSaw={saw} value="Regional" />);
    expect(screen.getByText('verdict Regional')).toBeInTheDocument();
    expect(screen.getByText('charts Hub & Spoke')).toBeInTheDocument();
    await nextFrame();
    expect(screen.getByText('charts Regional')).toBeInTheDocument();
  });

  it('never draws a value that was replaced before its frame came', async () => {
    const saw: string[] = [];
    const { rerender } = render(<Page chartsSaw={saw} value="150" />);
    rerender(<Page chartsSaw={saw} value="15" />);
    rerender(<Page chartsSaw={saw} value="1" />);
    rerender(<Page chartsSaw={saw} value="10" />);
    await nextFrame();
    expect(screen.getByText('charts 10')).toBeInTheDocument();
    expect(new Set(saw)).toEqual(new Set(['150', '10']));
  });
});
