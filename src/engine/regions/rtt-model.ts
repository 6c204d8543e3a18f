/**
 * Round-trip time between two places, from the length of the route the traffic takes.
 *
 *   rttMs = INTRA_METRO_RTT_MS + routeKm / 100 × FIBRE_FLOOR_MS_PER_100KM × routeFactor(routeKm)
 *   routeFactor(d) = LONG + (SHORT − LONG) × e^(−d / ROUTE_FACTOR_DECAY_KM)
 *
 * Short hops pay for detours to the nearest exchange; long hauls ride cables. `routeKm` is the great circle inside a
 * zone, and between zones the way through the gateways and cable links of corridors.ts (Cape Town to Singapore
 * through London and Marseille, Tel Aviv to Dubai through Europe and the Red Sea), drawn from the cable map and
 * checked against the AWS P50 calibration half (tests/engine/regions/fixtures) in and out of sample; the reasoning
 * and the error tables are in docs/rtt-model.md.
 */
import {
  CABLE_LINKS,
  findRouteZone,
  GATEWAY_POINTS,
  type Gateway,
  NEIGHBOUR_ZONES,
  type RouteZone,
  ZONE_GATEWAYS,
} from './corridors';
import { EARTH_MEAN_RADIUS_KM, type GeoPoint } from './geo';

/** Light in fibre travels ~200,000 km/s (refractive index ~1.5), so 100 km out and back take ~1 ms. */
export const FIBRE_FLOOR_MS_PER_100KM = 1;

/**
 * Round trip inside one metro, and the fixed cost of every route: Azure availability zones are "connected by
 * a high-performance network with a round-trip latency of less than 2 ms" (Microsoft Learn, "What are
 * availability zones?").
 */
export const INTRA_METRO_RTT_MS = 2;

/**
 * Measured over fibre floor on short hops: 2 to 3 times (product brief); 2.25 fits MEASURED_RTTS best. Refitted on
 * the AWS calibration half it would be 2.5 (with 1.44 and 2,250 km): no better there (docs/rtt-model.md, "Fitting"),
 * and Sydney–Melbourne would leave the 30% band.
 */
export const SHORT_HAUL_ROUTE_FACTOR = 2.25;

/** Measured over fibre floor on long routes: 1.2 to 1.5 times (product brief); 1.4 fits MEASURED_RTTS best. */
export const LONG_HAUL_ROUTE_FACTOR = 1.4;

/** Route length in km over which the short-haul surplus falls to 1/e; fitted to MEASURED_RTTS (grid search, 300-6,000 km). */
export const ROUTE_FACTOR_DECAY_KM = 2_500;

/**
 * Measured over fibre floor at this distance: SHORT_HAUL_ROUTE_FACTOR at 0 km, tending to LONG_HAUL_ROUTE_FACTOR.
 * distance × routeFactor(distance) keeps growing because its slope, smallest at twice the decay distance, is
 * LONG − (SHORT − LONG) × e^−2 ≈ 1.29 > 0: so the estimate never drops as places get farther apart.
 */
function routeFactor(distanceKm: number): number {
  const surplus = SHORT_HAUL_ROUTE_FACTOR - LONG_HAUL_ROUTE_FACTOR;
  return LONG_HAUL_ROUTE_FACTOR + surplus * Math.exp(-distanceKm / ROUTE_FACTOR_DECAY_KM);
}

/**
 * Estimated round-trip time in ms (1 decimal) over a route `distanceKm` long (great circle or routed, >= 0).
 * Never below the fibre floor (distanceKm / 100 ms) and non-decreasing in distance; 0 km gives
 * INTRA_METRO_RTT_MS. Throws a RangeError for a negative or non-finite distance (a programmer error).
 */
export function estimateRttMs(distanceKm: number): number {
  if (!Number.isFinite(distanceKm) || distanceKm < 0) {
    throw new RangeError(`distanceKm must be a finite number >= 0, got ${distanceKm}`);
  }
  return rttForDistanceMs(distanceKm);
}

/** `estimateRttMs` for a distance already known to be finite and >= 0 (the matrix's inner loop). */
function rttForDistanceMs(distanceKm: number): number {
  const pathMs = (distanceKm / 100) * FIBRE_FLOOR_MS_PER_100KM * routeFactor(distanceKm);
  return Math.round((INTRA_METRO_RTT_MS + pathMs) * 10) / 10;
}

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Added to every round trip between mainland China and the rest of the world (team's judgement, no published
 * median): cross-border traffic funnels through a few gateways (Beijing, Shanghai, Guangzhou to Hong Kong) where
 * filtering and peak-hour congestion add delay; dedicated lines (CN2, Alibaba CEN) add little, the public internet
 * tens of ms. routeUncertainty marks every such pair, so a measurement replaces it.
 */
