import type { Answers } from './answers';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { messagesFor } from './messages';
import type { EngineMessages } from './messages/types';
import { buildPlan, type PlanItem } from './plan';
import type { UncertainCorridor } from './regions/rtt-model';
import { round1, round3 } from './rounding';
import { type ScoredFactors, scoreAnswers } from './score';
import type { SourceId } from './sources';
import type { Confidence, FactorId, Favors, Strategy } from './strategy';
import { analyzeTopology, namerFor, type RegionalPlan, type StrategyFootprint, type Topology } from './topology';

export interface Factor {
  readonly id: FactorId;
  readonly favors: Favors;
  /** This factor's share of all points given to either strategy, 0..1. */
  readonly weight: number;
  /** One sentence in the user's terms. */
  readonly explanation: string;
  /** Short name for lists and charts. */
  readonly title: string;
  /** Points this factor adds to each strategy's case (the favoured one only). */
  readonly points: Readonly<Record<Strategy, number>>;
  /** The sentences (Rancher docs) this factor rests on. */
  readonly sources: readonly SourceId[];
}

export interface Recommendation {
  readonly strategy: Strategy;
  /** Each 0..100, higher is better. */
  readonly scores: Readonly<Record<Strategy, number>>;
  readonly confidence: Confidence;
  readonly factors: readonly Factor[];
  readonly hub: {
    readonly regionId: string;
    readonly worstRttMs: number;
    readonly rttMs: Readonly<Record<string, number>>;
    /** Regions whose round trip to their hub is measured (the answers' `latencies`), not estimated. */
    readonly measuredRttRegionIds?: readonly string[];
    /** Regions whose estimated round trip runs on a corridor the model knows to be uncertain, by corridor. */
    readonly uncertainRtt?: Readonly<Record<string, UncertainCorridor>>;
    /** Set when the answers pin the hub: where it would best sit instead, and its worst round trip from there. */
    readonly pinned?: { readonly bestRegionId: string; readonly bestWorstRttMs: number };
  };
  /** Hub & Spoke's planes: one per set of regions a hard constraint keeps apart (one, without constraints). */
  readonly hubPlan: RegionalPlan;
  /** How to run the recommended strategy for these answers, each item with its sources. */
  readonly plan: readonly PlanItem[];
  /** Display names of places the result names that are not regions of the answers (catalog regions). */
  readonly placeNames: Readonly<Record<string, string>>;
  /** One paragraph: why this strategy. */
  readonly summary: string;
  /** What "Regional" means for these answers: which regions share a local plane. */
  readonly regionalPlan: RegionalPlan;
  /** Installations, management nodes, sizing and blast radius of each strategy. */
  readonly consequences: Readonly<Record<Strategy, StrategyFootprint>>;
}

export interface RecommendOptions {
  /** The language of every title, explanation and the summary; English when left out. */
  readonly locale?: Locale;
}

function summarize(
  scored: ScoredFactors,
  topology: Topology,
  messages: EngineMessages,
  nameOf: (id: string) => string,
): string {
  const winner = scored.strategy;
  const loser: Strategy = winner === 'regional' ? 'hub-and-spoke' : 'regional';
  const byPoints = (favors: Strategy) =>
    scored.factors.filter((factor) => factor.favors === favors).sort((a, b) => b.points - a.points);
  const hubInstallations = topology.footprint['hub-and-spoke'].planes;
  return messages.summary({
    winner,
    loser,
    confidence: scored.confidence,
    winnerScore: scored.scores[winner],
    loserScore: scored.scores[loser],
    reasons: byPoints(winner)
      .slice(0, 2)
      .map((factor) => messages.factorClauses[factor.id]),
    counter: (() => {
      const strongest = byPoints(loser)[0];
      return strongest ? messages.factorClauses[strongest.id] : null;
    })(),
    shape:
      winner === 'regional'
        ? { strategy: 'regional', planes: topology.footprint.regional.planes }
        : {
            strategy: 'hub-and-spoke',
            installations: hubInstallations,
            hubName: nameOf(topology.hub.regionId),
          },
  });
}

/**
 * The recommendation for a valid answers document (see `parseAnswers`). Deterministic: the same answers in any region
 * order give the same result. `options.locale` sets the language of every sentence (titles, explanations, the
 * summary); English by default. Nothing but the sentences depends on it. What would change the recommendation is a
 * search of its own (`findFlips`), as is how the scores move (`findSensitivity`).
 */
export function recommend(answers: Answers, options?: RecommendOptions): Recommendation {
  const locale = options?.locale ?? DEFAULT_LOCALE;
  const analyzed = analyzeTopology(answers);
  const scored = scoreAnswers(answers, analyzed, locale);
  const messages = messagesFor(locale);
  // The topology as the regional layout that was compared sees it (score.ts weighs each layout the tolerance admits).
  const topology = scored.topology ?? analyzed;
  const nameOf = namerFor(topology);
  const total = scored.totalPoints['hub-and-spoke'] + scored.totalPoints.regional;
  const factors = scored.factors.map(
    (factor): Factor => ({
      id: factor.id,
      favors: factor.favors,
      weight: total > 0 ? round3(factor.points / total) : 0,
      explanation: factor.explanation,
      title: factor.title,
      points: {
        'hub-and-spoke': factor.favors === 'hub-and-spoke' ? round1(factor.points) : 0,
        regional: factor.favors === 'regional' ? round1(factor.points) : 0,
      },
      sources: factor.sources,
    }),
  );
  return {
    strategy: scored.strategy,
    scores: scored.scores,
    confidence: scored.confidence,
    factors,
    hub: topology.hub,
    summary: summarize(scored, topology, messages, nameOf),
    regionalPlan: topology.regionalPlan,
    hubPlan: topology.hubPlan,
    plan: buildPlan({ answers, topology, nameOf, messages }, scored.strategy),
    placeNames: topology.extraNames,
    consequences: topology.footprint,
  };
}
