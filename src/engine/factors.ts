import type { Answers, PriorityKey } from './answers';
import type { EngineMessages } from './messages/types';
import { round1 } from './rounding';
import { MAX_CLUSTERS_PER_INSTALLATION } from './sizing';
import type { SourceId } from './sources';
import type { Favors } from './strategy';
import type { Topology } from './topology';
import {
  BLAST_RADIUS_FULL_CLUSTERS,
  BLAST_RADIUS_POINTS,
  BROWSER_LATENCY_MAX_POINTS,
  BROWSER_RTT_GUIDANCE_MS,
  CROSS_REGION_ENVIRONMENTS_POINTS,
  ENGINEER_LOAD_PER_INSTALLATION,
  FAULT_ISOLATION_POINTS,
  INDEPENDENT_UPGRADES_POINTS,
  LATENCY_COMFORT_RATIO,
  LATENCY_MAX_POINTS,
  LATENCY_MAX_RATIO,
  LATENCY_POINTS_AT_TOLERANCE,
  MULTI_CLUSTER_APPS_POINTS,
  ONE_INSTALLATION_SUFFICES_POINTS,
  OPERATING_LOAD_MAX_POINTS,
  PRIORITY_MULTIPLIERS,
  SCALE_CEILING_POINTS,
  SINGLE_PANE_POINTS,
} from './weights';

export type FactorId =
  | 'one-installation-suffices'
  | 'single-pane'
  | 'multi-cluster-apps'
  | 'cross-region-environments'
  | 'latency'
  | 'browser-latency'
  | 'fault-isolation'
  | 'blast-radius'
  | 'independent-upgrades'
  | 'operating-load'
  | 'scale-ceiling'
  | 'workloads-keep-running';

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

function regionalInstallations(context: FactorContext): number {
  return context.topology.footprint.regional.installations;
}

function isSplitByRegional(context: FactorContext): boolean {
  return context.topology.regionalPlan.groups.length > 1;
}

/**
 * How much of "one place to see and deploy" Hub & Spoke really keeps: 1 with a single hub, less when
 * Rancher's scale ceiling forces several hubs, 0 when it would need as many installations as Regional.
 */
function unifiedShare(context: FactorContext): number {
  const hubInstallations = context.topology.footprint['hub-and-spoke'].installations;
  const regional = regionalInstallations(context);
  if (regional <= 1 || hubInstallations >= regional) return 0;
  return 1 - (hubInstallations - 1) / (regional - 1);
}

function hubInstallationsOf(context: FactorContext): number {
  return context.topology.footprint['hub-and-spoke'].installations;
}

function neutral(id: FactorId, title: string, explanation: string, sources: readonly SourceId[]): WeighedFactor {
  return { id, title, favors: 'neutral', points: 0, explanation, sources };
}

function oneInstallationSuffices(context: FactorContext): WeighedFactor {
  const { topology } = context;
  const text = context.messages.factors['one-installation-suffices'];
  const title = text.title;
  const sources: SourceId[] = ['regional-con-overhead'];
  if (isSplitByRegional(context) || hubInstallationsOf(context) > 1) {
    return neutral(
      'one-installation-suffices',
      title,
      text.tooFarApart({ regionalInstallations: regionalInstallations(context) }),
      sources,
    );
  }
  return {
    id: 'one-installation-suffices',
    title,
    favors: 'hub-and-spoke',
    points: ONE_INSTALLATION_SUFFICES_POINTS,
    explanation: text.allWithinOnePlane({ groupMaxRttMs: topology.regionalPlan.maxGroupRttMs }),
    sources,
  };
}

function singlePane(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['single-pane'];
  const title = text.title;
  const sources: SourceId[] = ['hub-pro-single-interface', 'regional-con-no-single-view'];
  const multiplier = priorityMultiplier(context.answers, 'singlePane');
  const share = unifiedShare(context);
  if (share === 0) {
    return neutral(
      'single-pane',
      title,
      text.sameInstallations({ hubInstallations: hubInstallationsOf(context) }),
      sources,
    );
  }
  if (multiplier === 0) {
    return neutral('single-pane', title, text.doesNotMatter, sources);
  }
  return {
    id: 'single-pane',
    title,
    favors: 'hub-and-spoke',
    points: SINGLE_PANE_POINTS * multiplier * share,
    explanation: text.favorsHub({
      totalClusters: context.topology.totalClusters,
      hubInstallations: hubInstallationsOf(context),
      regionalInstallations: regionalInstallations(context),
    }),
    sources,
  };
}

function multiClusterApps(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['multi-cluster-apps'];
  const title = text.title;
  const sources: SourceId[] = ['regional-con-multi-cluster-apps'];
  const multiplier = priorityMultiplier(context.answers, 'multiClusterApps');
  const share = unifiedShare(context);
  if (share === 0) {
    return neutral('multi-cluster-apps', title, text.sameInstallations, sources);
  }
  if (multiplier === 0) {
    return neutral('multi-cluster-apps', title, text.doesNotMatter, sources);
  }
  return {
    id: 'multi-cluster-apps',
    title,
    favors: 'hub-and-spoke',
    points: MULTI_CLUSTER_APPS_POINTS * multiplier * share,
    explanation: text.favorsHub({
      regionalInstallations: regionalInstallations(context),
      hubInstallations: hubInstallationsOf(context),
    }),
    sources,
  };
}

