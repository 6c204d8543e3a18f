import { recordFrom } from '../records';
import type { RouteZone } from '../regions/corridors';
import type { UncertainCorridor } from '../regions/rtt-model';
import { type InstallationSize, installationsFor, NODES_PER_HA_INSTALLATION, sizeFor, sizeRatio } from '../sizing';
import { type MacroArea, macroAreaOf } from './grouping';
import type { Placement } from './placement';
import type { PlaneConstraint } from './residency';
import type { RoundTrips } from './round-trips';
import type { Site } from './sites';

/** The parts of the world areas are named after: the round-trip model's zones, the Middle East as one. */
export type AreaZone = Exclude<RouteZone, 'levant' | 'gulf' | 'elsewhere'> | 'middle-east';
/** Which part of a zone a plane serves when the zone has several planes. */
export type AreaPart = 'north' | 'south' | 'east' | 'west' | 'central';

/**
 * North America's planes are named by where their regions are, as teams say it: the west (Pacific and Mountain
 * regions, west of this longitude), the east (east of NORTH_AMERICA_EAST_FROM_LON), or the centre between them.
 */
const NORTH_AMERICA_WEST_UNTIL_LON = -110;
const NORTH_AMERICA_EAST_FROM_LON = -90;

/** What a plane serves, as an architect would name it; messages turn it into words (`area` on the groups). */
export type AreaKey =
  | { readonly kind: 'jurisdiction'; readonly jurisdictionId: string }
  | { readonly kind: 'air-gap'; readonly siteId: string }
  | { readonly kind: 'zone'; readonly zone: AreaZone; readonly part?: AreaPart }
  | { readonly kind: 'macro'; readonly macro: MacroArea; readonly part?: AreaPart }
  /** The central plane's share when other planes serve the rest, across more than one macro-area. */
  | { readonly kind: 'rest' }
  /** One plane for every region. */
  | { readonly kind: 'estate' };

/** One plane of a plan, as the recommendation shows it. */
export interface RegionalGroup {
  /** Where this group's management plane sits: a region of the answers, or a catalog region near them. */
  readonly planeRegionId: string;
  readonly regionIds: readonly string[];
  readonly clusters: number;
  readonly nodes: number;
  /** More than one when the group outgrows Rancher's largest documented size (side by side at the plane's site). */
  readonly installations: number;
  /** The documented Rancher size one installation for the whole group needs (for its clusters in two years, if given). */
  readonly size: InstallationSize;
  /** Worst round trip from this group's plane to one of its regions, ms. */
  readonly worstRttMs: number;
  /** Round trip from this group's plane to each of its regions, ms, keyed by region id. */
  readonly rttMs: Readonly<Record<string, number>>;
  /** Regions whose round trip to the plane is measured, not estimated. */
  readonly measuredRttRegionIds?: readonly string[];
  /** Regions whose estimated round trip to the plane runs on a corridor the model knows to be uncertain. */
  readonly uncertainRtt?: Readonly<Record<string, UncertainCorridor>>;
  /** Set when a hard constraint gives these regions a plane of their own. */
  readonly constraint?: PlaneConstraint;
  /** True when no region of the group may host a plane, so it sits in the nearest allowed cloud region of the catalog. */
  readonly planeOutsideAnswers?: boolean;
  /** What the plane serves, in the recommendation's language ("Europe", "Asia Pacific", "mainland China"). */
  readonly area?: string;
  /** Where its warm standby is restored: another site within reach and inside the same jurisdiction. */
  readonly standbyRegionId?: string;
  /** The group's clusters in two years (answers' `clustersInTwoYears`), which its size is for. */
  readonly clustersInTwoYears?: number;
}

/** A group as the topology keeps it: the public fields, and what plans and naming need. */
export interface PlanGroup extends RegionalGroup {
  /** Indices into the sites. */
  readonly members: readonly number[];
  readonly areaKey: AreaKey;
  /** False when no place inside the group's jurisdiction is known to host it (the plan asks for one). */
  readonly insideKnown: boolean;
  /** Index of the Hub & Spoke partition the group belongs to. */
  readonly partition: number;
}

/** A plan of planes as the recommendation shows it (`hubPlan`, `regionalPlan`). */
export interface RegionalPlan {
  readonly groups: readonly RegionalGroup[];
  /** The geography grouping distance (GEOGRAPHY_GROUP_RTT_MS): regions of one geography are within it of one another. */
  readonly maxGroupRttMs: number;
  /** The kind of regional layout (absent on Hub & Spoke's plan): a plane per geography, the broadest areas, ... */
  readonly layout?: 'geography' | 'broad' | 'hub-reach' | 'coasts' | 'areas' | 'metros';
}

/** A plan as the topology keeps it. */
export interface TopologyPlan extends RegionalPlan {
  readonly groups: readonly PlanGroup[];
}

