import { describe, expect, it } from 'vitest';
import {
  chooseCentralMeridian,
  crossesEdge,
  dotScaleForWidth,
  fitProjection,
  MAP_ASPECT,
  MAX_ZOOM,
  nearestPoint,
} from '../../../src/features/topology-map/map-geometry';

type LonLat = [number, number];
const TOKYO: LonLat = [139.69, 35.69];
const OREGON: LonLat = [-119.7, 45.84];
const VIRGINIA: LonLat = [-77.49, 39.04];
const FRANKFURT: LonLat = [8.68, 50.11];
const SYDNEY: LonLat = [151.21, -33.87];
const INDIA: LonLat = [72.88, 19.08];
const line = (from: LonLat, to: LonLat) => ({ from, to });

describe('crossesEdge', () => {
  it.each([
    { name: 'Tokyo to Oregon', from: TOKYO, to: OREGON, meridian: 0, crosses: true },
    { name: 'Tokyo to Oregon', from: TOKYO, to: OREGON, meridian: 150, crosses: false },
    { name: 'Virginia to Frankfurt', from: VIRGINIA, to: FRANKFURT, meridian: 0, crosses: false },
    { name: 'Virginia to Frankfurt', from: VIRGINIA, to: FRANKFURT, meridian: 150, crosses: true },
    { name: 'Tokyo to Sydney', from: TOKYO, to: SYDNEY, meridian: 0, crosses: false },
  ])('$name on a map centred on $meridian°: crosses the edge $crosses', ({ from, to, meridian, crosses }) => {
    expect(crossesEdge(line(from, to), meridian)).toBe(crosses);
  });
});

describe('chooseCentralMeridian', () => {
  it.each([
    ['no lines', [], 0],
    ['the Atlantic', [line(VIRGINIA, FRANKFURT)], 0],
    ['the Pacific', [line(TOKYO, OREGON), line(TOKYO, SYDNEY)], 150],
    ['the Atlantic and the Pacific, from the Americas', [line(TOKYO, OREGON), line(VIRGINIA, FRANKFURT)], -90],
    ['one crossing every way (tie)', [line(TOKYO, SYDNEY), line(VIRGINIA, FRANKFURT), line(OREGON, INDIA)], 0],
  ] as const)('keeps lines across %s whole', (_name, lines, meridian) => {
    expect(chooseCentralMeridian(lines)).toBe(meridian);
  });
});

describe('fitProjection', () => {
  const spread = [
    { lon: OREGON[0], lat: OREGON[1] },
    { lon: SYDNEY[0], lat: SYDNEY[1] },
    { lon: FRANKFURT[0], lat: FRANKFURT[1] },
  ];

  it.each([375, 800, 1200])('shows the whole world %d px wide for regions spread over it', (width) => {
    const { heightPx, zoom, projection } = fitProjection(width, 0, spread);
    expect(zoom).toBe(1);
    expect(width / heightPx).toBeGreaterThan(MAP_ASPECT - 0.3);
    expect(width / heightPx).toBeLessThan(MAP_ASPECT + 0.05);
    for (const point of spread) {
      const [x, y] = projection([point.lon, point.lat]) ?? [-1, -1];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(heightPx);
    }
  });

  it.each([
    [
      'Frankfurt, Amsterdam and Dublin',
      [
        { lon: 8.68, lat: 50.11 },
        { lon: 4.9, lat: 52.37 },
        { lon: -6.27, lat: 53.35 },
      ],
      2,
      MAX_ZOOM,
    ],
    [
      'Virginia and Frankfurt',
      [
        { lon: VIRGINIA[0], lat: VIRGINIA[1] },
        { lon: FRANKFURT[0], lat: FRANKFURT[1] },
      ],
      1.5,
      3,
    ],
    ['one region', [{ lon: TOKYO[0], lat: TOKYO[1] }], MAX_ZOOM, MAX_ZOOM],
  ])('zooms in on %s, keeping them on the map', (_name, points, atLeast, atMost) => {
    const { projection, zoom, heightPx } = fitProjection(800, 0, points);
    expect(zoom).toBeGreaterThanOrEqual(atLeast);
    expect(zoom).toBeLessThanOrEqual(atMost);
    for (const point of points) {
      const [x, y] = projection([point.lon, point.lat]) ?? [-1, -1];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(800);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(heightPx);
    }
  });

  it('grows taller to include a site far south of the usual band', () => {
    const usual = fitProjection(800, 0, spread).heightPx;
    const withAntarctica = fitProjection(800, 0, [...spread, { lon: 166.67, lat: -77.85 }]).heightPx;
    expect(withAntarctica).toBeGreaterThan(usual);
  });
});

describe('dotScaleForWidth', () => {
  it.each([
    [320, 0.6],
    [600, 0.625],
    [960, 1],
    [1600, 1],
  ])('%d px wide scales dots by %s', (width, scale) => {
    expect(dotScaleForWidth(width)).toBeCloseTo(scale, 3);
  });
});

describe('nearestPoint', () => {
  const big = { id: 'big', x: 100, y: 100, r: 14 };
  const small = { id: 'small', x: 108, y: 100, r: 4 };

  it.each([
    ['the big dot’s centre, under a small neighbour’s edge', 100, 100, 'big'],
    ['the small dot’s centre, on top of the big one', 108, 100, 'small'],
    ['just outside the big dot, within the margin', 100, 117, 'big'],
    ['open water', 200, 200, undefined],
  ])('at %s picks %s', (_where, x, y, id) => {
    expect(nearestPoint([big, small], x, y, 5)?.id).toBe(id);
  });
});
