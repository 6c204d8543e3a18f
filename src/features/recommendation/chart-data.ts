import { resultEn } from '../../components/i18n/result-messages-en';
import type { Answers, FactorId, Recommendation, Strategy } from '../../engine';
import { regionNamer } from './region-names';

/** Short English names for chart rows; the factor list shows the engine's full titles. */
export const FACTOR_SHORT_LABELS: Readonly<Record<FactorId, string>> = resultEn.charts.factorShortLabels;

export interface FactorChartRow {
  readonly id: FactorId;
  /** Short label for the axis. */
  readonly label: string;
  /** The engine's full title, for the table. */
  readonly title: string;
  readonly favors: Strategy;
  /** Points the factor adds to its strategy's case (always positive). */
  readonly points: number;
  /** Points for Hub & Spoke as drawn: zero or negative, so its bars grow to the left. */
  readonly hubAndSpoke: number;
  /** Points for Regional as drawn: zero or positive, so its bars grow to the right. */
  readonly regional: number;
}

/**
 * One row per factor that weighs for either strategy, the heaviest first, labelled with `shortLabels` (the
 * active language's). Neutral factors are left out.
 */
export function toFactorChartRows(
  recommendation: Pick<Recommendation, 'factors'>,
  shortLabels: Readonly<Record<FactorId, string>> = FACTOR_SHORT_LABELS,
): FactorChartRow[] {
  const rows: FactorChartRow[] = [];
  for (const factor of recommendation.factors) {
    if (factor.favors === 'neutral') continue;
    const points = factor.points[factor.favors];
    if (!(points > 0)) continue;
    rows.push({
      id: factor.id,
      label: shortLabels[factor.id],
      title: factor.title,
      favors: factor.favors,
      points,
      hubAndSpoke: factor.favors === 'hub-and-spoke' ? -points : 0,
      regional: factor.favors === 'regional' ? points : 0,
    });
  }
  return rows.sort((a, b) => b.points - a.points || a.label.localeCompare(b.label));
}

/** Rounds up to the next multiple of `step` (at least one step). */
function ceilTo(value: number, step: number): number {
  return Math.max(step, Math.ceil(value / step) * step);
}

/** Axis step for points: 5 keeps ticks at round numbers for every factor size the engine gives. */
const POINTS_AXIS_STEP = 5;
/** Room beyond the longest bar for its value label, as a share of that bar. */
const LABEL_ROOM_RATIO = 1.2;

/** A symmetric domain around 0, so left and right bars share one scale, with room for the value labels. */
export function factorChartDomain(rows: readonly FactorChartRow[]): readonly [number, number] {
  const largest = rows.reduce((max, row) => Math.max(max, row.points), 0);
  const bound = ceilTo(largest * LABEL_ROOM_RATIO, POINTS_AXIS_STEP);
  return [-bound, bound];
}

/** Whole-number ticks from one end to the other through 0, at most `maxTicksPerSide` on each side. */
export function factorChartTicks(domain: readonly [number, number], maxTicksPerSide = 3): number[] {
  const bound = domain[1];
  const step = ceilTo(bound / maxTicksPerSide, POINTS_AXIS_STEP);
  const ticks = [0];
  for (let tick = step; tick <= bound + 1e-9; tick += step) ticks.push(-tick, tick);
  return ticks.sort((a, b) => a - b);
}

export interface LatencyChartRow {
  readonly id: string;
  readonly name: string;
  /** Estimated round trip from the suggested hub, ms. */
  readonly rttMs: number;
  readonly isHub: boolean;
  readonly withinTolerance: boolean;
}

/** One row per region: its estimated round trip from the suggested hub, nearest first (the hub leads). */
export function toLatencyChartRows(
  recommendation: Pick<Recommendation, 'hub'>,
  answers: Pick<Answers, 'regions' | 'latencyToleranceMs'>,
): LatencyChartRow[] {
  const nameOf = regionNamer(answers);
  return answers.regions
    .map((region) => {
      const rttMs = recommendation.hub.rttMs[region.id] ?? 0;
      return {
        id: region.id,
        name: nameOf(region.id),
        rttMs,
        isHub: region.id === recommendation.hub.regionId,
        withinTolerance: rttMs <= answers.latencyToleranceMs,
      };
    })
    .sort((a, b) => Number(b.isHub) - Number(a.isHub) || a.rttMs - b.rttMs || a.name.localeCompare(b.name));
}

/** Axis steps for round trips, in ms: the smallest that keeps the tick count in bounds. */
const LATENCY_AXIS_STEPS_MS = [10, 25, 50, 100, 250, 500] as const;

export interface LatencyAxis {
  readonly maxMs: number;
  readonly ticks: readonly number[];
}

/**
 * The latency axis: from 0 past both the farthest region and the tolerance (with room for the longest bar's
 * label), in round steps, at most `maxTicks` intervals.
 */
