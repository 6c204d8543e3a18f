import type { Answers, PriorityKey } from './answers';
import type { EngineMessages } from './messages/types';
import { round1 } from './rounding';
import type { SourceId } from './sources';
import type { FactorId, Favors } from './strategy';
import type { Topology } from './topology';
import {
  BROWSER_LATENCY_MAX_POINTS,
  BROWSER_RTT_GUIDANCE_MS,
  CROSS_REGION_ENVIRONMENTS_POINTS,
  ENGINEER_LOAD_PER_INSTALLATION,
  FAULT_ISOLATION_POINTS,
  FLEET_RESIDUAL_SHARE,
  INDEPENDENT_UPGRADES_POINTS,
  ISOLATION_FAR_MS,
  ISOLATION_FULL_STAKE_CLUSTERS,
  ISOLATION_MIN_STAKE,
  ISOLATION_NEAR_MS,
  LATENCY_COMFORT_RATIO,
  LATENCY_MAX_POINTS,
  LATENCY_POINTS_PER_LOG,
  MULTI_CLUSTER_APPS_POINTS,
  OPERATING_LOAD_MAX_POINTS,
  OPERATING_LOAD_SOFTENING_FTE,
  PRIORITY_MULTIPLIERS,
  SAME_PLANES_POINTS,
  SCALE_POINTS,
  SINGLE_PANE_POINTS,
  STANDBY_RESIDUAL_SHARE,
} from './weights';

/** A factor before scores are normalised: the points it gives to the strategy it favours. */
export interface WeighedFactor {
  readonly id: FactorId;
  readonly title: string;
  readonly favors: Favors;
  /** Points for the favoured strategy (0 for a neutral factor). */
  readonly points: number;
  readonly explanation: string;
  readonly sources: readonly SourceId[];
}

/** What every factor may need to know, computed once per recommendation. */
export interface FactorContext {
  readonly answers: Answers;
  readonly topology: Topology;
  readonly nameOf: (regionId: string) => string;
  /** The language every title and explanation is written in. */
  readonly messages: EngineMessages;
}

const priorityMultiplier = (answers: Answers, key: PriorityKey) => PRIORITY_MULTIPLIERS[answers.priorities[key]] ?? 1;

/** 0 at or below `from`, 1 at or above `to`, linear between. */
export function ramp(value: number, from: number, to: number): number {
  if (value <= from) return 0;
  if (value >= to) return 1;
  return (value - from) / (to - from);
}

/**
 * What the factors read of Regional against Hub & Spoke, averaged over Regional's plans across the grouping
 * distance's fade (see topology.ts). None of it depends on the tolerance, engineers or priorities, so it is worked
 * out once per layout and reused by every what-if (`summaries` is keyed by the layout's plans).
 */
interface LayoutSummary {
  /** The share of the fade in which Regional's plan differs from Hub & Spoke's at all. */
  readonly differs: number;
  /**
   * How much of "one place to see and deploy" Hub & Spoke keeps over Regional: 1 with one hub against several planes,
   * less when a hard constraint or Rancher's scale already splits the hub, 0 when both run the same.
   */
  readonly unified: number;
  /** Extra routine work of Regional over Hub & Spoke, in full-time engineers (continuous in clusters and nodes). */
  readonly extraLoadFte: number;
  /** Share of all clusters that one outage of the largest plane no longer reaches, Regional over Hub & Spoke. */
  readonly protectedShare: number;
  /** How much further beyond Rancher's largest documented size the hub is than Regional's largest plane. */
  readonly scaleGained: number;
  /**
   * Every (hub place, regional plane) pair of round trips where the regional plane is nearer, with its weight
   * (fade share × the site's share of all clusters × both places' blend weights), identical pairs added up.
   */
  readonly nearerPairs: readonly (readonly [weight: number, hubRttMs: number, planeRttMs: number])[];
}

const summaries = new WeakMap<object, LayoutSummary>();

/** How far beyond Rancher's largest documented size a plane is: 0 within it, 1 at twice it. */
const beyondLargest = (sizeRatioValue: number) => Math.max(0, Math.min(1, sizeRatioValue - 1));

