import type { PlannedPlane } from '../messages/types';
import { round1 } from '../rounding';
import { type InstallationSize, nextSize, sizeFor, sizeShare } from '../sizing';
import { placeById, type Site } from '../topology';
import { ENGINEER_LOAD_PER_INSTALLATION, HEADROOM_SHARE, UNDERSTAFFED_SHARE } from '../weights';
import { type PlanContext, type PlanItem, type PlannedGroup, planeName } from './context';
import { pinnedHubStep } from './pinned';

/** A plane's clusters and nodes in two years (today's, when the answers expect no growth). */
function plannedLoad(context: PlanContext, group: PlannedGroup) {
  const { growth } = context.topology;
  return { clusters: Math.round(group.clusters * growth), nodes: Math.round(group.nodes * growth) };
}

/** The documented size to install: the size for its load, one step up once the load passes HEADROOM_SHARE of it. */
function plannedSize(context: PlanContext, group: PlannedGroup): InstallationSize {
  const { clusters, nodes } = plannedLoad(context, group);
  const size = sizeFor(clusters, nodes);
  if (size === 'beyond-large') return size;
  return sizeShare(clusters, nodes, size) > HEADROOM_SHARE ? nextSize(size) : size;
}

function plannedPlane(context: PlanContext, group: PlannedGroup): PlannedPlane {
  const site = context.topology.sites.find((candidate) => candidate.id === group.planeRegionId);
  const cloud =
    site === undefined
      ? placeById(context.topology.sites, group.planeRegionId) !== undefined
      : site.siteKind === 'cloud';
  return { ...planeName(context, group), size: plannedSize(context, group), cloud };
}

/** Where the planes run, how they are kept safe and sized, and whether the team can carry them. */
export function planeSteps(context: PlanContext): PlanItem[] {
  const { topology, answers, messages, groups, nameOf, strategy } = context;
  const text = messages.plan;
  const items: PlanItem[] = [];
  const sources = ['rancher-tips-running', 'rancher-ha', 'rancher-sizing'] as const;
  // Planes inside an air gap run as the air gap allows; their own step says so.
  const planes = groups
    .filter((group) => group.constraint?.kind !== 'air-gap')
    .map((group) => plannedPlane(context, group));
  if (planes.length > 0 && strategy === 'hub-and-spoke')
    items.push({ id: 'ha-hub', text: text.haHub({ planes }), sources });
  if (planes.length > 0 && strategy === 'regional') {
    items.push({ id: 'regional-planes', text: text.regionalPlanes({ planes }), sources });
  }

  const pinned = pinnedHubStep(context);
  if (pinned) items.push(pinned);
  // Only where none of its regions may host it; a plane outside the answers for another reason (a pin) is no such case.
  const hostless = (group: PlannedGroup) =>
    group.regionIds.every((id) => placeById(topology.sites, id)?.canHost === false);
  for (const group of groups.filter((candidate) => candidate.planeOutsideAnswers && candidate.insideKnown)) {
    if (!hostless(group)) continue;
    items.push({
      id: 'plane-outside-answers',
      text: text.planeOutsideAnswers({ plane: nameOf(group.planeRegionId), regions: group.regionIds.map(nameOf) }),
      sources: ['rancher-tips-running'],
    });
  }

  const within = (group: PlannedGroup) => {
    if (group.constraint?.kind === 'air-gap') return null;
    const jurisdictions = new Set(
      group.members.flatMap((member) => {
        const id = (topology.sites[member] as Site).jurisdiction;
        return id !== null && topology.rules.get(id)?.contained ? [id] : [];
      }),
    );
    return jurisdictions.size === 0 ? null : [...jurisdictions].map(context.jurisdictionName).join(', ');
  };
  const standbys = groups.flatMap((group) =>
    group.standbyRegionId === undefined
      ? []
      : [{ ...planeName(context, group), standby: nameOf(group.standbyRegionId), within: within(group) }],
  );
  if (standbys.length > 0) {
    items.push({ id: 'warm-standby', text: text.warmStandby({ standbys }), sources: ['rancher-backup-restore'] });
  }
  const alone = groups.filter((group) => group.standbyRegionId === undefined);
  if (alone.length > 0) {
    items.push({
      id: 'backups-inside',
      text: text.backupsInside({
        planes: alone.map((group) => ({
          ...planeName(context, group),
          within: within(group),
          airGapped: group.constraint?.kind === 'air-gap',
        })),
      }),
      sources: ['rancher-backup-restore'],
    });
  }

  for (const group of groups.filter((candidate) => candidate.size === 'beyond-large')) {
    items.push({
      id: 'beyond-documented',
      text: text.beyondDocumented({
        plane: nameOf(group.planeRegionId),
        regions: group.regionIds.map(nameOf),
        clusters: group.clusters,
        nodes: group.nodes,
        installations: group.installations,
        clustersInTwoYears: group.clustersInTwoYears ?? null,
      }),
      sources: ['rancher-sizing', 'rancher-sizing-larger', 'rancher-large-estate-trouble'],
    });
  }
  const tight = groups.flatMap((group) => {
    const load = plannedLoad(context, group);
    const size = sizeFor(load.clusters, load.nodes);
    const planned = plannedSize(context, group);
    if (size === 'beyond-large' || planned === size) return [];
    const percent = Math.round(100 * sizeShare(load.clusters, load.nodes, size));
    return [{ ...planeName(context, group), ...load, percent, size, plannedSize: planned }];
  });
  if (tight.length > 0 || topology.growth > 1) {
    items.push({
      id: 'headroom',
      text: text.headroom({ planes: tight, clustersInTwoYears: answers.clustersInTwoYears ?? null }),
      sources: ['rancher-sizing', 'rancher-capacity'],
    });
  }

  const installations = groups.reduce((sum, group) => sum + group.installations, 0);
  const needed = installations * ENGINEER_LOAD_PER_INSTALLATION;
  if (needed > UNDERSTAFFED_SHARE * answers.opsEngineers) {
    items.push({
      id: 'understaffed',
      text: text.understaffed({ installations, engineers: answers.opsEngineers, neededEngineers: round1(needed) }),
      sources: ['regional-con-overhead', 'rancher-ha'],
    });
  }
  return items;
}
