/**
 * Round-trip time between two regions estimated from their great-circle distance.
 *
 *   rttMs = INTRA_METRO_RTT_MS + distanceKm / 100 × FIBRE_FLOOR_MS_PER_100KM × routeFactor(distanceKm)
 *   routeFactor(d) = LONG + (SHORT − LONG) × e^(−d / ROUTE_FACTOR_DECAY_KM)
 *
 * Short hops pay for detours to the nearest exchange; long hauls ride cables that hug the great circle.
 * Fitted to `MEASURED_RTTS` (rtt-calibration.ts). Where no cable follows the great circle (Europe to East Asia
 * over Siberia, Africa or South America to Australia over the Southern Ocean), `estimateRttBetweenMs` feeds the
 * same formula the length of the route the traffic really takes. The reasoning and the error tables are in
 * docs/rtt-model.md.
 */
import { EARTH_MEAN_RADIUS_KM, type GeoPoint } from './geo';

/** Light in fibre travels ~200,000 km/s (refractive index ~1.5), so 100 km out and back take ~1 ms. */
export const FIBRE_FLOOR_MS_PER_100KM = 1;

/**
 * Round trip inside one metro, and the fixed cost of every route: Azure availability zones are "connected by
 * a high-performance network with a round-trip latency of less than 2 ms" (Microsoft Learn, "What are
 * availability zones?").
 */
export const INTRA_METRO_RTT_MS = 2;

/** Measured over fibre floor on short hops: 2 to 3 times on short routes (product brief); 2.25 fits MEASURED_RTTS best. */
export const SHORT_HAUL_ROUTE_FACTOR = 2.25;

/** Measured over fibre floor on long hauls: 1.2 to 1.5 times (product brief); 1.4 fits MEASURED_RTTS best. */
export const LONG_HAUL_ROUTE_FACTOR = 1.4;

/** Distance in km over which the short-haul surplus falls to 1/e; fitted to MEASURED_RTTS (grid search, 300-6,000 km). */
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
 * Estimated round-trip time in ms (1 decimal) between two places `distanceKm` apart (great circle, >= 0).
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

/** A latitude/longitude rectangle in degrees; minLonDeg < maxLonDeg and the box does not cross the antimeridian. */
export interface LatLonBox {
  readonly minLatDeg: number;
  readonly maxLatDeg: number;
  readonly minLonDeg: number;
  readonly maxLonDeg: number;
}

/**
 * Central Asia and Siberia, 40–75°N × 70–110°E (eastern Kazakhstan, Xinjiang, Mongolia, Siberia to Lake Baikal):
 * no cloud backbone crosses it, so Europe–East Asia traffic takes the Suez and Indian Ocean cables instead.
 * Bounds checked against 591 published pairs in docs/rtt-model.md (stretched to 60–120°E it inflates US East–India).
 */
export const INNER_EURASIA_BOX: LatLonBox = { minLatDeg: 40, maxLatDeg: 75, minLonDeg: 70, maxLonDeg: 110 };

/**
 * Singapore, where the Europe–Asia cables turn north: SEA-ME-WE 5 and 6 run Marseille–Egypt–Singapore and
 * AAE-1 Marseille–Egypt–Singapore–Hong Kong (consortium announcements, 2014–2022).
 */
export const MALACCA_GATEWAY: GeoPoint = { lat: 1.35, lon: 103.82 };

/**
 * No intercontinental cable runs south of 45°S: Cape Town–Sydney (409 ms) ≈ Cape Town–London (151) + London–Sydney
 * (266), and São Paulo–Sydney (312) ≈ São Paulo–Oregon (175) + Oregon–Sydney (141) (cloudping.co AWS P50).
 */
export const SOUTHERN_OCEAN_MAX_LAT_DEG = -45;

/**
 * Route length over great circle for paths crossing the Southern Ocean: about 2.6 via Europe (Africa–Australia)
 * and 1.7 via North America (South America–Australia). Over the 13 published pairs, 2.03 minimises the largest
 * error (29.9%); rounded to 2 it is 30.9% (Cape Town–Melbourne).
 */
export const SOUTHERN_OCEAN_DETOUR_FACTOR = 2;