export const CHINA_CROSS_BORDER_PENALTY_MS = 20;

/** A place with what the model needs, computed once (a 100-region matrix reuses each 99 times). */
export interface RoutePoint extends GeoPoint {
  /** Unit vector: x towards 0°E on the equator, y towards 90°E, z towards the north pole (= sin latitude). */
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly zone: RouteZone;
  /** Index of the zone in ZONES. */
  readonly zoneIndex: number;
  /** The zone's gateways (indexes into GATEWAYS) and the great-circle km from the place to each. */
  readonly gatewayIndexes: readonly number[];
  readonly gatewayKm: readonly number[];
}

const ZONES = Object.keys(ZONE_GATEWAYS) as RouteZone[];
const GATEWAYS = Object.keys(GATEWAY_POINTS) as Gateway[];

function toUnitVector(point: GeoPoint): { x: number; y: number; z: number } {
  const cosLat = Math.cos(point.lat * RADIANS_PER_DEGREE);
  return {
    x: cosLat * Math.cos(point.lon * RADIANS_PER_DEGREE),
    y: cosLat * Math.sin(point.lon * RADIANS_PER_DEGREE),
    z: Math.sin(point.lat * RADIANS_PER_DEGREE),
  };
}

type UnitVector = ReturnType<typeof toUnitVector>;

/** Great-circle distance from the chord between the unit vectors: one sqrt and one asin, no per-pair cos. */
function chordDistanceKm(a: UnitVector, b: UnitVector): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const dz = a.z - b.z;
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
}

const GATEWAY_VECTORS = GATEWAYS.map((gateway) => toUnitVector(GATEWAY_POINTS[gateway]));

/** Shortest km over CABLE_LINKS between every two gateways, and the next gateway on that way (Floyd–Warshall). */
const { gatewayKm: GATEWAY_KM, next: NEXT_GATEWAY } = (() => {
  const count = GATEWAYS.length;
  const gatewayKm = GATEWAYS.map((_, i) => GATEWAYS.map((__, j) => (i === j ? 0 : Number.POSITIVE_INFINITY)));
  const next = GATEWAYS.map((_, i) => GATEWAYS.map((__, j) => (i === j ? j : -1)));
  for (const [from, to] of CABLE_LINKS) {
    const i = GATEWAYS.indexOf(from);
    const j = GATEWAYS.indexOf(to);
    const km = chordDistanceKm(GATEWAY_VECTORS[i] as UnitVector, GATEWAY_VECTORS[j] as UnitVector);
    (gatewayKm[i] as number[])[j] = km;
    (gatewayKm[j] as number[])[i] = km;
    (next[i] as number[])[j] = j;
    (next[j] as number[])[i] = i;
  }
  for (let k = 0; k < count; k++) {
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < count; j++) {
        const viaK = (gatewayKm[i]?.[k] ?? 0) + (gatewayKm[k]?.[j] ?? 0);
        if (viaK < (gatewayKm[i]?.[j] ?? 0)) {
          (gatewayKm[i] as number[])[j] = viaK;
          (next[i] as number[])[j] = next[i]?.[k] ?? -1;
        }
      }
    }
  }
  return { gatewayKm, next };
})();

/** Whether two zones' places connect along the great circle: the same zone, neighbours, or a place in no zone. */
const CONNECTS_DIRECTLY: readonly (readonly boolean[])[] = ZONES.map((a) =>
  ZONES.map(
    (b) =>
      a === b ||
      a === 'elsewhere' ||
      b === 'elsewhere' ||
      NEIGHBOUR_ZONES.some(([x, y]) => (x === a && y === b) || (x === b && y === a)),
  ),
);

/** Prepares a place for `estimateRttBetweenPointsMs`. Throws a RangeError for a non-finite coordinate. */
export function toRoutePoint(point: GeoPoint): RoutePoint {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) {
    throw new RangeError(`coordinates must be finite numbers, got ${point.lat}, ${point.lon}`);
  }
  const vector = toUnitVector(point);
  const zone = findRouteZone(point);
  const gatewayIndexes = ZONE_GATEWAYS[zone].map((gateway) => GATEWAYS.indexOf(gateway));
  return {
    lat: point.lat,
    lon: point.lon,
    ...vector,
    zone,
    zoneIndex: ZONES.indexOf(zone),
    gatewayIndexes,
    gatewayKm: gatewayIndexes.map((index) => chordDistanceKm(vector, GATEWAY_VECTORS[index] as UnitVector)),
  };
}

