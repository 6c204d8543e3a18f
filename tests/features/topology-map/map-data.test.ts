import { describe, expect, it } from 'vitest';
import { type Answers, recommend, viewPlanes } from '../../../src/engine';
import {
  buildMapModel,
  describeMap,
  describePoint,
  formatRttMs,
  MAX_POINT_RADIUS_PX,
  MIN_POINT_RADIUS_PX,
  radiusForClusters,
  rateRtt,
} from '../../../src/features/topology-map/map-data';
import { answersOf } from '../../fixtures/answers';
import { EU_RULE } from '../../fixtures/constrained-estates';
import { ATLANTIC, GLOBAL } from './fixtures';

/** The map's model of the answers' recommendation, as the map builds it. */
function modelOf(answers: Answers) {
  const recommendation = recommend(answers);
  return buildMapModel(answers, recommendation, viewPlanes(recommendation, answers));
}

describe('rateRtt', () => {
  it.each([
    [0, 100, 'ok'],
    [80, 100, 'ok'],
    [80.1, 100, 'near'],
    [100, 100, 'near'],
    [100.1, 100, 'over'],
    [120, 150, 'ok'],
    [121, 150, 'near'],
    [151, 150, 'over'],
  ] as const)('%d ms against a %d ms tolerance is %s', (rttMs, toleranceMs, rating) => {
    expect(rateRtt(rttMs, toleranceMs)).toBe(rating);
  });
});

describe('radiusForClusters', () => {
  it.each([
    [1, 100, MIN_POINT_RADIUS_PX],
    [100, 100, MAX_POINT_RADIUS_PX],
    [25, 100, MAX_POINT_RADIUS_PX / 2],
    [5, 5, MAX_POINT_RADIUS_PX],
    [1, 10_000, MIN_POINT_RADIUS_PX],
  ])('%d of at most %d clusters gives %d px', (clusters, maxClusters, radiusPx) => {
    expect(radiusForClusters(clusters, maxClusters)).toBe(radiusPx);
  });

  it('never shrinks as clusters grow, and grows where the clamp allows', () => {
    const radii = [1, 2, 5, 10, 20, 50, 100, 200, 500].map((clusters) => radiusForClusters(clusters, 500));
    for (let i = 1; i < radii.length; i++) expect(radii[i]).toBeGreaterThanOrEqual(radii[i - 1] ?? 0);
    expect(radii[radii.length - 1]).toBeGreaterThan(radii[2] ?? 0);
  });

  it('keeps the dot area proportional to clusters between the clamps', () => {
    expect(radiusForClusters(100, 400) / radiusForClusters(400, 400)).toBeCloseTo(0.5, 2);
  });
});

describe('formatRttMs', () => {
  it.each([
    [74.6, 150, '75 ms'],
    [99.6, 150, '100 ms'],
    [100.4, 100, '100.4 ms'],
    [99.6, 100, '99.6 ms'],
    [100, 100, '100 ms'],
    [1234.4, 2000, '1,234 ms'],
  ])('%d ms against %d ms reads "%s"', (rttMs, toleranceMs, text) => {
    expect(formatRttMs(rttMs, toleranceMs)).toBe(text);
  });
});

