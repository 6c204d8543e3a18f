import { arrayAt, countAt, isRecord, recordAt, sumOfCounts, textAt } from './json-values';
import { locateCloudRegion } from './locations';
import type { ClusterLocation, FoundCluster } from './types';

/** A cluster as a parser reads it; the source adds its key, name and format. */
export type ClusterEntry = Omit<FoundCluster, 'key' | 'source' | 'format'>;

const NO_LOCATION: ClusterLocation = { kind: 'not-said', why: 'hosted' };

// ---- Azure: `az aks list -o json` ----------------------------------------------------------------------------
// Each item is a ManagedCluster as the Azure CLI prints it: `name`, `location`, `resourceGroup` and the pools in
// `agentPoolProfiles[]` with their `count` (the ARM REST shape nests them in `properties`, also read).

const AKS_TYPE = /^microsoft\.containerservice\/managedclusters$/i;

export function isAksCluster(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const type = textAt(value, 'type');
  if (type !== undefined) return AKS_TYPE.test(type);
  const pools = arrayAt(value, 'agentPoolProfiles') ?? arrayAt(recordAt(value, 'properties'), 'agentPoolProfiles');
  return pools !== undefined && textAt(value, 'location') !== undefined;
}

/** The resource group in an Azure resource id: `/subscriptions/…/resourcegroups/<group>/providers/…`. */
const RESOURCE_GROUP_IN_ID = /\/resourcegroups\/([^/]+)\//i;

export function readAksCluster(value: unknown): ClusterEntry {
  const name = textAt(value, 'name') ?? '?';
  const location = textAt(value, 'location');
  const pools = arrayAt(value, 'agentPoolProfiles') ?? arrayAt(recordAt(value, 'properties'), 'agentPoolProfiles');
  const nodes = pools === undefined ? undefined : sumOfCounts(pools.map((pool) => countAt(pool, 'count')));
  const group = textAt(value, 'resourceGroup') ?? RESOURCE_GROUP_IN_ID.exec(textAt(value, 'id') ?? '')?.[1];
  return {
    name,
    count: 1,
    kind: 'hosted',
    flavour: 'aks',
    ...(nodes === undefined ? {} : { nodes }),
    location: location === undefined ? NO_LOCATION : locateCloudRegion('azure', location),
    ...(location === undefined ? {} : { identity: aksIdentity(location, group, name) }),
  };
}

/** Azure names are case-insensitive; the resource group tells apart clusters of one name in one location. */
export const aksIdentity = (location: string, group: string | undefined, name: string) =>
  `aks|${location.replace(/\s+/g, '')}|${group ?? ''}|${name}`.toLowerCase();

// ---- Google Cloud: `gcloud container clusters list --format=json` ------------------------------------------
// Each item is a GKE Cluster: `name`, `location` (a region for a regional cluster, a zone for a zonal one; the older
// `zone` field says the same), `currentNodeCount`, and `selfLink`, which holds the project.

const GKE_SELF_LINK = /container\.googleapis\.com\/.*\/projects\/([^/]+)\/(?:locations|zones)\/([^/]+)\/clusters\//;

export function isGkeCluster(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const selfLink = textAt(value, 'selfLink');
  if (selfLink !== undefined) return GKE_SELF_LINK.test(selfLink);
  return (
    textAt(value, 'name') !== undefined &&
    (textAt(value, 'location') ?? textAt(value, 'zone')) !== undefined &&
    (arrayAt(value, 'nodePools') !== undefined || countAt(value, 'currentNodeCount') !== undefined)
  );
}

export function readGkeCluster(value: unknown): ClusterEntry {
  const name = textAt(value, 'name') ?? '?';
  const location = textAt(value, 'location') ?? textAt(value, 'zone');
  const project = GKE_SELF_LINK.exec(textAt(value, 'selfLink') ?? '')?.[1];
  const nodes = countAt(value, 'currentNodeCount');
  return {
    name,
    count: 1,
    kind: 'hosted',
    flavour: 'gke',
    ...(nodes === undefined ? {} : { nodes }),
    location: location === undefined ? NO_LOCATION : locateCloudRegion('gcp', location),
    ...(location === undefined ? {} : { identity: gkeIdentity(project, location, name) }),
  };
}

export const gkeIdentity = (project: string | undefined, location: string, name: string) =>
  `gke|${project ?? ''}|${location.toLowerCase()}|${name}`;
