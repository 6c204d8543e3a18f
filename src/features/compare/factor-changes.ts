import type { FactorId, Favors, Recommendation } from '../../engine';

/** How many factors the comparison lists: the few that move the scores most (the team's judgement). */
export const MAX_CHANGED_FACTORS = 5;

/** Differences below this many factor points are rounding, not a change (the engine rounds points to 0.1). */
const SAME_POINTS = 0.05;

export interface FactorPoints {
  readonly favors: Favors;
  /** Points for the favoured strategy, 0 or more. */
  readonly points: number;
}

export interface FactorChange {
  readonly id: FactorId;
  /** The factor's title, from the first version that has it. */
  readonly title: string;
  /** One entry per version, in the versions' order. */
  readonly byVersion: readonly FactorPoints[];
  /** How far apart the versions are: the largest minus the smallest balance (Hub & Spoke's points minus Regional's). */
  readonly spread: number;
}

/** A factor's points as one signed number: positive for Hub & Spoke, negative for Regional. */
function balance(points: FactorPoints): number {
  if (points.favors === 'hub-and-spoke') return points.points;
  if (points.favors === 'regional') return -points.points;
  return 0;
}

/**
 * The factors whose points changed most between the versions, the largest change first (a change of side counts
 * both ways: 10 for Hub & Spoke against 5 for Regional is 15), at most `limit`. Factors that give every version
 * the same points are left out.
 */
export function rankFactorChanges(
  recommendations: readonly Pick<Recommendation, 'factors'>[],
  limit: number = MAX_CHANGED_FACTORS,
): FactorChange[] {
  const ids = [...new Set(recommendations.flatMap((recommendation) => recommendation.factors.map((f) => f.id)))];
  const changes: FactorChange[] = [];
  for (const id of ids) {
    const factors = recommendations.map((recommendation) => recommendation.factors.find((f) => f.id === id));
    const byVersion = factors.map((factor): FactorPoints => {
      if (factor === undefined || factor.favors === 'neutral') return { favors: 'neutral', points: 0 };
      return { favors: factor.favors, points: factor.points[factor.favors] };
    });
    const balances = byVersion.map(balance);
    const spread = Math.max(...balances) - Math.min(...balances);
    if (spread < SAME_POINTS) continue;
    const title = factors.find((factor) => factor !== undefined)?.title ?? id;
    changes.push({ id, title, byVersion, spread: Math.round(spread * 10) / 10 });
  }
  return changes.sort((a, b) => b.spread - a.spread || a.id.localeCompare(b.id)).slice(0, limit);
}
