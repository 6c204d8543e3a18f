import { describe, expect, it } from 'vitest';
import { fixture, imported, regionsOf, unplacedOf } from './support';

describe('gcloud container clusters list --format=json', () => {
  const estate = imported(fixture('gke-clusters.json'));

  it('puts regional and zonal clusters in their region, with currentNodeCount as nodes', () => {
    expect(estate.sources).toEqual([{ name: 'gke-clusters.json', format: 'gke', clusters: 4 }]);
    expect(regionsOf(estate)).toEqual({
      // gke-prod-eu is regional (europe-west1, 9 nodes); gke-batch-eu is zonal (europe-west1-b, 3 nodes).
      'gcp:europe-west1': { clusters: 2, knownNodes: 12, clustersWithoutNodes: 0, kinds: { hosted: 2 } },
      'gcp:us-central1': { clusters: 1, knownNodes: 5, clustersWithoutNodes: 0, kinds: { hosted: 1 } },
      // Autopilot without a currentNodeCount: its nodes are not known.
      'gcp:us-east4': { clusters: 1, knownNodes: 0, clustersWithoutNodes: 1, kinds: { hosted: 1 } },
    });
    expect(unplacedOf(estate)).toEqual({});
  });
});

describe('az aks list -o json', () => {
  const estate = imported(fixture('aks-list.json'));

  it('adds up the agent pools’ counts and maps locations, Azure operated by 21Vianet included', () => {
    expect(estate.sources[0]?.format).toBe('aks');
    expect(regionsOf(estate)).toEqual({
      'azure:westeurope': { clusters: 2, knownNodes: 12, clustersWithoutNodes: 0, kinds: { hosted: 2 } },
      'azure:eastus': { clusters: 1, knownNodes: 4, clustersWithoutNodes: 0, kinds: { hosted: 1 } },
      'azure-cn:chinaeast2': { clusters: 1, knownNodes: 2, clustersWithoutNodes: 0, kinds: { hosted: 1 } },
    });
  });

  it('reads the ARM shape too, where the pools sit under properties', () => {
    const arm = {
      id: '/subscriptions/x/resourcegroups/rg1/providers/Microsoft.ContainerService/managedClusters/c1',
      location: 'West Europe',
      name: 'c1',
      type: 'Microsoft.ContainerService/ManagedClusters',
      properties: { agentPoolProfiles: [{ name: 'pool', count: 5 }] },
    };
    const estate = imported({ name: 'arm.json', text: JSON.stringify(arm) });
    expect(regionsOf(estate)['azure:westeurope']).toMatchObject({ clusters: 1, knownNodes: 5 });
  });
});

describe('aws eks describe-cluster --output json', () => {
  it('reads several documents one after the other, the region from each ARN', () => {
    const estate = imported(fixture('eks-describe-cluster.json'));
    expect(estate.sources).toEqual([{ name: 'eks-describe-cluster.json', format: 'eks', clusters: 6 }]);
    expect(regionsOf(estate)).toEqual({
      'aws:eu-west-1': { clusters: 2, knownNodes: 0, clustersWithoutNodes: 2, kinds: { hosted: 2 } },
      'aws:us-east-1': { clusters: 1, knownNodes: 0, clustersWithoutNodes: 1, kinds: { hosted: 1 } },
      'aws-cn:cn-north-1': { clusters: 1, knownNodes: 0, clustersWithoutNodes: 1, kinds: { hosted: 1 } },
    });
    // GovCloud is not in the catalog; EKS on an Outpost runs on the person's premises.
    expect(unplacedOf(estate)).toEqual({
      'eks-gov': 'EKS in "us-gov-west-1", which the region catalog does not have',
      'eks-factory': 'EKS on an AWS Outpost: it runs on your premises, not in its ARN’s region',
    });
  });

  it('reads a JSON array of documents, with describe-nodegroup documents giving the nodes', () => {
    const estate = imported(fixture('eks-array.json'));
    expect(regionsOf(estate)).toEqual({
      // eks-prod-eu: node groups of 6 and 4.
      'aws:eu-west-1': { clusters: 1, knownNodes: 10, clustersWithoutNodes: 0, kinds: { hosted: 1 } },
      // eks-prod-us (5) and eks-batch-us, known only from its node group (12).
      'aws:us-east-1': { clusters: 2, knownNodes: 17, clustersWithoutNodes: 0, kinds: { hosted: 2 } },
    });
  });

  it('counts a cluster described twice once', () => {
    const document = fixture('eks-array.json').text;
    const twice = imported({ name: 'twice.json', text: `${document}\n${document}` });
    expect(regionsOf(twice)['aws:eu-west-1']).toMatchObject({ clusters: 1, knownNodes: 10 });
  });
});

