import type { Answers } from './answers';
import { type Flip, findFlips, NUMERIC_ANSWER_VARIATIONS, type NumericFlipAnswer } from './flips';
import { DEFAULT_LOCALE } from './locale';
import { scoreAnswers } from './score';
import type { Strategy } from './strategy';
import { analyzeTopology, type Topology } from './topology';

/** The answers whose effect on both scores can be drawn as a curve: the numeric ones the what-ifs vary. */
export type SensitivityAnswer = NumericFlipAnswer;

/** The order the curves come in: the tolerance first, as in the what-ifs. */
export const SENSITIVITY_ANSWERS: readonly SensitivityAnswer[] = ['latencyToleranceMs', 'opsEngineers'];

/** Both scores with one answer at `value`, every other answer kept. */
export interface SensitivityPoint {
  readonly value: number;
  /** Each 0..100, as `recommend` gives them. */
  readonly scores: Readonly<Record<Strategy, number>>;
  /** The strategy that wins at `value`. */
  readonly strategy: Strategy;
}

/** How both scores move as one answer runs over its useful range. */
export interface SensitivityCurve {
  readonly answer: SensitivityAnswer;
  /** The answer's value now. */
  readonly current: number;
  /** The nearest value that flips the recommendation (the what-ifs' `value`), or null if none in the answer's range does. */
  readonly flipValue: number | null;
  /** The strategy that would win at `flipValue`. */
  readonly flipTo: Strategy;
  /** The range drawn: where the scores still move, widened to take in the current value and the flip. */
  readonly min: number;
  readonly max: number;
  /** Ascending values from `min` to `max`; the current value and the flip are among them. */
  readonly points: readonly SensitivityPoint[];
}

/**
 * Spacing of the coarse search for the useful range: each value twice the last, so the search covers 1..2000 ms
 * in 12 scorings and 0.1..1000 engineers in 15. Team's judgement: fine enough to find where a curve bends, cheap
 * enough to run after every change (each scoring of 50 regions takes about a millisecond here).
 */
const SEARCH_RATIO = 2;
/**
 * A score within this many points of its value at the end of the range counts as settled there. Team's
 * judgement: half a point is less than the thinnest line a chart of 0..100 shows.
 */
const SETTLED_SCORE_POINTS = 0.5;
/**
 * Values drawn per curve, evenly spread over the useful range. Team's judgement: the scores bend gently, so 32
 * straight pieces draw a smooth-looking line at the result column's widths, at two thirds of the cost of 48.
 */
const CURVE_POINTS = 32;

function pointAt(answers: Answers, topology: Topology, answer: SensitivityAnswer, value: number): SensitivityPoint {
  const scored = scoreAnswers(NUMERIC_ANSWER_VARIATIONS[answer].withValue(answers, value), topology);
  return { value, scores: scored.scores, strategy: scored.strategy };
}

/** Rounds to the answer's search step, so the curve's values are ones the person could type. */
function toStep(value: number, step: number): number {
  return Math.round(Math.round(value / step) * step * 10) / 10;
}

function settledAgainst(point: SensitivityPoint, end: SensitivityPoint): boolean {
  return (
    Math.abs(point.scores['hub-and-spoke'] - end.scores['hub-and-spoke']) <= SETTLED_SCORE_POINTS &&
    Math.abs(point.scores.regional - end.scores.regional) <= SETTLED_SCORE_POINTS
  );
}

/**
 * The span of `answer` where the scores still move: the coarse search's last value still settled at the low end
 * and its first value settled at the high end. Null when the scores never move.
 */
function movingRange(answers: Answers, topology: Topology, answer: SensitivityAnswer): [number, number] | null {
  const { min, max, step } = NUMERIC_ANSWER_VARIATIONS[answer];
  const searched = new Set([min]);
  for (let value = Math.max(min, step); value < max; value *= SEARCH_RATIO) searched.add(toStep(value, step));
  searched.add(max);
  const points = [...searched].map((value) => pointAt(answers, topology, answer, value));
  const first = points[0] as SensitivityPoint;
  const last = points.at(-1) as SensitivityPoint;
  let low = 0;
  while (low + 1 < points.length && settledAgainst(points[low + 1] as SensitivityPoint, first)) low++;
  let high = points.length - 1;
  while (high - 1 >= 0 && settledAgainst(points[high - 1] as SensitivityPoint, last)) high--;
  if (low >= high) return null;
  return [(points[low] as SensitivityPoint).value, (points[high] as SensitivityPoint).value];
}

/**
 * Width of the range drawn around the current value when the scores never move, as a factor either side. Team's
 * judgement: a flat line from half to twice the value says "this answer does not matter here" plainly enough.
 */
const FLAT_SPAN_FACTOR = 2;

function curveFor(answers: Answers, topology: Topology, answer: SensitivityAnswer, flip: Flip | undefined) {
  const variation = NUMERIC_ANSWER_VARIATIONS[answer];
  const current = answers[answer];
  const flipValue = typeof flip?.value === 'number' ? flip.value : null;
  const moving = movingRange(answers, topology, answer) ?? [current / FLAT_SPAN_FACTOR, current * FLAT_SPAN_FACTOR];
  const min = Math.max(variation.min, toStep(Math.min(moving[0], current, flipValue ?? current), variation.step));
  const max = Math.min(
    variation.max,
    toStep(Math.max(moving[1], current, flipValue ?? current, min + variation.step), variation.step),
  );
  const values = new Set<number>([current]);
  if (flipValue !== null) values.add(flipValue);
  for (let index = 0; index < CURVE_POINTS; index++) {
    values.add(toStep(min + ((max - min) * index) / (CURVE_POINTS - 1), variation.step));
  }
  const points = [...values]
    .filter((value) => value >= min && value <= max)
    .sort((a, b) => a - b)
    .map((value) => pointAt(answers, topology, answer, value));
  const winner = scoreAnswers(answers, topology).strategy;
  const curve: SensitivityCurve = {
    answer,
    current,
    flipValue,
    flipTo: flip?.to ?? (winner === 'regional' ? 'hub-and-spoke' : 'regional'),
    min,
    max,
    points,
  };
  return curve;
}

/**
 * For the latency tolerance (ms) and the number of operations engineers: both scores over the answer's useful
 * range, every other answer kept, with the value that flips the recommendation (from `findFlips`). Pass the
 * recommendation's `flips` when they are at hand, to skip searching for them again. Scores only; no sentences.
 */
export function findSensitivity(answers: Answers, flips?: readonly Flip[]): SensitivityCurve[] {
  const topology = analyzeTopology(answers);
  const known = flips ?? findFlips(answers, DEFAULT_LOCALE, topology);
  return SENSITIVITY_ANSWERS.map((answer) =>
    curveFor(
      answers,
      topology,
      answer,
      known.find((flip) => flip.answer === answer),
    ),
  );
}