/** Interior points tested along the great circle: 23 points, at most ~830 km apart on the longest path. */
export const ROUTE_SAMPLE_COUNT = 24;

/** How a route leaves the great circle: not at all, through Singapore, or the long way round the Southern Ocean. */
export type RouteDetour = 'none' | 'via-malacca' | 'round-southern-ocean';

const RADIANS_PER_DEGREE = Math.PI / 180;

// The box tests run on unit vectors, so the sampling loop needs no asin or atan2.
const SIN_INNER_MIN_LAT = Math.sin(INNER_EURASIA_BOX.minLatDeg * RADIANS_PER_DEGREE);
const SIN_INNER_MAX_LAT = Math.sin(INNER_EURASIA_BOX.maxLatDeg * RADIANS_PER_DEGREE);
const COS_INNER_MIN_LON = Math.cos(INNER_EURASIA_BOX.minLonDeg * RADIANS_PER_DEGREE);
const SIN_INNER_MIN_LON = Math.sin(INNER_EURASIA_BOX.minLonDeg * RADIANS_PER_DEGREE);
const COS_INNER_MAX_LON = Math.cos(INNER_EURASIA_BOX.maxLonDeg * RADIANS_PER_DEGREE);
const SIN_INNER_MAX_LON = Math.sin(INNER_EURASIA_BOX.maxLonDeg * RADIANS_PER_DEGREE);
const SIN_SOUTHERN_OCEAN_MAX_LAT = Math.sin(SOUTHERN_OCEAN_MAX_LAT_DEG * RADIANS_PER_DEGREE);

/**
 * Routes shorter than this follow their great circle: both detours only matter on intercontinental paths
 * (Europe–East Asia is 8,000 km and more), and skipping the sampling keeps 100 regions' matrix well under 1 ms.
 */
export const MIN_DETOUR_DISTANCE_KM = 4_000;

/** Slack on the arc's height range before it rules out sampling: rounding never decides whether an arc is sampled. */
const Z_MARGIN = 1e-9;

/** Central angles closer than this to 0 or π (about 6 mm) have no single great circle worth sampling. */
const DEGENERATE_ANGLE_RAD = 1e-9;

/** A place with the trigonometry the model needs, computed once (a 100-region matrix reuses each 99 times). */
export interface RoutePoint extends GeoPoint {
  /** Unit vector: x towards 0°E on the equator, y towards 90°E, z towards the north pole (= sin latitude). */
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly inInnerEurasia: boolean;
}

/** Prepares a place for `estimateRttBetweenPointsMs`. */
export function toRoutePoint(point: GeoPoint): RoutePoint {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) {
    throw new RangeError(`coordinates must be finite numbers, got ${point.lat}, ${point.lon}`);
  }
  const cosLat = Math.cos(point.lat * RADIANS_PER_DEGREE);
  return {
    lat: point.lat,
    lon: point.lon,
    x: cosLat * Math.cos(point.lon * RADIANS_PER_DEGREE),
    y: cosLat * Math.sin(point.lon * RADIANS_PER_DEGREE),
    z: Math.sin(point.lat * RADIANS_PER_DEGREE),
    inInnerEurasia: isInInnerEurasia(point),
  };
}

/** Great-circle distance from the chord between the unit vectors: one sqrt and one asin, no per-pair cos. */
function chordDistanceKm(a: RoutePoint, b: RoutePoint): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const dz = a.z - b.z;
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
}

function isInInnerEurasia(point: GeoPoint): boolean {
  const box = INNER_EURASIA_BOX;
  return (
    point.lat >= box.minLatDeg && point.lat <= box.maxLatDeg && point.lon >= box.minLonDeg && point.lon <= box.maxLonDeg
  );
}

/** The same test for a unit vector (x, y, z), where z is the sine of the latitude. */
function isUnitVectorInInnerEurasia(x: number, y: number, z: number): boolean {
  return (
    z >= SIN_INNER_MIN_LAT &&
    z <= SIN_INNER_MAX_LAT &&
    COS_INNER_MIN_LON * y - SIN_INNER_MIN_LON * x >= 0 && // east of the box's western meridian
    SIN_INNER_MAX_LON * x - COS_INNER_MAX_LON * y >= 0 // west of its eastern meridian
  );
}

