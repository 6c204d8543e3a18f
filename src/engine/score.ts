import type { Answers } from './answers';
import { type WeighedFactor, weighFactors } from './factors';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { messagesFor } from './messages';
import { round1 } from './rounding';
import type { Strategy } from './strategy';
import { namerFor, type Topology } from './topology';
import { MODERATE_MARGIN, PRIOR_POINTS, STRONG_MARGIN } from './weights';

export type Confidence = 'strong' | 'moderate' | 'close-call';

export interface ScoredFactors {
  readonly strategy: Strategy;
  readonly scores: Readonly<Record<Strategy, number>>;
  readonly confidence: Confidence;
  readonly factors: readonly WeighedFactor[];
  readonly totalPoints: Readonly<Record<Strategy, number>>;
}

/** Turns weighed factors into both scores (each strategy's share of all points), the winner and the confidence. */
export function scoreFactors(factors: readonly WeighedFactor[]): ScoredFactors {
  const totalPoints: Record<Strategy, number> = { 'hub-and-spoke': 0, regional: 0 };
  for (const factor of factors) {
    if (factor.favors !== 'neutral') totalPoints[factor.favors] += factor.points;
  }
  const denominator = 2 * PRIOR_POINTS + totalPoints['hub-and-spoke'] + totalPoints.regional;
  const scores = {
    'hub-and-spoke': round1((100 * (PRIOR_POINTS + totalPoints['hub-and-spoke'])) / denominator),
    regional: round1((100 * (PRIOR_POINTS + totalPoints.regional)) / denominator),
  };
  // Ties go to Hub & Spoke: one installation is simpler to run.
  const strategy: Strategy = scores.regional > scores['hub-and-spoke'] ? 'regional' : 'hub-and-spoke';
  const margin = Math.abs(scores['hub-and-spoke'] - scores.regional);
  const confidence: Confidence =
    margin >= STRONG_MARGIN ? 'strong' : margin >= MODERATE_MARGIN ? 'moderate' : 'close-call';
  return { strategy, scores, confidence, factors, totalPoints };
}

/**
 * The factors and scores for answers whose topology is already known (the what-if analysis reuses it); the
 * factors' titles and explanations are in `locale` (English by default).
 */
export function scoreAnswers(answers: Answers, topology: Topology, locale: Locale = DEFAULT_LOCALE): ScoredFactors {
  return scoreFactors(weighFactors({ answers, topology, nameOf: namerFor(topology), messages: messagesFor(locale) }));
}
