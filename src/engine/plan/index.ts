import { percentOnly } from '../factors';
import type { KindsPicture } from '../messages/types';
import type { UncertainCorridor } from '../regions/rtt-model';
import type { Site } from '../topology';
import { PRIORITY_MATTERS, PRIORITY_MUST_HAVE } from '../weights';
import { constraintSteps } from './constraints';
import type { PlanContext, PlanItem } from './context';
import { planeSteps } from './planes';

export type { PlanContext, PlanItem, PlanItemId, PlannedGroup } from './context';

/** Clusters beyond the tolerance from the plane that manages them, with how they can be reached directly. */
function farClusters(context: PlanContext) {
  const tolerance = context.answers.latencyToleranceMs;
  const far: { site: Site; rttMs: number }[] = [];
  for (const group of context.groups) {
    group.members.forEach((member) => {
      const site = context.topology.sites[member] as Site;
      const rtt = Object.hasOwn(group.rttMs, site.id) ? (group.rttMs[site.id] ?? 0) : 0;
      if (rtt > tolerance) far.push({ site, rttMs: rtt });
    });
  }
  const kinds: KindsPicture = {
    provisioned: 0,
    imported: 0,
    hosted: 0,
    notProvisioned: 0,
    unknown: 0,
    total: 0,
    provisionedPercent: percentOnly(context.answers),
  };
  const totals = kinds as { -readonly [K in Exclude<keyof KindsPicture, 'provisionedPercent'>]: number };
  for (const { site } of far) {
    totals.provisioned += site.kinds.provisioned;
    totals.imported += site.kinds.imported;
    totals.hosted += site.kinds.hosted;
    totals.notProvisioned += site.kinds.notProvisioned;
    totals.unknown += site.kinds.unknown;
    totals.total += site.clusters;
  }
  return { far, kinds, worstMs: Math.max(0, ...far.map((entry) => entry.rttMs)) };
}

/** Exceptions the planes leave: far clusters, intermittent sites, estimates to measure. */
function exceptionSteps(context: PlanContext): PlanItem[] {
  const { topology, answers, messages, nameOf } = context;
  const text = messages.plan;
  const items: PlanItem[] = [];
  const { far, kinds, worstMs } = farClusters(context);
  if (far.length > 0) {
    const regions = far.map((entry) => nameOf(entry.site.id));
    const clusters = kinds.total;
    const toleranceMs = answers.latencyToleranceMs;
    if (kinds.hosted === clusters) {
      items.push({
        id: 'hosted-kubeconfig',
        text: text.hostedKubeconfig({ regions, clusters, worstMs, toleranceMs }),
        sources: ['rancher-ace'],
      });
    } else {
      const said = kinds.unknown < clusters;
      items.push({
        id: 'authorized-endpoint',
        text: text.authorizedEndpoint({ regions, clusters, worstMs, toleranceMs, kinds: said ? kinds : null }),
        sources: ['rancher-ace', 'rancher-ace-registered'],
      });
    }
  }
  const intermittent = topology.sites.filter((site) => site.connectivity === 'intermittent');
  if (intermittent.length > 0) {
    items.push({
      id: 'intermittent',
      text: text.intermittent({
        sites: intermittent.map((site) => nameOf(site.id)),
        clusters: intermittent.reduce((sum, site) => sum + site.clusters, 0),
      }),
      sources: ['fleet-pull', 'rancher-disconnected-clusters'],
    });
  }
  const uncertain = new Map<string, UncertainCorridor>();
  for (const group of context.groups) {
    for (const id of group.regionIds) {
      const corridor = group.uncertainRtt && Object.hasOwn(group.uncertainRtt, id) ? group.uncertainRtt[id] : undefined;
      if (corridor) uncertain.set(id, corridor);
    }
  }
  if (uncertain.size > 0) {
    items.push({
      id: 'measure-uncertain',
      text: text.measureUncertain({
        regions: [...uncertain.keys()].map(nameOf),
        corridors: [...new Set(uncertain.values())],
      }),
      sources: ['hub-con-latency'],
    });
  }
  return items;
}

/** How apps and upgrades are run day to day. */
function dayToDaySteps(context: PlanContext): PlanItem[] {
  const { answers, messages, groups, strategy, topology } = context;
  const text = messages.plan;
  const items: PlanItem[] = [];
  if (
    strategy === 'hub-and-spoke' &&
    answers.priorities.multiClusterApps >= PRIORITY_MATTERS &&
    topology.sites.length > 1
  ) {
    items.push({
      id: 'fleet-hub',
      text: text.fleetHub({ regions: topology.sites.length, hubs: groups.length }),
      sources: ['fleet-targets', 'rancher-multi-cluster-apps-deprecated'],
    });
  }
  if (strategy === 'regional' && groups.length > 1) {
    items.push({
      id: 'fleet-shared-git',
      text: text.fleetSharedGit({ planes: groups.length }),
      sources: ['fleet-pull', 'fleet-targets', 'rancher-multi-cluster-apps-deprecated'],
    });
  }
  if (answers.priorities.independentUpgrades >= PRIORITY_MATTERS) {
    items.push({
      id: 'staging-rancher',
      text: text.stagingRancher({
        strategy,
        mustHave: answers.priorities.independentUpgrades >= PRIORITY_MUST_HAVE,
        planes: groups.length,
      }),
      sources: ['rancher-staging'],
    });
  }
  if (strategy === 'regional' && groups.length > 1) {
    const smallest = [...groups].sort((a, b) => a.clusters - b.clusters)[0];
    if (smallest) {
      items.push({
        id: 'staged-upgrades',
        text: text.stagedUpgrades({ first: context.nameOf(smallest.planeRegionId) }),
        sources: ['regional-pro-upgrades'],
      });
    }
  }
  return items;
}

/**
 * How to run the recommended strategy for these answers: only the steps that apply, each with its sources, in the
 * order an architect briefs them (hard constraints, the planes and their safety net, sizing and the team, the
 * exceptions, the day-to-day).
 */
export function buildPlan(context: PlanContext): PlanItem[] {
  return [...constraintSteps(context), ...planeSteps(context), ...exceptionSteps(context), ...dayToDaySteps(context)];
}
