import { describe, expect, it } from 'vitest';
import { type Answers, parseAnswers } from '../../../src/engine';
import { importMessagesFor, planImport } from '../../../src/engine/estate-import';
import { fixture, imported } from './support';

function answers(document: unknown): Answers {
  const parsed = parseAnswers(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const BEFORE = answers({
  version: 1,
  regions: [
    { id: 'aws:eu-west-1', clusters: 5, nodes: 100, jurisdiction: 'eu', connectivity: 'connected' },
    { id: 'azure:eastus', clusters: 2 },
    { id: 'lab', name: 'Lab', lat: 50.1, lon: 8.7, clusters: 1 },
  ],
  jurisdictions: [{ id: 'eu', name: 'European Union' }],
  hub: { regionId: 'lab' },
  latencies: [{ from: 'lab', to: 'azure:eastus', ms: 95 }],
  latencyToleranceMs: 120,
  opsEngineers: 3,
});

describe('planning an import with no answers before', () => {
  it('makes an answers document of the imported regions with their nodes and kinds, and nothing else', () => {
    const plan = planImport(undefined, imported(fixture('gke-clusters.json')), { mode: 'merge' });
    expect(plan.document).toEqual({
      version: 1,
      regions: [
        { id: 'gcp:europe-west1', clusters: 2, nodes: 12, clusterKinds: { hosted: 2 } },
        { id: 'gcp:us-central1', clusters: 1, nodes: 5, clusterKinds: { hosted: 1 } },
        // No node count: the engine estimates it.
        { id: 'gcp:us-east4', clusters: 1, clusterKinds: { hosted: 1 } },
      ],
    });
    expect(plan.result.ok).toBe(true);
    expect(plan.changes.map((change) => [change.id, change.change])).toEqual([
      ['gcp:europe-west1', 'added'],
      ['gcp:us-central1', 'added'],
      ['gcp:us-east4', 'added'],
    ]);
  });

  it('writes a custom site of a CSV with its name, place and site kind', () => {
    const estate = imported(fixture('rancher-clusters.json'), fixture('estate.csv'));
    const key = estate.clusters.find((cluster) => cluster.name === 'store-lyon')?.key as string;
    const plan = planImport(undefined, estate, { mode: 'merge', placements: new Map([[key, 'store-lyon']]) });
    expect(plan.document.regions).toContainEqual({
      id: 'store-lyon',
      name: 'Lyon store, Part-Dieu',
      lat: 45.76,
      lon: 4.86,
      clusters: 1,
      siteKind: 'edge',
      nodes: 1,
      clusterKinds: { provisioned: 1 },
    });
    expect(plan.unplaced.map((cluster) => cluster.name)).toEqual([
      'plant-k3s-01',
      'dc-frankfurt-rke2',
      'ocp-lab',
      'rke1-legacy',
    ]);
  });
});

describe('merging an import into the answers', () => {
  const estate = imported(fixture('rancher-clusters.json'));
  const plan = planImport(BEFORE, estate, { mode: 'merge' });

  it('replaces the counts of imported regions, keeps what only the answers say of them, and adds the new ones', () => {
    expect(plan.result.ok).toBe(true);
    const regions = plan.document.regions;
    expect(regions[0]).toEqual({
      id: 'aws:eu-west-1',
      clusters: 1,
      connectivity: 'connected',
      nodes: 6,
      jurisdiction: 'eu',
      clusterKinds: { hosted: 1 },
    });
    expect(regions.slice(1, 3)).toEqual([BEFORE.regions[1], BEFORE.regions[2]]);
    expect(regions.slice(3).map((region) => region.id)).toEqual([
      'aws:us-east-1',
      'azure:westeurope',
      'gcp:europe-west1',
    ]);
  });

  it('previews each region’s change, and keeps every other answer', () => {
    expect(plan.changes).toEqual([
      {
        id: 'aws:eu-west-1',
        change: 'changed',
        before: { clusters: 5, nodes: 100 },
        after: { clusters: 1, nodes: 6, clusterKinds: { hosted: 1 } },
      },
      { id: 'azure:eastus', change: 'unchanged', before: { clusters: 2 }, after: { clusters: 2 } },
      { id: 'lab', change: 'unchanged', before: { clusters: 1 }, after: { clusters: 1 } },
      { id: 'aws:us-east-1', change: 'added', after: { clusters: 1, nodes: 4, clusterKinds: { hosted: 1 } } },
      { id: 'azure:westeurope', change: 'added', after: { clusters: 1, nodes: 9, clusterKinds: { hosted: 1 } } },
      { id: 'gcp:europe-west1', change: 'added', after: { clusters: 1, nodes: 3, clusterKinds: { hosted: 1 } } },
    ]);
    expect(plan.adjustments).toEqual([]);
    const { regions: _regions, ...rest } = plan.document;
    const { regions: _before, ...restBefore } = BEFORE;
    expect(rest).toEqual(restBefore);
  });
});

describe('replacing the answers’ regions with an import', () => {
  const plan = planImport(BEFORE, imported(fixture('aks-list.json')), { mode: 'replace' });

  it('removes the regions the import does not have, and what pointed at them, saying so', () => {
    expect(plan.result.ok).toBe(true);
    expect(plan.changes.filter((change) => change.change === 'removed').map((change) => change.id)).toEqual([
      'aws:eu-west-1',
      'lab',
    ]);
    expect(plan.changes.find((change) => change.id === 'azure:eastus')).toEqual({
      id: 'azure:eastus',
      change: 'changed',
      before: { clusters: 2 },
      after: { clusters: 1, nodes: 4, clusterKinds: { hosted: 1 } },
    });
    expect(plan.adjustments).toEqual([
      { kind: 'hub-unpinned', regionId: 'lab' },
      { kind: 'latency-dropped', from: 'lab', to: 'azure:eastus' },
      { kind: 'jurisdiction-dropped', id: 'eu', name: 'European Union' },
    ]);
    expect(plan.document).not.toHaveProperty('hub');
    expect(plan.document).not.toHaveProperty('latencies');
    expect(plan.document).not.toHaveProperty('jurisdictions');
    expect(plan.document.latencyToleranceMs).toBe(120);
  });

  it('tells what it removed in words', () => {
    const name = (id: string) => (id === 'lab' ? 'Lab' : id);
    expect(plan.adjustments.map((adjustment) => importMessagesFor('en').adjustment(adjustment, name))).toEqual([
      'The hub was pinned to Lab, which is removed: it is no longer pinned',
      'The measured round trip between Lab and azure:eastus is removed with its region',
      'The jurisdiction "European Union" has no region left and is removed',
    ]);
  });
});

describe('node counts', () => {
  it.each([
    ['the default 10 a cluster', undefined, 6 + 10],
    ['the answers’ nodes per cluster', 25, 6 + 25],
  ])('estimates clusters without a count at %s beside the known ones', (_, nodesPerCluster, nodes) => {
    const estate = imported({
      name: 'mixed.csv',
      text: 'region,clusters,nodes\naws:eu-west-1,1,6\naws:eu-west-1,1,\n',
    });
    const before = answers({ version: 1, regions: [{ id: 'aws:us-east-1' }], nodesPerCluster });
    const plan = planImport(before, estate, { mode: 'merge' });
    expect(plan.changes.find((change) => change.id === 'aws:eu-west-1')).toEqual({
      id: 'aws:eu-west-1',
      change: 'added',
      after: { clusters: 2, nodes },
      nodesEstimatedFor: 1,
    });
  });
});

describe('an import that cannot be applied as it stands', () => {
  it('says so when no cluster has a region yet', () => {
    const rancherOnlyUnplaced = imported({
      name: 'one.json',
      text: JSON.stringify({
        apiVersion: 'management.cattle.io/v3',
        kind: 'Cluster',
        metadata: { name: 'c-m-1', annotations: { 'provisioning.cattle.io/administrated': 'true' } },
        spec: { displayName: 'edge-1' },
        status: { driver: 'imported', provider: 'k3s' },
      }),
    });
    const plan = planImport(undefined, rancherOnlyUnplaced, { mode: 'merge' });
    expect(plan.result).toEqual({ ok: false, problems: [{ kind: 'nothing-placed' }] });
    expect(plan.unplaced.map((cluster) => cluster.name)).toEqual(['edge-1']);
  });

  it('says so when a cluster is placed in a region nobody defined', () => {
    const estate = imported(fixture('rancher-clusters.json'));
    const key = estate.clusters.find((cluster) => cluster.name === 'ocp-lab')?.key as string;
    const plan = planImport(undefined, estate, { mode: 'merge', placements: new Map([[key, 'nowhere']]) });
    expect(plan.result).toEqual({
      ok: false,
      problems: [{ kind: 'unknown-placement', cluster: 'ocp-lab', regionId: 'nowhere' }],
    });
  });

  it('says so when the answers would hold more regions than they may', () => {
    const rows = Array.from({ length: 101 }, (_, index) => `site-${index},1,,,Site ${index},${index % 80},10`);
    const plan = planImport(undefined, imported({ name: 'many.csv', text: rows.join('\n') }), { mode: 'merge' });
    expect(plan.result).toEqual({ ok: false, problems: [{ kind: 'too-many-regions', count: 101, max: 100 }] });
  });
});
