import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCatalogRegion } from '../../../src/engine/regions/catalog';
import { type GeoPoint, greatCircleDistanceKm } from '../../../src/engine/regions/geo';
import {
  DETOUR_RTTS,
  MEASURED_RTTS,
  type MeasuredRtt,
  OUTLIER_RTTS,
} from '../../../src/engine/regions/rtt-calibration';
import {
  estimateRttBetweenMs,
  estimateRttMs,
  FIBRE_FLOOR_MS_PER_100KM,
  findRouteDetour,
  INTRA_METRO_RTT_MS,
  type RouteDetour,
} from '../../../src/engine/regions/rtt-model';

/** Allowed relative error of the model against a published median. */
const CALIBRATION_TOLERANCE = 0.3;

function region(id: string): GeoPoint {
  const found = findCatalogRegion(id);
  if (found === undefined) throw new Error(`not in the catalog: ${id}`);
  return found;
}

function distanceKm(pair: MeasuredRtt): number {
  return greatCircleDistanceKm(region(pair.a), region(pair.b));
}

const relativeError = (modelledMs: number, measuredMs: number) => (modelledMs - measuredMs) / measuredMs;

const asRows = (pairs: readonly MeasuredRtt[]) =>
  pairs.map((pair) => [pair.a, pair.b, pair.measuredRttMs, pair] as const);

describe('calibration data', () => {
  it('has at least 15 pairs from more than one provider', () => {
    expect(MEASURED_RTTS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(MEASURED_RTTS.map((pair) => pair.a.split(':')[0])).size).toBeGreaterThan(1);
  });

  it('covers short hops and intercontinental hauls', () => {
    const distances = MEASURED_RTTS.map(distanceKm);
    expect(distances.filter((km) => km < 1_000).length).toBeGreaterThanOrEqual(5);
    expect(distances.filter((km) => km > 5_000).length).toBeGreaterThanOrEqual(5);
  });

  it('has Europe–East Asia detours to Japan, Korea and Hong Kong from both providers', () => {
    const eastAsia = DETOUR_RTTS.filter((pair) => findRouteDetour(region(pair.a), region(pair.b)) === 'via-malacca');
    const countries = new Set(eastAsia.map((pair) => findCatalogRegion(pair.b)?.country));
    expect(countries).toEqual(new Set(['Japan', 'South Korea', 'Hong Kong']));
    expect(new Set(eastAsia.map((pair) => pair.a.split(':')[0]))).toEqual(new Set(['aws', 'azure']));
  });

  it.each(asRows([...MEASURED_RTTS, ...DETOUR_RTTS, ...OUTLIER_RTTS]))(
    '%s <-> %s names catalog regions and a source',
    (a, b, _ms, pair) => {
      expect(findCatalogRegion(a)).toBeDefined();
      expect(findCatalogRegion(b)).toBeDefined();
      expect(a).not.toBe(b);
      expect(pair.source).not.toBe('');
    },
  );
});