function summaryOf(topology: Topology): LayoutSummary {
  const known = summaries.get(topology.metrics.regional);
  if (known) return known;
  const { hub, regional } = topology.metrics;
  const { sites, totalWeight } = topology;
  let differs = 0;
  let unified = 0;
  let extraLoad = 0;
  let protectedShare = 0;
  let scaleGained = 0;
  const pairs = new Map<string, [number, number, number]>();
  for (const { weight, metrics } of regional) {
    differs += weight * (metrics.planes > hub.planes ? 1 : 0);
    unified +=
      weight * (metrics.load <= 1 ? 0 : Math.max(0, Math.min(1, (metrics.load - hub.load) / (metrics.load - 1))));
    extraLoad += weight * Math.max(0, metrics.load - hub.load);
    protectedShare += weight * Math.max(0, hub.largestShare - metrics.largestShare);
    scaleGained += weight * Math.max(0, beyondLargest(hub.largestSizeRatio) - beyondLargest(metrics.largestSizeRatio));
    sites.forEach((site, index) => {
      const share = site.weight / totalWeight;
      for (const [hubWeight, hubRtt] of hub.rttBySite[index] ?? []) {
        for (const [planeWeight, planeRtt] of metrics.rttBySite[index] ?? []) {
          if (planeRtt >= hubRtt) continue;
          const key = `${hubRtt}|${planeRtt}`;
          const pair = pairs.get(key) ?? [0, hubRtt, planeRtt];
          pair[0] += weight * share * hubWeight * planeWeight;
          pairs.set(key, pair);
        }
      }
    });
  }
  const summary: LayoutSummary = {
    differs,
    unified,
    extraLoadFte: ENGINEER_LOAD_PER_INSTALLATION * extraLoad,
    protectedShare,
    scaleGained,
    nearerPairs: [...pairs.values()],
  };
  summaries.set(topology.metrics.regional, summary);
  return summary;
}

/**
 * A factor's sentence, or how to write it: "what would change it" scores the answers dozens of times and needs only
 * the points, so sentences are written when first read.
 */
type Explanation = string | (() => string);

function factor(
  id: FactorId,
  title: string,
  favors: Favors,
  points: number,
  explain: Explanation,
  sources: readonly SourceId[],
): WeighedFactor {
  let written: string | undefined;
  return {
    id,
    title,
    favors,
    points,
    sources,
    get explanation() {
      written ??= typeof explain === 'string' ? explain : explain();
      return written;
    },
  };
}

function neutral(id: FactorId, title: string, explanation: Explanation, sources: readonly SourceId[]): WeighedFactor {
  return factor(id, title, 'neutral', 0, explanation, sources);
}

function favoring(
  id: FactorId,
  favors: Favors,
  points: number,
  title: string,
  explanation: Explanation,
  sources: readonly SourceId[],
): WeighedFactor {
  return points > 0
    ? factor(id, title, favors, points, explanation, sources)
    : neutral(id, title, explanation, sources);
}

function samePlanes(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['same-planes'];
  const sources: SourceId[] = ['regional-con-overhead', 'rancher-scale-geography'];
  const { differs } = summaryOf(context.topology);
  const hubPlanes = context.topology.footprint['hub-and-spoke'].planes;
  const regionalPlanes = context.topology.footprint.regional.planes;
  const explanation = () =>
    regionalPlanes > hubPlanes
      ? text.differs({ regionalPlanes, hubPlanes })
      : text.same({ planes: hubPlanes, groupMaxRttMs: context.topology.regionalPlan.maxGroupRttMs });
  return favoring('same-planes', 'hub-and-spoke', SAME_PLANES_POINTS * (1 - differs), text.title, explanation, sources);
}

function singlePane(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['single-pane'];
  const sources: SourceId[] = ['hub-pro-single-interface', 'regional-con-no-single-view'];
  const share = summaryOf(context.topology).unified;
  const multiplier = priorityMultiplier(context.answers, 'singlePane');
  const { footprint } = context.topology;
  if (share === 0) return neutral('single-pane', text.title, text.sameInstallations, sources);
  if (multiplier === 0) return neutral('single-pane', text.title, text.doesNotMatter, sources);
  return favoring(
    'single-pane',
    'hub-and-spoke',
    SINGLE_PANE_POINTS * multiplier * share,
    text.title,
    () =>
      text.favorsHub({
        totalClusters: context.topology.totalClusters,
        hubPlanes: footprint['hub-and-spoke'].planes,
        regionalPlanes: footprint.regional.planes,
      }),
    sources,
  );
}