/** Whether (a, b) and (b, a) should swap, so both orders run the very same floating-point operations. */
function comesAfter(a: GeoPoint, b: GeoPoint): boolean {
  return a.lat > b.lat || (a.lat === b.lat && a.lon > b.lon);
}

/** The cheapest way from a to b through gateways: its km and the gateways where it leaves a's zone and enters b's. */
function bestGatewayRoute(a: RoutePoint, b: RoutePoint): { km: number; from: number; to: number } {
  let best = { km: Number.POSITIVE_INFINITY, from: -1, to: -1 };
  for (let i = 0; i < a.gatewayIndexes.length; i++) {
    const from = a.gatewayIndexes[i] as number;
    const legKm = a.gatewayKm[i] as number;
    const row = GATEWAY_KM[from] as number[];
    for (let j = 0; j < b.gatewayIndexes.length; j++) {
      const to = b.gatewayIndexes[j] as number;
      const km = legKm + (row[to] as number) + (b.gatewayKm[j] as number);
      if (km < best.km) best = { km, from, to };
    }
  }
  return best;
}

/** `bestGatewayRoute(a, b).km` without allocating: the matrix's inner loop. */
function gatewayRouteKm(a: RoutePoint, b: RoutePoint): number {
  let bestKm = Number.POSITIVE_INFINITY;
  for (let i = 0; i < a.gatewayIndexes.length; i++) {
    const row = GATEWAY_KM[a.gatewayIndexes[i] as number] as number[];
    const legKm = a.gatewayKm[i] as number;
    for (let j = 0; j < b.gatewayIndexes.length; j++) {
      const km = legKm + (row[b.gatewayIndexes[j] as number] as number) + (b.gatewayKm[j] as number);
      if (km < bestKm) bestKm = km;
    }
  }
  return bestKm;
}

/** Route length in km for a pair already in fixed order: the great circle, or the way through gateways. */
function routeKmBetween(a: RoutePoint, b: RoutePoint, distanceKm: number): number {
  if (CONNECTS_DIRECTLY[a.zoneIndex]?.[b.zoneIndex]) return distanceKm;
  return Math.max(distanceKm, gatewayRouteKm(a, b));
}

function crossesChinaBorder(a: RoutePoint, b: RoutePoint): boolean {
  return (a.zone === 'mainland-china') !== (b.zone === 'mainland-china');
}

/**
 * Estimated round trip between two places, ms (1 decimal): `estimateRttMs` of the route's length (see `findRoute`),
 * plus CHINA_CROSS_BORDER_PENALTY_MS between mainland China and elsewhere. Symmetric, never below
 * `estimateRttMs(greatCircleDistanceKm(a, b))` (hence never below the fibre floor), and `estimateRttMs(0)` for the
 * same place. Throws a RangeError for a non-finite coordinate (a programmer error).
 */
export function estimateRttBetweenMs(a: GeoPoint, b: GeoPoint): number {
  return estimateRttBetweenPointsMs(toRoutePoint(a), toRoutePoint(b));
}

/** `estimateRttBetweenMs` for places prepared once with `toRoutePoint`: the fast path for whole matrices. */
export function estimateRttBetweenPointsMs(a: RoutePoint, b: RoutePoint): number {
  // One fixed order, so (a, b) and (b, a) run the very same floating-point operations.
  if (comesAfter(a, b)) return estimateRttBetweenPointsMs(b, a);
  const rttMs = rttForDistanceMs(routeKmBetween(a, b, chordDistanceKm(a, b)));
  return crossesChinaBorder(a, b) ? Math.round((rttMs + CHINA_CROSS_BORDER_PENALTY_MS) * 10) / 10 : rttMs;
}

/** The way the model routes a pair: each end's zone, the gateways passed in order, and the lengths in km. */
export interface Route {
  readonly zones: readonly [RouteZone, RouteZone];
  /** Gateways from a to b; empty when the route follows the great circle. */
  readonly gateways: readonly Gateway[];
  readonly distanceKm: number;
  /** At least distanceKm. */
  readonly routeKm: number;
}

