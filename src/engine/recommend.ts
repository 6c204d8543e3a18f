import type { Answers } from './answers';
import { describeArea } from './areas';
import { type ExplainContext, explainFactor } from './factors';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { messagesFor } from './messages';
import { buildPlan, type PlanItem, type PlannedGroup } from './plan';
import { type PlaneReason, type PlanesSource, type PlaneView, viewPlanes } from './planes';
import { recordFrom } from './records';
import { findCatalogRegion } from './regions/catalog';
import { namerFor, regionNamer } from './regions/region-names';
import type { UncertainCorridor } from './regions/rtt-model';
import { round1, round3 } from './rounding';
import { type ScoredAnswers, type ScoredFactors, scoreAnswers } from './score';
import type { SourceId } from './sources';
import type { Confidence, FactorId, Favors, Strategy } from './strategy';
import {
  analyzeTopology,
  findStandby,
  type PlanGroup,
  type RegionalGroup,
  type RegionalPlan,
  type StrategyFootprint,
  type Topology,
  type TopologyPlan,
} from './topology';

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
    /** The worst of `rttMs`, ms. */
    readonly worstRttMs: number;
    /** Round trip from `regionId` to each region, ms (the plane that manages a region is in the plans' groups). */
    readonly rttMs: Readonly<Record<string, number>>;
    /** Regions whose round trip from `regionId` is measured (the answers' `latencies`), not estimated. */
    readonly measuredRttRegionIds?: readonly string[];
    /** Regions whose estimated round trip from `regionId` runs on a corridor the model knows to be uncertain. */
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
  /** The Regional layout compared with Hub & Spoke: which regions share each regional plane. */
  readonly regionalPlan: RegionalPlan;
  /** Installations, management nodes, sizing and blast radius of each strategy. */
  readonly consequences: Readonly<Record<Strategy, StrategyFootprint>>;
}

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

function summarize(answers: Answers, scored: ScoredFactors, source: PlanesSource, locale: Locale): string {
  const messages = messagesFor(locale);
  const winner = scored.strategy;
  const loser: Strategy = winner === 'regional' ? 'hub-and-spoke' : 'regional';
  const byPoints = (favors: Strategy) =>
    scored.factors.filter((factor) => factor.favors === favors).sort((a, b) => b.points - a.points);
  const names = regionNamer(answers, locale);
  // A plane drawn at regions that may not host it (stores of a jurisdiction with no known site inside) is a site to
  // choose near them, as the plan says; an air-gapped site hosts its own.
  const planes = viewPlanes(source, answers, {
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

/** A group as the recommendation shows it: the public fields, its area in words and its standby. */
function toPublicGroup(group: PlanGroup, area: string, standby: string | null): RegionalGroup {
  const { members: _members, areaKey: _areaKey, insideKnown: _insideKnown, partition: _partition, ...shown } = group;
  return { ...shown, area, ...(standby === null ? {} : { standbyRegionId: standby }) };
}

/** The names, areas and standbys of a plan's groups, in the recommendation's language. */
function namedGroups(context: ExplainContext, plan: TopologyPlan, toleranceMs: number): PlannedGroup[] {
  return plan.groups.map((group) => {
    const standby = findStandby(context.topology, group, toleranceMs);
    return { ...group, area: context.planeName(group).area, ...(standby === null ? {} : { standbyRegionId: standby }) };
  });
}

function publicPlan(plan: TopologyPlan, groups: readonly PlannedGroup[]): RegionalPlan {
  return {
    groups: groups.map((group) => toPublicGroup(group, group.area, group.standbyRegionId ?? null)),
    maxGroupRttMs: plan.maxGroupRttMs,
    ...(plan.layout === undefined ? {} : { layout: plan.layout }),
  };
}

/** Builds the public recommendation from scored answers, every sentence written in `locale`. */
function toRecommendation(answers: Answers, scored: ScoredAnswers, topology: Topology, locale: Locale): Recommendation {
  const messages = messagesFor(locale);
  const nameOf = namerFor(topology, locale);
  const declared = new Map((answers.jurisdictions ?? []).map((jurisdiction) => [jurisdiction.id, jurisdiction.name]));
  const jurisdictionName = (id: string) => {
    const name = declared.get(id);
    return name === undefined ? messages.factors['hard-constraints'].mainlandChina : messages.areas.jurisdiction(name);
  };
  const areaNames = { jurisdiction: jurisdictionName, site: nameOf };
  const context: ExplainContext = {
    answers,
    topology,
    layout: scored.layout,
    nameOf,
    jurisdictionName,
    planeName: (group) => ({
      plane: nameOf(group.planeRegionId),
      area: describeArea(group.areaKey, messages, areaNames),
    }),
    messages,
  };
  const total = scored.totalPoints['hub-and-spoke'] + scored.totalPoints.regional;
  const factors = scored.factors.map((factor): Factor => {
    const { title, explanation } = explainFactor(context, factor);
    return {
      id: factor.id,
      favors: factor.favors,
      weight: total > 0 ? round3(factor.points / total) : 0,
      explanation,
      title,
      points: {
        'hub-and-spoke': factor.favors === 'hub-and-spoke' ? round1(factor.points) : 0,
        regional: factor.favors === 'regional' ? round1(factor.points) : 0,
      },
      sources: factor.sources,
    };
  });
  const tolerance = answers.latencyToleranceMs;
  const hubGroups = namedGroups(context, topology.hubPlan, tolerance);
  const regionalGroups = namedGroups(context, scored.layout.plan, tolerance);
  const consequences = { 'hub-and-spoke': topology.hubFootprint, regional: scored.layout.footprint };
  const groups = scored.strategy === 'regional' ? regionalGroups : hubGroups;
  const hubPlan = publicPlan(topology.hubPlan, hubGroups);
  const regionalPlan = publicPlan(scored.layout.plan, regionalGroups);
  return {
    strategy: scored.strategy,
    scores: scored.scores,
    confidence: scored.confidence,
    factors,
    hub: topology.hub,
    summary: summarize(answers, scored, { hub: topology.hub, hubPlan, regionalPlan }, locale),
    regionalPlan,
    hubPlan,
    plan: buildPlan({
      answers,
      topology,
      layout: scored.layout,
      strategy: scored.strategy,
      groups,
      nameOf,
      jurisdictionName,
      messages,
    }),
    placeNames: recordFrom([
      ...Object.entries(topology.extraNames),
      ...[...hubGroups, ...regionalGroups].flatMap((group) => {
        const standby = group.standbyRegionId;
        const catalog =
          standby === undefined || topology.sites.some((site) => site.id === standby)
            ? undefined
            : findCatalogRegion(standby);
        return catalog ? [[catalog.id, catalog.name] as const] : [];
      }),
    ]),
    consequences,
  };
}

/**
 * The recommendation for a valid answers document (see `parseAnswers`). Deterministic: the same answers in any region
 * order give the same result. `options.locale` sets the language of every sentence (titles, explanations, the
 * summary); English by default. Nothing but the sentences depends on it. What would change the recommendation is a
 * search of its own (`findFlips`), as is how the scores move (`findSensitivity`).
 */
export function recommend(answers: Answers, options?: RecommendOptions): Recommendation {
  const locale = options?.locale ?? DEFAULT_LOCALE;
  // Without the what-ifs, only the layouts the answers' own tolerance admits can weigh.
  const topology = analyzeTopology(answers, { minToleranceMs: answers.latencyToleranceMs });
  return toRecommendation(answers, scoreAnswers(answers, topology), topology, locale);
}
