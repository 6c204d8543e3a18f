import type { Answers } from './answers';
import { findCatalogRegion, type Provider } from './regions/catalog';
import { estimateRttBetweenPointsMs, estimateRttMs, type RoutePoint, toRoutePoint } from './regions/rtt-model';
import { installationsForClusters, NODES_PER_HA_INSTALLATION, type ServerSize, sizeForClusters } from './sizing';

/**
 * Regions whose round trip to one local plane stays within this share one regional installation.
 * Design choice: neighbouring regions of one geography (us-east-1 and us-east-2 measure about 12 ms apart;
 * Frankfurt, Amsterdam and Paris about 8 to 12 ms) gain nothing from separate planes, while cross-country
 * distances (30 ms and more) are where Rancher's regional pros begin to matter.
 */
export const REGIONAL_GROUP_MAX_RTT_MS = 20;

/** A region as the engine sees it: located, with its clusters. */
export interface Site {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly clusters: number;
  readonly provider: Provider | 'custom';
}

export interface HubPlacement {
  readonly regionId: string;
  /** The worst estimated round trip from the hub to any region, ms. */
  readonly worstRttMs: number;
  /** Estimated round trip from the hub to each region, ms, keyed by region id. */
  readonly rttMs: Readonly<Record<string, number>>;
  /** Cluster-weighted mean round trip from the hub, ms. */
  readonly meanRttMs: number;
}

export interface RegionalGroup {
  /** Where this group's management plane sits (the member with the lowest worst round trip). */
  readonly planeRegionId: string;
  readonly regionIds: readonly string[];
  readonly clusters: number;
  /** More than one when the group outgrows Rancher's largest documented size. */
  readonly installations: number;
  /** Worst estimated round trip from this group's plane to one of its regions, ms. */
  readonly worstRttMs: number;
  /** Round trip from this group's plane to each member, ms, keyed by region id (the plane's own included). */
  readonly rttMs: Readonly<Record<string, number>>;
  /** Members whose round trip from the plane was measured rather than estimated; absent when none was. */
  readonly measuredRttRegionIds?: readonly string[];
}

export interface RegionalPlan {
  readonly groups: readonly RegionalGroup[];
  readonly maxGroupRttMs: number;
}

export interface StrategyFootprint {
  readonly installations: number;
  /** Three-node HA clusters that run the management planes. */
  readonly managementNodes: number;
  readonly largestInstallationClusters: number;
  /** The documented Rancher size the largest installation needs. */
  readonly largestInstallationSize: ServerSize | 'beyond-large';
  /** Downstream clusters that lose provisioning and central management when one management plane is down. */
  readonly clustersLosingProvisioningOnOutage: number;
}

export interface Topology {
  /** Sorted by id, so the result never depends on the order of the answers. */
  readonly sites: readonly Site[];
  readonly totalClusters: number;
  readonly hub: HubPlacement;
  readonly regionalPlan: RegionalPlan;
  readonly footprint: Readonly<Record<'hub-and-spoke' | 'regional', StrategyFootprint>>;
}