describe('buildMapModel', () => {
  it.each([
    ['global', GLOBAL],
    ['atlantic', ATLANTIC],
  ])('flags exactly the recommended hub (%s)', (_name, answers) => {
    const recommendation = recommend(answers);
    const model = buildMapModel(answers, recommendation, viewPlanes(recommendation, answers));
    expect(model.points.filter((point) => point.isHub).map((point) => point.id)).toEqual([recommendation.hub.regionId]);
    expect(model.hubs.map((hub) => hub.planeRegionId)).toEqual([recommendation.hub.regionId]);
  });

  it.each([
    ['global', GLOBAL],
    ['atlantic', ATLANTIC],
  ])('draws one spoke from the hub to every other region with its round trip (%s)', (_name, answers) => {
    const recommendation = recommend(answers);
    const model = buildMapModel(answers, recommendation, viewPlanes(recommendation, answers));
    expect(model.spokes).toHaveLength(answers.regions.length - 1);
    for (const spoke of model.spokes) {
      expect(spoke.fromId).toBe(recommendation.hub.regionId);
      expect(spoke.rttMs).toBe(recommendation.hubPlan.groups[0]?.rttMs[spoke.toId]);
      expect(spoke.rating).toBe(rateRtt(spoke.rttMs, answers.latencyToleranceMs));
    }
  });

  it('rates the global example against its 100 ms tolerance', () => {
    const model = modelOf(GLOBAL);
    const ratings = Object.fromEntries(model.spokes.map((spoke) => [spoke.toId, spoke.rating]));
    expect(ratings).toEqual({
      'aws:us-east-1': 'ok',
      'gcp:europe-west3': 'over',
      'gcp:southamerica-east1': 'over',
      'aws:ap-southeast-2': 'over',
      'azure:southeastasia': 'over',
    });
  });

  it.each([
    ['global', GLOBAL],
    ['atlantic', ATLANTIC],
  ])("matches the regional plan's groups, planes and members (%s)", (_name, answers) => {
    const recommendation = recommend(answers);
    const model = buildMapModel(answers, recommendation, viewPlanes(recommendation, answers));
    expect(model.groups.map((group) => [group.planeRegionId, group.regionIds])).toEqual(
      recommendation.regionalPlan.groups.map((group) => [group.planeRegionId, group.regionIds]),
    );
    model.groups.forEach((group, index) => {
      const members = model.points.filter((point) => point.groupIndex === index);
      expect(members.map((point) => point.id).sort()).toEqual([...group.regionIds].sort());
      expect(members.filter((point) => point.isGroupPlane).map((point) => point.id)).toEqual([group.planeRegionId]);
      expect(group.links.map((link) => link.toId).sort()).toEqual(
        group.regionIds.filter((id) => id !== group.planeRegionId).sort(),
      );
      for (const link of group.links) expect(link.fromId).toBe(group.planeRegionId);
    });
  });

  it('groups Amsterdam, Frankfurt and London under one plane in the Atlantic example', () => {
    const model = modelOf(ATLANTIC);
    const frankfurt = model.points.find((point) => point.id === 'aws:eu-central-1');
    const london = model.points.find((point) => point.id === 'gcp:europe-west2');
    expect(frankfurt?.groupIndex).toBe(london?.groupIndex);
    expect(frankfurt?.rttFromPlaneMs).toBeLessThan(20);
  });

  it('lists the biggest regions first, so smaller dots are drawn on top', () => {
    const model = modelOf(GLOBAL);
    expect(model.points.map((point) => point.clusters)).toEqual([20, 15, 10, 8, 6, 4]);
    expect(model.points[0]?.radiusPx).toBe(MAX_POINT_RADIUS_PX);
  });

  it('places a custom site at its own coordinates under its own name', () => {
    const answers = answersOf({
      regions: [
        { id: 'aws:eu-west-1', clusters: 2 },
        { id: 'lab', name: 'Basement lab', lat: 48.2, lon: 16.37, clusters: 1 },
      ],
    });
    const point = modelOf(answers).points.find((candidate) => candidate.id === 'lab');
    expect(point).toMatchObject({ name: 'Basement lab', lat: 48.2, lon: 16.37, clusters: 1 });
  });
});

describe('buildMapModel with several hubs', () => {
  const recommendation = recommend(EU_RULE);
  const model = modelOf(EU_RULE);
  const hubOf = (id: string) => recommendation.hubPlan.groups.find((group) => group.regionIds.includes(id));

  it('marks every hub', () => {
    expect(
      model.points
        .filter((point) => point.isHub)
        .map((point) => point.id)
        .sort(),
    ).toEqual(recommendation.hubPlan.groups.map((group) => group.planeRegionId).sort());
    expect(model.hubs).toHaveLength(2);
  });

  it('draws only the spokes that exist: each region to the hub that manages it, with that hub’s round trip', () => {
    expect(model.spokes).toHaveLength(EU_RULE.regions.length - 2);
    for (const spoke of model.spokes) {
      const group = hubOf(spoke.toId);
      expect(spoke.fromId).toBe(group?.planeRegionId);
      expect(spoke.rttMs).toBe(group?.rttMs[spoke.toId]);
    }
    // Nothing crosses the EU rule: no spoke joins an EU site and a site outside it.
    const eu = new Set(['aws:eu-west-1', 'fra-dc', 'stores']);
    for (const spoke of model.spokes) expect(eu.has(spoke.fromId)).toBe(eu.has(spoke.toId));
  });

  it('names the hub that manages each region, and what each hub serves', () => {
    const singapore = model.points.find((point) => point.id === 'aws:ap-southeast-1');
    if (!singapore) throw new Error('no Singapore');
    expect(describePoint(singapore, model, 'hub-and-spoke')).toContain('from its hub in US East (N. Virginia)');
    const text = describeMap(model, 'hub-and-spoke');
    expect(text).toContain('2 hubs, each managing its own regions');
    expect(text).toContain('for the jurisdiction European Union');
  });

  it('draws a pinned hub outside the answers as a plane of its own', () => {
    const pinned = answersOf({
      regions: [
        { id: 'aws:us-east-1', clusters: 10 },
        { id: 'aws:ap-southeast-1', clusters: 3 },
      ],
      hub: { regionId: 'aws:eu-west-1' },
    });
    const hub = modelOf(pinned).points.find((point) => point.id === 'aws:eu-west-1');
    expect(hub).toMatchObject({ isHub: true, clusters: 0, name: 'Europe (Ireland)' });
  });
});

