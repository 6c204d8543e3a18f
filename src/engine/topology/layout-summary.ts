import type { PlanMetrics } from './plans';
import type { Site } from './sites';

/**
 * What the factors read of a regional layout against Hub & Spoke, averaged over the layout's fade. None of it
 * depends on the tolerance, engineers or priorities, so it is worked out once, when the layout is, and every what-if
 * reads it.
 */
export interface LayoutSummary {
  /** The share of the fade in which Regional's plan differs from Hub & Spoke's at all. */
  readonly differs: number;
  /**
   * How much of "one place to see and deploy" Hub & Spoke keeps over Regional: 1 with one hub against several planes,
   * less when a hard constraint or Rancher's scale already splits the hub, 0 when both run the same.
   */
  readonly unified: number;
  /** Extra installations of Regional over Hub & Spoke, counted continuously beyond the documented sizes. */
  readonly extraLoad: number;
  /** Share of all clusters that one outage of the largest plane no longer reaches, Regional over Hub & Spoke. */
  readonly protectedShare: number;
  /** How much further beyond Rancher's largest documented size the hub is than Regional's largest plane. */
  readonly scaleGained: number;
  /**
   * Every (hub place, regional plane) pair of round trips where the regional plane is nearer, with its weight
   * (fade share × the site's share of all clusters × both places' blend weights).
   */
  readonly nearerPairs: NearerPairs;
  /**
   * The weight (clusters plus CLUSTER_WEIGHT_PRIOR per region) Regional serves from a nearer plane than the hub's,
   * averaged over the fade and both blends, each region in full once its plane is NEARER_IN_FULL_MS nearer.
   */
  readonly nearerWeight: number;
}

/** Parallel lists: each pair's weight, its round trip from the hub's place and from the regional plane, ms. */
export interface NearerPairs {
  readonly weights: readonly number[];
  readonly hubRttMs: readonly number[];
  readonly planeRttMs: readonly number[];
}

/**
 * A cluster counts as served from a nearer plane in full once that plane saves it this many ms, in part below: two
 * places in one metro are not "nearer" to each other. Team's judgement: a hop between neighbouring metros.
 */
const NEARER_IN_FULL_MS = 10;

/** How far beyond Rancher's largest documented size a plane is: 0 within it, 1 at twice it. */
const beyondLargest = (sizeRatio: number) => Math.max(0, Math.min(1, sizeRatio - 1));

export function summarizeLayout(
  hub: PlanMetrics,
  variants: readonly { readonly weight: number; readonly metrics: PlanMetrics }[],
  sites: readonly Site[],
  totalWeight: number,
): LayoutSummary {
  let differs = 0;
  let unified = 0;
  let extraLoad = 0;
  let protectedShare = 0;
  let scaleGained = 0;
  let nearerWeight = 0;
  const pairs = { weights: [] as number[], hubRttMs: [] as number[], planeRttMs: [] as number[] };
  for (const { weight, metrics } of variants) {
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
          const saving = Math.min(1, (hubRtt - planeRtt) / NEARER_IN_FULL_MS);
          nearerWeight += weight * hubWeight * planeWeight * site.weight * saving;
          pairs.weights.push(weight * share * hubWeight * planeWeight);
          pairs.hubRttMs.push(hubRtt);
          pairs.planeRttMs.push(planeRtt);
        }
      }
    });
  }
  return {
    differs,
    unified,
    extraLoad,
    protectedShare,
    scaleGained,
    nearerPairs: pairs,
    nearerWeight,
  };
}
