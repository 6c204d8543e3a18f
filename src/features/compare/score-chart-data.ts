import { type Recommendation, STRATEGIES, type Strategy } from '../../engine';

export interface ScoreBar {
  readonly strategy: Strategy;
  /** 0..100. */
  readonly score: number;
  /** The bar's length as a share of the track, 0..100 (scores are out of 100, so the score itself, clamped). */
  readonly widthPercent: number;
  readonly recommended: boolean;
}

export interface ScoreChartRow {
  /** The version's position among the compared links, 1-based. */
  readonly position: number;
  /** The version's label ("Ana", "Version 2"). */
  readonly label: string;
  readonly bars: readonly ScoreBar[];
}

/** A version as the score chart reads it. */
export interface ScoredVersion {
  readonly position: number;
  readonly label: string;
  readonly recommendation: Pick<Recommendation, 'strategy' | 'scores'>;
}

/** One row per version, with a bar per strategy in a fixed order, so bars line up from version to version. */
export function toScoreChartRows(versions: readonly ScoredVersion[]): ScoreChartRow[] {
  return versions.map(({ position, label, recommendation }) => ({
    position,
    label,
    bars: STRATEGIES.map((strategy) => {
      const score = recommendation.scores[strategy];
      return {
        strategy,
        score,
        widthPercent: Math.min(100, Math.max(0, score)),
        recommended: recommendation.strategy === strategy,
      };
    }),
  }));
}