function crossRegionEnvironments(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['cross-region-environments'];
  const title = text.title;
  const sources: SourceId[] = ['hub-pro-nodes-across-regions-withdrawn'];
  if (!context.answers.crossRegionEnvironments) {
    return neutral('cross-region-environments', title, text.noneSpan, sources);
  }
  const share = unifiedShare(context);
  if (share === 0) {
    return neutral('cross-region-environments', title, text.sameInstallations, sources);
  }
  return {
    id: 'cross-region-environments',
    title,
    favors: 'hub-and-spoke',
    points: CROSS_REGION_ENVIRONMENTS_POINTS * share,
    explanation: text.favorsHub({ regionalInstallations: regionalInstallations(context) }),
    sources,
  };
}

/** Latency points for a worst round trip `ratio` times the tolerance: 0 up to the comfort ratio, capped at the max ratio. */
export function latencyPoints(ratio: number): number {
  if (ratio <= LATENCY_COMFORT_RATIO) return 0;
  if (ratio <= 1) {
    return (LATENCY_POINTS_AT_TOLERANCE * (ratio - LATENCY_COMFORT_RATIO)) / (1 - LATENCY_COMFORT_RATIO);
  }
  const beyond = Math.min(ratio, LATENCY_MAX_RATIO) - 1;
  return (
    LATENCY_POINTS_AT_TOLERANCE +
    ((LATENCY_MAX_POINTS - LATENCY_POINTS_AT_TOLERANCE) * beyond) / (LATENCY_MAX_RATIO - 1)
  );
}

function farthestFromHub(context: FactorContext): string {
  const { hub } = context.topology;
  let farthest = hub.regionId;
  for (const site of context.topology.sites) {
    if ((hub.rttMs[site.id] ?? 0) > (hub.rttMs[farthest] ?? 0)) farthest = site.id;
  }
  return farthest;
}

function latency(context: FactorContext): WeighedFactor {
  const { hub } = context.topology;
  const tolerance = context.answers.latencyToleranceMs;
  const text = context.messages.factors.latency;
  const title = text.title;
  const sources: SourceId[] = ['hub-con-latency', 'regional-pro-latency'];
  const ratio = hub.worstRttMs / tolerance;
  const distance = {
    hub: context.nameOf(hub.regionId),
    farthest: context.nameOf(farthestFromHub(context)),
    worstMs: hub.worstRttMs,
    toleranceMs: tolerance,
  };
  if (!isSplitByRegional(context)) {
    return neutral('latency', title, text.sameForBoth({ ...distance, beyondTolerance: ratio > 1 }), sources);
  }
  const points = latencyPoints(ratio);
  if (points === 0) {
    return neutral('latency', title, text.noConcern(distance), sources);
  }
  return {
    id: 'latency',
    title,
    favors: 'regional',
    points,
    explanation: text.favorsRegional({ ...distance, beyondTolerance: ratio > 1 }),
    sources,
  };
}

function browserLatency(context: FactorContext): WeighedFactor {
  const { hub } = context.topology;
  const text = context.messages.factors['browser-latency'];
  const title = text.title;
  const sources: SourceId[] = ['rancher-browser-latency'];
  const excess = (hub.worstRttMs - BROWSER_RTT_GUIDANCE_MS) / BROWSER_RTT_GUIDANCE_MS;
  if (excess <= 0) {
    return neutral(
      'browser-latency',
      title,
      text.withinGuidance({ guidanceMs: BROWSER_RTT_GUIDANCE_MS, worstMs: hub.worstRttMs }),
      sources,
    );
  }
  return {
    id: 'browser-latency',
    title,
    favors: 'regional',
    points: BROWSER_LATENCY_MAX_POINTS * Math.min(1, excess),
    explanation: text.beyondGuidance({
      farthest: context.nameOf(farthestFromHub(context)),
      worstMs: hub.worstRttMs,
      guidanceMs: BROWSER_RTT_GUIDANCE_MS,
    }),
    sources,
  };
}

function largestGroupShare(context: FactorContext): number {
  const { topology } = context;
  const largest = topology.footprint.regional.clustersLosingProvisioningOnOutage;
  return largest / topology.totalClusters;
}

