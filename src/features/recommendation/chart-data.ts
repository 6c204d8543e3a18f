import { resultEn } from '../../components/i18n/result-messages-en';
import { estimateTextWidthPx, WIDE_CHARACTERS } from '../../components/text-width';
import {
  type Answers,
  type FactorId,
  ownValue,
  type Recommendation,
  type RegionalGroup,
  type SensitivityCurve,
  type Strategy,
} from '../../engine';
import { regionNamer } from './region-names';

/** Short English names for chart rows; the factor list shows the engine's full titles. */
export const FACTOR_SHORT_LABELS: Readonly<Record<FactorId, string>> = resultEn.charts.factorShortLabels;

export interface FactorChartRow {
  readonly id: FactorId;
  /** Short label for the axis. */
  readonly label: string;
  /** The engine's full title, for the table. */
  readonly title: string;
  /** The factor's one-line reason, for the tooltip. */
  readonly explanation: string;
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
      explanation: factor.explanation,
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
  readonly isHub: boolean;
  /** Round trip from the central hub (Hub & Spoke), ms. */
  readonly hubRttMs: number;
  readonly hubMeasured: boolean;
  /** Round trip from the region's own regional plane (Regional), ms. */
  readonly regionalRttMs: number;
  readonly regionalMeasured: boolean;
  /** Where that regional plane sits. */
  readonly planeName: string;
  readonly isPlane: boolean;
}

type LatencySource = Pick<Recommendation, 'hub' | 'regionalPlan'>;

/**
 * One row per region: its round trip from the central hub and from the regional plane that serves it, each
 * marked measured where the engine says so (`measuredRttRegionIds`; estimated otherwise). The hub leads, then
 * the regions nearest to it.
 */
export function toLatencyChartRows(
  recommendation: LatencySource,
  answers: Pick<Answers, 'regions'>,
): LatencyChartRow[] {
  const nameOf = regionNamer(answers);
  const hubMeasured = new Set(recommendation.hub.measuredRttRegionIds ?? []);
  const groupOf = new Map<string, RegionalGroup>();
  for (const group of recommendation.regionalPlan.groups) {
    for (const regionId of group.regionIds) groupOf.set(regionId, group);
  }
  return answers.regions
    .map((region): LatencyChartRow => {
      const group = groupOf.get(region.id);
      return {
        id: region.id,
        name: nameOf(region.id),
        isHub: region.id === recommendation.hub.regionId,
        hubRttMs: ownValue(recommendation.hub.rttMs, region.id) ?? 0,
        hubMeasured: hubMeasured.has(region.id),
        regionalRttMs: ownValue(group?.rttMs, region.id) ?? 0,
        regionalMeasured: group?.measuredRttRegionIds?.includes(region.id) ?? false,
        planeName: nameOf(group?.planeRegionId ?? region.id),
        isPlane: group?.planeRegionId === region.id,
      };
    })
    .sort((a, b) => Number(b.isHub) - Number(a.isHub) || a.hubRttMs - b.hubRttMs || a.name.localeCompare(b.name));
}

/** Whether any figure of the chart was measured: only then does the legend explain how measured bars look. */
export function hasMeasuredRtt(rows: readonly LatencyChartRow[]): boolean {
  return rows.some((row) => row.hubMeasured || row.regionalMeasured);
}

/** Axis steps for round trips, in ms: the smallest that keeps the tick count in bounds. */
const LATENCY_AXIS_STEPS_MS = [10, 25, 50, 100, 250, 500] as const;

export interface LatencyAxis {
  readonly maxMs: number;
  readonly ticks: readonly number[];
}

/** A bar's figure, for making room for it: the round trip it stands beside and its estimated width. */
export interface BarFigure {
  readonly valueMs: number;
  readonly widthPx: number;
}

/**
 * The latency axis: from 0 past both the farthest round trip and the tolerance, in round steps, at most
 * `maxTicks` intervals. With `figures` and the plot's width, the axis also runs far enough that every bar's figure
 * fits beside its bar (or beside the tolerance line, where it moves past it: placeValueLabel); without them it
 * leaves a fifth more room than the farthest value.
 */