/** Whether (a, b) and (b, a) should swap, so both orders run the very same floating-point operations. */
function comesAfter(a: GeoPoint, b: GeoPoint): boolean {
  return a.lat > b.lat || (a.lat === b.lat && a.lon > b.lon);
}

/**
 * ((value % 360) + 360) % 360, bit for bit, without the floating-point `%` (a library call, and the largest cost of a
 * 100-region matrix). Below 720 in size, each subtraction of 360 is exact (Sterbenz), as fmod is.
 */
function positiveModulo360(value: number): number {
  if (!(Math.abs(value) < 720)) return ((value % 360) + 360) % 360;
  const remainder = value >= 360 ? value - 360 : value <= -360 ? value + 360 : value;
  const shifted = remainder + 360;
  return shifted >= 360 ? shifted - 360 : shifted;
}

/** Whether the shorter way from longitude `fromDeg` to `toDeg` passes any longitude of [minDeg, maxDeg]. */
function longitudeSpanMeets(fromDeg: number, toDeg: number, minDeg: number, maxDeg: number): boolean {
  const delta = positiveModulo360(toDeg - fromDeg + 180) - 180;
  if (Math.abs(delta) >= 179.999) return true; // over a pole: longitude jumps, so sample to be sure
  const start = delta >= 0 ? fromDeg : fromDeg + delta;
  const span = Math.abs(delta);
  return positiveModulo360(minDeg - start) <= span || positiveModulo360(start - minDeg) <= maxDeg - minDeg;
}

function detourAlong(a: RoutePoint, b: RoutePoint, distanceKm: number): RouteDetour {
  // A place inside a box is served from inside it, so only routes passing through count.
  // Cheap necessary conditions first: a minor arc stays in the hemisphere of its two ends, and its longitude
  // moves monotonically from one end to the other, so most pairs need no sampling at all.
  const checkInnerEurasia =
    !a.inInnerEurasia &&
    !b.inInnerEurasia &&
    (a.lat > 0 || b.lat > 0) &&
    longitudeSpanMeets(a.lon, b.lon, INNER_EURASIA_BOX.minLonDeg, INNER_EURASIA_BOX.maxLonDeg);
  const checkSouthernOcean =
    a.lat >= SOUTHERN_OCEAN_MAX_LAT_DEG && b.lat >= SOUTHERN_OCEAN_MAX_LAT_DEG && (a.lat < 0 || b.lat < 0);
  const angle = distanceKm / EARTH_MEAN_RADIUS_KM;
  const hasOneGreatCircle = angle >= DEGENERATE_ANGLE_RAD && angle <= Math.PI - DEGENERATE_ANGLE_RAD; // false for NaN
  if (!(checkInnerEurasia || checkSouthernOcean) || !hasOneGreatCircle || distanceKm < MIN_DETOUR_DISTANCE_KM) {
    return 'none';
  }
  const { x: ax, y: ay, z: az } = a;
  const { x: bx, y: by, z: bz } = b;
  // Walk the arc by rotation: p(t) = cos t · a + sin t · u, with u the unit vector towards b in the arc's plane,
  // stepping t by angle / ROUTE_SAMPLE_COUNT. Two trig calls per pair instead of two per sample.
  const cosAngle = Math.cos(angle);
  const sinAngle = Math.sin(angle);
  const ux = (bx - cosAngle * ax) / sinAngle;
  const uy = (by - cosAngle * ay) / sinAngle;
  const uz = (bz - cosAngle * az) / sinAngle;
  // Most arcs stay clear of both boxes' latitudes. The height z(t) = cos t · az + sin t · uz is a sinusoid, so
  // over an arc shorter than half a circle it has at most one turning point, and its true range bounds every
  // sample's: an arc that never reaches a box's latitudes needs no sampling, and the answer is the same.
  const endSlope = cosAngle * uz - sinAngle * az; // dz/dt at b; dz/dt at a is uz
  const turningHeight = Math.sqrt(az * az + uz * uz);
  const highestZ = uz > 0 && endSlope < 0 ? turningHeight : Math.max(az, bz);
  const lowestZ = uz < 0 && endSlope > 0 ? -turningHeight : Math.min(az, bz);
  const mayMeetInnerEurasia =
    checkInnerEurasia && highestZ >= SIN_INNER_MIN_LAT - Z_MARGIN && lowestZ <= SIN_INNER_MAX_LAT + Z_MARGIN;
  const mayMeetSouthernOcean = checkSouthernOcean && lowestZ < SIN_SOUTHERN_OCEAN_MAX_LAT + Z_MARGIN;
  if (!(mayMeetInnerEurasia || mayMeetSouthernOcean)) return 'none';
  const stepCos = Math.cos(angle / ROUTE_SAMPLE_COUNT);
  const stepSin = Math.sin(angle / ROUTE_SAMPLE_COUNT);
  let cos = 1;
  let sin = 0;
  let crossesSouthernOcean = false;
  for (let step = 1; step < ROUTE_SAMPLE_COUNT; step += 1) {
    const nextCos = cos * stepCos - sin * stepSin;
    sin = sin * stepCos + cos * stepSin;
    cos = nextCos;
    const z = cos * az + sin * uz;
    if (mayMeetInnerEurasia && isUnitVectorInInnerEurasia(cos * ax + sin * ux, cos * ay + sin * uy, z)) {
      return 'via-malacca';
    }
    if (mayMeetSouthernOcean && z < SIN_SOUTHERN_OCEAN_MAX_LAT) crossesSouthernOcean = true;
  }
  return crossesSouthernOcean ? 'round-southern-ocean' : 'none';
}