/** How `estimateRttBetweenMs` routes a and b (for explanations, tests and docs; the matrix never builds it). */
export function findRoute(a: GeoPoint, b: GeoPoint): Route {
  const pa = toRoutePoint(a);
  const pb = toRoutePoint(b);
  const swap = comesAfter(pa, pb);
  const [first, second] = swap ? [pb, pa] : [pa, pb];
  const distanceKm = chordDistanceKm(first, second);
  const routeKm = routeKmBetween(first, second, distanceKm);
  let gateways: Gateway[] = [];
  if (!CONNECTS_DIRECTLY[first.zoneIndex]?.[second.zoneIndex] && routeKm > distanceKm) {
    const { from, to } = bestGatewayRoute(first, second);
    const indexes = [from];
    for (let at = from; at !== to; at = NEXT_GATEWAY[at]?.[to] ?? to) indexes.push(NEXT_GATEWAY[at]?.[to] ?? to);
    gateways = indexes.map((index) => GATEWAYS[index] as Gateway);
    if (swap) gateways.reverse();
  }
  return { zones: [pa.zone, pb.zone], gateways, distanceKm, routeKm };
}

/**
 * Corridors whose estimate the model knows to be shaky, so the advice can mark it and invite a measurement:
 * - 'china-cross-border': mainland China and elsewhere. No published median; CHINA_CROSS_BORDER_PENALTY_MS is a
 *   judgement, and the cross-border links are filtered, lossy and change with the line bought.
 * - 'africa-via-europe': Africa and anywhere but Europe. AWS routes Cape Town through London (Cape Town–Singapore
 *   317 ms); networks on the direct cables (SACS to Brazil, 2Africa and SEACOM to the Gulf and India) take half that.
 * - 'levant-via-europe': Israel and its neighbours and anywhere but Europe, routed through Marseille (Tel Aviv–Dubai
 *   147 ms over 2,137 km); an overland route through Jordan and Saudi Arabia would take a third of it.
 * - 'south-america-via-us': South America and anywhere but North America, routed through New York (London–São Paulo
 *   187 ms); EllaLink (Sines–Fortaleza) gives networks that use it about 110 ms.
 * - 'uncharted': a place in no zone of corridors.ts (Central Asia, Iran, Mongolia, the open ocean) or in North Africa:
 *   no published median checks the route, which is taken as the great circle.
 */
export type UncertainCorridor =
  | 'china-cross-border'
  | 'africa-via-europe'
  | 'levant-via-europe'
  | 'south-america-via-us'
  | 'uncharted';

export interface RouteUncertainty {
  readonly corridor: UncertainCorridor;
}

/** Zones with no published median at all: their routes are a guess from the map. */
const UNCHARTED_ZONES: ReadonlySet<RouteZone> = new Set<RouteZone>(['elsewhere', 'north-africa']);

/** Zones reached through a hub far off the great circle, and the zone their traffic is not detoured for. */
const HUB_DETOURS: readonly (readonly [RouteZone, RouteZone, UncertainCorridor])[] = [
  ['africa', 'europe', 'africa-via-europe'],
  ['levant', 'europe', 'levant-via-europe'],
  ['south-america', 'north-america', 'south-america-via-us'],
];

/** `routeUncertainty` for places prepared with `toRoutePoint` (for whole matrices). */
export function routeUncertaintyBetweenPoints(a: RoutePoint, b: RoutePoint): RouteUncertainty | null {
  if (a.lat === b.lat && a.lon === b.lon) return null;
  if (crossesChinaBorder(a, b)) return { corridor: 'china-cross-border' };
  if (a.zone === b.zone) return null;
  if (UNCHARTED_ZONES.has(a.zone) || UNCHARTED_ZONES.has(b.zone)) return { corridor: 'uncharted' };
  for (const [zone, exempt, corridor] of HUB_DETOURS) {
    if ((a.zone === zone && b.zone !== exempt) || (b.zone === zone && a.zone !== exempt)) return { corridor };
  }
  return null;
}

/**
 * Whether the estimate between two places lies on a corridor the model knows to be uncertain (see
 * UncertainCorridor), and which; null when the corridor is checked against published medians (two places in one
 * zone, or zones the fitted pairs cover). Symmetric. Throws a RangeError for a non-finite coordinate.
 */
export function routeUncertainty(a: GeoPoint, b: GeoPoint): RouteUncertainty | null {
  return routeUncertaintyBetweenPoints(toRoutePoint(a), toRoutePoint(b));
}
