import type { Answers, PriorityKey } from './answers';
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
}

const formatMs = (value: number) => `${Math.round(value)} ms`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const timesOf = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);
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

function hubInterfaces(context: FactorContext): string {
  const hubInstallations = context.topology.footprint['hub-and-spoke'].installations;
  return hubInstallations === 1 ? 'one interface' : `${hubInstallations} interfaces (Rancher's scale ceiling)`;
}

function neutral(id: FactorId, title: string, explanation: string, sources: readonly SourceId[]): WeighedFactor {
  return { id, title, favors: 'neutral', points: 0, explanation, sources };
}

function oneInstallationSuffices(context: FactorContext): WeighedFactor {
  const { topology } = context;
  const title = 'One installation already covers every region';
  const sources: SourceId[] = ['regional-con-overhead'];
  if (isSplitByRegional(context) || topology.footprint['hub-and-spoke'].installations > 1) {
    return neutral(
      'one-installation-suffices',
      title,
      `Your regions are too far apart for one local plane, so the Regional strategy would mean ${plural(regionalInstallations(context), 'installation', 'installations')}.`,
      sources,
    );
  }
  return {
    id: 'one-installation-suffices',
    title,
    favors: 'hub-and-spoke',
    points: ONE_INSTALLATION_SUFFICES_POINTS,
    explanation: `All your regions are within ${formatMs(topology.regionalPlan.maxGroupRttMs)} of one another, so "Regional" would be the same single installation: one central plane is simply the whole answer.`,
    sources,
  };
}

function singlePane(context: FactorContext): WeighedFactor {
  const title = 'One interface for every region';
  const sources: SourceId[] = ['hub-pro-single-interface', 'regional-con-no-single-view'];
  const multiplier = priorityMultiplier(context.answers, 'singlePane');
  const share = unifiedShare(context);
  if (share === 0) {
    return neutral(
      'single-pane',
      title,
      `Both strategies need the same number of installations here (${hubInterfaces(context)}), so neither shows more in one place.`,
      sources,
    );
  }
  if (multiplier === 0) {
    return neutral(
      'single-pane',
      title,
      'You said a single interface does not matter, so the separate views of a Regional setup cost you nothing.',
      sources,
    );
  }
  return {
    id: 'single-pane',
    title,
    favors: 'hub-and-spoke',
    points: SINGLE_PANE_POINTS * multiplier * share,
    explanation: `Hub & Spoke shows all ${plural(context.topology.totalClusters, 'cluster', 'clusters')} in ${hubInterfaces(context)}; Regional splits them over ${plural(regionalInstallations(context), 'interface', 'interfaces')}.`,
    sources,
  };
}

function multiClusterApps(context: FactorContext): WeighedFactor {
  const title = 'Deploying one app to many regions';
  const sources: SourceId[] = ['regional-con-multi-cluster-apps'];
  const multiplier = priorityMultiplier(context.answers, 'multiClusterApps');
  const share = unifiedShare(context);
  if (share === 0) {
    return neutral(
      'multi-cluster-apps',
      title,
      'A multi-cluster app is deployed the same number of times under either strategy, because both need the same installations.',
      sources,
    );
  }
  if (multiplier === 0) {
    return neutral(
      'multi-cluster-apps',
      title,
      'You said deploying one app across regions in one step does not matter, so repeating it per installation costs you little.',
      sources,
    );
  }
  return {
    id: 'multi-cluster-apps',
    title,
    favors: 'hub-and-spoke',
    points: MULTI_CLUSTER_APPS_POINTS * multiplier * share,
    explanation: `With Regional, every app that spans regions is deployed ${timesOf(regionalInstallations(context))}, once per installation; Hub & Spoke deploys it ${timesOf(context.topology.footprint['hub-and-spoke'].installations)}.`,
    sources,
  };
}

