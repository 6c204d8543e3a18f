import { describe, expect, it } from 'vitest';
import {
  type Answers,
  analyzeTopology,
  estimateRttBetweenMs,
  findCatalogRegion,
  parseAnswers,
  type Topology,
} from '../../src/engine';
import type { RegionalLayout } from '../../src/engine/topology';

function answersFor(regions: Array<Record<string, unknown>>, rest: Record<string, unknown> = {}): Answers {
  const result = parseAnswers({ version: 1, regions, ...rest });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** The plane per geography (left out of the layouts when it plans just what the continent-scale one does). */
const geography = (topology: Topology) =>
  topology.layouts.find((layout) => layout.spec.name === 'geography') ?? (topology.layouts[0] as RegionalLayout);

const groupsOf = (answers: Answers) =>
  geography(analyzeTopology(answers)).plan.groups.map((group) => [...group.regionIds].sort());

describe('hub placement', () => {
  it('puts the hub near most clusters, with the worst round trip as the guard', () => {
    // 50 clusters in Oregon and one each in Virginia and Ireland: the hub goes where the clusters are.
    const topology = analyzeTopology(
      answersFor([
        { id: 'aws:us-west-2', clusters: 50 },
        { id: 'aws:us-east-1', clusters: 1 },
        { id: 'aws:eu-west-1', clusters: 1 },
      ]),
    );
    expect(topology.hub.regionId).toBe('aws:us-west-2');
    expect(topology.hub.worstRttMs).toBe(Math.max(...Object.values(topology.hub.rttMs)));
  });

  it('does not put the hub on a minor site far from an estate centred elsewhere', () => {
    // An estate of the US and Europe with a small on-premises site in Johannesburg (issue: the hub landed there).
    const topology = analyzeTopology(
      answersFor([
        { id: 'aws:us-east-1', clusters: 30 },
        { id: 'aws:eu-central-1', clusters: 24 },
        { id: 'jnb-dc', name: 'Johannesburg DC', lat: -26.2, lon: 28.05, clusters: 6 },
      ]),
    );
    expect(['aws:us-east-1', 'aws:eu-central-1']).toContain(topology.hub.regionId);
  });

  it('never puts a plane at an edge location or over an intermittent link', () => {
    const answers = answersFor([
      { id: 'aws:us-east-2', clusters: 4 },
      { id: 'store-dallas', name: 'Dallas stores', lat: 32.78, lon: -96.8, clusters: 240, siteKind: 'edge' },
      {
        id: 'store-chicago',
        name: 'Chicago stores',
        lat: 41.88,
        lon: -87.63,
        clusters: 310,
        connectivity: 'intermittent',
      },
    ]);
    const topology = analyzeTopology(answers);
    expect(topology.hub.regionId).toBe('aws:us-east-2');
    expect(geography(topology).plan.groups.map((group) => group.planeRegionId)).toEqual(['aws:us-east-2']);
    // Finer layouts may give the stores a plane of their own: in a cloud region near them, never in a store.
    for (const layout of topology.layouts) {
      for (const group of layout.plan.groups) {
        expect(group.planeRegionId === 'aws:us-east-2' || group.planeOutsideAnswers === true).toBe(true);
      }
    }
  });

  it('places the plane of an estate with only edge locations in the nearest cloud region of the catalog', () => {
    const topology = analyzeTopology(
      answersFor([
        { id: 'store-a', name: 'Stores A', lat: 33.75, lon: -84.39, clusters: 100, siteKind: 'edge' },
        { id: 'store-b', name: 'Stores B', lat: 35.23, lon: -80.84, clusters: 100, siteKind: 'edge' },
      ]),
    );
    expect(findCatalogRegion(topology.hub.regionId)).toBeDefined();
    expect(topology.hubPlan.groups[0]?.planeOutsideAnswers).toBe(true);
    expect(topology.extraNames[topology.hub.regionId]).toBe(findCatalogRegion(topology.hub.regionId)?.name);
  });

  it('takes a pinned hub as it is, even a cloud region with no clusters, and says where it would sit otherwise', () => {
    const answers = answersFor(
      [
        { id: 'aws:us-east-1', clusters: 30 },
        { id: 'aws:us-west-2', clusters: 10 },
      ],
      { hub: { regionId: 'aws:eu-west-1' } },
    );
    const topology = analyzeTopology(answers);
    expect(topology.hub.regionId).toBe('aws:eu-west-1');
    expect(topology.hub.pinned?.bestRegionId).toBe('aws:us-east-1');
    expect(topology.hub.worstRttMs).toBeGreaterThan(topology.hub.pinned?.bestWorstRttMs ?? 0);
  });

  it('reports a round trip for every region, small for the hub itself', () => {
    const topology = analyzeTopology(answersFor([{ id: 'aws:us-east-1' }, { id: 'aws:ap-southeast-2' }]));
    expect(Object.keys(topology.hub.rttMs).sort()).toEqual(['aws:ap-southeast-2', 'aws:us-east-1']);
    expect(topology.hub.rttMs[topology.hub.regionId]).toBeLessThanOrEqual(2);
    expect(topology.hub.worstRttMs).toBeGreaterThan(150);
  });

  it('breaks a full tie by the lower id', () => {
    const topology = analyzeTopology(
      answersFor([
        { id: 'site-b', name: 'B', lat: 10, lon: 10, clusters: 2 },
        { id: 'site-a', name: 'A', lat: 0, lon: 0, clusters: 2 },
      ]),
    );
    expect(topology.hub.regionId).toBe('site-a');
  });
});

describe('measured round trips', () => {
  it('replace the estimate for their pair and are marked as measured', () => {
    const answers = answersFor([{ id: 'aws:us-east-1', clusters: 10 }, { id: 'aws:eu-west-1' }], {
      latencies: [{ from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 67 }],
    });
    const topology = analyzeTopology(answers);
    expect(topology.hub.regionId).toBe('aws:us-east-1');
    expect(topology.hub.rttMs['aws:eu-west-1']).toBe(67);
    expect(topology.hub.measuredRttRegionIds).toEqual(['aws:eu-west-1']);
    const estimated = analyzeTopology(answersFor([{ id: 'aws:us-east-1', clusters: 10 }, { id: 'aws:eu-west-1' }]));
    expect(estimated.hub.rttMs['aws:eu-west-1']).not.toBe(67);
    expect(estimated.hub.measuredRttRegionIds).toBeUndefined();
  });
});

describe('regional plan: a plane per geography', () => {
  it.each([
    ['Oregon and N. California (about 21 ms apart)', ['aws:us-west-2', 'aws:us-west-1']],
    ['Frankfurt and Stockholm (about 23 ms apart)', ['aws:eu-central-1', 'aws:eu-north-1']],
    ['both US coasts', ['aws:us-east-1', 'aws:us-west-2', 'aws:us-east-2', 'aws:ca-central-1']],
    [
      'all of western Europe',
      ['aws:eu-west-1', 'aws:eu-west-2', 'aws:eu-west-3', 'aws:eu-central-1', 'aws:eu-south-1'],
    ],
  ])('gives %s one plane', (_name, ids) => {
    expect(groupsOf(answersFor(ids.map((id) => ({ id }))))).toHaveLength(1);
  });

  it('gives a US and EU estate two planes, one per continent', () => {
    const groups = groupsOf(
      answersFor(['aws:us-east-1', 'aws:us-west-2', 'aws:eu-central-1', 'aws:eu-north-1'].map((id) => ({ id }))),
    );
    expect(groups).toEqual([
      ['aws:eu-central-1', 'aws:eu-north-1'],
      ['aws:us-east-1', 'aws:us-west-2'],
    ]);
  });

  it('keeps regions on different continents apart, even across a short ocean', () => {
    expect(groupsOf(answersFor([{ id: 'aws:ca-central-1' }, { id: 'aws:eu-west-1' }]))).toHaveLength(2);
    expect(
      groupsOf(answersFor([{ id: 'aws:us-east-1' }, { id: 'aws:ap-southeast-2' }, { id: 'gcp:europe-west3' }])),
    ).toHaveLength(3);
  });

  it('never groups regions whose mutual grouping distance exceeds the limit', () => {
    const answers = answersFor(
      ['aws:eu-west-1', 'aws:eu-west-2', 'aws:eu-central-1', 'aws:il-central-1', 'aws:me-central-1'].map((id) => ({
        id,
      })),
    );
    const { plan } = geography(analyzeTopology(answers));
    for (const group of plan.groups) {
      for (const a of group.regionIds) {
        for (const b of group.regionIds) {
          const ra = findCatalogRegion(a);
          const rb = findCatalogRegion(b);
          if (ra && rb) expect(estimateRttBetweenMs(ra, rb)).toBeLessThanOrEqual(plan.maxGroupRttMs);
        }
      }
    }
  });

  it('reports the round trip from each group plane to its regions', () => {
    const { plan } = geography(analyzeTopology(answersFor([{ id: 'aws:us-west-2' }, { id: 'aws:us-west-1' }])));
    const group = plan.groups[0];
    expect(Object.keys(group?.rttMs ?? {}).sort()).toEqual(['aws:us-west-1', 'aws:us-west-2']);
    expect(group?.worstRttMs).toBe(Math.max(...Object.values(group?.rttMs ?? {})));
  });
});

describe('hard constraints', () => {
  it('manages a jurisdiction from inside it, and lets that hub manage the rest too (one-way residency)', () => {
    const answers = answersFor(
      [
        { id: 'aws:eu-central-1', clusters: 10, jurisdiction: 'eu' },
        { id: 'aws:eu-west-1', clusters: 5, jurisdiction: 'eu' },
        { id: 'aws:us-east-1', clusters: 8 },
      ],
      { jurisdictions: [{ id: 'eu', name: 'European Union' }] },
    );
    const topology = analyzeTopology(answers);
    expect(topology.hubPlan.groups).toHaveLength(1);
    expect(['aws:eu-central-1', 'aws:eu-west-1']).toContain(topology.hub.regionId);
    // Every layout manages the EU's regions from inside the EU.
    for (const layout of topology.layouts) {
      for (const group of layout.plan.groups) {
        if (group.regionIds.some((id) => id.startsWith('aws:eu-'))) {
          expect(['aws:eu-central-1', 'aws:eu-west-1']).toContain(group.planeRegionId);
        }
      }
    }
  });

  it('gives a jurisdiction with the strict two-way rule a hub of its own, under both strategies', () => {
    const answers = answersFor(
      [
        { id: 'aws:eu-central-1', clusters: 10, jurisdiction: 'eu' },
        { id: 'aws:eu-west-1', clusters: 5, jurisdiction: 'eu' },
        { id: 'aws:eu-west-2', clusters: 8 },
      ],
      { jurisdictions: [{ id: 'eu', name: 'European Union', planesManageOnlyInside: true }] },
    );
    const topology = analyzeTopology(answers);
    expect(topology.hubPlan.groups).toHaveLength(2);
    const eu = topology.hubPlan.groups.find((group) => group.constraint?.kind === 'jurisdiction');
    expect([...(eu?.regionIds ?? [])].sort()).toEqual(['aws:eu-central-1', 'aws:eu-west-1']);
    expect(['aws:eu-central-1', 'aws:eu-west-1']).toContain(eu?.planeRegionId);
    // Regional never mixes the jurisdiction with the rest either.
    for (const layout of topology.layouts) {
      for (const group of layout.plan.groups) {
        const inside = group.regionIds.filter((id) => id !== 'aws:eu-west-2');
        expect(inside.length === 0 || inside.length === group.regionIds.length).toBe(true);
      }
    }
  });

  it('lets a jurisdiction without residency share the hub', () => {
    const answers = answersFor(
      [
        { id: 'aws:eu-central-1', clusters: 10, jurisdiction: 'eu' },
        { id: 'aws:eu-west-2', clusters: 8 },
      ],
      { jurisdictions: [{ id: 'eu', name: 'European Union', keepManagementInside: false }] },
    );
    expect(analyzeTopology(answers).hubPlan.groups).toHaveLength(1);
  });

  it('gives an air-gapped site a plane inside the air gap, even at the edge', () => {
    const answers = answersFor([
      { id: 'aws:us-east-1', clusters: 20 },
      { id: 'vessel', name: 'Vessel', lat: 40, lon: -60, clusters: 2, siteKind: 'edge', connectivity: 'air-gapped' },
    ]);
    const topology = analyzeTopology(answers);
    const gap = topology.hubPlan.groups.find((group) => group.constraint?.kind === 'air-gap');
    expect(gap?.planeRegionId).toBe('vessel');
    expect(topology.hub.regionId).toBe('aws:us-east-1');
  });
});

describe('footprint of each strategy', () => {
  it("counts planes, installations and three management nodes each, sized by Rancher's documented limits", () => {
    const topology = analyzeTopology(
      answersFor([
        { id: 'aws:us-east-1', clusters: 200 },
        { id: 'aws:eu-west-1', clusters: 120 },
      ]),
    );
    expect(topology.hubFootprint).toEqual({
      planes: 1,
      installations: 1,
      managementNodes: 3,
      largestInstallationClusters: 320,
      largestInstallationSize: 'large',
      clustersLosingProvisioningOnOutage: 320,
    });
    expect(geography(topology).footprint).toEqual({
      planes: 2,
      installations: 2,
      managementNodes: 6,
      largestInstallationClusters: 200,
      largestInstallationSize: 'medium',
      clustersLosingProvisioningOnOutage: 200,
    });
  });

  it('sizes by nodes as well as clusters', () => {
    const { hubFootprint } = analyzeTopology(answersFor([{ id: 'aws:us-east-1', clusters: 40, nodes: 8000 }]));
    expect(hubFootprint.largestInstallationSize).toBe('beyond-large');
    expect(hubFootprint.installations).toBe(2);
  });

  it('runs a hub beyond 500 clusters as installations side by side at one site, the whole site in one outage', () => {
    const { hubFootprint } = analyzeTopology(answersFor([{ id: 'aws:us-east-1', clusters: 1200 }]));
    expect(hubFootprint.planes).toBe(1);
    expect(hubFootprint.installations).toBe(3);
    expect(hubFootprint.clustersLosingProvisioningOnOutage).toBe(1200);
  });
});