function multiClusterApps(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['multi-cluster-apps'];
  const sources: SourceId[] = [
    'regional-con-multi-cluster-apps',
    'rancher-multi-cluster-apps-deprecated',
    'fleet-pull',
  ];
  const share = summaryOf(context.topology).unified;
  const multiplier = priorityMultiplier(context.answers, 'multiClusterApps');
  if (share === 0) return neutral('multi-cluster-apps', text.title, text.sameInstallations, sources);
  if (multiplier === 0) return neutral('multi-cluster-apps', text.title, text.doesNotMatter, sources);
  return favoring(
    'multi-cluster-apps',
    'hub-and-spoke',
    MULTI_CLUSTER_APPS_POINTS * multiplier * share * FLEET_RESIDUAL_SHARE,
    text.title,
    () => text.favorsHub({ regionalPlanes: context.topology.footprint.regional.planes }),
    sources,
  );
}

function crossRegionEnvironments(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['cross-region-environments'];
  const sources: SourceId[] = ['hub-pro-nodes-across-regions-withdrawn'];
  if (!context.answers.crossRegionEnvironments) {
    return neutral('cross-region-environments', text.title, text.noneSpan, sources);
  }
  const share = summaryOf(context.topology).unified;
  if (share === 0) return neutral('cross-region-environments', text.title, text.sameInstallations, sources);
  return favoring(
    'cross-region-environments',
    'hub-and-spoke',
    CROSS_REGION_ENVIRONMENTS_POINTS * share,
    text.title,
    () => text.favorsHub({ regionalPlanes: context.topology.footprint.regional.planes }),
    sources,
  );
}

/**
 * Latency points of one cluster whose plane is `ratio` times the tolerance away: 0 up to the comfort ratio, then
 * LATENCY_POINTS_PER_LOG per unit of ln(ratio), twice that beyond the tolerance. ratio × slope never falls as the
 * ratio grows, so the difference between a farther and a nearer plane never grows with the tolerance.
 */
export function latencyPoints(ratio: number): number {
  if (ratio <= LATENCY_COMFORT_RATIO) return 0;
  const toTolerance = Math.log(Math.min(ratio, 1) / LATENCY_COMFORT_RATIO);
  const beyond = ratio > 1 ? Math.log(ratio) : 0;
  return LATENCY_POINTS_PER_LOG * (toTolerance + 2 * beyond);
}

/**
 * Cluster-weighted sum over the sites of what a nearer regional plane saves against the hub. Each pair of places
 * (hub, regional plane) counts by its weight, and only where the regional plane is the nearer one: so the saving
 * never grows when the cost function is relaxed (a higher tolerance).
 */
function savedBySite(context: FactorContext, cost: (rttMs: number) => number): number {
  let sum = 0;
  for (const [weight, hubRtt, planeRtt] of summaryOf(context.topology).nearerPairs) {
    sum += weight * Math.max(0, cost(hubRtt) - cost(planeRtt));
  }
  return sum;
}

function farthestFromHub(context: FactorContext): string {
  const { hub } = context.topology;
  let farthest = hub.regionId;
  let worst = -1;
  for (const site of context.topology.sites) {
    const rtt = hub.rttMs[site.id] ?? 0;
    if (rtt > worst) {
      worst = rtt;
      farthest = site.id;
    }
  }
  return farthest;
}

/** Clusters whose plane under a plan is farther than `limitMs`. */
function clustersBeyond(context: FactorContext, rttMs: (siteId: string) => number, limitMs: number): number {
  return context.topology.sites.reduce((sum, site) => sum + (rttMs(site.id) > limitMs ? site.clusters : 0), 0);
}

function regionalRttOf(context: FactorContext): (siteId: string) => number {
  const bySite = new Map<string, number>();
  for (const group of context.topology.regionalPlan.groups) {
    for (const id of group.regionIds) bySite.set(id, group.rttMs[id] ?? 0);
  }
  return (siteId) => bySite.get(siteId) ?? 0;
}

