import type { Answers } from './answers';
import { type Flip, findFlips } from './flips';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { messagesFor } from './messages';
import { buildPlan, type PlanItem } from './plan';
import { type PlaneReason, type PlaneView, viewPlanes } from './planes';
import { regionNamer } from './regions/region-names';
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
  /** For each answer, the nearest value that would flip the recommendation. */
  readonly flips: readonly Flip[];
}

/**
 * A recommendation without its what-ifs (`flips`): everything the verdict, the scores and the charts show. The
 * what-ifs score the answers again for every answer they vary: half the engine's work for 100 regions, nine tenths
 * for three. A view that shows the verdict at once and the what-ifs a moment later asks for this first.
 */
export type CoreRecommendation = Omit<Recommendation, 'flips'>;

export interface RecommendOptions {
  /** The language of every title, explanation and the summary; English when left out. */
  readonly locale?: Locale;
}

/** The summary names the planes a constraint asks for first, then the others by clusters, the rest of the estate last. */
const SUMMARY_RANK: Readonly<Record<PlaneReason, number>> = {
  jurisdiction: 0,
  'mainland-china': 0,
  'air-gap': 1,
  geography: 2,
  central: 2,
  rest: 3,
};
const bySummaryOrder = (a: PlaneView, b: PlaneView) =>
  SUMMARY_RANK[a.reason] - SUMMARY_RANK[b.reason] || b.clusters - a.clusters || a.index - b.index;

function summarize(answers: Answers, scored: ScoredFactors, topology: Topology, locale: Locale): string {
  const messages = messagesFor(locale);
  const winner = scored.strategy;
  const loser: Strategy = winner === 'regional' ? 'hub-and-spoke' : 'regional';
  const byPoints = (favors: Strategy) =>
    scored.factors.filter((factor) => factor.favors === favors).sort((a, b) => b.points - a.points);
  const names = regionNamer(answers, locale);
  const planes = viewPlanes(topology, answers, {
    locale,
    mainlandChinaName: messages.factors['hard-constraints'].mainlandChina,
  })[winner];
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
    shape: {
      strategy: winner,
      planes: [...planes.planes].sort(bySummaryOrder).map((plane) => ({
        place: plane.place,
        reason: plane.reason,
        serves: plane.area ?? plane.jurisdiction,
        others: plane.regionIds.filter((id) => id !== plane.planeRegionId).map(names.name),
        installations: plane.installations,
      })),
    },
  });
}

/** Builds the public recommendation, what-ifs aside, from scored factors, its summary written in `locale`. */
function toCoreRecommendation(
  answers: Answers,
  scored: ScoredFactors,
  analyzed: Topology,
  locale: Locale,
): CoreRecommendation {
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
    summary: summarize(answers, scored, topology, locale),
    regionalPlan: topology.regionalPlan,
    hubPlan: topology.hubPlan,
    plan: buildPlan({ answers, topology, nameOf, messages }, scored.strategy),
    placeNames: topology.extraNames,
    consequences: topology.footprint,
  };
}

/**
 * The recommendation for a valid answers document (see `parseAnswers`). Deterministic: the same answers in
 * any region order give the same result. `options.locale` sets the language of every sentence (titles,
 * explanations, the summary, the flips); English by default. Nothing but the sentences depends on it.
 */
export function recommend(answers: Answers, options?: RecommendOptions): Recommendation {
  const locale = options?.locale ?? DEFAULT_LOCALE;
  const topology = analyzeTopology(answers);
  return {
    ...toCoreRecommendation(answers, scoreAnswers(answers, topology, locale), topology, locale),
    flips: findFlips(answers, topology, locale),
  };
}

/**
 * `recommend` without the what-ifs: the same strategy, scores, confidence, factors, hub, summary, plan and
 * consequences, in half the time or less (see `CoreRecommendation`). For a view that draws the verdict in the
 * frame after a keystroke and the what-ifs after that frame is painted.
 */
export function recommendCore(answers: Answers, options?: RecommendOptions): CoreRecommendation {
  const locale = options?.locale ?? DEFAULT_LOCALE;
  const topology = analyzeTopology(answers);
  return toCoreRecommendation(answers, scoreAnswers(answers, topology, locale), topology, locale);
}
