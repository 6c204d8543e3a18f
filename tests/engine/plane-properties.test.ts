import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  analyzeTopology,
  findCatalogRegion,
  greatCircleDistanceKm,
  parseAnswers,
  type Recommendation,
  type RegionalGroup,
  recommend,
} from '../../src/engine';
import { placeById } from '../../src/engine/topology';
import { validEstateAnswers } from './arbitraries';

/**
 * The invariants of issue 19's "Done when", over generated estates with jurisdictions (one-way, strict, with allowed
 * places), mainland China (catalog regions and custom sites inside it), pinned hubs, edge sites, intermittent and
 * air-gapped links, and measured round trips.
 */

/** Custom sites in mainland China, so its rule is exercised for coordinates as well as catalog ids. */
const chinaSite = fc.record({
  id: fc.constantFrom('dc-shanghai', 'dc-chengdu', 'dc-shenzhen'),
  lat: fc.double({ min: 23, max: 34, noNaN: true }),
  lon: fc.double({ min: 104, max: 121, noNaN: true }),
  clusters: fc.integer({ min: 1, max: 300 }),
});

const estates: fc.Arbitrary<Answers> = fc
  .tuple(
    validEstateAnswers,
    fc.option(chinaSite, { nil: undefined }),
    fc.boolean(),
    fc.option(fc.constantFrom(['DE', 'FR', 'IE'], ['GB'], ['US', 'aws:eu-west-1']), { nil: undefined }),
    fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
  )
  .map(([answers, china, strict, places, growth]) => {
    const regions = [
      ...answers.regions,
      ...(china && !answers.regions.some((region) => region.id === china.id) ? [{ ...china, name: 'China DC' }] : []),
    ];
    const jurisdictions = answers.jurisdictions?.map((jurisdiction, index) =>
      index === 0
        ? {
            ...jurisdiction,
            ...(strict && jurisdiction.keepManagementInside !== false ? { planesManageOnlyInside: true } : {}),
            ...(places ? { allowedLocations: places } : {}),
          }
        : jurisdiction,
    );
    const document = {
      ...answers,
      regions,
      ...(jurisdictions ? { jurisdictions } : {}),
      ...(growth === undefined ? {} : { clustersInTwoYears: growth }),
    };
    const parsed = parseAnswers(document);
    return parsed.ok ? parsed.value : answers;
  });

const FIBRE_MS_PER_KM = 1 / 100;

function positionOf(answers: Answers, id: string) {
  const catalog = findCatalogRegion(id);
  if (catalog) return catalog;
  const region = answers.regions.find((candidate) => candidate.id === id);
  return region?.lat === undefined || region.lon === undefined ? undefined : { lat: region.lat, lon: region.lon };
}

const groupsOf = (recommendation: Recommendation): readonly RegionalGroup[] => [
  ...recommendation.hubPlan.groups,
  ...recommendation.regionalPlan.groups,
];

/** Groups whose plan says no place inside their jurisdiction is known: their plane is only where the regions are. */
function placeKnown(answers: Answers, group: RegionalGroup): boolean {
  const topology = analyzeTopology(answers);
  const plan = [topology.hubPlan, ...topology.layouts.map((layout) => layout.plan)];
  const own = plan
    .flatMap((candidate) => candidate.groups)
    .find((candidate) => candidate.planeRegionId === group.planeRegionId);
  return own?.insideKnown !== false;
}

describe('every plane is where the constraints allow it, and every figure is its own', () => {
  it('gives no round trip faster than light in fibre from the plane it is attributed to', () => {
    fc.assert(
      fc.property(estates, (answers) => {
        const recommendation = recommend(answers);
        const check = (planeId: string, regionId: string, rttMs: number) => {
          const plane = positionOf(answers, planeId);
          const place = positionOf(answers, regionId);
          if (plane && place) {
            expect(rttMs).toBeGreaterThanOrEqual(greatCircleDistanceKm(plane, place) * FIBRE_MS_PER_KM - 1e-9);
          }
        };
        for (const group of groupsOf(recommendation)) {
          for (const id of group.regionIds) check(group.planeRegionId, id, group.rttMs[id] ?? Number.NaN);
        }
        for (const region of answers.regions) {
          check(recommendation.hub.regionId, region.id, recommendation.hub.rttMs[region.id] ?? Number.NaN);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('puts no plane at an edge site or on an intermittent link (air gaps and places unknown aside)', () => {
    fc.assert(
      fc.property(estates, (answers) => {
        const recommendation = recommend(answers);
        for (const group of groupsOf(recommendation)) {
          if (group.constraint?.kind === 'air-gap' || !placeKnown(answers, group)) continue;
          const site = answers.regions.find((region) => region.id === group.planeRegionId);
          if (!site) continue;
          expect(site.siteKind).not.toBe('edge');
          expect(site.connectivity ?? 'connected').toBe('connected');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('manages mainland China and every jurisdiction that keeps management inside from inside', () => {
    fc.assert(
      fc.property(estates, (answers) => {
        const recommendation = recommend(answers);
        const topology = analyzeTopology(answers);
        for (const group of groupsOf(recommendation)) {
          if (group.constraint?.kind === 'air-gap' || !placeKnown(answers, group)) continue;
          const plane = placeById(topology.sites, group.planeRegionId);
          if (!plane) throw new Error(`no place ${group.planeRegionId}`);
          for (const id of group.regionIds) {
            const site = topology.sites.find((candidate) => candidate.id === id);
            const rule = site?.jurisdiction ? topology.rules.get(site.jurisdiction) : undefined;
            if (!rule?.contained) continue;
            expect(rule.allows(plane)).toBe(true);
            if (rule.id === 'cn-mainland' && !answers.jurisdictions?.some((j) => j.id === 'cn-mainland')) {
              expect(plane.mainlandChina).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives every cloud hub a standby within the tolerance, inside its jurisdiction, or says how backups are kept', () => {
    fc.assert(
      fc.property(estates, (answers) => {
        const recommendation = recommend(answers);
        const topology = analyzeTopology(answers);
        const tolerance = answers.latencyToleranceMs;
        for (const group of recommendation.hubPlan.groups) {
          if (group.constraint?.kind === 'air-gap') continue;
          const plane = findCatalogRegion(group.planeRegionId);
          const standby = group.standbyRegionId;
          if (standby === undefined) {
            // A cloud region with no rule to obey always has another region within 50 ms.
            const ruled = group.regionIds.some((id) => {
              const site = topology.sites.find((candidate) => candidate.id === id);
              return Boolean(site?.jurisdiction && topology.rules.get(site.jurisdiction)?.contained);
            });
            if (plane && !ruled && tolerance >= 50) expect.fail(`no standby for the hub in ${group.planeRegionId}`);
            if (recommendation.strategy === 'hub-and-spoke') {
              expect(recommendation.plan.map((item) => item.id)).toContain('backups-inside');
            }
            continue;
          }
          const from = positionOf(answers, group.planeRegionId);
          const to = positionOf(answers, standby);
          expect(standby).not.toBe(group.planeRegionId);
          if (from && to) expect(greatCircleDistanceKm(from, to) * FIBRE_MS_PER_KM).toBeLessThanOrEqual(tolerance);
        }
      }),
      { numRuns: 150 },
    );
  });
});