function latency(context: FactorContext): WeighedFactor {
  const { hub, totalClusters } = context.topology;
  const tolerance = context.answers.latencyToleranceMs;
  const text = context.messages.factors.latency;
  const sources: SourceId[] = ['hub-con-latency', 'regional-pro-latency', 'rancher-scale-geography'];
  const points = Math.min(
    LATENCY_MAX_POINTS,
    savedBySite(context, (rtt) => latencyPoints(rtt / tolerance)),
  );
  const hubRtt = (id: string) => hub.rttMs[id] ?? 0;
  const distance = () => ({
    hub: context.nameOf(hub.regionId),
    farthest: context.nameOf(farthestFromHub(context)),
    worstMs: hub.worstRttMs,
    toleranceMs: tolerance,
    totalClusters,
    beyondClusters: clustersBeyond(context, hubRtt, tolerance),
    regionalBeyondClusters: clustersBeyond(context, regionalRttOf(context), tolerance),
  });
  if (summaryOf(context.topology).differs === 0)
    return neutral('latency', text.title, () => text.sameForBoth(distance()), sources);
  if (points === 0) return neutral('latency', text.title, () => text.noConcern(distance()), sources);
  return favoring('latency', 'regional', points, text.title, () => text.favorsRegional(distance()), sources);
}

function browserLatency(context: FactorContext): WeighedFactor {
  const { hub, totalClusters } = context.topology;
  const text = context.messages.factors['browser-latency'];
  const sources: SourceId[] = ['rancher-browser-latency'];
  const cost = (rtt: number) =>
    BROWSER_LATENCY_MAX_POINTS * ramp(rtt, BROWSER_RTT_GUIDANCE_MS, 2 * BROWSER_RTT_GUIDANCE_MS);
  const points = savedBySite(context, cost);
  const beyondClusters = clustersBeyond(context, (id) => hub.rttMs[id] ?? 0, BROWSER_RTT_GUIDANCE_MS);
  if (beyondClusters === 0) {
    return neutral(
      'browser-latency',
      text.title,
      () => text.withinGuidance({ guidanceMs: BROWSER_RTT_GUIDANCE_MS, worstMs: hub.worstRttMs }),
      sources,
    );
  }
  return favoring(
    'browser-latency',
    'regional',
    points,
    text.title,
    () =>
      text.beyondGuidance({
        farthest: context.nameOf(farthestFromHub(context)),
        worstMs: hub.worstRttMs,
        guidanceMs: BROWSER_RTT_GUIDANCE_MS,
        beyondClusters,
        totalClusters,
      }),
    sources,
  );
}

/** How much of the isolation a split brings counts, given a hub could keep a warm standby in a second region. */
function isolationReach(context: FactorContext): number {
  const farness = ramp(context.topology.metrics.hub.meanRttMs, ISOLATION_NEAR_MS, ISOLATION_FAR_MS);
  return STANDBY_RESIDUAL_SHARE + (1 - STANDBY_RESIDUAL_SHARE) * farness;
}

/** Share of the isolation that counts for an estate this size: an outage of a small estate stops less. */
function isolationStake(context: FactorContext): number {
  const scale = Math.min(1, Math.log1p(context.topology.totalClusters) / Math.log1p(ISOLATION_FULL_STAKE_CLUSTERS));
  return ISOLATION_MIN_STAKE + (1 - ISOLATION_MIN_STAKE) * scale;
}

function faultIsolation(context: FactorContext): WeighedFactor {
  const { footprint, totalClusters, hub } = context.topology;
  const text = context.messages.factors['fault-isolation'];
  const sources: SourceId[] = [
    'hub-con-central-outage',
    'regional-pro-isolation',
    'rancher-backup-restore',
    'hub-pro-keeps-running',
  ];
  const multiplier = priorityMultiplier(context.answers, 'faultIsolation');
  const share = summaryOf(context.topology).protectedShare;
  const losses = {
    totalClusters,
    hubLoss: footprint['hub-and-spoke'].clustersLosingProvisioningOnOutage,
    regionalLoss: footprint.regional.clustersLosingProvisioningOnOutage,
    meanRttMs: hub.meanRttMs,
  };
  if (share === 0) return neutral('fault-isolation', text.title, () => text.sameForBoth(losses), sources);
  if (multiplier === 0) return neutral('fault-isolation', text.title, text.doesNotMatter, sources);
  const reach = isolationReach(context);
  return favoring(
    'fault-isolation',
    'regional',
    FAULT_ISOLATION_POINTS * multiplier * share * reach * isolationStake(context),
    text.title,
    () => text.favorsRegional({ ...losses, standbyCoversMost: reach < 0.6 }),
    sources,
  );
}

