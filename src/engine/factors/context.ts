import type { Answers, PriorityKey } from '../answers';
import type { EngineMessages, PlaneName } from '../messages/types';
import type { SourceId } from '../sources';
import type { FactorId, Favors } from '../strategy';
import type { PlanGroup, RegionalLayout, Topology } from '../topology';
import { PRIORITY_MULTIPLIERS } from '../weights';

export type { FactorId };

/** What weighing a factor needs: the answers, the topology, and the regional layout compared with Hub & Spoke. */
export interface FactorContext {
  readonly answers: Answers;
  readonly topology: Topology;
  readonly layout: RegionalLayout;
}

/** What writing a factor's sentence needs as well: names and the language. */
export interface ExplainContext extends FactorContext {
  readonly nameOf: (regionId: string) => string;
  /** Each plane's name and what it serves, in the sentences' language. */
  readonly planeName: (group: PlanGroup) => PlaneName;
  /** A jurisdiction's name as the answers give it ("mainland China" for the implicit one). */
  readonly jurisdictionName: (jurisdictionId: string) => string;
  readonly messages: EngineMessages;
}

/** A factor's points for the strategy it favours (none for a neutral factor). */
export interface Weight {
  readonly favors: Favors;
  readonly points: number;
}

/** A factor after weighing, before scores are normalised. */
export interface WeighedFactor extends Weight {
  readonly id: FactorId;
  readonly sources: readonly SourceId[];
}

/**
 * One factor: how many points it gives (for every layout and every what-if) and, for the recommendation only, the
 * sentence that says why. Weighing and writing are apart because the what-ifs weigh the answers dozens of times.
 */
export interface FactorDefinition {
  readonly id: FactorId;
  readonly sources: readonly SourceId[];
  /** Null when the factor does not apply to these answers at all (hard constraints, when there are none). */
  readonly weigh: (context: FactorContext) => Weight | null;
  readonly explain: (context: ExplainContext, weight: Weight) => string;
}

export const NEUTRAL: Weight = { favors: 'neutral', points: 0 };

/** Points for `favors` when there are any; neutral otherwise. */
export function favoring(favors: Favors, points: number): Weight {
  return points > 0 ? { favors, points } : NEUTRAL;
}

export const priorityMultiplier = (answers: Answers, key: PriorityKey) =>
  PRIORITY_MULTIPLIERS[answers.priorities[key]] ?? 1;

/** 0 at or below `from`, 1 at or above `to`, linear between. */
export function ramp(value: number, from: number, to: number): number {
  if (value <= from) return 0;
  if (value >= to) return 1;
  return (value - from) / (to - from);
}

/** Round trip from the plane that manages each region under a plan, by region id. */
export function managingRtt(groups: readonly PlanGroup[]): (regionId: string) => number {
  const byRegion = new Map<string, number>();
  for (const group of groups) {
    for (const id of group.regionIds) byRegion.set(id, Object.hasOwn(group.rttMs, id) ? (group.rttMs[id] ?? 0) : 0);
  }
  return (regionId) => byRegion.get(regionId) ?? 0;
}

/** Clusters whose managing plane is farther than `limitMs`. */
export function clustersBeyond(context: FactorContext, rttMs: (regionId: string) => number, limitMs: number): number {
  return context.topology.sites.reduce((sum, site) => sum + (rttMs(site.id) > limitMs ? site.clusters : 0), 0);
}

/** The region farthest from its hub under Hub & Spoke, its hub and that round trip. */
export function farthestUnderHub(context: FactorContext): { regionId: string; planeId: string; rttMs: number } {
  let farthest = { regionId: context.topology.hub.regionId, planeId: context.topology.hub.regionId, rttMs: -1 };
  for (const group of context.topology.hubPlan.groups) {
    for (const id of group.regionIds) {
      const rtt = group.rttMs[id] ?? 0;
      if (rtt > farthest.rttMs) farthest = { regionId: id, planeId: group.planeRegionId, rttMs: rtt };
    }
  }
  return { ...farthest, rttMs: Math.max(0, farthest.rttMs) };
}
