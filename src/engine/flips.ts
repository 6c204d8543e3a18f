import {
  LATENCY_TOLERANCE_RANGE_MS,
  OPS_ENGINEERS_RANGE,
  PRIORITY_KEYS,
  PRIORITY_RANGE,
  type PriorityLevel,
} from './answer-limits';
import type { Answers } from './answers';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { messagesFor } from './messages';
import { scoreAnswers } from './score';
import type { Strategy } from './strategy';
import { analyzeTopology, type Topology } from './topology';

export type FlipAnswer =
  | 'latencyToleranceMs'
  | 'opsEngineers'
  | 'crossRegionEnvironments'
  | 'priorities.singlePane'
  | 'priorities.multiClusterApps'
  | 'priorities.faultIsolation'
  | 'priorities.independentUpgrades';

/** The nearest value of one answer that would change the recommendation, all other answers kept. */
export interface Flip {
  readonly answer: FlipAnswer;
  readonly current: number | boolean;
  /** The nearest value in the answer's range that flips the strategy, or null if none does. */
  readonly value: number | boolean | null;
  /** The strategy that would win at `value`. */
  readonly to: Strategy;
  readonly explanation: string;
}

/** Tolerance is searched to the millisecond, engineers to a tenth of a full-time engineer. */
const TOLERANCE_STEP_MS = 1;
const ENGINEERS_STEP = 0.1;

/** The numeric answers the what-ifs vary. */
export type NumericFlipAnswer = Extract<FlipAnswer, 'latencyToleranceMs' | 'opsEngineers'>;

/** How the what-ifs vary one numeric answer: its range, its search step, and the answers with another value. */
export interface NumericAnswerVariation {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Whether a larger value helps Regional (each numeric answer moves the scores one way only). */
  readonly helpsRegionalWhenIncreased: boolean;
  readonly withValue: (answers: Answers, value: number) => Answers;
}

/** The what-ifs' numeric answers; `findSensitivity` varies them the same way, so the two cannot disagree. */
export const NUMERIC_ANSWER_VARIATIONS: Readonly<Record<NumericFlipAnswer, NumericAnswerVariation>> = {
  latencyToleranceMs: {
    ...LATENCY_TOLERANCE_RANGE_MS,
    step: TOLERANCE_STEP_MS,
    helpsRegionalWhenIncreased: false,
    withValue: (answers, value) => ({ ...answers, latencyToleranceMs: value }),
  },
  opsEngineers: {
    ...OPS_ENGINEERS_RANGE,
    step: ENGINEERS_STEP,
    helpsRegionalWhenIncreased: true,
    withValue: (answers, value) => ({ ...answers, opsEngineers: value }),
  },
};

/** Only the winner matters here, so the search scores in the default language whatever the caller reads. */
function winnerFor(answers: Answers, topology: Topology): Strategy {
  return scoreAnswers(answers, topology).strategy;
}

/**
 * Smallest step count k in [1, maxSteps] for which `flipsAt(k)` holds, assuming it is monotone
 * (false ... false true ... true); null when even maxSteps does not flip.
 */
function firstFlippingStep(maxSteps: number, flipsAt: (steps: number) => boolean): number | null {
  if (maxSteps < 1 || !flipsAt(maxSteps)) return null;
  let low = 0;
  let high = maxSteps;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (flipsAt(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** Searches a numeric answer in the direction that helps the losing strategy (each answer is monotone). */
function numericFlip(
  answers: Answers,
  topology: Topology,
  answer: NumericFlipAnswer,
): { value: number | null; to: Strategy } {
  const bounds = NUMERIC_ANSWER_VARIATIONS[answer];
  const { helpsRegionalWhenIncreased } = bounds;
  const current = answers[answer];
  const withValue = (value: number) => bounds.withValue(answers, value);
  const winner = winnerFor(answers, topology);
  const to: Strategy = winner === 'regional' ? 'hub-and-spoke' : 'regional';
  const increase = (to === 'regional') === helpsRegionalWhenIncreased;
  const limit = increase ? bounds.max : bounds.min;
  const maxSteps = Math.floor(Math.abs(limit - current) / bounds.step + 1e-9);
  const valueAt = (steps: number) => {
    const raw = current + (increase ? steps : -steps) * bounds.step;
    return Math.round(raw / bounds.step) * bounds.step;
  };
  const steps = firstFlippingStep(maxSteps, (k) => winnerFor(withValue(valueAt(k)), topology) !== winner);
  return { value: steps === null ? null : Math.round(valueAt(steps) * 10) / 10, to };
}

/**
 * For each answer, the nearest value that would flip the recommendation (or null if none in its range would),
 * explained in `locale` (English by default). Pass the answers' `topology` when it is at hand, to skip working it out.
 */
export function findFlips(
  answers: Answers,
  locale: Locale = DEFAULT_LOCALE,
  topology: Topology = analyzeTopology(answers),
): Flip[] {
  const text = messagesFor(locale).flips;
  const winner = winnerFor(answers, topology);
  const other: Strategy = winner === 'regional' ? 'hub-and-spoke' : 'regional';
  const flips: Flip[] = [];

  const tolerance = numericFlip(answers, topology, 'latencyToleranceMs');
  flips.push({
    answer: 'latencyToleranceMs',
    current: answers.latencyToleranceMs,
    value: tolerance.value,
    to: other,
    explanation:
      tolerance.value === null
        ? text.toleranceNone({
            to: other,
            minMs: LATENCY_TOLERANCE_RANGE_MS.min,
            maxMs: LATENCY_TOLERANCE_RANGE_MS.max,
          })
        : text.tolerance({ to: other, valueMs: tolerance.value }),
  });

  const engineers = numericFlip(answers, topology, 'opsEngineers');
  flips.push({
    answer: 'opsEngineers',
    current: answers.opsEngineers,
    value: engineers.value,
    to: other,
    explanation:
      engineers.value === null
        ? text.engineersNone({ to: other, ...OPS_ENGINEERS_RANGE })
        : text.engineers({ to: other, value: engineers.value }),
  });

  const flippedEnvironments = !answers.crossRegionEnvironments;
  const environmentsFlip = winnerFor({ ...answers, crossRegionEnvironments: flippedEnvironments }, topology) !== winner;
  flips.push({
    answer: 'crossRegionEnvironments',
    current: answers.crossRegionEnvironments,
    value: environmentsFlip ? flippedEnvironments : null,
    to: other,
    explanation: environmentsFlip
      ? text.environments({ to: other, spanning: flippedEnvironments })
      : text.environmentsNone,
  });

  for (const key of PRIORITY_KEYS) {
    const current = answers.priorities[key] as PriorityLevel;
    let found: PriorityLevel | null = null;
    for (let distance = 1; distance <= PRIORITY_RANGE.max - PRIORITY_RANGE.min && found === null; distance++) {
      for (const candidate of [current - distance, current + distance]) {
        if (candidate < PRIORITY_RANGE.min || candidate > PRIORITY_RANGE.max || found !== null) continue;
        const changed = { ...answers, priorities: { ...answers.priorities, [key]: candidate } };
        if (winnerFor(changed, topology) !== winner) found = candidate as PriorityLevel;
      }
    }
    flips.push({
      answer: `priorities.${key}`,
      current,
      value: found,
      to: other,
      explanation:
        found === null
          ? text.priorityNone({ to: other, key })
          : text.priority({ to: other, key, value: found, current }),
    });
  }
  return flips;
}
