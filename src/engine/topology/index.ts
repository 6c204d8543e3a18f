import { MIN_LATENCY_TOLERANCE_MS } from '../answer-limits';
import type { Answers } from '../answers';
import { recordFrom } from '../records';
import { regionDisplayName } from '../regions/region-display-name';
import type { UncertainCorridor } from '../regions/rtt-model';
import { buildLayouts, type RegionalLayout } from './layouts';
import { type Placement, placePlane } from './placement';
import {
  footprintOf,
  metricsOf,
  nameAreas,
  type PlacedGroup,
  type PlanMetrics,
  type Sizing,
  type StrategyFootprint,
  type TopologyPlan,
  toPlanGroup,
} from './plans';
import { candidatePlaces, type JurisdictionRule, jurisdictionRules, type Partition, partitionSites } from './residency';
import { type Place, placeById, RoundTrips } from './round-trips';
import { compareIds, growthFactor, resolveSites, type Site } from './sites';

export { type MacroArea, macroAreaOf } from './grouping';
export type { LayoutSummary } from './layout-summary';
export {
  BROAD_GROUP_RTT_MS,
  GEOGRAPHY_GROUP_RTT_MS,
  type LayoutName,
  layoutAdmission,
  REGIONAL_LAYOUTS,
  type RegionalLayout,
  type RegionalLayoutSpec,
} from './layouts';
export type {
  AreaKey,
  AreaPart,
  AreaZone,
  PlanGroup,
  PlanMetrics,
  RegionalGroup,
  RegionalPlan,
  StrategyFootprint,
  TopologyPlan,
} from './plans';
export type { JurisdictionRule, Partition, PlaneConstraint } from './residency';
export { CATALOG_PLACES, type Place, placeById, RoundTrips } from './round-trips';
export { CLUSTER_WEIGHT_PRIOR, type ClusterKinds, canHostPlane, type Site } from './sites';
export { findStandby, STANDBY_MIN_RTT_MS } from './standby';

export interface HubPlacement {
  /** The central plane of the largest set of regions (all of them, unless a hard constraint splits them). */
  readonly regionId: string;
  /** The worst of `rttMs`, ms. */
  readonly worstRttMs: number;
  /** Round trip from `regionId` to each region, ms, keyed by region id (whichever plane manages the region). */
  readonly rttMs: Readonly<Record<string, number>>;
  /** Regions whose round trip from `regionId` is measured (answers' `latencies`), not estimated. */
  readonly measuredRttRegionIds?: readonly string[];
  /** Regions whose estimated round trip from `regionId` runs on a corridor the model knows to be uncertain. */
  readonly uncertainRtt?: Readonly<Record<string, UncertainCorridor>>;
  /** Set when the answers pin the hub: where it would best sit instead, and its worst round trip from there. */
  readonly pinned?: { readonly bestRegionId: string; readonly bestWorstRttMs: number };
}

/**
 * Everything about the answers that depends on where the regions are, what they allow and how many clusters they
 * hold: Hub & Spoke's planes, every regional layout and what the factors weigh of each. Tolerance, engineers and
 * priorities do not change it, so "what would change it" scores those answers on one topology.
 */
export interface Topology {
  /** Sorted by id, so the result never depends on the order of the answers. */
  readonly sites: readonly Site[];
  readonly totalClusters: number;
  /** The sum of the sites' weights (see CLUSTER_WEIGHT_PRIOR). */
  readonly totalWeight: number;
  /** How many times today's clusters the estate will have in two years (1 when not said). */
  readonly growth: number;
  readonly trips: RoundTrips;
  readonly rules: ReadonlyMap<string, JurisdictionRule>;
  readonly partitions: readonly Partition[];
  readonly hub: HubPlacement;
  /** Hub & Spoke's planes: one per set of regions a hard constraint keeps apart (usually one). */
  readonly hubPlan: TopologyPlan;
  readonly hubMetrics: PlanMetrics;
  readonly hubFootprint: StrategyFootprint;
  /** Regional's layouts, the plane per geography first (REGIONAL_LAYOUTS less those that plan the same). */
  readonly layouts: readonly RegionalLayout[];
  /** A pinned hub no set of regions may be managed from (outside every jurisdiction it would manage), if any. */
  readonly rejectedPinId: string | null;
  /** Display names of places a plan may name that are not regions of the answers (catalog regions). */
  readonly extraNames: Readonly<Record<string, string>>;
}

/**
 * The partition whose plane is the contract's hub: the one with the most clusters, among those whose plane has a
 * known place to run that serves more than an air gap first (a jurisdiction of stores alone has its plane drawn at its
 * stores until a site is named).
 */
function largestPartition(
  partitions: readonly Partition[],
  sites: readonly Site[],
  placed: readonly boolean[],
): number {
  let best = 0;
  let bestClusters = -1;
  const anyPlaced = placed.some(Boolean);
  partitions.forEach((partition, index) => {
    if (anyPlaced && !placed[index]) return;
    const clusters = partition.members.reduce((sum, member) => sum + (sites[member] as Site).clusters, 0);
    if (clusters > bestClusters) {
      bestClusters = clusters;
      best = index;
    }
  });
  return best;
}

