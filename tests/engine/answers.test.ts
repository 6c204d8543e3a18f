import { describe, expect, it } from 'vitest';
import { formatProblems, parseAnswers } from '../../src/engine';

const minimal = { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 3 }] };

function problemsOf(input: unknown) {
  const result = parseAnswers(input);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
}

describe('answers schema', () => {
  it("accepts the contract's minimal document and fills in every default", () => {
    const result = parseAnswers(minimal);
    expect(result).toEqual({
      ok: true,
      value: {
        version: 1,
        regions: [{ id: 'aws:us-east-1', clusters: 3 }],
        latencyToleranceMs: 150,
        opsEngineers: 2,
        crossRegionEnvironments: false,
        priorities: { singlePane: 2, multiClusterApps: 2, faultIsolation: 2, independentUpgrades: 2 },
      },
    });
  });

  it('defaults clusters to 1 and keeps a custom site with its coordinates', () => {
    const result = parseAnswers({
      version: 1,
      regions: [{ id: 'aws:eu-west-1' }, { id: 'plant-7', name: 'Plant 7', lat: 48.1, lon: 11.6, clusters: 4 }],
    });
    expect(result.ok && result.value.regions).toEqual([
      { id: 'aws:eu-west-1', clusters: 1 },
      { id: 'plant-7', name: 'Plant 7', lat: 48.1, lon: 11.6, clusters: 4 },
    ]);
  });

  it.each([
    ['a missing version', { regions: minimal.regions }, 'version', /version/],
    ['version 2', { ...minimal, version: 2 }, 'version', /must be 1/],
    ['no regions', { version: 1, regions: [] }, 'regions', /at least one region/],
    ['regions that are not a list', { version: 1, regions: 'aws:us-east-1' }, 'regions', /list/],
    [
      '101 regions',
      { version: 1, regions: Array.from({ length: 101 }, (_, i) => ({ id: `s${i}`, name: 'x', lat: 0, lon: 0 })) },
      'regions',
      /at most 100/,
    ],
    [
      'zero clusters',
      { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 0 }] },
      'regions[0].clusters',
      /at least 1/,
    ],
    [
      'fractional clusters',
      { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 2.5 }] },
      'regions[0].clusters',
      /whole number/,
    ],
    [
      'too many clusters',
      { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 10001 }] },
      'regions[0].clusters',
      /at most 10000/,
    ],
    ['an empty id', { version: 1, regions: [{ id: '' }] }, 'regions[0].id', /empty/],
    [
      'a custom site without coordinates',
      { version: 1, regions: [{ id: 'lab', name: 'Lab' }] },
      'regions[0].lat',
      /required for a custom site/,
    ],
    [
      'a custom site without a name',
      { version: 1, regions: [{ id: 'lab', lat: 1, lon: 2 }] },
      'regions[0].name',
      /required for a custom site/,
    ],
    [
      'a misspelt catalog id',
      { version: 1, regions: [{ id: 'aws:us-east-9' }] },
      'regions[0].id',
      /unknown region id "aws:us-east-9": the catalog has no aws region "us-east-9"/,
    ],
    [
      'latitude 95',
      { version: 1, regions: [{ id: 'lab', name: 'Lab', lat: 95, lon: 0 }] },
      'regions[0].lat',
      /between -90 and 90/,
    ],
    [
      'longitude -181',
      { version: 1, regions: [{ id: 'lab', name: 'Lab', lat: 0, lon: -181 }] },
      'regions[0].lon',
      /between -180 and 180/,
    ],
    [
      'a name of 81 characters',
      { version: 1, regions: [{ id: 'lab', name: 'x'.repeat(81), lat: 0, lon: 0 }] },
      'regions[0].name',
      /at most 80/,
    ],
    [
      'a duplicate id',
      { version: 1, regions: [{ id: 'aws:us-east-1' }, { id: 'aws:us-east-1' }] },
      'regions[1].id',
      /duplicate region id/,
    ],
    ['tolerance 0', { ...minimal, latencyToleranceMs: 0 }, 'latencyToleranceMs', /at least 1 ms/],
    ['tolerance 2001', { ...minimal, latencyToleranceMs: 2001 }, 'latencyToleranceMs', /at most 2000 ms/],
    ['tolerance as text', { ...minimal, latencyToleranceMs: '150' }, 'latencyToleranceMs', /number of milliseconds/],
    ['negative engineers', { ...minimal, opsEngineers: -1 }, 'opsEngineers', /at least 0/],
    ['1001 engineers', { ...minimal, opsEngineers: 1001 }, 'opsEngineers', /at most 1000/],
    ['a text boolean', { ...minimal, crossRegionEnvironments: 'yes' }, 'crossRegionEnvironments', /true or false/],
    ['priority 5', { ...minimal, priorities: { singlePane: 5 } }, 'priorities.singlePane', /at most 4/],
    ['priority -1', { ...minimal, priorities: { faultIsolation: -1 } }, 'priorities.faultIsolation', /at least 0/],
    [
      'priority 1.5',
      { ...minimal, priorities: { multiClusterApps: 1.5 } },
      'priorities.multiClusterApps',
      /whole number/,
    ],
  ])('rejects %s, naming %s', (_case, input, path, message) => {
    const problem = problemsOf(input).find((candidate) => candidate.path === path);
    expect(problem?.message).toMatch(message);
  });

  it.each([[null], [42], ['text'], [[]]])('rejects %j as a document', (input) => {
    expect(problemsOf(input)[0]?.message).toMatch(/JSON object/);
  });

  it('lists every problem of a document, one line each, with its path', () => {
    const text = formatProblems(
      problemsOf({ version: 1, regions: [{ id: 'lab', name: 'Lab', lat: 91 }], opsEngineers: -2 }),
    );
    expect(text.split('\n')).toEqual([
      'regions[0].lat: latitude must be between -90 and 90 degrees',
      'regions[0].lon: longitude is required for a custom site ("lab" is not a catalog region, so it is read as a custom site)',
      'opsEngineers: operations engineers must be at least 0',
    ]);
  });

  const eu = { id: 'eu', name: 'European Union' };
  const twoRegions = [{ id: 'aws:eu-west-1' }, { id: 'aws:us-east-1' }];
  const store = { id: 'store-12', name: 'Store 12', lat: 51.5, lon: -0.12, siteKind: 'edge' };

  it.each([
    [
      'a region in an undeclared jurisdiction',
      { version: 1, regions: [{ id: 'aws:eu-west-1', jurisdiction: 'eu' }] },
      'regions[0].jurisdiction',
      /unknown jurisdiction "eu": declare it in jurisdictions or remove it/,
    ],
    [
      'a jurisdiction nobody is in',
      { version: 1, regions: twoRegions, jurisdictions: [eu] },
      'jurisdictions[0]',
      /no region is in jurisdiction "eu": mark regions with it or remove it/,
    ],
    [
      'a jurisdiction declared twice',
      {
        version: 1,
        regions: [{ id: 'aws:eu-west-1', jurisdiction: 'eu' }],
        jurisdictions: [eu, { id: 'eu', name: 'EU again' }],
      },
      'jurisdictions[1].id',
      /duplicate jurisdiction id "eu" \(already used by jurisdictions\[0\]\)/,
    ],
    [
      'a hub pinned to an unknown region',
      { version: 1, regions: twoRegions, hub: { regionId: 'aws:mars-1' } },
      'hub.regionId',
      /"aws:mars-1" is neither a region of the answers nor a catalog region/,
    ],
    [
      'a hub pinned to an edge site',
      { version: 1, regions: [{ id: 'aws:eu-west-1' }, store], hub: { regionId: 'store-12' } },
      'hub.regionId',
      /an edge location cannot host the management plane/,
    ],
    [
      'a hub pinned to an air-gapped region',
      {
        version: 1,
        regions: [{ id: 'aws:eu-west-1' }, { id: 'aws:us-east-1', connectivity: 'air-gapped' }],
        hub: { regionId: 'aws:us-east-1' },
      },
      'hub.regionId',
      /"aws:us-east-1" is air-gapped, so it cannot host the central management plane/,
    ],
    [
      'cluster kinds counting more clusters than the region has',
      { version: 1, regions: [{ id: 'aws:eu-west-1', clusters: 5, clusterKinds: { provisioned: 4, hosted: 2 } }] },
      'regions[0].clusterKinds',
      /they count 6 clusters, more than the region's 5: lower a count, or raise the region's clusters/,
    ],
    [
      'a place that is neither a country nor a region',
      {
        version: 1,
        regions: [{ id: 'aws:eu-west-1', jurisdiction: 'eu' }],
        jurisdictions: [{ id: 'eu', name: 'EU', allowedLocations: ['IE', 'de', 'atlantis'] }],
      },
      'jurisdictions[0].allowedLocations[1]',
      /unknown place "de": name a country by its two-letter ISO code .* \(did you mean "DE"\?\)/,
    ],
    [
      'a strict rule for a jurisdiction managed from outside',
      {
        version: 1,
        regions: [{ id: 'aws:eu-west-1', jurisdiction: 'eu' }],
        jurisdictions: [{ id: 'eu', name: 'EU', keepManagementInside: false, planesManageOnlyInside: true }],
      },
      'jurisdictions[0].planesManageOnlyInside',
      /lets its regions be managed from outside/,
    ],
    [
      'a negative count of hosted clusters',
      { version: 1, regions: [{ id: 'aws:eu-west-1', clusters: 5, clusterKinds: { hosted: -1 } }] },
      'regions[0].clusterKinds.hosted',
      /hosted must be at least 0/,
    ],
    [
      'a growth answer that is not a whole number',
      { version: 1, regions: [{ id: 'aws:eu-west-1' }], clustersInTwoYears: 12.5 },
      'clustersInTwoYears',
      /clustersInTwoYears must be a whole number from 1 to 1000000/,
    ],
    [
      'a measurement from a region not in the answers',
      {
        version: 1,
        regions: twoRegions,
        latencies: [
          { from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 80 },
          { from: 'gcp:asia-east1', to: 'aws:us-east-1', ms: 200 },
        ],
      },
      'latencies[1].from',
      /"gcp:asia-east1" is not a region of the answers/,
    ],
    [
      'a measurement to a region not in the answers',
      { version: 1, regions: twoRegions, latencies: [{ from: 'aws:eu-west-1', to: 'aws:eu-west-9', ms: 80 }] },
      'latencies[0].to',
      /"aws:eu-west-9" is not a region of the answers/,
    ],
    [
      'a measurement from a region to itself',
      { version: 1, regions: twoRegions, latencies: [{ from: 'aws:eu-west-1', to: 'aws:eu-west-1', ms: 1 }] },
      'latencies[0].to',
      /from and to are both "aws:eu-west-1"/,
    ],
    [
      'the same pair measured twice, in either order',
      {
        version: 1,
        regions: twoRegions,
        latencies: [
          { from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 72 },
          { from: 'aws:us-east-1', to: 'aws:eu-west-1', ms: 75 },
        ],
      },
      'latencies[1].from',
      /already measured in latencies\[0\]: keep one measurement per pair/,
    ],
    [
      'a round trip faster than light in fibre',
      { version: 1, regions: twoRegions, latencies: [{ from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 20 }] },
      'latencies[0].ms',
      /^20 ms is faster than light in fibre over the 5462 km between "aws:eu-west-1" and "aws:us-east-1" \(at least 54\.7 ms\): check the figure or the sites' positions$/,
    ],
    [
      'a round trip faster than light between custom sites',
      {
        version: 1,
        regions: [store, { id: 'dc-nyc', name: 'New York DC', lat: 40.71, lon: -74.01 }],
        latencies: [{ from: 'dc-nyc', to: 'store-12', ms: 30 }],
      },
      'latencies[0].ms',
      /over the 5571 km between "dc-nyc" and "store-12" \(at least 55\.8 ms\)/,
    ],
    [
      'fewer nodes than clusters',
      { version: 1, regions: [{ id: 'aws:eu-west-1', clusters: 5, nodes: 3 }] },
      'regions[0].nodes',
      /nodes \(3\) must be at least clusters \(5\)/,
    ],
    [
      'a negative node count',
      { version: 1, regions: [{ id: 'aws:eu-west-1', nodes: -4 }] },
      'regions[0].nodes',
      /at least 1/,
    ],
    [
      'fractional nodes',
      { version: 1, regions: [{ id: 'aws:eu-west-1', nodes: 2.5 }] },
      'regions[0].nodes',
      /whole number/,
    ],
    ['a share above 100 percent', { ...minimal, provisionedPercent: 120 }, 'provisionedPercent', /at most 100/],
    ['zero nodes per cluster', { ...minimal, nodesPerCluster: 0 }, 'nodesPerCluster', /at least 1/],
    [
      'a measurement of 0 ms',
      { version: 1, regions: twoRegions, latencies: [{ from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 0 }] },
      'latencies[0].ms',
      /at least 0\.1/,
    ],
    [
      'an unknown site kind',
      { version: 1, regions: [{ id: 'aws:eu-west-1', siteKind: 'ship' }] },
      'regions[0].siteKind',
      /"cloud", "datacenter" or "edge"/,
    ],
    [
      'a decision date in another format',
      { ...minimal, decision: { date: '5.12.2026' } },
      'decision.date',
      /YYYY-MM-DD/,
    ],
  ])('rejects %s, naming %s', (_case, input, path, message) => {
    const problem = problemsOf(input).find((candidate) => candidate.path === path);
    expect(problem?.message).toMatch(message);
  });

  it.each([
    [
      'a measurement to the pinned hub, a catalog region with no clusters',
      {
        version: 1,
        regions: twoRegions,
        hub: { regionId: 'aws:eu-central-1' },
        latencies: [{ from: 'aws:eu-central-1', to: 'aws:us-east-1', ms: 92 }],
      },
    ],
    [
      'a hub pinned to a data centre of the answers',
      {
        version: 1,
        regions: [{ id: 'aws:eu-west-1' }, { id: 'dc-1', name: 'DC 1', lat: 50, lon: 8 }],
        hub: { regionId: 'dc-1' },
      },
    ],
    [
      'a round trip exactly at the fibre floor',
      {
        version: 1,
        regions: [
          { id: 'a', name: 'A', lat: 0, lon: 0 },
          { id: 'b', name: 'B', lat: 0, lon: 0 },
        ],
        latencies: [{ from: 'a', to: 'b', ms: 0.1 }],
      },
    ],
    ['nodes equal to clusters', { version: 1, regions: [{ id: 'aws:eu-west-1', clusters: 4, nodes: 4 }] }],
    [
      'cn-mainland without declaring it',
      { version: 1, regions: [{ id: 'aws:eu-west-1', jurisdiction: 'cn-mainland' }] },
    ],
    [
      'every new answer at once',
      {
        version: 1,
        regions: [
          {
            id: 'aws:eu-west-1',
            siteKind: 'cloud',
            connectivity: 'connected',
            nodes: 40,
            clusters: 4,
            jurisdiction: 'eu',
          },
          { ...store, connectivity: 'intermittent', nodes: 3, jurisdiction: 'eu' },
        ],
        nodesPerCluster: 6,
        provisionedPercent: 70,
        jurisdictions: [{ ...eu, keepManagementInside: true }],
        hub: { regionId: 'aws:eu-west-1' },
        latencies: [{ from: 'store-12', to: 'aws:eu-west-1', ms: 18.5 }],
        decision: {
          title: 'Management planes',
          status: 'accepted',
          date: '2026-12-05',
          decisionMakers: ['Ana'],
          author: 'Li',
        },
      },
    ],
  ])('accepts %s', (_case, input) => {
    expect(parseAnswers(input)).toMatchObject({ ok: true });
  });

  it('names each problem across fields in the detail another language says it from', () => {
    const problems = problemsOf({
      version: 1,
      regions: twoRegions,
      latencies: [{ from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 20 }],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'latencies[0].ms',
        detail: {
          kind: 'below-fibre-floor',
          ms: 20,
          from: 'aws:eu-west-1',
          to: 'aws:us-east-1',
          distanceKm: 5462,
          floorMs: 54.7,
        },
      }),
    );
  });

  it('ignores coordinates given for a catalog region but keeps a display name', () => {
    const result = parseAnswers({
      version: 1,
      regions: [{ id: 'gcp:asia-east1', name: 'Taiwan prod', lat: 0, lon: 0 }],
    });
    expect(result.ok).toBe(true);
  });
});
