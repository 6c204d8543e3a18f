import { aksIdentity, type ClusterEntry, gkeIdentity } from './cloud-lists';
import { eksIdentity } from './eks';
import { arrayAt, countAt, isRecord, type JsonRecord, recordAt, textAt } from './json-values';
import { locateCloudRegion } from './locations';
import type { CloudProvider, ClusterFlavour, ClusterKind, ClusterLocation } from './types';

// Rancher's clusters as `kubectl get clusters.management.cattle.io -o json` prints them on Rancher's local cluster
// (a `List` of `management.cattle.io/v3` `Cluster`s), or as Rancher's API lists them (`/v1/management.cattle.io.clusters`
// holds the same objects; `/v3/clusters` has their fields side by side). How each field is read follows Rancher's own
// code (rancher/rancher pkg/apis/management.cattle.io/v3/cluster_types.go, the provisioning controllers, and the
// dashboard's cluster model): docs/import.md has the table.

/** The parts of a management cluster the import reads, whichever API printed it. */
interface ManagementCluster {
  readonly name: string;
  readonly annotations: JsonRecord;
  readonly labels: JsonRecord;
  readonly spec: JsonRecord;
  readonly status: JsonRecord;
}

const MANAGEMENT_API = /^management\.cattle\.io\//;

/** A `management.cattle.io/v3` Cluster, from kubectl or Rancher's `/v1` API. */
const isManagementObject = (value: unknown): boolean =>
  isRecord(value) &&
  ((MANAGEMENT_API.test(textAt(value, 'apiVersion') ?? '') && textAt(value, 'kind') === 'Cluster') ||
    textAt(value, 'type') === 'management.cattle.io.cluster');

/** A cluster of Rancher's `/v3/clusters` API: the same fields, side by side. */
const isNormanCluster = (value: unknown): boolean =>
  isRecord(value) && textAt(value, 'type') === 'cluster' && ('driver' in value || 'nodeCount' in value);

/** The clusters of a Rancher list (kubectl's `items`, the API's `data`), a single cluster, or undefined. */
export function rancherClustersOf(value: unknown): readonly unknown[] | undefined {
  if (isManagementObject(value) || isNormanCluster(value)) return [value];
  const items = arrayAt(value, 'items') ?? arrayAt(value, 'data');
  if (items === undefined || items.length === 0) return undefined;
  return items.some((item) => isManagementObject(item) || isNormanCluster(item)) ? items : undefined;
}

/** Whether an item of a Rancher list is a cluster (lists are read whole: anything else is a problem). */
export const isRancherCluster = (value: unknown): boolean => isManagementObject(value) || isNormanCluster(value);

