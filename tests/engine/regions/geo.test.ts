import { describe, expect, it } from 'vitest';
import { type GeoPoint, greatCircleDistanceKm } from '../../../src/engine/regions/geo';

const LONDON: GeoPoint = { lat: 51.5074, lon: -0.1278 };
const PARIS: GeoPoint = { lat: 48.8566, lon: 2.3522 };
const NEW_YORK: GeoPoint = { lat: 40.7128, lon: -74.006 };
const TOKYO: GeoPoint = { lat: 35.6762, lon: 139.6503 };
const SYDNEY: GeoPoint = { lat: -33.8688, lon: 151.2093 };
const SAN_FRANCISCO: GeoPoint = { lat: 37.7749, lon: -122.4194 };

describe('greatCircleDistanceKm', () => {
  // Reference distances: great-circle distances on the mean-radius sphere, as published by common
  // distance calculators (rounded to the km); the haversine must land within 1%.
  it.each([
    ['London', LONDON, 'Paris', PARIS, 344],
    ['London', LONDON, 'New York', NEW_YORK, 5570],
    ['New York', NEW_YORK, 'Tokyo', TOKYO, 10_850],
    ['Tokyo', TOKYO, 'Sydney', SYDNEY, 7_820],
    ['San Francisco', SAN_FRANCISCO, 'London', LONDON, 8_620],
  ])('%s to %s is about %i km', (_from, a, _to, b, expectedKm) => {
    expect(Math.abs(greatCircleDistanceKm(a, b) - expectedKm) / expectedKm).toBeLessThan(0.01);
  });

  it('is 0 for the same place and symmetric', () => {
    expect(greatCircleDistanceKm(TOKYO, TOKYO)).toBe(0);
    expect(greatCircleDistanceKm(LONDON, SYDNEY)).toBeCloseTo(greatCircleDistanceKm(SYDNEY, LONDON), 9);
  });

  it('gives half the circumference for antipodes', () => {
    const halfCircumferenceKm = Math.PI * 6371.0088;
    expect(greatCircleDistanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(halfCircumferenceKm, 6);
    expect(greatCircleDistanceKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(halfCircumferenceKm, 6);
  });

  it('crosses the antimeridian the short way', () => {
    const westOfLine = { lat: 0, lon: 179.5 };
    const eastOfLine = { lat: 0, lon: -179.5 };
    expect(greatCircleDistanceKm(westOfLine, eastOfLine)).toBeCloseTo(111.2, 0);
  });
});