export function latencyChartAxis(
  rows: readonly LatencyChartRow[],
  toleranceMs: number,
  maxTicks = 6,
  room?: { readonly plotWidthPx: number; readonly figures: readonly BarFigure[] },
): LatencyAxis {
  let largest =
    Math.max(toleranceMs, ...rows.map((row) => Math.max(row.hubRttMs, row.regionalRttMs))) * LABEL_ROOM_RATIO;
  for (const figure of room?.figures ?? []) {
    const free = (room?.plotWidthPx ?? 0) - figure.widthPx - 2 * VALUE_LABEL_GAP_PX;
    // A figure wider than the whole plot cannot be helped by a longer axis.
    if (free <= 0) continue;
    // A figure short of the line may have to start past it.
    const from = Math.max(figure.valueMs, toleranceMs);
    largest = Math.max(largest, (from * (room?.plotWidthPx ?? 0)) / free);
  }
  const step = LATENCY_AXIS_STEPS_MS.find((candidate) => largest / candidate <= maxTicks) ?? 1000;
  const maxMs = ceilTo(largest, step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= maxMs; tick += step) ticks.push(tick);
  return { maxMs, ticks };
}

/** Space between a bar's end, its value and the tolerance line, px. */
export const VALUE_LABEL_GAP_PX = 6;

/** Where a bar's figure goes: its x, px, and whether the text starts or ends there. */
export interface ValueLabelPlace {
  readonly xPx: number;
  readonly anchor: 'start' | 'end';
}

/**
 * Where a bar's figure goes, given the bar's ends and where the tolerance line runs, so the figure and the dashed
 * line never overlap: just beyond the bar; where the text would run across the line, inside the bar's end if the
 * bar is solid (`solid`: text on a hatch would not read) and long enough to hold it, so it stays with its bar;
 * else just beyond the line.
 */
export function placeValueLabel(
  barStartPx: number,
  barEndPx: number,
  labelWidthPx: number,
  lineXPx: number,
  solid = true,
): ValueLabelPlace {
  const start = barEndPx + VALUE_LABEL_GAP_PX;
  const crosses = start - VALUE_LABEL_GAP_PX / 2 < lineXPx && start + labelWidthPx + VALUE_LABEL_GAP_PX / 2 > lineXPx;
  if (!crosses) return { xPx: start, anchor: 'start' };
  if (solid && barEndPx - barStartPx >= labelWidthPx + 2 * VALUE_LABEL_GAP_PX) {
    return { xPx: barEndPx - VALUE_LABEL_GAP_PX, anchor: 'end' };
  }
  return { xPx: Math.max(start, lineXPx + VALUE_LABEL_GAP_PX), anchor: 'start' };
}

/** A point of a "how the answer moves" line chart: both scores at one value of the answer. */
export interface SensitivityChartRow {
  readonly value: number;
  readonly hubAndSpoke: number;
  readonly regional: number;
  /** The strategy that wins at this value. */
  readonly strategy: Strategy;
}

export interface SensitivityChartData {
  readonly answer: SensitivityCurve['answer'];
  readonly rows: readonly SensitivityChartRow[];
  readonly current: number;
  readonly flipValue: number | null;
  readonly flipTo: Strategy;
  readonly xDomain: readonly [number, number];
  /**
   * The value axis' scale: square root where the person's value and the flip sit in the first fifth of a long
   * range (a few engineers on a range up to a hundred), so that part is not squeezed against the axis.
   */
  readonly xScale: 'linear' | 'sqrt';
  /** Score axis: round tens around both lines, so a small difference in scores still shows. */
  readonly yDomain: readonly [number, number];
  readonly yTicks: readonly number[];
}

/** Below this share of the value axis, the marked values count as squeezed (team's judgement). */
const SQUEEZED_SHARE = 0.2;

/** Score axis step, score points: round tens read at a glance. */
const SCORE_AXIS_STEP = 10;

/** One line chart's data from the engine's curve: the points, the current value, the flip and the axes. */
export function toSensitivityChartData(curve: SensitivityCurve): SensitivityChartData {
  const rows = curve.points.map((point) => ({
    value: point.value,
    hubAndSpoke: point.scores['hub-and-spoke'],
    regional: point.scores.regional,
    strategy: point.strategy,
  }));
  const scores = rows.flatMap((row) => [row.hubAndSpoke, row.regional]);
  const low = Math.max(0, Math.floor(Math.min(...scores) / SCORE_AXIS_STEP) * SCORE_AXIS_STEP);
  const high = Math.min(
    100,
    Math.max(low + SCORE_AXIS_STEP, Math.ceil(Math.max(...scores) / SCORE_AXIS_STEP) * SCORE_AXIS_STEP),
  );
  const yTicks: number[] = [];
  for (let tick = low; tick <= high; tick += SCORE_AXIS_STEP) yTicks.push(tick);
  const marked = Math.max(curve.current, curve.flipValue ?? curve.current);
  const squeezed = curve.min >= 0 && marked - curve.min < SQUEEZED_SHARE * (curve.max - curve.min);
  return {
    answer: curve.answer,
    rows,
    xScale: squeezed ? 'sqrt' : 'linear',
    current: curve.current,
    flipValue: curve.flipValue,
    flipTo: curve.flipTo,
    xDomain: [curve.min, curve.max],
    yDomain: [low, high],
    yTicks,
  };
}

