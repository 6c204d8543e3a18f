import { describe, expect, it } from 'vitest';
import { type Answers, analyzeTopology, parseAnswers } from '../../src/engine';

function answersFor(regions: Array<Record<string, unknown>>): Answers {
  const result = parseAnswers({ version: 1, regions });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('hub placement', () => {
  it('puts the hub where the worst round trip is smallest, not where most clusters are', () => {
    const topology = analyzeTopology(
      answersFor([
        { id: 'aws:us-west-2', clusters: 50 },
        { id: 'aws:us-east-1', clusters: 1 },
        { id: 'aws:eu-west-1', clusters: 1 },
      ]),
    );
    expect(topology.hub.regionId).toBe('aws:us-east-1');
    expect(topology.hub.worstRttMs).toBe(Math.max(...Object.values(topology.hub.rttMs)));
  });

  it('reports an estimated round trip for every region, small for the hub itself', () => {
    const topology = analyzeTopology(answersFor([{ id: 'aws:us-east-1' }, { id: 'aws:ap-southeast-2' }]));
    expect(Object.keys(topology.hub.rttMs).sort()).toEqual(['aws:ap-southeast-2', 'aws:us-east-1']);
    expect(topology.hub.rttMs[topology.hub.regionId]).toBeLessThanOrEqual(2);
    expect(topology.hub.worstRttMs).toBeGreaterThan(150);
  });

  it('breaks a tie on the worst round trip by the cluster-weighted mean', () => {
    // Two sites: either one as hub has the same worst round trip; the one with more clusters wins on the mean.
    const topology = analyzeTopology(
      answersFor([
        { id: 'b-site', name: 'B', lat: 0, lon: 10, clusters: 1 },
        { id: 'a-site', name: 'A', lat: 0, lon: 0, clusters: 1 },
        { id: 'c-site', name: 'C', lat: 0, lon: 20, clusters: 9 },
      ]),
    );
    // The middle site (B) minimises the worst round trip; the mean does not override that.
    expect(topology.hub.regionId).toBe('b-site');
    const pair = analyzeTopology(
      answersFor([
        { id: 'a-site', name: 'A', lat: 0, lon: 0, clusters: 1 },
        { id: 'z-site', name: 'Z', lat: 0, lon: 10, clusters: 5 },
      ]),
    );
    expect(pair.hub.regionId).toBe('z-site');
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

describe('regional plan', () => {
  it('lets one local plane serve neighbouring regions such as us-east-1 and us-east-2', () => {
    const { regionalPlan } = analyzeTopology(
      answersFor([{ id: 'aws:us-east-1' }, { id: 'aws:us-east-2' }, { id: 'aws:eu-west-1' }]),
    );
    expect(regionalPlan.groups.map((group) => group.regionIds)).toEqual([
      ['aws:eu-west-1'],
      ['aws:us-east-1', 'aws:us-east-2'],
    ]);
  });

  it('keeps regions on different continents apart', () => {
    const { regionalPlan } = analyzeTopology(
      answersFor([{ id: 'aws:us-east-1' }, { id: 'aws:ap-southeast-2' }, { id: 'gcp:europe-west3' }]),
    );
    expect(regionalPlan.groups).toHaveLength(3);
  });

  it('gives each group the round trip from its plane to every member, the worst of them its worst', () => {
    const topology = analyzeTopology(
      answersFor([{ id: 'aws:us-east-1' }, { id: 'aws:us-east-2' }, { id: 'aws:eu-west-1' }]),
    );
    for (const group of topology.regionalPlan.groups) {
      expect(Object.keys(group.rttMs).sort()).toEqual([...group.regionIds].sort());
      expect(group.rttMs[group.planeRegionId]).toBeLessThanOrEqual(2);
      expect(group.worstRttMs).toBe(Math.max(...Object.values(group.rttMs)));
    }
    const east = topology.regionalPlan.groups.find((group) => group.regionIds.includes('aws:us-east-2'));
    expect(Object.values(east?.rttMs ?? {}).some((ms) => ms > 5)).toBe(true);
  });

  it('never groups regions whose mutual round trip exceeds the limit', () => {
    const topology = analyzeTopology(
      answersFor([
        { id: 'aws:eu-west-1' },
        { id: 'aws:eu-west-2' },
        { id: 'aws:eu-west-3' },
        { id: 'aws:eu-central-1' },
        { id: 'aws:eu-north-1' },
        { id: 'aws:eu-south-1' },
      ]),
    );
    for (const group of topology.regionalPlan.groups) {
      expect(group.worstRttMs).toBeLessThanOrEqual(topology.regionalPlan.maxGroupRttMs);
    }
  });
});

describe('footprint of each strategy', () => {
  it("counts installations, three management nodes each, and sizes by Rancher's documented limits", () => {
    const { footprint } = analyzeTopology(
      answersFor([
        { id: 'aws:us-east-1', clusters: 200 },
        { id: 'aws:eu-west-1', clusters: 120 },
      ]),
    );
    expect(footprint['hub-and-spoke']).toEqual({
      installations: 1,
      managementNodes: 3,
      largestInstallationClusters: 320,
      largestInstallationSize: 'large',
      clustersLosingProvisioningOnOutage: 320,
    });
    expect(footprint.regional).toEqual({
      installations: 2,
      managementNodes: 6,
      largestInstallationClusters: 200,
      largestInstallationSize: 'medium',
      clustersLosingProvisioningOnOutage: 200,
    });
  });

  it('splits a hub that would exceed 500 clusters into several installations', () => {
    const { footprint } = analyzeTopology(answersFor([{ id: 'aws:us-east-1', clusters: 1200 }]));
    expect(footprint['hub-and-spoke'].installations).toBe(3);
    expect(footprint['hub-and-spoke'].largestInstallationClusters).toBe(400);
  });
});