export interface StrategyFootprint {
  /** Sites that run a management plane. */
  readonly planes: number;
  /** Installations, counting those a plane beyond Rancher's largest documented size needs side by side. */
  readonly installations: number;
  /** Three-node HA clusters that run the management planes. */
  readonly managementNodes: number;
  readonly largestInstallationClusters: number;
  /** The documented Rancher size the largest plane needs. */
  readonly largestInstallationSize: InstallationSize;
  /** Downstream clusters that lose provisioning and central management when the largest plane's site is down. */
  readonly clustersLosingProvisioningOnOutage: number;
}

/** What the factors read of one way to lay out the planes: all continuous in the answers. */
export interface PlanMetrics {
  readonly planes: number;
  /** Installation-equivalents to run: each plane counts 1, or its size ratio beyond Rancher's largest size. */
  readonly load: number;
  /** The largest plane's share of all clusters (weighed as `Site.weight`). */
  readonly largestShare: number;
  /** The largest plane's size ratio (1 = Rancher's largest documented size), for its clusters in two years. */
  readonly largestSizeRatio: number;
  /**
   * Round trips from the plane that manages each site, by site index: one [weight, ms] pair per place that serves
   * the site's group about as well as the best (see PLACEMENT_BLEND_MS); the weights of a site add up to 1.
   */
  readonly rttBySite: readonly (readonly (readonly [weight: number, rttMs: number])[])[];
  /** Cluster-weighted mean round trip from each site's plane, ms, over those places. */
  readonly meanRttMs: number;
}

/** One plane as a layout lays it out: where it sits, whom it serves, and the round trips. */
export interface PlacedGroup {
  readonly members: readonly number[];
  readonly placement: Placement;
  readonly partition: number;
  readonly constraint?: PlaneConstraint;
  readonly insideKnown: boolean;
}

/** How the sites are sized: today's clusters and nodes times the growth the answers expect. */
export interface Sizing {
  readonly sites: readonly Site[];
  readonly totalWeight: number;
  readonly growth: number;
}

export function metricsOf(placed: readonly PlacedGroup[], sizing: Sizing): PlanMetrics {
  const { sites, totalWeight, growth } = sizing;
  const rttBySite: (readonly (readonly [number, number])[])[] = sites.map(() => []);
  let weightedRtt = 0;
  let load = 0;
  let largestWeight = 0;
  let largestSizeRatio = 0;
  for (const group of placed) {
    let clusters = 0;
    let nodes = 0;
    let groupWeight = 0;
    group.members.forEach((member, i) => {
      const site = sites[member] as Site;
      clusters += site.clusters;
      nodes += site.nodes;
      const options = group.placement.blend.map((place) => [place.weight, place.rttMs[i] as number] as const);
      rttBySite[member] = options;
      for (const [weight, rtt] of options) weightedRtt += weight * rtt * site.weight;
      groupWeight += site.weight;
    });
    const ratio = sizeRatio(clusters * growth, nodes * growth);
    load += Math.max(1, ratio);
    largestWeight = Math.max(largestWeight, groupWeight);
    largestSizeRatio = Math.max(largestSizeRatio, ratio);
  }
  return {
    planes: placed.length,
    load,
    largestShare: largestWeight / totalWeight,
    largestSizeRatio,
    rttBySite,
    meanRttMs: weightedRtt / totalWeight,
  };
}

function areaZoneOf(site: Site): AreaZone | null {
  if (site.zone === 'levant' || site.zone === 'gulf') return 'middle-east';
  return site.zone === 'elsewhere' ? null : site.zone;
}

/** Where a group lies against the others of its kind: the compass direction of its centre from theirs. */
function partOf(group: readonly number[], all: readonly number[], sites: readonly Site[]): AreaPart {
  const centre = (members: readonly number[]) => {
    let lat = 0;
    let lon = 0;
    let weight = 0;
    for (const member of members) {
      const site = sites[member] as Site;
      lat += site.lat * site.weight;
      lon += site.lon * site.weight;
      weight += site.weight;
    }
    return { lat: lat / weight, lon: lon / weight };
  };
  const own = centre(group);
  const whole = centre(all);
  const east = (own.lon - whole.lon) * Math.cos((whole.lat * Math.PI) / 180);
  const north = own.lat - whole.lat;
  return Math.abs(east) >= Math.abs(north) ? (east >= 0 ? 'east' : 'west') : north >= 0 ? 'north' : 'south';
}

/** North America's west, centre or east, by the cluster-weighted longitude of a group's regions. */
function bandOf(members: readonly number[], sites: readonly Site[]): AreaPart {
  let lon = 0;
  let weight = 0;
  for (const member of members) {
    const site = sites[member] as Site;
    lon += site.lon * site.weight;
    weight += site.weight;
  }
  const centre = lon / weight;
  return centre < NORTH_AMERICA_WEST_UNTIL_LON ? 'west' : centre > NORTH_AMERICA_EAST_FROM_LON ? 'east' : 'central';
}