/** Rows in a curve's table besides the current value and the flip: enough to follow the curve, few enough to read. */
const SENSITIVITY_TABLE_ROWS = 8;

/** A curve's table: evenly spread values, with the current value and the flip always among them. */
export function sensitivityTableRows(data: SensitivityChartData): SensitivityChartRow[] {
  const { rows } = data;
  const every = Math.max(1, Math.ceil(rows.length / SENSITIVITY_TABLE_ROWS));
  return rows.filter(
    (row, index) =>
      index % every === 0 || index === rows.length - 1 || row.value === data.current || row.value === data.flipValue,
  );
}

/**
 * Round ticks (1, 2 and 5 times a power of ten, and 0) for a square-root axis, at most `maxTicks` intervals:
 * a tick is kept only where it stands at least 1 / maxTicks of the axis from the one before.
 */
export function sqrtValueTicks(domain: readonly [number, number], maxTicks: number): number[] {
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

/** Evenly spread round ticks over a value axis: at most `maxTicks` intervals, on steps of 1, 2 or 5 times a power of ten. */
export function valueTicks(domain: readonly [number, number], maxTicks: number): number[] {
  const [low, high] = domain;
  const span = Math.max(high - low, Number.EPSILON);
  const raw = span / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + 1e-9; tick += step)
    ticks.push(Math.round(tick * 1e6) / 1e6);
  return ticks;
}

/** Pixel rows: tall enough for two lines of axis text, short enough to scan. */
export const FACTOR_ROW_HEIGHT_PX = 40;
/** Two bars a region (hub and regional plane), each with its value beside it. */
export const LATENCY_ROW_HEIGHT_PX = 46;
/** Room for the value axis and the margins around the rows. */
export const CHART_CHROME_PX = 44;
/** Room under the value axis for its title ("Factor points", "Round trip, ms"). */
export const AXIS_TITLE_ROOM_PX = 20;
/** Room above the latency plot for the tolerance line's caption. */
export const LATENCY_LABEL_ROOM_PX = 22;
/**
 * Height of one "how the answer moves" chart: two caption rows above the plot (the current value, the flip),
 * a plot tall enough to tell two lines apart, the value axis and its title.
 */
export const SENSITIVITY_CHART_HEIGHT_PX = 220;
/** The gap and the heading above each of the two sensitivity charts. */
export const SENSITIVITY_HEADING_PX = 30;

/** A chart's height for `rowCount` rows, so the placeholder can take the same room before the chart loads. */
export function chartHeightPx(rowCount: number, rowHeightPx: number, extraPx = 0): number {
  return CHART_CHROME_PX + AXIS_TITLE_ROOM_PX + extraPx + Math.max(1, rowCount) * rowHeightPx;
}

/** The charts' label type, px. */
const LABEL_FONT_PX = 12.5;
/**
 * Advance of a Latin character in the charts' labels, as a share of the font size: on the generous side. Debian
 * chromium's sans-serif averaged 5.7 px at 12.5 px over the axis labels (scripts measured it); system UI fonts run
 * wider, and guessing high wraps a label a little early rather than into the bars.
 */
const LABEL_LATIN_EM = 6.8 / LABEL_FONT_PX;
/** Where a label may break: after each wide character, or after a word and its following spaces. */
const WRAP_PIECES = new RegExp(`[${WIDE_CHARACTERS}]|[^\\s${WIDE_CHARACTERS}]+\\s*|\\s+`, 'g');

/** Rough width of `text` in px in the charts' label type; no DOM measurement, so a chart renders without layout. */
export function estimateLabelWidthPx(text: string): number {
  return estimateTextWidthPx(text, LABEL_FONT_PX, LABEL_LATIN_EM);
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
