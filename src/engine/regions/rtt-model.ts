/**
 * Round-trip time between two regions estimated from their great-circle distance alone.
 *
 *   rttMs = INTRA_METRO_RTT_MS + distanceKm / 100 × FIBRE_FLOOR_MS_PER_100KM × routeFactor(distanceKm)
 *   routeFactor(d) = LONG + (SHORT − LONG) × e^(−d / ROUTE_FACTOR_DECAY_KM)
 *
 * Short hops pay for detours to the nearest exchange; long hauls ride cables that hug the great circle.
 * Fitted to `MEASURED_RTTS` (rtt-calibration.ts); the reasoning and the error table are in docs/rtt-model.md.
 */

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
  const pathMs = (distanceKm / 100) * FIBRE_FLOOR_MS_PER_100KM * routeFactor(distanceKm);
  return Math.round((INTRA_METRO_RTT_MS + pathMs) * 10) / 10;
}