/**
 * The detour the traffic between two places takes: 'via-malacca' when the great circle crosses INNER_EURASIA_BOX,
 * else 'round-southern-ocean' when it dips south of SOUTHERN_OCEAN_MAX_LAT_DEG, else 'none'. A box holding either
 * place does not count. Symmetric; 'none' for the same place and for antipodes (no single great circle).
 */
export function findRouteDetour(a: GeoPoint, b: GeoPoint): RouteDetour {
  const pa = toRoutePoint(a);
  const pb = toRoutePoint(b);
  if (comesAfter(pa, pb)) return detourAlong(pb, pa, chordDistanceKm(pb, pa));
  return detourAlong(pa, pb, chordDistanceKm(pa, pb));
}

/**
 * Estimated round trip between two places, ms: distance model plus a detour where no direct long-haul fibre follows
 * the great circle. `estimateRttMs` of the great-circle distance, except through Singapore ('via-malacca') or at
 * SOUTHERN_OCEAN_DETOUR_FACTOR times the distance ('round-southern-ocean'); see `findRouteDetour`. Symmetric, never
 * below `estimateRttMs(greatCircleDistanceKm(a, b))`, and `estimateRttMs(0)` for the same place. Throws a RangeError
 * for a non-finite coordinate (a programmer error).
 */
export function estimateRttBetweenMs(a: GeoPoint, b: GeoPoint): number {
  return estimateRttBetweenPointsMs(toRoutePoint(a), toRoutePoint(b));
}

const MALACCA_ROUTE_POINT = toRoutePoint(MALACCA_GATEWAY);

/** `estimateRttBetweenMs` for places prepared once with `toRoutePoint`: the fast path for whole matrices. */
export function estimateRttBetweenPointsMs(a: RoutePoint, b: RoutePoint): number {
  // One fixed order, so (a, b) and (b, a) run the very same floating-point operations.
  if (comesAfter(a, b)) return estimateRttBetweenPointsMs(b, a);
  const distanceKm = chordDistanceKm(a, b);
  switch (detourAlong(a, b, distanceKm)) {
    case 'via-malacca': {
      const viaKm = chordDistanceKm(a, MALACCA_ROUTE_POINT) + chordDistanceKm(MALACCA_ROUTE_POINT, b);
      return rttForDistanceMs(Math.max(distanceKm, viaKm));
    }
    case 'round-southern-ocean':
      return rttForDistanceMs(distanceKm * SOUTHERN_OCEAN_DETOUR_FACTOR);
    case 'none':
      return rttForDistanceMs(distanceKm);
  }
}
