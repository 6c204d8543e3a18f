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

/**
 * Advance of a Latin character in the charts' 12.5 px labels, px: on the generous side. Debian chromium's
 * sans-serif averaged 5.7 px over the axis labels; system UI fonts run wider, so guessing high keeps a figure clear
 * of a line it might otherwise touch.
 */
const LATIN_CHAR_PX = 6.8;
/** A CJK ideograph or full-width character is about one em wide. */
const WIDE_CHAR_PX = 12.5;
const WIDE_CHAR = /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/**
 * Rough width of `text` in px in the charts' label type. Used only where recharts places nothing itself: a bar's
 * figure beside the tolerance line, a reference line's caption kept inside the chart.
 */
export function estimateLabelWidthPx(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE_CHAR.test(char) ? WIDE_CHAR_PX : LATIN_CHAR_PX;
  return width;
}

/** Whether a label holds CJK text: recharts then may break it between any two characters. */
export function hasWideText(text: string): boolean {
  return WIDE_CHAR.test(text);
}
