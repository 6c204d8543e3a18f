import { round1 } from '../rounding';
import {
  CROSS_REGION_ENVIRONMENTS_POINTS,
  ENGINEER_LOAD_PER_INSTALLATION,
  FLEET_RESIDUAL_SHARE,
  MULTI_CLUSTER_APPS_POINTS,
  OPERATING_LOAD_MAX_POINTS,
  OPERATING_LOAD_SOFTENING_FTE,
  SAME_PLANES_POINTS,
  SCALE_POINTS,
  SINGLE_PANE_POINTS,
} from '../weights';
import { type FactorContext, type FactorDefinition, favoring, NEUTRAL, priorityMultiplier } from './context';

export const samePlanes: FactorDefinition = {
  id: 'same-planes',
  sources: ['regional-con-overhead', 'rancher-scale-geography'],
  weigh: (context) => favoring('hub-and-spoke', SAME_PLANES_POINTS * (1 - context.layout.summary.differs)),
  explain: (context) => {
    const text = context.messages.factors['same-planes'];
    const hubPlanes = context.topology.hubFootprint.planes;
    const regionalPlanes = context.layout.footprint.planes;
    return regionalPlanes > hubPlanes
      ? text.differs({ regionalPlanes, hubPlanes, planes: context.layout.plan.groups.map(context.planeName) })
      : text.same({ planes: hubPlanes, groupMaxRttMs: context.layout.plan.maxGroupRttMs });
  },
};

export const singlePane: FactorDefinition = {
  id: 'single-pane',
  sources: ['hub-pro-single-interface', 'regional-con-no-single-view'],
  weigh: (context) =>
    favoring(
      'hub-and-spoke',
      SINGLE_PANE_POINTS * priorityMultiplier(context.answers, 'singlePane') * context.layout.summary.unified,
    ),
  explain: (context) => {
    const text = context.messages.factors['single-pane'];
    if (context.layout.summary.unified === 0) return text.sameInstallations;
    if (priorityMultiplier(context.answers, 'singlePane') === 0) return text.doesNotMatter;
    return text.favorsHub({
      totalClusters: context.topology.totalClusters,
      hubPlanes: context.topology.hubFootprint.planes,
      regionalPlanes: context.layout.footprint.planes,
    });
  },
};

export const multiClusterApps: FactorDefinition = {
  id: 'multi-cluster-apps',
  sources: ['regional-con-multi-cluster-apps', 'rancher-multi-cluster-apps-deprecated', 'fleet-pull'],
  weigh: (context) =>
    favoring(
      'hub-and-spoke',
      MULTI_CLUSTER_APPS_POINTS *
        priorityMultiplier(context.answers, 'multiClusterApps') *
        context.layout.summary.unified *
        FLEET_RESIDUAL_SHARE,
    ),
  explain: (context) => {
    const text = context.messages.factors['multi-cluster-apps'];
    if (context.layout.summary.unified === 0) return text.sameInstallations;
    if (priorityMultiplier(context.answers, 'multiClusterApps') === 0) return text.doesNotMatter;
    return text.favorsHub({ regionalPlanes: context.layout.footprint.planes });
  },
};

export const crossRegionEnvironments: FactorDefinition = {
  id: 'cross-region-environments',
  sources: ['hub-pro-nodes-across-regions-withdrawn'],
  weigh: (context) =>
    context.answers.crossRegionEnvironments
      ? favoring('hub-and-spoke', CROSS_REGION_ENVIRONMENTS_POINTS * context.layout.summary.unified)
      : NEUTRAL,
  explain: (context) => {
    const text = context.messages.factors['cross-region-environments'];
    if (!context.answers.crossRegionEnvironments) return text.noneSpan;
    if (context.layout.summary.unified === 0) return text.sameInstallations;
    return text.favorsHub({ regionalPlanes: context.layout.footprint.planes });
  },
};

/** Extra routine work of Regional over Hub & Spoke, in full-time engineers (continuous in clusters and nodes). */
const extraEngineers = (context: FactorContext) => ENGINEER_LOAD_PER_INSTALLATION * context.layout.summary.extraLoad;

export const operatingLoad: FactorDefinition = {
  id: 'operating-load',
  sources: ['regional-con-overhead', 'rancher-ha'],
  weigh: (context) => {
    const extra = extraEngineers(context);
    if (extra <= 0) return NEUTRAL;
    const hubLoad = ENGINEER_LOAD_PER_INSTALLATION * context.topology.hubMetrics.load;
    const spare = Math.max(0, context.answers.opsEngineers - hubLoad);
    return favoring(
      'hub-and-spoke',
      OPERATING_LOAD_MAX_POINTS * (extra / (extra + spare + OPERATING_LOAD_SOFTENING_FTE)),
    );
  },
  explain: (context) => {
    const text = context.messages.factors['operating-load'];
    const extra = extraEngineers(context);
    if (extra <= 0) return text.sameInstallations;
    return text.favorsHub({
      regionalInstallations: context.layout.footprint.installations,
      regionalNodes: context.layout.footprint.managementNodes,
      extraEngineers: round1(extra),
      opsEngineers: context.answers.opsEngineers,
    });
  },
};

export const scale: FactorDefinition = {
  id: 'scale-ceiling',
  sources: ['rancher-sizing', 'rancher-sizing-larger'],
  weigh: (context) => favoring('regional', SCALE_POINTS * context.layout.summary.scaleGained),
  explain: (context, weight) => {
    const text = context.messages.factors['scale-ceiling'];
    const hub = context.topology.hubFootprint;
    const regional = context.layout.footprint;
    const sizes = {
      hubClusters: hub.largestInstallationClusters,
      hubSize: hub.largestInstallationSize,
      regionalClusters: regional.largestInstallationClusters,
      regionalSize: regional.largestInstallationSize,
    };
    if (weight.points > 0) return text.favorsRegional(sizes);
    return hub.largestInstallationSize === 'beyond-large' ? text.beyondForBoth(sizes) : text.withinDocumented(sizes);
  },
};
