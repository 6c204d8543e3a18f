import { describe, expect, it } from 'vitest';
import { findCatalogRegion } from '../../../src/engine/regions/catalog';
import { greatCircleDistanceKm } from '../../../src/engine/regions/geo';
import { DETOUR_RTTS, MEASURED_RTTS, type MeasuredRtt } from '../../../src/engine/regions/rtt-calibration';
import { estimateRttMs, FIBRE_FLOOR_MS_PER_100KM, INTRA_METRO_RTT_MS } from '../../../src/engine/regions/rtt-model';

/** Allowed relative error of the model against a published median. */
const CALIBRATION_TOLERANCE = 0.3;

function distanceKm(pair: MeasuredRtt): number {
  const a = findCatalogRegion(pair.a);
  const b = findCatalogRegion(pair.b);
  if (a === undefined || b === undefined) throw new Error(`not in the catalog: ${pair.a} or ${pair.b}`);
  return greatCircleDistanceKm(a, b);
}

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

  it.each(asRows([...MEASURED_RTTS, ...DETOUR_RTTS]))(
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
    expect(Math.abs(modelledMs - measuredMs) / measuredMs).toBeLessThanOrEqual(CALIBRATION_TOLERANCE);
  });

  it.each(asRows(DETOUR_RTTS))(
    'underestimates the detour route %s <-> %s (measured %f ms)',
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
