import type { KindsPicture } from '../messages/types';
import {
  FAULT_ISOLATION_POINTS,
  INDEPENDENT_UPGRADES_POINTS,
  ISOLATION_FAR_MS,
  ISOLATION_FULL_STAKE_CLUSTERS,
  ISOLATION_MIN_STAKE,
  ISOLATION_NEAR_MS,
  STANDBY_RESIDUAL_SHARE,
} from '../weights';
import {
  type ExplainContext,
  type FactorContext,
  type FactorDefinition,
  favoring,
  NEUTRAL,
  priorityMultiplier,
  ramp,
} from './context';

/** How much of the isolation a split brings counts, given a hub could keep a warm standby in a second region. */
function isolationReach(context: FactorContext): number {
  const farness = ramp(context.topology.hubMetrics.meanRttMs, ISOLATION_NEAR_MS, ISOLATION_FAR_MS);
  return STANDBY_RESIDUAL_SHARE + (1 - STANDBY_RESIDUAL_SHARE) * farness;
}

/** Share of the isolation that counts for an estate this size: an outage of a small estate stops less. */
function isolationStake(context: FactorContext): number {
  const scale = Math.min(1, Math.log1p(context.topology.totalClusters) / Math.log1p(ISOLATION_FULL_STAKE_CLUSTERS));
  return ISOLATION_MIN_STAKE + (1 - ISOLATION_MIN_STAKE) * scale;
}

export const faultIsolation: FactorDefinition = {
  id: 'fault-isolation',
  sources: ['hub-con-central-outage', 'regional-pro-isolation', 'rancher-backup-restore', 'hub-pro-keeps-running'],
  weigh: (context) =>
    favoring(
      'regional',
      FAULT_ISOLATION_POINTS *
        priorityMultiplier(context.answers, 'faultIsolation') *
        context.layout.summary.protectedShare *
        isolationReach(context) *
        isolationStake(context),
    ),
  explain: (context) => {
    const text = context.messages.factors['fault-isolation'];
    const losses = {
      totalClusters: context.topology.totalClusters,
      hubLoss: context.topology.hubFootprint.clustersLosingProvisioningOnOutage,
      regionalLoss: context.layout.footprint.clustersLosingProvisioningOnOutage,
      meanRttMs: context.topology.hubMetrics.meanRttMs,
    };
    if (context.layout.summary.protectedShare === 0) return text.sameForBoth(losses);
    if (priorityMultiplier(context.answers, 'faultIsolation') === 0) return text.doesNotMatter;
    return text.favorsRegional({ ...losses, standbyCoversMost: isolationReach(context) < 0.6 });
  },
};

export const independentUpgrades: FactorDefinition = {
  id: 'independent-upgrades',
  sources: ['regional-pro-upgrades', 'rancher-staging'],
  weigh: (context) =>
    favoring(
      'regional',
      INDEPENDENT_UPGRADES_POINTS *
        priorityMultiplier(context.answers, 'independentUpgrades') *
        context.layout.summary.protectedShare,
    ),
  explain: (context) => {
    const text = context.messages.factors['independent-upgrades'];
    if (context.layout.summary.protectedShare === 0) return text.oneInstallation;
    if (priorityMultiplier(context.answers, 'independentUpgrades') === 0) return text.doesNotMatter;
    return text.favorsRegional({ places: context.layout.footprint.planes });
  },
};

/** The jurisdictions that keep management inside, those with planes of their own, and the air-gapped sites. */
function constraintsOf(context: ExplainContext) {
  const { topology } = context;
  const present = new Set(topology.sites.map((site) => site.jurisdiction));
  const inside = [...topology.rules.values()].filter((rule) => rule.contained && present.has(rule.id));
  const separate = topology.partitions.flatMap((partition) =>
    partition.constraint?.kind === 'jurisdiction' ? [partition.constraint.jurisdictionId] : [],
  );
  const airGapped = topology.partitions.flatMap((partition) =>
    partition.constraint?.kind === 'air-gap' ? partition.members.map((member) => topology.sites[member]?.id ?? '') : [],
  );
  return { inside: inside.map((rule) => rule.id), separate, airGapped };
}

export const hardConstraints: FactorDefinition = {
  id: 'hard-constraints',
  sources: ['rancher-air-gap', 'rancher-ace'],
  weigh: (context) => {
    const constrained =
      context.topology.partitions.some((partition) => partition.constraint !== undefined) ||
      [...context.topology.rules.values()].some((rule) => rule.contained);
    return constrained ? NEUTRAL : null;
  },
  explain: (context) => {
    const text = context.messages.factors['hard-constraints'];
    const { inside, separate, airGapped } = constraintsOf(context);
    const jurisdictionName = (id: string) => context.jurisdictionName(id);
    return text.explanation({
      inside: inside.map(jurisdictionName),
      separate: separate.map(jurisdictionName),
      airGapped: airGapped.map(context.nameOf),
      hubPlanes: context.topology.hubFootprint.planes,
    });
  },
};

/** The estate-wide share of provisioned clusters, when no region gives its own counts. */
export function percentOnly(answers: FactorContext['answers']): number | null {
  return answers.regions.some((region) => region.clusterKinds !== undefined)
    ? null
    : (answers.provisionedPercent ?? null);
}

/** The estate's clusters by kind, as the answers give them (null when they say nothing of kinds). */
export function kindsPicture(context: FactorContext): KindsPicture | null {
  const totals = { provisioned: 0, imported: 0, hosted: 0, notProvisioned: 0, unknown: 0 };
  for (const site of context.topology.sites) {
    totals.provisioned += site.kinds.provisioned;
    totals.imported += site.kinds.imported;
    totals.hosted += site.kinds.hosted;
    totals.notProvisioned += site.kinds.notProvisioned;
    totals.unknown += site.kinds.unknown;
  }
  if (totals.unknown === context.topology.totalClusters) return null;
  return { ...totals, total: context.topology.totalClusters, provisionedPercent: percentOnly(context.answers) };
}

export const workloadsKeepRunning: FactorDefinition = {
  id: 'workloads-keep-running',
  sources: ['hub-pro-keeps-running', 'rancher-keeps-running-faq', 'rancher-ace'],
  weigh: () => NEUTRAL,
  explain: (context) =>
    context.messages.factors['workloads-keep-running'].explanation({ kinds: kindsPicture(context) }),
};
