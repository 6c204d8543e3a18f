import type { LatencyPicture } from '../messages/types';
import { CLUSTER_WEIGHT_PRIOR } from '../topology';
import {
  BROWSER_LATENCY_MAX_POINTS,
  BROWSER_RTT_GUIDANCE_MS,
  LATENCY_COMFORT_RATIO,
  LATENCY_FULL_STAKE_CLUSTERS,
  LATENCY_MAX_POINTS,
  LATENCY_MAX_POINTS_PER_CLUSTER,
  LATENCY_POINTS_PER_LOG_BEYOND,
  LATENCY_POINTS_PER_LOG_WITHIN,
  LATENCY_TOLERANCE_FLOOR_MS,
} from '../weights';
import {
  clustersBeyond,
  type ExplainContext,
  type FactorContext,
  type FactorDefinition,
  farthestUnderHub,
  favoring,
  managingRtt,
  NEUTRAL,
  ramp,
} from './context';

/**
 * Latency points of one cluster whose plane is `ratio` times the tolerance away: 0 up to the comfort ratio, then
 * LATENCY_POINTS_PER_LOG_WITHIN per unit of ln(ratio) up to the tolerance and LATENCY_POINTS_PER_LOG_BEYOND beyond
 * it. Convex in ln(ratio), so the difference between a farther and a nearer plane never grows with the tolerance.
 */
export function latencyPoints(ratio: number): number {
  if (ratio <= LATENCY_COMFORT_RATIO) return 0;
  const toTolerance = Math.log(Math.min(ratio, 1) / LATENCY_COMFORT_RATIO);
  const beyond = ratio > 1 ? Math.log(ratio) : 0;
  return LATENCY_POINTS_PER_LOG_WITHIN * toTolerance + LATENCY_POINTS_PER_LOG_BEYOND * beyond;
}

/**
 * Cluster-weighted sum over the sites of what a nearer regional plane saves against the hub, at most `capPerCluster`
 * for one cluster. Each pair of places (hub, regional plane) counts by its weight, and only where the regional plane
 * is the nearer one: so the saving never grows when the cost function is relaxed (a higher tolerance), and the cap
 * keeps that so.
 */
function savedBySite(context: FactorContext, cost: (rttMs: number) => number, capPerCluster: number): number {
  const { weights, hubRttMs, planeRttMs } = context.layout.summary.nearerPairs;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const saved = cost(hubRttMs[i] as number) - cost(planeRttMs[i] as number);
    sum += (weights[i] as number) * Math.min(capPerCluster, Math.max(0, saved));
  }
  return sum;
}

function picture(context: ExplainContext): LatencyPicture {
  const tolerance = context.answers.latencyToleranceMs;
  const farthest = farthestUnderHub(context);
  return {
    hub: context.nameOf(farthest.planeId),
    farthest: context.nameOf(farthest.regionId),
    worstMs: farthest.rttMs,
    toleranceMs: tolerance,
    totalClusters: context.topology.totalClusters,
    beyondClusters: clustersBeyond(context, managingRtt(context.topology.hubPlan.groups), tolerance),
    regionalBeyondClusters: clustersBeyond(context, managingRtt(context.layout.plan.groups), tolerance),
  };
}

export const latency: FactorDefinition = {
  id: 'latency',
  sources: ['hub-con-latency', 'regional-pro-latency', 'rancher-scale-geography'],
  weigh: (context) => {
    if (context.layout.summary.differs === 0) return NEUTRAL;
    const tolerance = Math.max(context.answers.latencyToleranceMs, LATENCY_TOLERANCE_FLOOR_MS);
    const saved = savedBySite(context, (rtt) => latencyPoints(rtt / tolerance), LATENCY_MAX_POINTS_PER_CLUSTER);
    // Weights, not bare clusters: each region counts CLUSTER_WEIGHT_PRIOR more, so one cluster more or less moves
    // the stake of a small estate by slivers.
    const nearer = context.layout.summary.nearerWeight;
    const full = LATENCY_FULL_STAKE_CLUSTERS + CLUSTER_WEIGHT_PRIOR;
    const stake = Math.min(1, Math.log1p(nearer) / Math.log1p(full));
    return favoring('regional', Math.min(LATENCY_MAX_POINTS, saved * stake));
  },
  explain: (context, weight) => {
    const text = context.messages.factors.latency;
    if (context.layout.summary.differs === 0) return text.sameForBoth(picture(context));
    return weight.points === 0 ? text.noConcern(picture(context)) : text.favorsRegional(picture(context));
  },
};

const browserCost = (rtt: number) =>
  BROWSER_LATENCY_MAX_POINTS * ramp(rtt, BROWSER_RTT_GUIDANCE_MS, 2 * BROWSER_RTT_GUIDANCE_MS);

export const browserLatency: FactorDefinition = {
  id: 'browser-latency',
  sources: ['rancher-browser-latency'],
  weigh: (context) => favoring('regional', savedBySite(context, browserCost, BROWSER_LATENCY_MAX_POINTS)),
  explain: (context) => {
    const text = context.messages.factors['browser-latency'];
    const farthest = farthestUnderHub(context);
    const beyondClusters = clustersBeyond(
      context,
      managingRtt(context.topology.hubPlan.groups),
      BROWSER_RTT_GUIDANCE_MS,
    );
    if (beyondClusters === 0) {
      return text.withinGuidance({ guidanceMs: BROWSER_RTT_GUIDANCE_MS, worstMs: farthest.rttMs });
    }
    return text.beyondGuidance({
      farthest: context.nameOf(farthest.regionId),
      worstMs: farthest.rttMs,
      guidanceMs: BROWSER_RTT_GUIDANCE_MS,
      beyondClusters,
      totalClusters: context.topology.totalClusters,
    });
  },
};
