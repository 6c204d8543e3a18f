import { describe, expect, it } from 'vitest';
import { estimateTextWidthPx } from '../../src/components/text-width';

describe('estimateTextWidthPx', () => {
  it('estimates wider text for longer names', () => {
    expect(estimateTextWidthPx('US East (N. Virginia)', 12)).toBeGreaterThan(estimateTextWidthPx('Tokyo', 12));
  });

  it('counts a Chinese character as wide as the font is high, a Latin one narrower', () => {
    expect(estimateTextWidthPx('东京', 12)).toBe(24);
    expect(estimateTextWidthPx('To', 12)).toBeLessThan(24);
    expect(estimateTextWidthPx('To', 10, 0.5)).toBe(10);
  });
});
