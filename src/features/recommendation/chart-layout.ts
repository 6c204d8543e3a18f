import { estimateTextWidthPx, WIDE_CHARACTERS } from '../../components/text-width';

/** Sizes the result's charts share, and the one text-width estimate their labels are placed by. */

/** Room for the value axis, its title and the margins around the rows, px. */
export const CHART_CHROME_PX = 64;

/** A chart's height for `rowCount` rows, so its card keeps the same room before the chart loads. */
export function chartHeightPx(rowCount: number, rowHeightPx: number, extraPx = 0): number {
  return CHART_CHROME_PX + extraPx + Math.max(1, rowCount) * rowHeightPx;
}

/** Category labels take about a third of a narrow chart and at most 200 px of a wide one. */
export function categoryAxisWidthPx(chartWidthPx: number): number {
  return Math.round(Math.min(200, Math.max(104, chartWidthPx * 0.3)));
}

/** Fewer value ticks where the plot is narrow, so their numbers never collide. */
export function valueTickCount(chartWidthPx: number, wide: number, narrow: number): number {
  return chartWidthPx < 480 ? narrow : wide;
}

/** The charts' label type, px (recommendation.css sets `.chart-tick` and `.chart-value` to it). */
const LABEL_FONT_PX = 12.5;
/**
 * Advance of a Latin character in that type, em: on the generous side. Debian chromium's sans-serif averaged 5.7 px
 * over the axis labels; system UI fonts run wider, so guessing high keeps a figure clear of a line it might touch.
 */
const LABEL_LATIN_EM = 6.8 / LABEL_FONT_PX;

/**
 * Rough width of `text` in px in the charts' label type. Used only where recharts places nothing itself: a bar's
 * figure beside the tolerance line, a reference line's caption kept inside the chart.
 */
export function estimateLabelWidthPx(text: string): number {
  return estimateTextWidthPx(text, LABEL_FONT_PX, LABEL_LATIN_EM);
}

/** Where a label may break: after each wide character, or after a word and its following spaces. */
const WRAP_PIECES = new RegExp(`[${WIDE_CHARACTERS}]|[^\\s${WIDE_CHARACTERS}]+\\s*|\\s+`, 'g');

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

/**
 * Round ticks (1, 2, 2.5 or 5 times a power of ten) inside a fixed domain, at most `maxTicks` intervals. Our own because
 * recharts spreads ticks evenly over a fixed domain ("2, 57, 112, ...") and rounds only a domain it may widen, and
 * these domains are the engine's ranges or mirror zero.
 */
export function roundTicks(domain: readonly [number, number], maxTicks: number): number[] {
  const [low, high] = domain;
  const raw = Math.max(high - low, Number.EPSILON) / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step - 1e-9) * step; tick <= high + 1e-9; tick += step) {
    // "|| 0": no "-0" at the start of an axis.
    ticks.push(Math.round(tick * 1e6) / 1e6 || 0);
  }
  return ticks;
}

/**
 * Round ticks that stand apart on a square-root axis, 0 first, at most `maxTicks` intervals: a tick is kept only
 * where it stands at least 1 / maxTicks of the axis from the one before. recharts places linear ticks, which bunch
 * at one end of a square-root axis.
 */
export function sqrtTicks(domain: readonly [number, number], maxTicks: number): number[] {
  const [low, high] = domain;
  const at = (value: number) =>
    (Math.sqrt(value) - Math.sqrt(low)) / Math.max(Number.EPSILON, Math.sqrt(high) - Math.sqrt(low));
  const candidates = [0];
  for (let power = 0.1; power <= high; power *= 10) candidates.push(power, 2 * power, 5 * power);
  const ticks: number[] = [];
  for (const value of candidates.map((candidate) => Math.round(candidate * 10) / 10).sort((a, b) => a - b)) {
    if (value < low || value > high) continue;
    const last = ticks.at(-1);
    if (last === undefined || at(value) - at(last) >= 1 / Math.max(1, maxTicks)) ticks.push(value);
  }
  return ticks;
}