describe('estimateRttMs', () => {
  it.each(asRows(MEASURED_RTTS))('%s <-> %s (measured %f ms) is within 30%', (_a, _b, measuredMs, pair) => {
    const modelledMs = estimateRttMs(distanceKm(pair));
    expect(Math.abs(relativeError(modelledMs, measuredMs))).toBeLessThanOrEqual(CALIBRATION_TOLERANCE);
  });

  it.each(asRows(DETOUR_RTTS))(
    'underestimates the detour route %s <-> %s (measured %f ms) from distance alone',
    (_a, _b, measuredMs, pair) => {
      expect(estimateRttMs(distanceKm(pair))).toBeLessThan(measuredMs);
    },
  );

  it('gives a small intra-metro figure for the same place', () => {
    expect(estimateRttMs(0)).toBe(INTRA_METRO_RTT_MS);
    expect(estimateRttMs(0)).toBeGreaterThanOrEqual(1);
    expect(estimateRttMs(0)).toBeLessThanOrEqual(2);
  });

  const distancesKm = Array.from({ length: 2_001 }, (_, step) => step * 10);

  it('never goes below the fibre floor', () => {
    for (const km of distancesKm) {
      expect(estimateRttMs(km)).toBeGreaterThanOrEqual((km / 100) * FIBRE_FLOOR_MS_PER_100KM);
    }
  });

  it('never drops as places get farther apart (0 to 20,000 km)', () => {
    const estimates = distancesKm.map(estimateRttMs);
    for (let index = 1; index < estimates.length; index += 1) {
      expect(estimates[index]).toBeGreaterThanOrEqual(estimates[index - 1] ?? 0);
    }
  });

  it('is 2 to 3 times the fibre floor on short hops and 1.2 to 1.5 times on long hauls', () => {
    expect(estimateRttMs(500) / 5).toBeGreaterThanOrEqual(2);
    expect(estimateRttMs(500) / 5).toBeLessThanOrEqual(3);
    expect(estimateRttMs(15_000) / 150).toBeGreaterThanOrEqual(1.2);
    expect(estimateRttMs(15_000) / 150).toBeLessThanOrEqual(1.5);
  });

  it('rounds to one decimal', () => {
    for (const km of [1, 123.4, 987.6, 5_432.1]) {
      const estimate = estimateRttMs(km);
      expect(Math.round(estimate * 10) / 10).toBe(estimate);
    }
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects the distance %f', (km) => {
    expect(() => estimateRttMs(km)).toThrow(RangeError);
  });
});