describe('describeMap', () => {
  it.each([
    ['global', GLOBAL],
    ['atlantic', ATLANTIC],
  ])('names every region and the tolerance in the Hub & Spoke description (%s)', (_name, answers) => {
    const model = modelOf(answers);
    const text = describeMap(model, 'hub-and-spoke');
    for (const point of model.points) expect(text).toContain(point.name);
    expect(text).toContain(`your ${answers.latencyToleranceMs} ms tolerance`);
  });

  it.each([
    [
      'global',
      GLOBAL,
      'Hub & Spoke: the hub is in US West (Oregon), with 10 clusters.',
      '4 regions are beyond your 100 ms tolerance.',
    ],
    [
      'atlantic',
      ATLANTIC,
      'Hub & Spoke: the hub is in West Europe, with 12 clusters.',
      'Every region is well within your 150 ms tolerance.',
    ],
  ])('opens with the hub and ends with the verdict (%s)', (_name, answers, opening, verdict) => {
    const text = describeMap(modelOf(answers), 'hub-and-spoke');
    expect(text.startsWith(opening)).toBe(true);
    expect(text.endsWith(verdict)).toBe(true);
  });

  it('gives each spoke its round trip and rating', () => {
    const text = describeMap(modelOf(GLOBAL), 'hub-and-spoke');
    expect(text).toContain('US East (N. Virginia) (20 clusters) 58 ms, within tolerance');
    expect(text).toContain('Frankfurt, Germany (15 clusters) 138 ms, beyond tolerance');
  });

  it('counts regions near the limit when none is beyond it', () => {
    const answers = { ...GLOBAL, latencyToleranceMs: 200 };
    const text = describeMap(modelOf(answers), 'hub-and-spoke');
    expect(text).toContain('Every region is within your 200 ms tolerance; 3 are close to it.');
  });

  it.each([
    [
      'atlantic',
      ATLANTIC,
      [
        'Regional: 2 regional management planes.',
        'plane in West Europe, also serving London, England at 10 ms, Europe (Frankfurt) at 10 ms and Europe (Ireland) at 17 ms (53 clusters in all)',
        'plane in US East (N. Virginia), also serving US East (Ohio) at 12 ms (6 clusters in all)',
      ],
    ],
    [
      'global',
      GLOBAL,
      [
        // One plane per continent-scale area: the Americas, Europe, Asia Pacific (issue 19).
        'Regional: 3 regional management planes.',
        'plane in US East (N. Virginia), also serving US West (Oregon) at 58 ms and Osasco, São Paulo, Brazil at 117 ms (34 clusters in all)',
        'plane in Frankfurt, Germany, serving its own region (15 clusters)',
        'plane in Southeast Asia, also serving Asia Pacific (Sydney) at 95 ms (14 clusters in all)',
      ],
    ],
  ])('describes the regional planes and whom they serve (%s)', (_name, answers, parts) => {
    const text = describeMap(modelOf(answers), 'regional');
    for (const part of parts) expect(text).toContain(part);
  });

  it('says so when there is a single region', () => {
    const answers = answersOf({ regions: [{ id: 'aws:eu-west-1', clusters: 3 }] });
    const model = modelOf(answers);
    expect(describeMap(model, 'hub-and-spoke')).toBe(
      'Hub & Spoke: the hub is in Europe (Ireland), with 3 clusters. It is the only region, so there are no spokes.',
    );
    expect(describeMap(model, 'regional')).toBe('Regional: one management plane, in Europe (Ireland) (3 clusters).');
  });
});

describe('describePoint', () => {
  const model = modelOf(ATLANTIC);
  const point = (id: string) => {
    const found = model.points.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no point ${id}`);
    return found;
  };

  it.each([
    ['azure:westeurope', 'hub-and-spoke', 'West Europe: the hub, 12 clusters'],
    ['aws:us-east-1', 'hub-and-spoke', 'US East (N. Virginia): 5 clusters, 94 ms from the hub, within tolerance'],
    ['azure:westeurope', 'regional', 'West Europe: 12 clusters, management plane of group 1'],
    ['aws:us-east-2', 'regional', 'US East (Ohio): 1 cluster, group 2, 12 ms from its plane in US East (N. Virginia)'],
  ] as const)('%s in the %s view reads "%s"', (id, view, label) => {
    expect(describePoint(point(id), model, view)).toBe(label);
  });
});