/**
 * Names what each plane of a plan serves: a jurisdiction or air gap by its constraint; otherwise the part of the
 * world all its regions lie in (a zone, or a macro-area), with a compass part when several planes share it; a plane
 * across macro-areas serves "the rest of the estate" (or "the whole estate" when it is the only one).
 */
export function nameAreas(
  groups: readonly Omit<PlacedGroup, 'placement'>[],
  sites: readonly Site[],
  jurisdictionOnly: (members: readonly number[]) => string | null,
): AreaKey[] {
  const zoneOf = (members: readonly number[]): AreaZone | null => {
    const zones = new Set(members.map((member) => areaZoneOf(sites[member] as Site)));
    return zones.size === 1 ? ([...zones][0] ?? null) : null;
  };
  const macroOf = (members: readonly number[]): MacroArea | null => {
    const macros = new Set(members.map((member) => macroAreaOf(sites[member] as Site)));
    return macros.size === 1 ? ([...macros][0] ?? null) : null;
  };
  const keys = groups.map((group): AreaKey | { readonly kind: 'pending' } => {
    if (group.constraint?.kind === 'air-gap')
      return { kind: 'air-gap', siteId: (sites[group.members[0] as number] as Site).id };
    const jurisdiction =
      group.constraint?.kind === 'jurisdiction' ? group.constraint.jurisdictionId : jurisdictionOnly(group.members);
    if (jurisdiction !== null) return { kind: 'jurisdiction', jurisdictionId: jurisdiction };
    return { kind: 'pending' };
  });
  return groups.map((group, index): AreaKey => {
    const known = keys[index];
    if (known && known.kind !== 'pending') return known;
    const zone = zoneOf(group.members);
    const macro = macroOf(group.members);
    const sharing = groups.filter((other, otherIndex) => {
      if (otherIndex === index || keys[otherIndex]?.kind !== 'pending') return false;
      return zone !== null ? zoneOf(other.members) === zone : macro !== null && macroOf(other.members) === macro;
    });
    const all = [...group.members, ...sharing.flatMap((other) => other.members)];
    const band = zone === 'north-america' ? bandOf(group.members, sites) : null;
    const bandShared = band !== null && sharing.some((other) => bandOf(other.members, sites) === band);
    const part =
      sharing.length === 0 ? {} : { part: band !== null && !bandShared ? band : partOf(group.members, all, sites) };
    if (zone !== null) return { kind: 'zone', zone, ...part };
    if (macro !== null) return { kind: 'macro', macro, ...part };
    return groups.length > 1 ? { kind: 'rest' } : { kind: 'estate' };
  });
}

export function toPlanGroup(group: PlacedGroup, areaKey: AreaKey, sizing: Sizing, trips: RoundTrips): PlanGroup {
  const { sites, growth } = sizing;
  const plane = group.placement.place;
  const rtt: [string, number][] = [];
  const measured: string[] = [];
  const uncertain: [string, UncertainCorridor][] = [];
  let clusters = 0;
  let nodes = 0;
  group.members.forEach((member, i) => {
    const site = sites[member] as Site;
    clusters += site.clusters;
    nodes += site.nodes;
    rtt.push([site.id, group.placement.rttMs[i] as number]);
    if (trips.isMeasured(plane.id, member)) measured.push(site.id);
    const corridor = trips.uncertainty(plane, member);
    if (corridor) uncertain.push([site.id, corridor]);
  });
  const grownClusters = Math.round(clusters * growth);
  const grownNodes = Math.round(nodes * growth);
  return {
    planeRegionId: plane.id,
    regionIds: group.members.map((member) => (sites[member] as Site).id),
    clusters,
    nodes,
    installations: installationsFor(grownClusters, grownNodes),
    size: sizeFor(grownClusters, grownNodes),
    worstRttMs: group.placement.worstRttMs,
    rttMs: recordFrom(rtt),
    ...(measured.length > 0 ? { measuredRttRegionIds: measured } : {}),
    ...(uncertain.length > 0 ? { uncertainRtt: recordFrom(uncertain) } : {}),
    ...(group.constraint ? { constraint: group.constraint } : {}),
    ...(plane.siteIndex < 0 ? { planeOutsideAnswers: true } : {}),
    ...(growth > 1 ? { clustersInTwoYears: grownClusters } : {}),
    members: group.members,
    areaKey,
    insideKnown: group.insideKnown,
    partition: group.partition,
  };
}

export function footprintOf(groups: readonly RegionalGroup[]): StrategyFootprint {
  let largest = groups[0] as RegionalGroup;
  for (const group of groups) if (group.clusters > largest.clusters) largest = group;
  const installations = groups.reduce((sum, group) => sum + group.installations, 0);
  return {
    planes: groups.length,
    installations,
    managementNodes: installations * NODES_PER_HA_INSTALLATION,
    largestInstallationClusters: largest.clusters,
    largestInstallationSize: largest.size,
    clustersLosingProvisioningOnOutage: largest.clusters,
  };
}
