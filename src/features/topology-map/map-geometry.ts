/**
 * Projection and layout for the map, with d3-geo. Pure (no React, no DOM): everything here is loaded only with
 * the lazily loaded map component.
 */
import { type GeoProjection, geoEqualEarth, geoInterpolate } from 'd3-geo';
import type { MapLine } from './map-data';

/**
 * Latitudes the map always shows: north of Greenland (83.6° N) to south of Cape Horn (56° S). Antarctica holds
 * no cloud region, and leaving it out gives the inhabited world about an eighth more height.
 */
export const MAP_NORTH_LAT = 84;
export const MAP_SOUTH_LAT = -57;
/** Room kept around a custom site that lies beyond that band, degrees of latitude. */
const POINT_MARGIN_LAT = 4;
/** Room above and below the band, px, so the largest dot at its edge is not cut off. */
const EDGE_PAD_PX = 8;

/**
 * Width to height of the map for the usual band (Equal Earth, 84° N to 57° S, measures 2.30:1); the loading
 * placeholder uses it to reserve the same space.
 */
export const MAP_ASPECT = 2.3;

/**
 * Central meridians the map may use, in order of preference on a tie: Greenwich, the Pacific (cut along 30° W, in
 * the Atlantic), or the Americas (cut along 90° E, between India and China), for spokes that leave North America both
 * ways, over the Atlantic to Europe or India and over the Pacific to Asia or Australia: a line split at the frame's
 * edge leaves the frame.
 */
export const CENTRAL_MERIDIANS = [0, 150, -90] as const;
/** Points sampled along each great circle to find where it crosses the map's edge. */
const ARC_SAMPLES = 48;

/** Longitude relative to a central meridian, in [-180, 180). */
function relativeLongitude(lon: number, centralMeridian: number): number {
  return ((((lon - centralMeridian + 180) % 360) + 360) % 360) - 180;
}

/** Whether the great circle of `line` crosses the map's left/right edge when centred on `centralMeridian`. */
export function crossesEdge(line: Pick<MapLine, 'from' | 'to'>, centralMeridian: number): boolean {
  const along = geoInterpolate([line.from[0], line.from[1]], [line.to[0], line.to[1]]);
  let previous = relativeLongitude(line.from[0], centralMeridian);
  for (let step = 1; step <= ARC_SAMPLES; step++) {
    const [lon] = along(step / ARC_SAMPLES);
    const current = relativeLongitude(lon, centralMeridian);
    if (Math.abs(current - previous) > 180) return true;
    previous = current;
  }
  return false;
}

/**
 * The central meridian (of CENTRAL_MERIDIANS) that splits the fewest lines at the map's edge; Greenwich on a
 * tie, as most people know that map. A Tokyo–Oregon spoke then stays whole over the Pacific.
 */
export function chooseCentralMeridian(lines: readonly Pick<MapLine, 'from' | 'to'>[]): number {
  let best: number = CENTRAL_MERIDIANS[0];
  let fewest = Number.POSITIVE_INFINITY;
  for (const meridian of CENTRAL_MERIDIANS) {
    const crossings = lines.filter((line) => crossesEdge(line, meridian)).length;
    if (crossings < fewest) {
      fewest = crossings;
      best = meridian;
    }
  }
  return best;
}

/** Points along a line's great circle, ends excluded, for fitting the map around it. */
function alongLine(line: Pick<MapLine, 'from' | 'to'>): { lat: number; lon: number }[] {
  const along = geoInterpolate([line.from[0], line.from[1]], [line.to[0], line.to[1]]);
  const points: { lat: number; lon: number }[] = [];
  for (let step = 1; step < LINE_SAMPLES; step++) {
    const [lon, lat] = along(step / LINE_SAMPLES);
    points.push({ lat, lon });
  }
  return points;
}
/** Points sampled along a line to fit the map around it: enough to find its highest latitude within a degree. */
const LINE_SAMPLES = 24;

/** Map width at and above which dots keep their full size, px; narrower maps shrink them. */
const FULL_SIZE_WIDTH_PX = 960;
/** Dots on the narrowest map keep this share of their size, so a 375 px phone still shows them apart. */
const MIN_DOT_SCALE = 0.6;

/** How much to scale the dots (map-data's radiusPx) for a map `widthPx` wide: 0.6..1, growing with width. */
export function dotScaleForWidth(widthPx: number): number {
  return Math.min(1, Math.max(MIN_DOT_SCALE, widthPx / FULL_SIZE_WIDTH_PX));
}

