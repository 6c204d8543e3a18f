/**
 * Places map labels beside their dots without overlapping each other, other dots or the map's edge. Pure and
 * greedy: labels are tried in the order given (most important first) and a label with no free spot is left out;
 * the tooltip and the text description still name that region.
 */

import { estimateTextWidthPx } from '../../components/text-width';

export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  /** The dot's centre and radius, px. */
  readonly x: number;
  readonly y: number;
  readonly radiusPx: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** Where the SVG text starts (its baseline), with the matching text-anchor. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface Obstacle {
  readonly x: number;
  readonly y: number;
  readonly radiusPx: number;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Clear space kept around every label box, px, so neighbouring labels never touch. */
const LABEL_MARGIN_PX = 2;
/** Space between a dot's edge and its label, px. */
const GAP_PX = 4;
/** Baseline sits this share of the font size below the middle of the text, for vertical centring. */
const BASELINE_SHIFT_EM = 0.35;

function overlaps(a: Box, b: Box): boolean {
  const m = LABEL_MARGIN_PX;
  return a.left - m < b.right && b.left - m < a.right && a.top - m < b.bottom && b.top - m < a.bottom;
}

function touchesCircle(box: Box, circle: Obstacle): boolean {
  const nearestX = Math.max(box.left, Math.min(circle.x, box.right));
  const nearestY = Math.max(box.top, Math.min(circle.y, box.bottom));
  return (nearestX - circle.x) ** 2 + (nearestY - circle.y) ** 2 < (circle.radiusPx + 1) ** 2;
}

/** The candidate spots for one label, in order of preference: right, left, above, below its dot, then diagonals. */
function candidates(request: LabelRequest, widthPx: number, fontPx: number) {
  const { x, y, radiusPx } = request;
  const offset = radiusPx + GAP_PX;
  const half = fontPx / 2;
  const baseline = y + fontPx * BASELINE_SHIFT_EM;
  return [
    { x: x + offset, y: baseline, anchor: 'start' as const, box: box(x + offset, y - half, widthPx, fontPx) },
    { x: x - offset, y: baseline, anchor: 'end' as const, box: box(x - offset - widthPx, y - half, widthPx, fontPx) },
    {
      x,
      y: y - offset - fontPx * 0.25,
      anchor: 'middle' as const,
      box: box(x - widthPx / 2, y - offset - fontPx, widthPx, fontPx),
    },
    {
      x,
      y: y + offset + fontPx * 0.8,
      anchor: 'middle' as const,
      box: box(x - widthPx / 2, y + offset, widthPx, fontPx),
    },
    // Diagonals, for a crowded map (a phone's Europe): above or below, starting or ending at the dot.
    ...[-1, 1].flatMap((side) => {
      const top = side < 0 ? y - offset - fontPx : y + offset;
      const baselineY = side < 0 ? y - offset - fontPx * 0.25 : y + offset + fontPx * 0.8;
      return [
        { x: x + radiusPx, y: baselineY, anchor: 'start' as const, box: box(x + radiusPx, top, widthPx, fontPx) },
        {
          x: x - radiusPx,
          y: baselineY,
          anchor: 'end' as const,
          box: box(x - radiusPx - widthPx, top, widthPx, fontPx),
        },
      ];
    }),
  ];
}

function box(left: number, top: number, width: number, height: number): Box {
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * Labels that fit inside a `widthPx` × `heightPx` map, in request order, each at its first free spot, until
 * `maxLabels` are placed. `obstacles` are every dot on the map (a label never covers one, its own included).
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Obstacle[],
  widthPx: number,
  heightPx: number,
  fontPx: number,
  maxLabels: number = Number.POSITIVE_INFINITY,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [];
  const frame = box(1, 1, widthPx - 2, heightPx - 2);
  for (const request of requests) {
    if (placed.length >= maxLabels) break;
    const textWidth = estimateTextWidthPx(request.text, fontPx);
    const spot = candidates(request, textWidth, fontPx).find(
      ({ box: candidate }) =>
        candidate.left >= frame.left &&
        candidate.right <= frame.right &&
        candidate.top >= frame.top &&
        candidate.bottom <= frame.bottom &&
        !taken.some((other) => overlaps(candidate, other)) &&
        !obstacles.some((circle) => touchesCircle(candidate, circle)),
    );
    if (!spot) continue;
    taken.push(spot.box);
    placed.push({ id: request.id, text: request.text, x: spot.x, y: spot.y, anchor: spot.anchor });
  }
  return placed;
}