/** `kubectl get clusters.provisioning.cattle.io`: Rancher's provisioning clusters, which hold no locations. */
export function isProvisioningList(value: unknown): boolean {
  const items = arrayAt(value, 'items') ?? (isRecord(value) ? [value] : []);
  return items.some((item) => /^provisioning\.cattle\.io\//.test(textAt(item, 'apiVersion') ?? ''));
}

function normalize(value: JsonRecord): ManagementCluster {
  if (isNormanCluster(value)) {
    return {
      name: textAt(value, 'name') ?? textAt(value, 'id') ?? '?',
      annotations: recordAt(value, 'annotations') ?? {},
      labels: recordAt(value, 'labels') ?? {},
      spec: { ...value, displayName: value.name },
      status: value,
    };
  }
  const metadata = recordAt(value, 'metadata') ?? {};
  const spec = recordAt(value, 'spec') ?? {};
  return {
    name: textAt(spec, 'displayName') ?? textAt(metadata, 'name') ?? '?',
    annotations: recordAt(metadata, 'annotations') ?? {},
    labels: recordAt(metadata, 'labels') ?? {},
    spec,
    status: recordAt(value, 'status') ?? {},
  };
}

/** Set by Rancher on the management cluster of a provisioning cluster: "true" when Rancher provisions it. */
const ADMINISTRATED = 'provisioning.cattle.io/administrated';

/** Rancher's `status.driver` values (cluster_types.go) for clusters it did not provision. */
const IMPORTED_DRIVERS: Readonly<Record<string, ClusterFlavour>> = {
  rke2: 'imported-rke2',
  k3s: 'imported-k3s',
  k3os: 'imported',
  rancherd: 'imported',
};

/**
 * Rancher's kontainer-engine (KEv1) drivers for hosted offerings, by `status.driver` or
 * `spec.genericEngineConfig.driverName` (lower case), with the cloud and the field that holds the location.
 */
const KEV1_HOSTED: Readonly<
  Record<string, { flavour: ClusterFlavour; provider: CloudProvider; fields: readonly string[] } | undefined>
> = {
  amazonelasticcontainerservice: { flavour: 'eks', provider: 'aws', fields: ['region'] },
  azurekubernetesservice: { flavour: 'aks', provider: 'azure', fields: ['location'] },
  googlekubernetesengine: { flavour: 'gke', provider: 'gcp', fields: ['region', 'zone'] },
};

interface Classified {
  readonly kind: ClusterKind;
  readonly flavour: ClusterFlavour;
  readonly location: ClusterLocation;
  readonly identity?: string;
}

/** What a Rancher cluster is and where it runs; `local` for Rancher's own cluster. */
function classify(cluster: ManagementCluster): Classified | 'local' {
  const { spec, status, annotations, labels } = cluster;
  const driver = (textAt(status, 'driver') ?? '').toLowerCase();
  if (spec.internal === true || driver === 'local') return 'local';
  const hosted = classifyHosted(cluster, driver);
  if (hosted) return hosted;
  // "rke2.windows" is RKE2 with Windows workers.
  const provider = (textAt(status, 'provider') ?? textAt(labels, 'provider.cattle.io') ?? '').split('.')[0] ?? '';
  const notSaid = (why: 'provisioned' | 'imported'): ClusterLocation => ({ kind: 'not-said', why });
  const administrated = textAt(annotations, ADMINISTRATED);
  if (administrated === 'true' || driver === 'rancherkubernetesengine') {
    const flavour = driver === 'rancherkubernetesengine' ? 'rke1' : provider === 'k3s' ? 'k3s' : 'rke2';
    return { kind: 'provisioned', flavour, location: notSaid('provisioned') };
  }
  const importedFlavour = IMPORTED_DRIVERS[driver];
  if (importedFlavour) return { kind: 'imported', flavour: importedFlavour, location: notSaid('imported') };
  if (provider === 'harvester') return { kind: 'imported', flavour: 'harvester', location: notSaid('imported') };
  if (provider === 'eks' || provider === 'aks' || provider === 'gke') {
    // A hosted cluster registered as a generic imported one: Rancher holds no configuration with its location.
    return { kind: 'hosted', flavour: provider, location: { kind: 'not-said', why: 'hosted' } };
  }
  // An RKE2/K3s cluster that is not an imported one (its driver would be rke2/k3s) is one Rancher provisions: the
  // dashboard reads it so, and a custom cluster waiting for its first machine has no driver yet.
  if (administrated === undefined && (provider === 'rke2' || provider === 'k3s')) {
    return { kind: 'provisioned', flavour: provider, location: notSaid('provisioned') };
  }
  return { kind: 'imported', flavour: 'imported', location: notSaid('imported') };
}

/** A hosted cluster: EKS, AKS, GKE and ACK through Rancher's operators, or the KEv1 drivers of older Rancher. */
function classifyHosted(cluster: ManagementCluster, driver: string): Classified | undefined {
  const { spec, status } = cluster;
  const upstream = (key: string) => recordAt(recordAt(status, key), 'upstreamSpec');
  const eks = recordAt(spec, 'eksConfig') ?? (driver === 'eks' ? upstream('eksStatus') : undefined);
  if (eks) {
    const region = textAt(eks, 'region') ?? textAt(upstream('eksStatus'), 'region');
    const name = textAt(eks, 'displayName') ?? cluster.name;
    return hostedIn('eks', 'aws', region, region === undefined ? undefined : eksIdentity(region, name));
  }
  const aks = recordAt(spec, 'aksConfig') ?? (driver === 'aks' ? upstream('aksStatus') : undefined);
  if (aks) {
    const location = textAt(aks, 'resourceLocation') ?? textAt(upstream('aksStatus'), 'resourceLocation');
    const name = textAt(aks, 'clusterName') ?? cluster.name;
    const identity = location === undefined ? undefined : aksIdentity(location, textAt(aks, 'resourceGroup'), name);
    return hostedIn('aks', 'azure', location, identity);
  }
  const gke = recordAt(spec, 'gkeConfig') ?? (driver === 'gke' ? upstream('gkeStatus') : undefined);
  if (gke) {
    const location = textAt(gke, 'region') ?? textAt(gke, 'zone');
    const name = textAt(gke, 'clusterName') ?? cluster.name;
    const identity = location === undefined ? undefined : gkeIdentity(textAt(gke, 'projectID'), location, name);
    return hostedIn('gke', 'gcp', location, identity);
  }
  const ali = recordAt(spec, 'aliConfig');
  if (ali) {
    const region = textAt(ali, 'regionId');
    const name = textAt(ali, 'clusterName') ?? cluster.name;
    return hostedIn('ack', 'alibaba', region, region === undefined ? undefined : `ack|${region}|${name}`);
  }
  const generic = recordAt(spec, 'genericEngineConfig');
  const kev1Driver = (textAt(generic, 'driverName') ?? driver).toLowerCase();
  const kev1 = KEV1_HOSTED[kev1Driver];
  if (kev1) {
    const location = kev1.fields.map((field) => textAt(generic, field)).find((value) => value !== undefined);
    return hostedIn(kev1.flavour, kev1.provider, location);
  }
  // Another kontainer driver (Huawei CCE, Oracle OKE, Linode LKE, …): a hosted cluster the catalog has no cloud for.
  const noLocation: ClusterLocation = { kind: 'not-said', why: 'hosted' };
  if (generic !== undefined) return { kind: 'hosted', flavour: 'other-hosted', location: noLocation };
  // Rancher's EKS, AKS or GKE driver with no configuration left to say where.
  if (driver === 'eks' || driver === 'aks' || driver === 'gke')
    return { kind: 'hosted', flavour: driver, location: noLocation };
  return undefined;
}

function hostedIn(
  flavour: ClusterFlavour,
  provider: CloudProvider,
  location: string | undefined,
  identity?: string,
): Classified {
  return {
    kind: 'hosted',
    flavour,
    location: location === undefined ? { kind: 'not-said', why: 'hosted' } : locateCloudRegion(provider, location),
    ...(identity === undefined ? {} : { identity }),
  };
}

/** A Rancher cluster as a cluster entry, or `local` for Rancher's own cluster (the management plane itself). */
export function readRancherCluster(value: unknown): ClusterEntry | { readonly local: string } {
  const cluster = normalize(isRecord(value) ? value : {});
  const classified = classify(cluster);
  if (classified === 'local') return { local: cluster.name };
  const nodes = countAt(cluster.status, 'nodeCount');
  return {
    name: cluster.name,
    count: 1,
    kind: classified.kind,
    flavour: classified.flavour,
    // Rancher leaves nodeCount out while it is 0 (a cluster not yet connected): then it says nothing.
    ...(nodes === undefined || nodes === 0 ? {} : { nodes }),
    location: classified.location,
    ...(classified.identity === undefined ? {} : { identity: classified.identity }),
  };
}