function crossRegionEnvironments(context: FactorContext): WeighedFactor {
  const title = 'Environments that span regions';
  const sources: SourceId[] = ['hub-pro-nodes-across-regions-withdrawn'];
  const stretched =
    'Rancher does not support one cluster stretched across regions (its former pro "nodes across regions" was withdrawn)';
  if (!context.answers.crossRegionEnvironments) {
    return neutral(
      'cross-region-environments',
      title,
      `${stretched}; you said no environment spans regions, so this does not weigh either way.`,
      sources,
    );
  }
  const share = unifiedShare(context);
  if (share === 0) {
    return neutral(
      'cross-region-environments',
      title,
      `${stretched}; both strategies put your environments' clusters under the same installations, so this does not weigh.`,
      sources,
    );
  }
  return {
    id: 'cross-region-environments',
    title,
    favors: 'hub-and-spoke',
    points: CROSS_REGION_ENVIRONMENTS_POINTS * share,
    explanation: `${stretched}, but an environment made of separate clusters in several regions is run as one only from one central plane; Regional splits it over ${plural(regionalInstallations(context), 'installation', 'installations')}.`,
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
  const title = 'Round trip from a central plane to the clusters';
  const sources: SourceId[] = ['hub-con-latency', 'regional-pro-latency'];
  const ratio = hub.worstRttMs / tolerance;
  const where = `from a hub in ${context.nameOf(hub.regionId)} the farthest region, ${context.nameOf(farthestFromHub(context))}, is about ${formatMs(hub.worstRttMs)} away`;
  if (!isSplitByRegional(context)) {
    const beyond = ratio > 1 ? `, beyond your ${formatMs(tolerance)} tolerance even so` : '';
    return neutral(
      'latency',
      title,
      `Latency is the same under both strategies, because one plane serves all your regions: ${where}${beyond}.`,
      sources,
    );
  }
  const points = latencyPoints(ratio);
  if (points === 0) {
    return neutral(
      'latency',
      title,
      `Latency is no concern: ${where}, well within your ${formatMs(tolerance)} tolerance.`,
      sources,
    );
  }
  const verdict =
    ratio > 1
      ? `beyond your ${formatMs(tolerance)} tolerance, while regional planes stay close to their clusters`
      : `close to your ${formatMs(tolerance)} tolerance, while regional planes would keep more headroom`;
  return {
    id: 'latency',
    title,
    favors: 'regional',
    points,
    explanation: `Hub & Spoke is subject to latency: ${where}, ${verdict}.`,
    sources,
  };
}

function browserLatency(context: FactorContext): WeighedFactor {
  const { hub } = context.topology;
  const title = 'Browser-to-server guidance of Rancher';
  const sources: SourceId[] = ['rancher-browser-latency'];
  const excess = (hub.worstRttMs - BROWSER_RTT_GUIDANCE_MS) / BROWSER_RTT_GUIDANCE_MS;
  if (excess <= 0) {
    return neutral(
      'browser-latency',
      title,
      `People working near any of your regions reach a central Rancher within Rancher's ${BROWSER_RTT_GUIDANCE_MS} ms browser guidance (at most about ${formatMs(hub.worstRttMs)}).`,
      sources,
    );
  }
  return {
    id: 'browser-latency',
    title,
    favors: 'regional',
    points: BROWSER_LATENCY_MAX_POINTS * Math.min(1, excess),
    explanation: `People working near ${context.nameOf(farthestFromHub(context))} would reach a central Rancher at about ${formatMs(hub.worstRttMs)}, beyond Rancher's ${BROWSER_RTT_GUIDANCE_MS} ms browser guidance; a regional plane keeps the UI close to them.`,
    sources,
  };
}

function largestGroupShare(context: FactorContext): number {
  const { topology } = context;
  const largest = topology.footprint.regional.clustersLosingProvisioningOnOutage;
  return largest / topology.totalClusters;
}

function faultIsolation(context: FactorContext): WeighedFactor {
  const title = 'A region keeps working when another plane is down';
  const sources: SourceId[] = ['hub-con-central-outage', 'regional-pro-isolation'];
  const multiplier = priorityMultiplier(context.answers, 'faultIsolation');
  const protectedShare = 1 - largestGroupShare(context);
  if (protectedShare <= 0) {
    return neutral(
      'fault-isolation',
      title,
      'One installation covers all your regions under either strategy, so an outage of it stops provisioning everywhere in both.',
      sources,
    );
  }
  if (multiplier === 0) {
    return neutral(
      'fault-isolation',
      title,
      "You said it does not matter whether regions keep provisioning during another plane's outage, so this does not weigh.",
      sources,
    );
  }
  const percent = Math.round(protectedShare * 100);
  return {
    id: 'fault-isolation',
    title,
    favors: 'regional',
    points: FAULT_ISOLATION_POINTS * multiplier * protectedShare,
    explanation: `If a central plane is down, provisioning stops for all ${context.topology.totalClusters} clusters (each can still be managed directly); with Regional, at least ${percent}% of your clusters keep their plane when any one plane is down.`,
    sources,
  };
}

function blastRadius(context: FactorContext): WeighedFactor {
  const { topology } = context;
  const title = 'Blast radius of one management-plane outage';
  const sources: SourceId[] = ['hub-con-central-outage', 'rancher-sizing'];
  const protectedShare = 1 - largestGroupShare(context);
  const hubLoss = topology.footprint['hub-and-spoke'].clustersLosingProvisioningOnOutage;
  const regionalLoss = topology.footprint.regional.clustersLosingProvisioningOnOutage;
  if (protectedShare <= 0 || regionalLoss >= hubLoss) {
    return neutral(
      'blast-radius',
      title,
      `One outage would stop provisioning for up to ${plural(hubLoss, 'cluster', 'clusters')} under either strategy.`,
      sources,
    );
  }
  const scale = Math.min(1, Math.log1p(topology.totalClusters) / Math.log1p(BLAST_RADIUS_FULL_CLUSTERS));
  return {
    id: 'blast-radius',
    title,
    favors: 'regional',
    points: BLAST_RADIUS_POINTS * protectedShare * scale,
    explanation: `One outage stops provisioning for up to ${plural(hubLoss, 'cluster', 'clusters')} with Hub & Spoke, but for at most ${plural(regionalLoss, 'cluster', 'clusters')} with Regional.`,
    sources,
  };
}

function independentUpgrades(context: FactorContext): WeighedFactor {
  const title = 'Upgrading region by region';
  const sources: SourceId[] = ['regional-pro-upgrades'];
  const multiplier = priorityMultiplier(context.answers, 'independentUpgrades');
  if (!isSplitByRegional(context)) {
    return neutral(
      'independent-upgrades',
      title,
      'With one installation for all your regions, every upgrade reaches all of them at once under either strategy.',
      sources,
    );
  }
  if (multiplier === 0) {
    return neutral(
      'independent-upgrades',
      title,
      "You said upgrading on each region's own schedule does not matter, so one upgrade for all regions is fine.",
      sources,
    );
  }
  return {
    id: 'independent-upgrades',
    title,
    favors: 'regional',
    points: INDEPENDENT_UPGRADES_POINTS * multiplier,
    explanation: `Regional lets you upgrade Rancher in ${plural(context.topology.regionalPlan.groups.length, 'place', 'places')} on each one's own schedule, trying each release on one region first; Hub & Spoke upgrades every region at once.`,
    sources,
  };
}

function operatingLoad(context: FactorContext): WeighedFactor {
  const { topology, answers } = context;
  const title = 'Operating several installations';
  const sources: SourceId[] = ['regional-con-overhead', 'rancher-ha'];
  const extra = topology.footprint.regional.installations - topology.footprint['hub-and-spoke'].installations;
  if (extra <= 0) {
    return neutral(
      'operating-load',
      title,
      'Both strategies run the same number of installations here, so neither adds operating work.',
      sources,
    );
  }
  const extraLoad = extra * ENGINEER_LOAD_PER_INSTALLATION;
  const pressure = extraLoad / (extraLoad + answers.opsEngineers);
  const regionalNodes = topology.footprint.regional.managementNodes;
  return {
    id: 'operating-load',
    title,
    favors: 'hub-and-spoke',
    points: OPERATING_LOAD_MAX_POINTS * pressure,
    explanation: `Regional means ${plural(topology.footprint.regional.installations, 'installation', 'installations')} (${regionalNodes} management nodes in three-node HA) to upgrade, back up and watch, about ${round1(extraLoad)} more engineers' worth of routine work than one hub, for a team of ${answers.opsEngineers}.`,
    sources,
  };
}

function scaleCeiling(context: FactorContext): WeighedFactor {
  const { topology } = context;
  const title = 'Documented scale of one Rancher installation';
  const sources: SourceId[] = ['rancher-sizing'];
  const hub = topology.footprint['hub-and-spoke'];
  if (hub.installations > 1) {
    return {
      id: 'scale-ceiling',
      title,
      favors: 'regional',
      points: SCALE_CEILING_POINTS,
      explanation: `${topology.totalClusters} clusters exceed the ${MAX_CLUSTERS_PER_INSTALLATION} that Rancher documents for its largest server size, so Hub & Spoke would need ${hub.installations} hubs anyway and lose its single view; splitting by region is the natural cut.`,
      sources,
    };
  }
  return neutral(
    'scale-ceiling',
    title,
    `One installation manages all ${plural(topology.totalClusters, 'cluster', 'clusters')} within Rancher's documented sizes (a ${hub.largestInstallationSize} server handles them).`,
    sources,
  );
}

function workloadsKeepRunning(): WeighedFactor {
  return neutral(
    'workloads-keep-running',
    'Clusters keep running without their management plane',
    'Under either strategy, downstream Kubernetes keeps running its workloads when the management plane is unreachable; an outage stops provisioning and central management, not your applications.',
    ['hub-pro-keeps-running'],
  );
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
    workloadsKeepRunning(),
  ];
}
