import type { Answers } from './answers';
import type { EngineMessages } from './messages/types';
import type { UncertainCorridor } from './regions/rtt-model';
import type { SourceId } from './sources';
import type { Strategy } from './strategy';
import { canHostPlane, type RegionalGroup, type Topology } from './topology';

/** One thing to do to run the recommended strategy well. */
export type PlanItemId =
  | 'jurisdiction-hubs'
  | 'jurisdiction-needs-site'
  | 'air-gap-planes'
  | 'ha-hub'
  | 'regional-planes'
  | 'warm-standby'
  | 'pinned-hub'
  | 'plane-outside-answers'
  | 'beyond-documented'
  | 'authorized-endpoint'
  | 'intermittent'
  | 'cross-border'
  | 'measure-uncertain'
  | 'fleet-shared-git'
  | 'staged-upgrades';

export interface PlanItem {
  readonly id: PlanItemId;
  /** One or two sentences, in the recommendation's language. */
  readonly text: string;
  /** What the item rests on. */
  readonly sources: readonly SourceId[];
}

interface PlanContext {
  readonly answers: Answers;
  readonly topology: Topology;
  readonly nameOf: (regionId: string) => string;
  readonly messages: EngineMessages;
}

/** The second-best place for the hub's plane in another metro: where its warm standby goes (null if none). */
function standbySite(context: PlanContext, hub: RegionalGroup): string | null {
  const { topology } = context;
  const hubRow = topology.sites.findIndex((site) => site.id === hub.planeRegionId);
  const candidates = topology.sites.filter(
    (site) => hub.regionIds.includes(site.id) && site.id !== hub.planeRegionId && canHostPlane(site),
  );
  // Another metro: farther than the round trip inside one (a standby next door shares the hub's outages).
  const apart = candidates.filter((site) => (hub.rttMs[site.id] ?? 0) > STANDBY_MIN_RTT_MS || hubRow < 0);
  const best = [...apart].sort((a, b) => b.clusters - a.clusters || (hub.rttMs[a.id] ?? 0) - (hub.rttMs[b.id] ?? 0))[0];
  return best ? context.nameOf(best.id) : null;
}

/** A standby in the same metro shares its hub's outages: at least this far, ms (team's judgement, a few metro hops). */
const STANDBY_MIN_RTT_MS = 5;

function beyondTolerance(context: PlanContext, groups: readonly RegionalGroup[]) {
  const tolerance = context.answers.latencyToleranceMs;
  const far = context.topology.sites.filter((site) =>
    groups.some((group) => group.regionIds.includes(site.id) && (group.rttMs[site.id] ?? 0) > tolerance),
  );
  const worstMs = Math.max(
    0,
    ...far.map((site) => {
      const group = groups.find((candidate) => candidate.regionIds.includes(site.id));
      return group?.rttMs[site.id] ?? 0;
    }),
  );
  return { far, worstMs };
}

/**
 * How to run `strategy` for these answers: only the items that apply, each with its sources, in the order an
 * architect would brief them (hard constraints, the planes, their safety net, the exceptions, the day-to-day).
 */