function independentUpgrades(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['independent-upgrades'];
  const sources: SourceId[] = ['regional-pro-upgrades'];
  const multiplier = priorityMultiplier(context.answers, 'independentUpgrades');
  const share = summaryOf(context.topology).protectedShare;
  if (share === 0) return neutral('independent-upgrades', text.title, text.oneInstallation, sources);
  if (multiplier === 0) return neutral('independent-upgrades', text.title, text.doesNotMatter, sources);
  return favoring(
    'independent-upgrades',
    'regional',
    INDEPENDENT_UPGRADES_POINTS * multiplier * share,
    text.title,
    () => text.favorsRegional({ places: context.topology.footprint.regional.planes }),
    sources,
  );
}

function operatingLoad(context: FactorContext): WeighedFactor {
  const { topology, answers } = context;
  const text = context.messages.factors['operating-load'];
  const sources: SourceId[] = ['regional-con-overhead', 'rancher-ha'];
  const extra = summaryOf(context.topology).extraLoadFte;
  if (extra <= 0) return neutral('operating-load', text.title, text.sameInstallations, sources);
  const hubLoad = ENGINEER_LOAD_PER_INSTALLATION * topology.metrics.hub.load;
  const spare = Math.max(0, answers.opsEngineers - hubLoad);
  const pressure = extra / (extra + spare + OPERATING_LOAD_SOFTENING_FTE);
  return favoring(
    'operating-load',
    'hub-and-spoke',
    OPERATING_LOAD_MAX_POINTS * pressure,
    text.title,
    () =>
      text.favorsHub({
        regionalInstallations: topology.footprint.regional.installations,
        regionalNodes: topology.footprint.regional.managementNodes,
        extraEngineers: round1(extra),
        opsEngineers: answers.opsEngineers,
      }),
    sources,
  );
}

function scale(context: FactorContext): WeighedFactor {
  const { footprint } = context.topology;
  const text = context.messages.factors['scale-ceiling'];
  const sources: SourceId[] = ['rancher-sizing', 'rancher-sizing-larger'];
  const gained = summaryOf(context.topology).scaleGained;
  const hub = footprint['hub-and-spoke'];
  const regional = footprint.regional;
  const sizes = {
    hubClusters: hub.largestInstallationClusters,
    hubSize: hub.largestInstallationSize,
    regionalClusters: regional.largestInstallationClusters,
    regionalSize: regional.largestInstallationSize,
  };
  if (gained === 0) {
    return neutral(
      'scale-ceiling',
      text.title,
      hub.largestInstallationSize === 'beyond-large' ? text.beyondForBoth(sizes) : text.withinDocumented(sizes),
      sources,
    );
  }
  return favoring(
    'scale-ceiling',
    'regional',
    SCALE_POINTS * gained,
    text.title,
    () => text.favorsRegional(sizes),
    sources,
  );
}

function hardConstraints(context: FactorContext): WeighedFactor | null {
  const groups = context.topology.hubPlan.groups.filter((group) => group.constraint !== undefined);
  if (groups.length === 0) return null;
  const text = context.messages.factors['hard-constraints'];
  const names = new Map((context.answers.jurisdictions ?? []).map((j) => [j.id, j.name]));
  const jurisdictions = groups.flatMap((group) =>
    group.constraint?.kind === 'jurisdiction' ? [names.get(group.constraint.jurisdictionId) ?? text.mainlandChina] : [],
  );
  const airGapped = groups.flatMap((group) =>
    group.constraint?.kind === 'air-gap' ? group.regionIds.map(context.nameOf) : [],
  );
  return neutral(
    'hard-constraints',
    text.title,
    () => text.explanation({ jurisdictions, airGapped, hubPlanes: context.topology.footprint['hub-and-spoke'].planes }),
    ['rancher-air-gap', 'rancher-ace'],
  );
}

function workloadsKeepRunning(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['workloads-keep-running'];
  const provisionedPercent = context.answers.provisionedPercent ?? null;
  return neutral('workloads-keep-running', text.title, () => text.explanation({ provisionedPercent }), [
    'hub-pro-keeps-running',
    'rancher-keeps-running-faq',
    'rancher-ace',
  ]);
}

/** Every factor weighed for these answers, in a stable order. */
export function weighFactors(context: FactorContext): WeighedFactor[] {
  const constraints = hardConstraints(context);
  return [
    ...(constraints ? [constraints] : []),
    samePlanes(context),
    latency(context),
    browserLatency(context),
    faultIsolation(context),
    independentUpgrades(context),
    singlePane(context),
    multiClusterApps(context),
    crossRegionEnvironments(context),
    operatingLoad(context),
    scale(context),
    workloadsKeepRunning(context),
  ];
}