// Places outside the catalog: mainland China has no region from the three providers.
const BEIJING: GeoPoint = { lat: 39.9, lon: 116.41 };
const SHANGHAI: GeoPoint = { lat: 31.23, lon: 121.47 };
const ALMATY: GeoPoint = { lat: 43.24, lon: 76.89 };

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('estimateRttBetweenMs', () => {
  it.each(asRows(MEASURED_RTTS))('%s <-> %s (measured %f ms) is within 30%', (a, b, measuredMs) => {
    const modelledMs = estimateRttBetweenMs(region(a), region(b));
    expect(Math.abs(relativeError(modelledMs, measuredMs))).toBeLessThanOrEqual(CALIBRATION_TOLERANCE);
  });

  it.each(asRows(DETOUR_RTTS))('routes the detour %s <-> %s (measured %f ms) within 30%', (a, b, measuredMs) => {
    const modelledMs = estimateRttBetweenMs(region(a), region(b));
    expect(Math.abs(relativeError(modelledMs, measuredMs))).toBeLessThanOrEqual(CALIBRATION_TOLERANCE);
  });

  it.each(asRows(OUTLIER_RTTS))(
    'still underestimates the outlier %s <-> %s (measured %f ms) by more than 30%',
    (a, b, measuredMs) => {
      expect(relativeError(estimateRttBetweenMs(region(a), region(b)), measuredMs)).toBeLessThan(
        -CALIBRATION_TOLERANCE,
      );
    },
  );

  // Routes the distance model already prices well stay as they are, US East to Seoul, Hong Kong and Mumbai included,
  // although their great circles cross Russia or Manchuria.
  it.each([
    ['aws:us-east-1', 'aws:ap-northeast-1'],
    ['azure:eastus', 'azure:japaneast'],
    ['aws:us-west-2', 'aws:ap-northeast-1'],
    ['azure:westus2', 'azure:japaneast'],
    ['aws:us-east-1', 'aws:ap-northeast-2'],
    ['aws:us-east-1', 'aws:ap-east-1'],
    ['aws:us-east-1', 'aws:ap-south-1'],
    ['aws:eu-central-1', 'aws:ap-southeast-1'],
    ['azure:westeurope', 'azure:southeastasia'],
    ['aws:eu-central-1', 'aws:ap-south-1'],
    ['azure:westeurope', 'azure:centralindia'],
    ['aws:eu-west-2', 'aws:me-central-1'],
    ['azure:westeurope', 'azure:uaenorth'],
    ['aws:us-east-1', 'aws:eu-west-1'],
    ['azure:westeurope', 'azure:eastus'],
    ['aws:ap-south-1', 'aws:ap-northeast-1'],
  ])('adds no detour between %s and %s', (a, b) => {
    const from = region(a);
    const to = region(b);
    expect(findRouteDetour(from, to)).toBe('none');
    expect(estimateRttBetweenMs(from, to)).toBe(estimateRttMs(greatCircleDistanceKm(from, to)));
  });

  it.each<[string, string, RouteDetour, GeoPoint, GeoPoint]>([
    ['Frankfurt', 'Tokyo', 'via-malacca', region('aws:eu-central-1'), region('aws:ap-northeast-1')],
    ['Stockholm', 'Seoul', 'via-malacca', region('aws:eu-north-1'), region('aws:ap-northeast-2')],
    ['Madrid', 'Hong Kong', 'via-malacca', region('gcp:europe-southwest1'), region('gcp:asia-east2')],
    ['London', 'Taipei', 'via-malacca', region('aws:eu-west-2'), region('aws:ap-east-2')],
    ['Frankfurt', 'Beijing', 'via-malacca', region('aws:eu-central-1'), BEIJING],
    ['Paris', 'Shanghai', 'via-malacca', region('aws:eu-west-3'), SHANGHAI],
    // Both ends lie south of the box (32° and 36°N); only the middle of the arc climbs into it.
    ['Tel Aviv', 'Tokyo', 'via-malacca', region('aws:il-central-1'), region('aws:ap-northeast-1')],
    ['Cape Town', 'Sydney', 'round-southern-ocean', region('aws:af-south-1'), region('aws:ap-southeast-2')],
    ['São Paulo', 'Sydney', 'round-southern-ocean', region('aws:sa-east-1'), region('aws:ap-southeast-2')],
    ['Frankfurt', 'Almaty (inside the box)', 'none', region('aws:eu-central-1'), ALMATY],
    ['Sydney', 'Auckland', 'none', region('aws:ap-southeast-2'), region('aws:ap-southeast-6')],
  ])('routes %s to %s: %s', (_from, _to, detour, a, b) => {
    expect(findRouteDetour(a, b)).toBe(detour);
    expect(findRouteDetour(b, a)).toBe(detour);
  });

  it('is at least 1.4 times the distance-only estimate from Europe to East Asia', () => {
    const frankfurt = region('aws:eu-central-1');
    for (const eastAsia of [region('aws:ap-northeast-1'), region('aws:ap-northeast-2'), BEIJING]) {
      const distanceOnlyMs = estimateRttMs(greatCircleDistanceKm(frankfurt, eastAsia));
      expect(estimateRttBetweenMs(frankfurt, eastAsia)).toBeGreaterThanOrEqual(1.4 * distanceOnlyMs);
    }
  });

  it('gives the intra-metro figure for the same place', () => {
    fc.assert(fc.property(point, (p) => estimateRttBetweenMs(p, p) === estimateRttMs(0)));
  });

  it('is symmetric and deterministic', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const there = estimateRttBetweenMs(a, b);
        return there === estimateRttBetweenMs(b, a) && there === estimateRttBetweenMs({ ...a }, { ...b });
      }),
    );
  });

  it('never undercuts the distance-only estimate, hence never the fibre floor', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const km = greatCircleDistanceKm(a, b);
        const estimate = estimateRttBetweenMs(a, b);
        return estimate >= estimateRttMs(km) && estimate >= (km / 100) * FIBRE_FLOOR_MS_PER_100KM;
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives an answer for antipodes, where no single great circle exists', () => {
    const antipodes: [GeoPoint, GeoPoint] = [
      { lat: 0, lon: 0 },
      { lat: 0, lon: 180 },
    ];
    expect(findRouteDetour(...antipodes)).toBe('none');
    expect(estimateRttBetweenMs(...antipodes)).toBe(estimateRttMs(greatCircleDistanceKm(...antipodes)));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects the latitude %f', (lat) => {
    expect(() => estimateRttBetweenMs({ lat, lon: 0 }, { lat: 10, lon: 10 })).toThrow(RangeError);
  });
});