/**
 * Most the map zooms in on regions that lie close together: at 4× it still spans about a quarter of the world
 * (a continent and its neighbours), so it stays recognisable as a world map.
 */
export const MAX_ZOOM = 4;
/** Below this the map stays whole: zooming in a little crops familiar coastlines for almost no gain. */
export const MIN_USEFUL_ZOOM = 1.5;
/** Room between the outermost regions and the map's edge when zoomed, as a share of each side (labels need it). */
const ZOOM_PADDING_SHARE = 0.12;

export interface FittedProjection {
  readonly projection: GeoProjection;
  readonly widthPx: number;
  readonly heightPx: number;
  /** 1 for the whole world; up to MAX_ZOOM when the regions lie close together. */
  readonly zoom: number;
}

/**
 * An Equal Earth projection (equal-area, so no region looks bigger than it is) `widthPx` wide, showing the band
 * of latitudes that holds land people run clusters on (widened for any point outside it). When the regions
 * cover only part of the world, the map zooms in on them (at most MAX_ZOOM) and keeps the same size.
 */
export function fitProjection(
  widthPx: number,
  centralMeridian: number,
  places: readonly { readonly lat: number; readonly lon: number }[],
  lines: readonly Pick<MapLine, 'from' | 'to'>[] = [],
): FittedProjection {
  // Every line must stay inside the frame too: a great circle between distant places bends far towards a pole
  // (N. Virginia to Singapore crosses the Arctic), so points along each line count as places to show.
  const points = [...places, ...lines.flatMap(alongLine)];
  const latitudes = points.map((point) => point.lat);
  const north = Math.min(90, Math.max(MAP_NORTH_LAT, ...latitudes.map((lat) => lat + POINT_MARGIN_LAT)));
  const south = Math.max(-90, Math.min(MAP_SOUTH_LAT, ...latitudes.map((lat) => lat - POINT_MARGIN_LAT)));
  const projection = geoEqualEarth().rotate([-centralMeridian, 0]).fitWidth(widthPx, { type: 'Sphere' });
  // Equal Earth maps each latitude to one height, so the band's top and bottom are read on any meridian.
  const top = projection([centralMeridian, north])?.[1] ?? 0;
  const bottom = projection([centralMeridian, south])?.[1] ?? 0;
  const [translateX, translateY] = projection.translate();
  projection.translate([translateX, translateY - top + EDGE_PAD_PX]);
  const heightPx = Math.ceil(bottom - top + 2 * EDGE_PAD_PX);

  const projected = points.map(
    (point): [number, number] => projection([point.lon, point.lat]) ?? [widthPx / 2, heightPx / 2],
  );
  if (projected.length === 0) return { projection, widthPx, heightPx, zoom: 1 };
  const xs = projected.map(([x]) => x);
  const ys = projected.map(([, y]) => y);
  const boxWidth = Math.max(...xs) - Math.min(...xs) + 2 * widthPx * ZOOM_PADDING_SHARE;
  const boxHeight = Math.max(...ys) - Math.min(...ys) + 2 * heightPx * ZOOM_PADDING_SHARE;
  const zoom = Math.min(MAX_ZOOM, widthPx / boxWidth, heightPx / boxHeight);
  if (zoom < MIN_USEFUL_ZOOM) return { projection, widthPx, heightPx, zoom: 1 };

  // Centre on the regions, but never so far that the view slides past the edge of the world band.
  const clamp = (value: number, size: number) => Math.min(size - size / (2 * zoom), Math.max(size / (2 * zoom), value));
  const centreX = clamp((Math.max(...xs) + Math.min(...xs)) / 2, widthPx);
  const centreY = clamp((Math.max(...ys) + Math.min(...ys)) / 2, heightPx);
  const [x0, y0] = projection.translate();
  projection
    .scale(projection.scale() * zoom)
    .translate([zoom * (x0 - centreX) + widthPx / 2, zoom * (y0 - centreY) + heightPx / 2]);
  return { projection, widthPx, heightPx, zoom };
}

/**
 * The dot under the pointer at (x, y): the one whose centre is nearest, among those whose edge lies within
 * `marginPx`. Nearest-centre (not topmost) so a big dot under small neighbours can still be reached.
 */
export function nearestPoint<T extends { readonly x: number; readonly y: number; readonly r: number }>(
  points: readonly T[],
  x: number,
  y: number,
  marginPx: number,
): T | undefined {
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const point of points) {
    const distance = Math.hypot(point.x - x, point.y - y);
    if (distance <= point.r + marginPx && distance < bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}
