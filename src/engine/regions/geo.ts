export interface GeoPoint {
  /** Latitude in degrees, -90..90. */
  readonly lat: number;
  /** Longitude in degrees, -180..180. */
  readonly lon: number;
}

/** Mean Earth radius in km (IUGG mean radius R1 = 6371.0088 km, Moritz, "Geodetic Reference System 1980"). */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Great-circle (haversine) distance in km between two points on a sphere of the mean Earth radius.
 * Symmetric, 0 for the same point, at most half the circumference (~20,015 km).
 */
export function greatCircleDistanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RADIANS_PER_DEGREE;
  const dLon = (b.lon - a.lon) * RADIANS_PER_DEGREE;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RADIANS_PER_DEGREE) * Math.cos(b.lat * RADIANS_PER_DEGREE) * Math.sin(dLon / 2) ** 2;
  // Clamp: rounding can push h a hair above 1 for antipodal points, and asin(>1) is NaN.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}
