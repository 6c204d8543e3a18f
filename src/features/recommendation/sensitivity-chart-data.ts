import type { SensitivityCurve, Strategy } from '../../engine';

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
}

/** Height of one "how the answer moves" chart: two caption rows, a plot that tells two lines apart, the axis, px. */
export const SENSITIVITY_CHART_HEIGHT_PX = 220;

/** Below this share of the value axis, the marked values count as squeezed (team's judgement). */
const SQUEEZED_SHARE = 0.2;

/** Score axis step, score points: round tens read at a glance. */
export const SCORE_AXIS_STEP = 10;

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