/** Locates every region of the answers (catalog or custom site), sorted by id. */
export function resolveSites(answers: Answers): Site[] {
  const sites = answers.regions.map((region): Site => {
    const catalog = findCatalogRegion(region.id);
    if (catalog) {
      return {
        id: region.id,
        name: region.name ?? catalog.name,
        lat: catalog.lat,
        lon: catalog.lon,
        clusters: region.clusters,
        provider: catalog.provider,
      };
    }
    // The schema guarantees a custom site carries its name and coordinates.
    return {
      id: region.id,
      name: region.name ?? region.id,
      lat: region.lat ?? 0,
      lon: region.lon ?? 0,
      clusters: region.clusters,
      provider: 'custom',
    };
  });
  return sites.sort((a, b) => compareIds(a.id, b.id));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The last matrix built, keyed by the sites' ids and coordinates: while a person edits clusters, tolerance or
 * priorities the places do not move, so the O(n²) round-trip estimates are reused. Callers never mutate it.
 */
let lastMatrix: { readonly key: string; readonly matrix: number[][] } | null = null;

/** Estimated round trips between every pair of sites, ms (the same array again for the same places). */
export function buildRttMatrix(sites: readonly Site[]): number[][] {
  const key = JSON.stringify(sites.map((site) => [site.id, site.lat, site.lon]));
  if (lastMatrix?.key === key) return lastMatrix.matrix;
  const matrix = computeRttMatrix(sites);
  lastMatrix = { key, matrix };
  return matrix;
}

function computeRttMatrix(sites: readonly Site[]): number[][] {
  const matrix = sites.map(() => new Array<number>(sites.length).fill(0));
  const points = sites.map(toRoutePoint);
  for (let i = 0; i < sites.length; i++) {
    const a = points[i] as RoutePoint;
    const row = matrix[i] as number[];
    row[i] = estimateRttMs(0);
    for (let j = i + 1; j < sites.length; j++) {
      const rtt = estimateRttBetweenPointsMs(a, points[j] as RoutePoint);
      row[j] = rtt;
      (matrix[j] as number[])[i] = rtt;
    }
  }
  return matrix;
}

/**
 * Among `members` (indices into sites), the one that minimises the worst round trip to the others;
 * ties go to the lower cluster-weighted mean, then to the lower id.
 */
function placePlane(members: readonly number[], sites: readonly Site[], rtt: readonly number[][]) {
  let best = { index: members[0] as number, worst: Number.POSITIVE_INFINITY, mean: Number.POSITIVE_INFINITY };
  let totalClusters = 0;
  for (const m of members) totalClusters += (sites[m] as Site).clusters;
  for (const candidate of members) {
    const row = rtt[candidate] as number[];
    let worst = 0;
    let weighted = 0;
    for (const m of members) {
      const value = row[m] as number;
      if (value > worst) worst = value;
      weighted += value * (sites[m] as Site).clusters;
    }
    const mean = weighted / totalClusters;
    // Members are in id order, so a strict improvement test keeps the lower id on a full tie.
    if (worst < best.worst - 1e-9 || (Math.abs(worst - best.worst) <= 1e-9 && mean < best.mean - 1e-9)) {
      best = { index: candidate, worst, mean };
    }
  }
  return best;
}

/** Where one central management plane should sit among the sites, and its round trips. */
export function placeHub(sites: readonly Site[], rtt: readonly number[][]): HubPlacement {
  const all = sites.map((_, index) => index);
  const best = placePlane(all, sites, rtt);
  const row = rtt[best.index] as number[];
  const rttMs: Record<string, number> = {};
  sites.forEach((site, index) => {
    rttMs[site.id] = row[index] as number;
  });
  return {
    regionId: (sites[best.index] as Site).id,
    worstRttMs: best.worst,
    rttMs,
    meanRttMs: Math.round(best.mean * 10) / 10,
  };
}

/**
 * Groups neighbouring sites that one local plane serves well (complete linkage: every pair in a group is
 * within `maxGroupRttMs`), so "Regional" never means a plane per region where a neighbour would do.
 */
export function planRegional(
  sites: readonly Site[],
  rtt: readonly number[][],
  maxGroupRttMs: number = REGIONAL_GROUP_MAX_RTT_MS,
): RegionalPlan {
  const n = sites.length;
  // linkage[a][b]: the largest round trip between a member of group a and one of group b.
  const linkage = rtt.map((row) => row.slice());
  const members: (number[] | null)[] = sites.map((_, index) => [index]);
  // Only groups with some pair of members within the limit can ever merge: those pairs are the edges.
  const edges: Array<[number, number]> = [];
  for (let a = 0; a < n; a++) {
    const row = rtt[a] as number[];
    for (let b = a + 1; b < n; b++) if ((row[b] as number) <= maxGroupRttMs) edges.push([a, b]);
  }
  // groupOf[site]: the group (numbered by its first site) that the site belongs to now.
  const groupOf = sites.map((_, index) => index);
  for (;;) {
    let bestA = -1;
    let bestB = -1;
    let bestLink = Number.POSITIVE_INFINITY;
    // One pass picks the closest pair of groups and drops the edges that can never merge again: those inside one
    // group, and those whose groups are already too far apart (a group's linkage only grows as it merges).
    let kept = 0;
    for (const edge of edges) {
      const x = groupOf[edge[0]] as number;
      const y = groupOf[edge[1]] as number;
      if (x === y) continue;
      const a = Math.min(x, y);
      const b = Math.max(x, y);
      const link = (linkage[a] as number[])[b] as number;
      if (link > maxGroupRttMs) continue;
      edges[kept++] = edge;
      // Equal links resolve to the lowest group ids, so the plan never depends on the input order.
      if (link < bestLink || (link === bestLink && (a < bestA || (a === bestA && b < bestB)))) {
        bestLink = link;
        bestA = a;
        bestB = b;
      }
    }
    edges.length = kept;
    if (bestA < 0) break;
    const moved = members[bestB] as number[];
    (members[bestA] as number[]).push(...moved);
    for (const site of moved) groupOf[site] = bestA;
    members[bestB] = null;
    const rowKeep = linkage[bestA] as number[];
    const rowDrop = linkage[bestB] as number[];
    for (let k = 0; k < n; k++) {
      const merged = Math.max(rowKeep[k] as number, rowDrop[k] as number);
      rowKeep[k] = merged;
      (linkage[k] as number[])[bestA] = merged;
    }
  }
  const groups = members
    .filter((group): group is number[] => group !== null)
    .map((group): RegionalGroup => {
      const sorted = group.sort((a, b) => a - b);
      const plane = placePlane(sorted, sites, rtt);
      const clusters = sorted.reduce((sum, index) => sum + (sites[index] as Site).clusters, 0);
      const planeRow = rtt[plane.index] as number[];
      const rttMs: Record<string, number> = {};
      for (const index of sorted) rttMs[(sites[index] as Site).id] = planeRow[index] as number;
      return {
        planeRegionId: (sites[plane.index] as Site).id,
        regionIds: sorted.map((index) => (sites[index] as Site).id),
        clusters,
        installations: installationsForClusters(clusters),
        worstRttMs: plane.worst,
        rttMs,
      };
    });
  return { groups, maxGroupRttMs };
}

function footprintOf(installationClusters: readonly number[]): StrategyFootprint {
  const largest = Math.max(...installationClusters);
  return {
    installations: installationClusters.length,
    managementNodes: installationClusters.length * NODES_PER_HA_INSTALLATION,
    largestInstallationClusters: largest,
    largestInstallationSize: sizeForClusters(largest),
    clustersLosingProvisioningOnOutage: largest,
  };
}

/** Splits `clusters` evenly over the installations that Rancher's largest size needs. */
function splitIntoInstallations(clusters: number): number[] {
  const count = installationsForClusters(clusters);
  const base = Math.floor(clusters / count);
  return Array.from({ length: count }, (_, index) => base + (index < clusters % count ? 1 : 0));
}

/** Everything about the answers that depends only on where the regions are and how many clusters they hold. */
export function analyzeTopology(answers: Answers): Topology {
  const sites = resolveSites(answers);
  const rtt = buildRttMatrix(sites);
  const totalClusters = sites.reduce((sum, site) => sum + site.clusters, 0);
  const regionalPlan = planRegional(sites, rtt);
  return {
    sites,
    totalClusters,
    hub: placeHub(sites, rtt),
    regionalPlan,
    footprint: {
      'hub-and-spoke': footprintOf(splitIntoInstallations(totalClusters)),
      regional: footprintOf(regionalPlan.groups.flatMap((group) => splitIntoInstallations(group.clusters))),
    },
  };
}