/** The contract's hub: where the central plane sits, and the round trip from it to every region. */
function hubPlacementOf(
  main: Placement,
  sites: readonly Site[],
  trips: RoundTrips,
  best: Placement | null,
): HubPlacement {
  const plane = main.place;
  const rtts = sites.map((_, index) => trips.between(plane, index));
  const measured = sites.filter((_, index) => trips.isMeasured(plane.id, index)).map((site) => site.id);
  const uncertain: [string, UncertainCorridor][] = [];
  sites.forEach((site, index) => {
    const corridor = trips.uncertainty(plane, index);
    if (corridor) uncertain.push([site.id, corridor]);
  });
  return {
    regionId: plane.id,
    worstRttMs: Math.max(0, ...rtts),
    rttMs: recordFrom(sites.map((site, index) => [site.id, rtts[index] as number] as const)),
    ...(measured.length > 0 ? { measuredRttRegionIds: measured.sort(compareIds) } : {}),
    ...(uncertain.length > 0 ? { uncertainRtt: recordFrom(uncertain) } : {}),
    ...(best ? { pinned: { bestRegionId: best.place.id, bestWorstRttMs: best.worstRttMs } } : {}),
  };
}

export interface TopologyOptions {
  /**
   * The lowest latency tolerance the topology will be scored at: layouts no tolerance from there up admits are left
   * out. The what-ifs vary the tolerance over its whole range (the default, 1 ms); the verdict alone asks for the
   * answers' own tolerance, and for 100 regions that leaves out most of the work.
   */
  readonly minToleranceMs?: number;
}

/** Works out the topology of a valid answers document (see `Topology`). */
export function analyzeTopology(answers: Answers, options: TopologyOptions = {}): Topology {
  const sites = resolveSites(answers);
  const trips = new RoundTrips(sites, answers);
  const totalClusters = sites.reduce((sum, site) => sum + site.clusters, 0);
  const totalWeight = sites.reduce((sum, site) => sum + site.weight, 0);
  const growth = growthFactor(answers, totalClusters);
  const sizing: Sizing = { sites, totalWeight, growth };
  const rules = jurisdictionRules(answers, sites);
  const { partitions, pinnedPartition, rejectedPin } = partitionSites(answers, sites, rules);
  const pin = pinnedPartition === null || answers.hub === undefined ? null : answers.hub.regionId;
  const jurisdictionOnly = (members: readonly number[]) => {
    const ids = new Set(members.map((member) => (sites[member] as Site).jurisdiction));
    const [only] = ids;
    return ids.size === 1 && only !== null && only !== undefined && rules.get(only)?.contained ? only : null;
  };

  const extraNames: [string, string][] = [];
  const remember = (place: Place) => {
    if (place.siteIndex < 0) extraNames.push([place.id, place.name]);
  };
  let best: Placement | null = null;
  const hubGroups: PlacedGroup[] = partitions.map((partition, index) => {
    const candidates = candidatePlaces(partition.members, partition, sites, rules);
    const pinnedPlace = index === pinnedPartition && pin !== null ? placeById(sites, pin) : undefined;
    const placement = placePlane(partition.members, candidates.places, sites, trips, pinnedPlace, candidates.penaltyMs);
    if (pinnedPlace) {
      best = placePlane(partition.members, candidates.places, sites, trips, undefined, candidates.penaltyMs);
      remember(best.place);
    }
    remember(placement.place);
    return {
      members: partition.members,
      placement,
      partition: index,
      insideKnown: candidates.insideKnown,
      ...(partition.constraint ? { constraint: partition.constraint } : {}),
    };
  });
  const areas = nameAreas(hubGroups, sites, jurisdictionOnly);
  const hubPlan: TopologyPlan = {
    groups: hubGroups.map((group, index) => toPlanGroup(group, areas[index] ?? { kind: 'estate' }, sizing, trips)),
    maxGroupRttMs: 0,
  };
  const hubMetrics = metricsOf(hubGroups, sizing);
  const mainIndex =
    pinnedPartition ??
    largestPartition(
      partitions,
      sites,
      hubGroups.map((group) => group.insideKnown && group.constraint?.kind !== 'air-gap'),
    );
  const main = hubGroups[mainIndex] as PlacedGroup;
  const layouts = buildLayouts(
    {
      sizing,
      trips,
      partitions,
      rules,
      hubPlacements: hubGroups.map((group) => group.placement),
      hubMetrics,
      jurisdictionOnly,
    },
    options.minToleranceMs ?? MIN_LATENCY_TOLERANCE_MS,
  );
  for (const layout of layouts) {
    for (const group of layout.plan.groups) {
      if (group.planeOutsideAnswers)
        extraNames.push([group.planeRegionId, regionDisplayName({ id: group.planeRegionId })]);
    }
  }
  if (rejectedPin) remember(rejectedPin);
  return {
    sites,
    totalClusters,
    totalWeight,
    growth,
    trips,
    rules,
    partitions,
    hub: hubPlacementOf(main.placement, sites, trips, best),
    hubPlan: { ...hubPlan, maxGroupRttMs: layouts[0]?.plan.maxGroupRttMs ?? 0 },
    hubMetrics,
    hubFootprint: footprintOf(hubPlan.groups),
    layouts,
    rejectedPinId: rejectedPin?.id ?? null,
    extraNames: recordFrom(extraNames),
  };
}