describe("Rancher's kubectl get clusters.management.cattle.io -o json", () => {
  const estate = imported(fixture('rancher-clusters.json'));

  it('places hosted clusters by their operator configuration and leaves Rancher’s local cluster out', () => {
    expect(estate.sources).toEqual([{ name: 'rancher-clusters.json', format: 'rancher', clusters: 9 }]);
    expect(regionsOf(estate)).toEqual({
      'aws:eu-west-1': { clusters: 1, knownNodes: 6, clustersWithoutNodes: 0, kinds: { hosted: 1 } },
      // Imported through the EKS operator: still hosted.
      'aws:us-east-1': { clusters: 1, knownNodes: 4, clustersWithoutNodes: 0, kinds: { hosted: 1 } },
      'azure:westeurope': { clusters: 1, knownNodes: 9, clustersWithoutNodes: 0, kinds: { hosted: 1 } },
      // gkeConfig.zone europe-west1-b.
      'gcp:europe-west1': { clusters: 1, knownNodes: 3, clustersWithoutNodes: 0, kinds: { hosted: 1 } },
    });
    expect(estate.notes).toEqual([{ kind: 'local-cluster-left-out', source: 'rancher-clusters.json', name: 'local' }]);
  });

  it('names every cluster whose region it cannot know, and what kind it is', () => {
    expect(unplacedOf(estate)).toEqual({
      'store-lyon':
        'RKE2 that Rancher provisions (custom or node driver): Rancher’s list does not say where its machines run',
      'plant-k3s-01':
        'K3s that Rancher provisions (custom or node driver): Rancher’s list does not say where its machines run',
      'dc-frankfurt-rke2': 'imported RKE2: Rancher’s list does not say where an imported cluster runs',
      'ocp-lab': 'imported cluster: Rancher’s list does not say where an imported cluster runs',
      'rke1-legacy':
        'RKE1 that Rancher provisions (custom or node driver): Rancher’s list does not say where its machines run',
    });
    const kinds = Object.fromEntries(estate.clusters.map((cluster) => [cluster.name, cluster.kind]));
    expect(kinds).toMatchObject({
      'store-lyon': 'provisioned',
      'plant-k3s-01': 'provisioned',
      'rke1-legacy': 'provisioned',
      'dc-frankfurt-rke2': 'imported',
      'ocp-lab': 'imported',
      'eks-legacy-us': 'hosted',
    });
  });

  it.each([
    ['a generic import of an EKS cluster', { driver: 'imported', provider: 'eks' }, {}, 'hosted'],
    ['an imported K3s cluster', { driver: 'k3s', provider: 'k3s' }, {}, 'imported'],
    ['a Harvester cluster', { driver: 'imported', provider: 'harvester' }, {}, 'imported'],
    [
      'a custom RKE2 cluster waiting for its first machine',
      { driver: '', provider: 'rke2' },
      { 'provisioning.cattle.io/administrated': 'true' },
      'provisioned',
    ],
  ])('reads %s as %s', (_, status, annotations, kind) => {
    const cluster = {
      apiVersion: 'management.cattle.io/v3',
      kind: 'Cluster',
      metadata: { name: 'c-m-1', annotations },
      spec: { displayName: 'one' },
      status,
    };
    expect(imported({ name: 'one.json', text: JSON.stringify(cluster) }).clusters[0]?.kind).toBe(kind);
  });

  it("reads Rancher's /v3/clusters API, whose fields sit side by side", () => {
    const collection = {
      type: 'collection',
      resourceType: 'cluster',
      data: [
        {
          type: 'cluster',
          id: 'c-1',
          name: 'aks-a',
          driver: 'AKS',
          provider: 'aks',
          nodeCount: 3,
          aksConfig: { resourceLocation: 'northeurope', resourceGroup: 'rg', clusterName: 'aks-a' },
        },
        { type: 'cluster', id: 'local', name: 'local', driver: 'local', internal: true },
      ],
    };
    const estate = imported({ name: 'v3.json', text: JSON.stringify(collection) });
    expect(regionsOf(estate)).toEqual({
      'azure:northeurope': { clusters: 1, knownNodes: 3, clustersWithoutNodes: 0, kinds: { hosted: 1 } },
    });
    expect(estate.notes.map((note) => note.kind)).toEqual(['local-cluster-left-out']);
  });
});

describe('several lists at once', () => {
  it('counts a cluster that Rancher and its cloud both list once, keeping the cloud’s node count', () => {
    const estate = imported(
      fixture('rancher-clusters.json'),
      fixture('eks-array.json'),
      fixture('aks-list.json'),
      fixture('gke-clusters.json'),
    );
    const regions = regionsOf(estate);
    // eks-prod-eu is in Rancher's list and in the EKS documents.
    expect(regions['aws:eu-west-1']).toEqual({
      clusters: 1,
      knownNodes: 6,
      clustersWithoutNodes: 0,
      kinds: { hosted: 1 },
    });
    // aks-weu-prod (Rancher and az) and aks-weu-dev (az only).
    expect(regions['azure:westeurope']?.clusters).toBe(2);
    // gke-batch-eu (Rancher and gcloud) and gke-prod-eu (gcloud only).
    expect(regions['gcp:europe-west1']?.clusters).toBe(2);
    expect(estate.notes.filter((note) => note.kind === 'counted-once')).toEqual([
      { kind: 'counted-once', name: 'eks-prod-eu', sources: ['rancher-clusters.json', 'eks-array.json'] },
      { kind: 'counted-once', name: 'aks-weu-prod', sources: ['rancher-clusters.json', 'aks-list.json'] },
      { kind: 'counted-once', name: 'gke-batch-eu', sources: ['rancher-clusters.json', 'gke-clusters.json'] },
    ]);
  });

  it('places clusters the person places, and keeps the rest listed', () => {
    const estate = imported(fixture('rancher-clusters.json'), fixture('estate.csv'));
    const key = (name: string) => estate.clusters.find((cluster) => cluster.name === name)?.key as string;
    const placements = new Map([
      [key('store-lyon'), 'store-lyon'],
      [key('dc-frankfurt-rke2'), 'aws:eu-central-1'],
    ]);
    const regions = regionsOf(estate, placements);
    expect(regions['store-lyon']).toEqual({
      clusters: 1,
      knownNodes: 1,
      clustersWithoutNodes: 0,
      kinds: { provisioned: 1 },
    });
    expect(regions['aws:eu-central-1']).toEqual({
      clusters: 5,
      knownNodes: 52,
      clustersWithoutNodes: 0,
      kinds: { hosted: 4, imported: 1 },
    });
  });
});
