import { describe, expect, it } from 'vitest';
import { layoutLabels } from '../../../src/features/topology-map/label-layout';

const FONT_PX = 12;

function request(id: string, x: number, y: number, text = id, radiusPx = 5) {
  return { id, text, x, y, radiusPx };
}

describe('layoutLabels', () => {
  it('puts a lone label to the right of its dot', () => {
    const [label] = layoutLabels([request('a', 100, 100)], [], 800, 400, FONT_PX);
    expect(label).toMatchObject({ id: 'a', anchor: 'start' });
    expect(label?.x).toBeGreaterThan(105);
  });

  it.each([
    ['the right edge', 790, 100, 'end'],
    ['the top and right edges', 790, 4, 'end'],
  ] as const)('moves a label away from %s', (_where, x, y, anchor) => {
    const [label] = layoutLabels([request('Frankfurt', x, y + 10)], [], 800, 400, FONT_PX);
    expect(label?.anchor).toBe(anchor);
  });

  it('gives a second label at the same spot another side, and drops a label with no room left', () => {
    const labels = layoutLabels(
      [
        request('a', 400, 200),
        request('b', 400, 200),
        request('c', 400, 200),
        request('d', 400, 200),
        request('e', 400, 200),
      ],
      [],
      800,
      400,
      FONT_PX,
    );
    expect(labels.map((label) => label.anchor)).toEqual(['start', 'end', 'middle', 'middle']);
    expect(labels.map((label) => label.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops at the most labels it is allowed, skipping those with no room', () => {
    const crowded = [request('a', 400, 200), request('b', 400, 200, 'b', 5), request('edge', 799, 399)];
    const labels = layoutLabels(
      [request('x', 2, 2, 'a very long name that fits nowhere near the corner '.repeat(4)), ...crowded],
      [],
      800,
      400,
      FONT_PX,
      2,
    );
    expect(labels.map((label) => label.id)).toEqual(['a', 'b']);
  });

  it('never covers another dot', () => {
    const neighbour = { x: 130, y: 100, radiusPx: 8 };
    const [label] = layoutLabels([request('Frankfurt', 100, 100)], [neighbour], 800, 400, FONT_PX);
    expect(label?.anchor).toBe('end');
  });
});