export function latencyChartAxis(rows: readonly LatencyChartRow[], toleranceMs: number, maxTicks = 6): LatencyAxis {
  const largest = Math.max(toleranceMs, ...rows.map((row) => row.rttMs)) * LABEL_ROOM_RATIO;
  const step = LATENCY_AXIS_STEPS_MS.find((candidate) => largest / candidate <= maxTicks) ?? 1000;
  const maxMs = ceilTo(largest, step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= maxMs; tick += step) ticks.push(tick);
  return { maxMs, ticks };
}

/** Pixel rows: tall enough for two lines of axis text, short enough to scan. */
export const FACTOR_ROW_HEIGHT_PX = 40;
export const LATENCY_ROW_HEIGHT_PX = 34;
/** Room for the axis and margins around the rows. */
export const CHART_CHROME_PX = 44;

/** Room above the latency plot for the tolerance line's label. */
export const LATENCY_LABEL_ROOM_PX = 22;

/** A chart's height for `rowCount` rows, so the placeholder can take the same room before the chart loads. */
export function chartHeightPx(rowCount: number, rowHeightPx: number, extraPx = 0): number {
  return CHART_CHROME_PX + extraPx + Math.max(1, rowCount) * rowHeightPx;
}

/**
 * Advance of a Latin character in the charts' 12.5 px labels, px: on the generous side. Debian chromium's
 * sans-serif averaged 5.7 px over the axis labels (scripts measured it); system UI fonts run wider, and guessing
 * high wraps a label a little early rather than into the bars.
 */
const LATIN_CHAR_PX = 6.8;
/** A CJK ideograph or full-width character is about one em wide. */
const WIDE_CHAR_PX = 12.5;
const WIDE_CHAR = /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/;
/** Where a label may break: after each wide character, or after a word and its following spaces. */
const WRAP_PIECES = /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+\s*|\s+/g;

/** Rough width of `text` in px in the charts' label type; no DOM measurement, so a chart renders without layout. */
export function estimateLabelWidthPx(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE_CHAR.test(char) ? WIDE_CHAR_PX : LATIN_CHAR_PX;
  return width;
}

/**
 * Splits an axis label into at most `maxLines` lines of about `widthPx` each: between words where there are
 * spaces, between characters in Chinese. A label that still does not fit ends its last line with "…".
 */
export function wrapLabel(text: string, widthPx: number, maxLines = 2): string[] {
  const trimmed = text.trim();
  if (estimateLabelWidthPx(trimmed) <= widthPx) return [trimmed];
  // Words keep their following space; a run of wide characters may break after any of them.
  const pieces = trimmed.match(WRAP_PIECES) ?? [trimmed];
  const lines: string[] = [];
  let line = '';
  let rest = 0;
  for (; rest < pieces.length; rest++) {
    const piece = pieces[rest] ?? '';
    if (line && estimateLabelWidthPx((line + piece).trimEnd()) > widthPx) {
      lines.push(line.trimEnd());
      line = '';
      if (lines.length === maxLines) break;
    }
    line += piece;
  }
  if (lines.length < maxLines) {
    if (line.trim()) lines.push(line.trimEnd());
  } else {
    // Out of lines with text left: the last line takes the rest, to be cut with an ellipsis below.
    const gap = /\s$/.test(pieces[rest - 1] ?? '') ? ' ' : '';
    lines[maxLines - 1] = `${lines[maxLines - 1]}${gap}${pieces.slice(rest).join('')}`;
  }
  // A single word wider than the space is cut too.
  return lines.map((text) => ellipsize(text, widthPx));
}

/** `text` cut to fit `widthPx` with a trailing "…" (nothing cut when it already fits). */
function ellipsize(text: string, widthPx: number): string {
  if (estimateLabelWidthPx(text) <= widthPx) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateLabelWidthPx(`${chars.join('').trimEnd()}…`) > widthPx) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Room around a chart's plot, px. */
export interface ChartMargin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Height of the value axis under the plot: a tick mark, a gap and one line of numbers, px. */
export const VALUE_AXIS_HEIGHT_PX = 30;

/** Where the bars go: inside the margin, right of the category labels and above the value axis. */
export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export function plotBox(widthPx: number, heightPx: number, margin: ChartMargin, labelWidthPx: number): PlotBox {
  return {
    left: margin.left + labelWidthPx,
    right: Math.max(margin.left + labelWidthPx, widthPx - margin.right),
    top: margin.top,
    bottom: Math.max(margin.top, heightPx - margin.bottom - VALUE_AXIS_HEIGHT_PX),
  };
}

/** Maps `domain` onto `range` in a straight line; a domain of one value maps to the range's start. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const ratio = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * ratio;
}

export interface BandLayout {
  /** The vertical centre of row `index`, px. */
  readonly centre: (index: number) => number;
  /** Each bar's thickness, px. */
  readonly barHeight: number;
}

/** `count` equal rows from `top` to `bottom`, each bar leaving `gapRatio` of its row empty above and below. */
export function bandLayout(count: number, top: number, bottom: number, gapRatio: number): BandLayout {
  const row = (bottom - top) / Math.max(1, count);
  return {
    centre: (index) => top + row * (index + 0.5),
    barHeight: Math.max(1, row * (1 - 2 * gapRatio)),
  };
}
