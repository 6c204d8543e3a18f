import { expect } from 'vitest';
import {
  type AnswersInput,
  estimateRttBetweenMs,
  findCatalogRegion,
  greatCircleDistanceKm,
  type Recommendation,
} from '../../src/engine';

type EstateAnswers = Omit<AnswersInput, 'version'>;

/** Where a plane or region of the answers is: a catalog region, or a custom site's coordinates. */
function positionOf(answers: EstateAnswers, id: string) {
  const catalog = findCatalogRegion(id);
  if (catalog) return catalog;
  const own = answers.regions.find((candidate) => candidate.id === id) as { lat?: number; lon?: number } | undefined;
  return own?.lat === undefined || own.lon === undefined ? undefined : { lat: own.lat, lon: own.lon };
}

/**
 * The issue 19 invariants for one estate: no round trip faster than light in fibre (1 ms per 100 km) from the plane it
 * is attributed to; no plane at an edge site or on an intermittent link unless the plan asks for a site inside; mainland
 * China managed from inside; every catalog plane's standby within the tolerance.
 */
export function holdInvariants(answers: EstateAnswers, recommendation: Recommendation) {
  const tolerance = answers.latencyToleranceMs ?? 150;
  for (const plan of [recommendation.hubPlan, recommendation.regionalPlan]) {
    for (const group of plan.groups) {
      const plane = positionOf(answers, group.planeRegionId);
      for (const [id, ms] of Object.entries(group.rttMs)) {
        const at = positionOf(answers, id);
        if (plane && at) expect(ms).toBeGreaterThanOrEqual(greatCircleDistanceKm(plane, at) / 100 - 0.5);
      }
      const own = answers.regions.find((candidate) => candidate.id === group.planeRegionId) as
        | { siteKind?: string; connectivity?: string }
        | undefined;
      // A plane drawn at stores only where no place inside is known, and then the plan asks for a site.
      if (own?.siteKind === 'edge' || own?.connectivity === 'intermittent') {
        expect(recommendation.plan.map((item) => item.id)).toContain('jurisdiction-needs-site');
      }
      const catalogPlane = findCatalogRegion(group.planeRegionId);
      const china = group.regionIds.some((id) => findCatalogRegion(id)?.mainlandChina);
      if (china && catalogPlane) expect(catalogPlane.mainlandChina).toBe(true);
      if (catalogPlane && group.standbyRegionId) {
        const standby = findCatalogRegion(group.standbyRegionId);
        if (standby) expect(estimateRttBetweenMs(catalogPlane, standby)).toBeLessThanOrEqual(tolerance);
      }
    }
  }
  for (const [id, ms] of Object.entries(recommendation.hub.rttMs)) {
    const hub = positionOf(answers, recommendation.hub.regionId);
    const at = positionOf(answers, id);
    if (hub && at) expect(ms).toBeGreaterThanOrEqual(greatCircleDistanceKm(hub, at) / 100 - 0.5);
  }
}
