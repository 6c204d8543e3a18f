import { isMainlandChinaRegion, jurisdictionOf, siteKindOf } from '../answer-defaults';
import { type Connectivity, DEFAULT_NODES_PER_CLUSTER, type SiteKind } from '../answer-limits';
import type { Answers, RegionAnswer } from '../answers';
import {
  type CatalogRegion,
  type Continent,
  findCatalogRegion,
  type Provider,
  regionCatalog,
} from '../regions/catalog';
import type { RouteZone } from '../regions/corridors';
import { catalogCountryCode, countryAt } from '../regions/countries';
import { greatCircleDistanceKm } from '../regions/geo';
import { regionDisplayName } from '../regions/region-display-name';
import { type RoutePoint, toRoutePoint } from '../regions/rtt-model';

/**
 * When the engine weighs regions by their clusters (where a plane sits, whose round trips count, how much one outage
 * stops), each region counts as if it had this many clusters more. Team's judgement: the first clusters of a small
 * estate then do not swing the advice (1 against 2 clusters weighs 4 against 5, not 1 against 2), while for tens of
 * clusters and more it changes nothing that matters.
 */
export const CLUSTER_WEIGHT_PRIOR = 3;

/** How a region's clusters are reached without Rancher: what the Authorized Cluster Endpoint covers and what not. */
export interface ClusterKinds {
  /** Clusters Rancher provisions (RKE2/K3s): the Authorized Cluster Endpoint serves them. */
  readonly provisioned: number;
  /** Registered existing clusters: the endpoint only for RKE2/K3s, with manual steps. */
  readonly imported: number;
  /** EKS, AKS, GKE: the provider's own kubeconfig, never the endpoint. */
  readonly hosted: number;
  /** Imported or hosted, the answers do not say which (the rest of `provisionedPercent`). */
  readonly notProvisioned: number;
  /** Nothing said. */
  readonly unknown: number;
}

/** A region as the engine sees it: located, with its clusters and what it allows. */
export interface Site {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly point: RoutePoint;
  readonly clusters: number;
  /** How much the region counts where regions are weighed by their clusters: clusters + CLUSTER_WEIGHT_PRIOR. */
  readonly weight: number;
  /** Downstream nodes: the region's own count, or its clusters × the average nodes per cluster. */
  readonly nodes: number;
  readonly provider: Provider | 'custom';
  readonly siteKind: SiteKind;
  readonly connectivity: Connectivity;
  /** The jurisdiction the region belongs to, if any (mainland China regions: MAINLAND_CHINA_JURISDICTION_ID). */
  readonly jurisdiction: string | null;
  /** The catalog's continent; for a custom site, the continent of the nearest catalog region. */
  readonly continent: Continent;
  /** ISO 3166-1 alpha-2: the catalog's, or found from a custom site's coordinates (null at sea). */
  readonly country: string | null;
  readonly mainlandChina: boolean;
  /** The part of the world the round-trip model puts it in; areas are named after it. */
  readonly zone: RouteZone;
  readonly kinds: ClusterKinds;
}

/** Whether a management plane may run at this site: never at the edge, never over an intermittent link. */
export function canHostPlane(site: Pick<Site, 'siteKind' | 'connectivity'>): boolean {
  return site.siteKind !== 'edge' && site.connectivity === 'connected';
}

function nearestCatalogRegion(point: { lat: number; lon: number }): CatalogRegion {
  let nearest = regionCatalog[0] as CatalogRegion;
  let nearestKm = Number.POSITIVE_INFINITY;
  for (const region of regionCatalog) {
    const km = greatCircleDistanceKm(point, region);
    if (km < nearestKm) {
      nearestKm = km;
      nearest = region;
    }
  }
  return nearest;
}

/**
 * The region's clusters by kind: its own `clusterKinds` first; the clusters they leave uncounted follow the estate's
 * `provisionedPercent` when it is given, and are unknown otherwise.
 */
function kindsOf(region: RegionAnswer, provisionedPercent: number | undefined): ClusterKinds {
  const given = region.clusterKinds;
  const provisioned = given?.provisioned ?? 0;
  const imported = given?.imported ?? 0;
  const hosted = given?.hosted ?? 0;
  const rest = Math.max(0, region.clusters - provisioned - imported - hosted);
  if (provisionedPercent === undefined) return { provisioned, imported, hosted, notProvisioned: 0, unknown: rest };
  const share = provisionedPercent / 100;
  return {
    provisioned: provisioned + rest * share,
    imported,
    hosted,
    notProvisioned: rest * (1 - share),
    unknown: 0,
  };
}

/** Locates every region of the answers (catalog or custom site), sorted by id. */
export function resolveSites(answers: Answers): Site[] {
  const nodesPerCluster = answers.nodesPerCluster ?? DEFAULT_NODES_PER_CLUSTER;
  const sites = answers.regions.map((region): Site => {
    const catalog = findCatalogRegion(region.id);
    // The schema guarantees a custom site carries its name and coordinates.
    const lat = catalog?.lat ?? region.lat ?? 0;
    const lon = catalog?.lon ?? region.lon ?? 0;
    const point = toRoutePoint({ lat, lon });
    return {
      id: region.id,
      name: regionDisplayName(region),
      lat,
      lon,
      point,
      clusters: region.clusters,
      weight: region.clusters + CLUSTER_WEIGHT_PRIOR,
      nodes: region.nodes ?? region.clusters * nodesPerCluster,
      provider: catalog?.provider ?? 'custom',
      siteKind: siteKindOf(region),
      connectivity: region.connectivity ?? 'connected',
      jurisdiction: jurisdictionOf(region) ?? null,
      continent: (catalog ?? nearestCatalogRegion({ lat, lon })).continent,
      country: catalog ? catalogCountryCode(catalog) : countryAt({ lat, lon }),
      mainlandChina: isMainlandChinaRegion(region),
      zone: point.zone,
      kinds: kindsOf(region, answers.provisionedPercent),
    };
  });
  return sites.sort((a, b) => compareIds(a.id, b.id));
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How much bigger the estate will be in two years (answers' `clustersInTwoYears`): 1 when not said or when it
 * shrinks. Sizing multiplies each region's clusters and nodes by it.
 */
export function growthFactor(answers: Answers, totalClusters: number): number {
  const expected = answers.clustersInTwoYears;
  return expected === undefined ? 1 : Math.max(1, expected / totalClusters);
}
