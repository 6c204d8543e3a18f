import { findCatalogRegion, type Provider, regionCatalog } from '../regions/catalog';
import type { CloudProvider, ClusterLocation } from './types';

/**
 * A cloud's own location name as its CLI prints it, mapped to the catalog.
 *
 * - AWS: region codes (`eu-west-1`); the China partition's (`cn-north-1`) are the catalog's `aws-cn` regions.
 * - Azure: location names (`westeurope`; `az` prints them lower case, display names such as "West Europe" are read
 *   the same); Azure operated by 21Vianet's (`chinaeast2`) are `azure-cn` regions.
 * - Google Cloud: a region (`europe-west1`) or a zone, which is its region and a letter (`europe-west1-b`).
 * - Alibaba Cloud: region ids (`cn-hangzhou`).
 *
 * A location the catalog does not have (a region opened since, GovCloud, a typo) is named, never guessed.
 */
export function locateCloudRegion(provider: CloudProvider, location: string): ClusterLocation {
  const code = normalizeLocation(provider, location);
  const candidates: readonly Provider[] = CATALOG_PROVIDERS[provider];
  for (const catalogProvider of candidates) {
    const region = findCatalogRegion(`${catalogProvider}:${code}`);
    if (region) return { kind: 'region', regionId: region.id };
  }
  if (provider === 'gcp') {
    const zoneRegion = GCP_ZONE.exec(code)?.[1];
    const region = zoneRegion === undefined ? undefined : findCatalogRegion(`gcp:${zoneRegion}`);
    if (region) return { kind: 'region', regionId: region.id };
  }
  return { kind: 'unknown-location', provider, location: location.trim() };
}

/** Each cloud's partitions in the catalog: a location is looked up in each. */
const CATALOG_PROVIDERS: Readonly<Record<CloudProvider, readonly Provider[]>> = {
  aws: ['aws', 'aws-cn'],
  azure: ['azure', 'azure-cn'],
  gcp: ['gcp'],
  alibaba: ['alibaba'],
};

/** A Google Cloud zone: its region (`us-central1`), a dash and a letter (Google's zone naming). */
const GCP_ZONE = /^([a-z]+-[a-z]+\d+)-[a-z]$/;

function normalizeLocation(provider: CloudProvider, location: string): string {
  const lower = location.trim().toLowerCase();
  // Azure's display names ("West Europe") are its location names with spaces and capitals.
  return provider === 'azure' ? lower.replace(/\s+/g, '') : lower;
}

/** The region of an AWS ARN, in any partition (`aws`, `aws-cn`, `aws-us-gov`); undefined for anything else. */
export function regionOfArn(arn: string): string | undefined {
  // arn:partition:service:region:account:resource
  const [prefix, partition, , region] = arn.split(':');
  if (prefix !== 'arn' || partition === undefined || !partition.startsWith('aws')) return undefined;
  return region === '' ? undefined : region;
}

/** What a bare region code in a CSV means: one catalog region, several (ambiguous), or none. */
export type BareCodeMatch =
  | { readonly kind: 'region'; readonly regionId: string }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] }
  | { readonly kind: 'none' };

/** Catalog ids by provider code (`eu-west-1` -> `aws:eu-west-1`); a code two clouds share lists both. */
function codesOfCatalog(): ReadonlyMap<string, readonly string[]> {
  const byCode = new Map<string, string[]>();
  for (const region of regionCatalog) {
    const ids = byCode.get(region.code) ?? [];
    ids.push(region.id);
    byCode.set(region.code, ids);
  }
  return byCode;
}

const CATALOG_CODES = codesOfCatalog();

/**
 * A CSV's region cell: a catalog id (`aws:eu-west-1`, any case), a provider's bare code when only one cloud uses
 * it (`westeurope`, `europe-west1`), or a Google Cloud zone (`europe-west1-b`).
 */
export function matchRegionCell(cell: string): BareCodeMatch {
  const lower = cell.trim().toLowerCase();
  const catalog = findCatalogRegion(lower);
  if (catalog) return { kind: 'region', regionId: catalog.id };
  if (lower.includes(':')) return { kind: 'none' };
  const ids = CATALOG_CODES.get(lower) ?? CATALOG_CODES.get(lower.replace(/\s+/g, '')) ?? zoneRegion(lower);
  if (ids === undefined || ids.length === 0) return { kind: 'none' };
  if (ids.length > 1) return { kind: 'ambiguous', candidates: ids };
  return { kind: 'region', regionId: ids[0] as string };
}

function zoneRegion(code: string): readonly string[] | undefined {
  const region = GCP_ZONE.exec(code)?.[1];
  return region !== undefined && findCatalogRegion(`gcp:${region}`) ? [`gcp:${region}`] : undefined;
}