function faultIsolation(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['fault-isolation'];
  const title = text.title;
  const sources: SourceId[] = ['hub-con-central-outage', 'regional-pro-isolation'];
  const multiplier = priorityMultiplier(context.answers, 'faultIsolation');
  const protectedShare = 1 - largestGroupShare(context);
  if (protectedShare <= 0) {
    return neutral('fault-isolation', title, text.oneInstallation, sources);
  }
  if (multiplier === 0) {
    return neutral('fault-isolation', title, text.doesNotMatter, sources);
  }
  const percent = Math.round(protectedShare * 100);
  return {
    id: 'fault-isolation',
    title,
    favors: 'regional',
    points: FAULT_ISOLATION_POINTS * multiplier * protectedShare,
    explanation: text.favorsRegional({ totalClusters: context.topology.totalClusters, protectedPercent: percent }),
    sources,
  };
}

function blastRadius(context: FactorContext): WeighedFactor {
  const { topology } = context;
  const text = context.messages.factors['blast-radius'];
  const title = text.title;
  const sources: SourceId[] = ['hub-con-central-outage', 'rancher-sizing'];
  const protectedShare = 1 - largestGroupShare(context);
  const hubLoss = topology.footprint['hub-and-spoke'].clustersLosingProvisioningOnOutage;
  const regionalLoss = topology.footprint.regional.clustersLosingProvisioningOnOutage;
  if (protectedShare <= 0 || regionalLoss >= hubLoss) {
    return neutral('blast-radius', title, text.sameForBoth({ hubLoss }), sources);
  }
  const scale = Math.min(1, Math.log1p(topology.totalClusters) / Math.log1p(BLAST_RADIUS_FULL_CLUSTERS));
  return {
    id: 'blast-radius',
    title,
    favors: 'regional',
    points: BLAST_RADIUS_POINTS * protectedShare * scale,
    explanation: text.favorsRegional({ hubLoss, regionalLoss }),
    sources,
  };
}

function independentUpgrades(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['independent-upgrades'];
  const title = text.title;
  const sources: SourceId[] = ['regional-pro-upgrades'];
  const multiplier = priorityMultiplier(context.answers, 'independentUpgrades');
  if (!isSplitByRegional(context)) {
    return neutral('independent-upgrades', title, text.oneInstallation, sources);
  }
  if (multiplier === 0) {
    return neutral('independent-upgrades', title, text.doesNotMatter, sources);
  }
  return {
    id: 'independent-upgrades',
    title,
    favors: 'regional',
    points: INDEPENDENT_UPGRADES_POINTS * multiplier,
    explanation: text.favorsRegional({ places: context.topology.regionalPlan.groups.length }),
    sources,
  };
}

function operatingLoad(context: FactorContext): WeighedFactor {
  const { topology, answers } = context;
  const text = context.messages.factors['operating-load'];
  const title = text.title;
  const sources: SourceId[] = ['regional-con-overhead', 'rancher-ha'];
  const extra = topology.footprint.regional.installations - topology.footprint['hub-and-spoke'].installations;
  if (extra <= 0) {
    return neutral('operating-load', title, text.sameInstallations, sources);
  }
  const extraLoad = extra * ENGINEER_LOAD_PER_INSTALLATION;
  const pressure = extraLoad / (extraLoad + answers.opsEngineers);
  const regionalNodes = topology.footprint.regional.managementNodes;
  return {
    id: 'operating-load',
    title,
    favors: 'hub-and-spoke',
    points: OPERATING_LOAD_MAX_POINTS * pressure,
    explanation: text.favorsHub({
      regionalInstallations: topology.footprint.regional.installations,
      regionalNodes,
      extraEngineers: round1(extraLoad),
      opsEngineers: answers.opsEngineers,
    }),
    sources,
  };
}

function scaleCeiling(context: FactorContext): WeighedFactor {
  const { topology } = context;
  const text = context.messages.factors['scale-ceiling'];
  const title = text.title;
  const sources: SourceId[] = ['rancher-sizing'];
  const hub = topology.footprint['hub-and-spoke'];
  if (hub.installations > 1) {
    return {
      id: 'scale-ceiling',
      title,
      favors: 'regional',
      points: SCALE_CEILING_POINTS,
      explanation: text.favorsRegional({
        totalClusters: topology.totalClusters,
        maxClustersPerInstallation: MAX_CLUSTERS_PER_INSTALLATION,
        hubInstallations: hub.installations,
      }),
      sources,
    };
  }
  return neutral(
    'scale-ceiling',
    title,
    text.fitsOneInstallation({ totalClusters: topology.totalClusters, size: hub.largestInstallationSize }),
    sources,
  );
}

function workloadsKeepRunning(context: FactorContext): WeighedFactor {
  const text = context.messages.factors['workloads-keep-running'];
  return neutral('workloads-keep-running', text.title, text.explanation, ['hub-pro-keeps-running']);
}

/** Every factor weighed for these answers, in a stable order. */
export function weighFactors(context: FactorContext): WeighedFactor[] {
  return [
    oneInstallationSuffices(context),
    latency(context),
    browserLatency(context),
    faultIsolation(context),
    blastRadius(context),
    independentUpgrades(context),
    singlePane(context),
    multiClusterApps(context),
    crossRegionEnvironments(context),
    operatingLoad(context),
    scaleCeiling(context),
    workloadsKeepRunning(context),
  ];
}