export function buildPlan(context: PlanContext, strategy: Strategy): PlanItem[] {
  const { topology, answers, messages, nameOf } = context;
  const text = messages.plan;
  const plan = strategy === 'regional' ? topology.regionalPlan : topology.hubPlan;
  const items: PlanItem[] = [];
  const add = (id: PlanItemId, sentence: string, sources: readonly SourceId[]) =>
    items.push({ id, text: sentence, sources });
  const jurisdictionNames = new Map((answers.jurisdictions ?? []).map((j) => [j.id, j.name]));
  const jurisdictionName = (id: string) =>
    jurisdictionNames.get(id) ?? messages.factors['hard-constraints'].mainlandChina;

  const hubGroups = topology.hubPlan.groups;
  const byJurisdiction = hubGroups.filter((group) => group.constraint?.kind === 'jurisdiction');
  if (byJurisdiction.length > 0) {
    const hubs = hubGroups
      .filter((group) => group.constraint?.kind !== 'air-gap')
      .map((group) => ({
        jurisdiction:
          group.constraint?.kind === 'jurisdiction'
            ? jurisdictionName(group.constraint.jurisdictionId)
            : text.restOfEstate,
        plane: nameOf(group.planeRegionId),
      }));
    add('jurisdiction-hubs', text.jurisdictionHubs({ hubs }), ['rancher-ace']);
    for (const group of byJurisdiction) {
      const capable = group.regionIds.some((id) => {
        const site = topology.sites.find((candidate) => candidate.id === id);
        return site !== undefined && canHostPlane(site);
      });
      if (!capable && group.constraint?.kind === 'jurisdiction' && !group.planeOutsideAnswers) {
        add(
          'jurisdiction-needs-site',
          text.jurisdictionNeedsSite({ jurisdiction: jurisdictionName(group.constraint.jurisdictionId) }),
          ['rancher-tips-running'],
        );
      }
    }
  }
  const airGapped = hubGroups.filter((group) => group.constraint?.kind === 'air-gap');
  if (airGapped.length > 0) {
    add('air-gap-planes', text.airGapPlanes({ sites: airGapped.flatMap((group) => group.regionIds.map(nameOf)) }), [
      'rancher-air-gap',
    ]);
  }

  const main = hubGroups.find((group) => group.planeRegionId === topology.hub.regionId) ?? hubGroups[0];
  if (strategy === 'hub-and-spoke' && main) {
    add('ha-hub', text.haHub({ hub: nameOf(main.planeRegionId), size: main.size, planes: hubGroups.length }), [
      'rancher-tips-running',
      'rancher-sizing',
    ]);
    add('warm-standby', text.warmStandby({ hub: nameOf(main.planeRegionId), standby: standbySite(context, main) }), [
      'rancher-backup-restore',
    ]);
    // The pin is the answers' own; its hub need not be the main one (a jurisdiction may hold more clusters).
    const pinned = topology.hub.pinned;
    const pinnedId = answers.hub?.regionId;
    const pinnedGroup = hubGroups.find((group) => group.planeRegionId === pinnedId);
    if (pinned && pinnedGroup && pinned.bestRegionId !== pinnedGroup.planeRegionId) {
      add(
        'pinned-hub',
        text.pinnedHub({
          pinned: nameOf(pinnedGroup.planeRegionId),
          worstMs: pinnedGroup.worstRttMs,
          best: nameOf(pinned.bestRegionId),
          bestWorstMs: pinned.bestWorstRttMs,
        }),
        ['hub-con-latency'],
      );
    }
  }
  if (strategy === 'regional') {
    add('regional-planes', text.regionalPlanes({ planes: plan.groups.length }), [
      'rancher-tips-running',
      'rancher-backup-restore',
    ]);
  }

  // A plane outside the answers because the answers pinned the hub there is no fallback: the pin says why.
  const outside = plan.groups.filter(
    (candidate) =>
      candidate.planeOutsideAnswers &&
      !(strategy === 'hub-and-spoke' && candidate.planeRegionId === answers.hub?.regionId),
  );
  for (const group of outside) {
    add(
      'plane-outside-answers',
      text.planeOutsideAnswers({ plane: nameOf(group.planeRegionId), regions: group.regionIds.map(nameOf) }),
      ['rancher-tips-running'],
    );
  }
  for (const group of plan.groups.filter((candidate) => candidate.size === 'beyond-large')) {
    add(
      'beyond-documented',
      text.beyondDocumented({
        plane: nameOf(group.planeRegionId),
        regions: group.regionIds.map(nameOf),
        clusters: group.clusters,
        nodes: group.nodes,
        installations: group.installations,
      }),
      ['rancher-sizing', 'rancher-sizing-larger', 'rancher-large-estate-trouble'],
    );
  }

  const { far, worstMs } = beyondTolerance(context, plan.groups);
  if (far.length > 0) {
    add(
      'authorized-endpoint',
      text.authorizedEndpoint({
        regions: far.map((site) => site.name),
        clusters: far.reduce((sum, site) => sum + site.clusters, 0),
        worstMs,
        toleranceMs: answers.latencyToleranceMs,
        provisionedPercent: answers.provisionedPercent ?? null,
      }),
      ['rancher-ace'],
    );
  }

  const intermittent = topology.sites.filter((site) => site.connectivity === 'intermittent');
  if (intermittent.length > 0) {
    add(
      'intermittent',
      text.intermittent({
        sites: intermittent.map((site) => site.name),
        clusters: intermittent.reduce((sum, site) => sum + site.clusters, 0),
      }),
      ['fleet-pull', 'rancher-disconnected-clusters'],
    );
  }

  const crossBorder = topology.sites.filter((site) => {
    if (!site.mainlandChina) return false;
    const group = plan.groups.find((candidate) => candidate.regionIds.includes(site.id));
    const plane = group ? topology.sites.find((candidate) => candidate.id === group.planeRegionId) : undefined;
    return plane !== undefined && !plane.mainlandChina;
  });
  if (crossBorder.length > 0) {
    add('cross-border', text.crossBorder({ regions: crossBorder.map((site) => site.name) }), ['rancher-ace']);
  }

  const uncertain = new Map<string, UncertainCorridor>();
  for (const group of plan.groups) {
    for (const [id, corridor] of Object.entries(group.uncertainRtt ?? {})) uncertain.set(id, corridor);
  }
  if (uncertain.size > 0) {
    add(
      'measure-uncertain',
      text.measureUncertain({
        regions: [...uncertain.keys()].map(nameOf),
        corridors: [...new Set(uncertain.values())],
      }),
      ['hub-con-latency'],
    );
  }

  if (strategy === 'regional' && plan.groups.length > 1) {
    add('fleet-shared-git', text.fleetSharedGit({ planes: plan.groups.length }), [
      'fleet-pull',
      'rancher-multi-cluster-apps-deprecated',
    ]);
    const smallest = [...plan.groups].sort((a, b) => a.clusters - b.clusters)[0] as RegionalGroup;
    add('staged-upgrades', text.stagedUpgrades({ first: nameOf(smallest.planeRegionId) }), ['regional-pro-upgrades']);
  }
  return items;
}
