/**
 * The country a place is in, for custom sites (catalog regions carry theirs): jurisdictions name the countries their
 * planes may run in, and a custom site's country decides whether it may host one. The outlines are Natural Earth's
 * at 1:110m simplified to 0.5° (country-outlines.ts, about 6 KB gzip), so the engine never loads the 105 KB borders
 * file the map draws; docs/scoring.md ("Countries") says what that costs in precision.
 */
import { type CatalogRegion, regionCatalog } from './catalog';
import { HONG_KONG_BOX, isInMainlandChina, MACAU_BOX } from './corridors';
import { OUTLINE_ALPHABET, OUTLINE_UNITS_PER_DEGREE } from './country-outline-format';
import { COUNTRY_OUTLINES, ISO_COUNTRY_CODES } from './country-outlines';
import { type GeoPoint, greatCircleDistanceKm } from './geo';

/** ISO 3166-1 alpha-2 code of each English country name the catalog uses. */
const CATALOG_COUNTRY_CODES: Readonly<Record<string, string>> = {
  Australia: 'AU',
  Austria: 'AT',
  Bahrain: 'BH',
  Belgium: 'BE',
  Brazil: 'BR',
  Canada: 'CA',
  Chile: 'CL',
  China: 'CN',
  Finland: 'FI',
  France: 'FR',
  Germany: 'DE',
  'Hong Kong': 'HK',
  India: 'IN',
  Indonesia: 'ID',
  Ireland: 'IE',
  Israel: 'IL',
  Italy: 'IT',
  Japan: 'JP',
  Malaysia: 'MY',
  Mexico: 'MX',
  Netherlands: 'NL',
  'New Zealand': 'NZ',
  Norway: 'NO',
  Philippines: 'PH',
  Poland: 'PL',
  Qatar: 'QA',
  'Saudi Arabia': 'SA',
  Singapore: 'SG',
  'South Africa': 'ZA',
  'South Korea': 'KR',
  Spain: 'ES',
  Sweden: 'SE',
  Switzerland: 'CH',
  Taiwan: 'TW',
  Thailand: 'TH',
  'United Arab Emirates': 'AE',
  'United Kingdom': 'GB',
  'United States': 'US',
};

/** The ISO code of a catalog region's country. */
export function catalogCountryCode(region: CatalogRegion): string {
  const code = CATALOG_COUNTRY_CODES[region.country];
  if (code === undefined) throw new Error(`no ISO code for the catalog's country "${region.country}"`);
  return code;
}

const COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_COUNTRY_CODES.match(/../g) ?? []);

/** Whether `code` is an ISO 3166-1 alpha-2 country code (upper case, as "DE" or "GB"). */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

interface Ring {
  readonly code: string;
  /** Longitude, latitude, longitude, latitude, ... in degrees. */
  readonly points: Float64Array;
  readonly minLon: number;
  readonly maxLon: number;
  readonly minLat: number;
  readonly maxLat: number;
  /** The box's area in square degrees: a place inside two rings (an enclave) belongs to the smaller. */
  readonly boxArea: number;
}

const DIGIT_VALUES: ReadonlyMap<string, number> = new Map([...OUTLINE_ALPHABET].map((digit, value) => [digit, value]));

function decodeRing(code: string, text: string): Ring {
  const values: number[] = [];
  let current = 0;
  let shift = 0;
  for (const digit of text) {
    const value = DIGIT_VALUES.get(digit) ?? 0;
    current |= (value & 31) << shift;
    shift += 5;
    if (value < 32) {
      values.push(current & 1 ? -((current + 1) / 2) : current / 2);
      current = 0;
      shift = 0;
    }
  }
  const points = new Float64Array(values.length);
  let lon = 0;
  let lat = 0;
  let minLon = 180;
  let maxLon = -180;
  let minLat = 90;
  let maxLat = -90;
  for (let i = 0; i + 1 < values.length; i += 2) {
    lon += values[i] as number;
    lat += values[i + 1] as number;
    const lonDeg = lon / OUTLINE_UNITS_PER_DEGREE;
    const latDeg = lat / OUTLINE_UNITS_PER_DEGREE;
    points[i] = lonDeg;
    points[i + 1] = latDeg;
    minLon = Math.min(minLon, lonDeg);
    maxLon = Math.max(maxLon, lonDeg);
    minLat = Math.min(minLat, latDeg);
    maxLat = Math.max(maxLat, latDeg);
  }
  return { code, points, minLon, maxLon, minLat, maxLat, boxArea: (maxLon - minLon) * (maxLat - minLat) };
}

/** Decoded once when the module loads: about 1,500 vertices, well under a millisecond. */
const RINGS: readonly Ring[] = COUNTRY_OUTLINES.flatMap(([code, rings]) =>
  rings.split(' ').map((text) => decodeRing(code, text)),
);

/** Even–odd ray casting on the plate carrée (as corridors.ts does for mainland China's outline). */
function isInRing(lon: number, lat: number, ring: Ring): boolean {
  const { points } = ring;
  let inside = false;
  for (let i = 0, j = points.length - 2; i < points.length; j = i, i += 2) {
    const lonI = points[i] as number;
    const latI = points[i + 1] as number;
    const lonJ = points[j] as number;
    const latJ = points[j + 1] as number;
    if (latI > lat !== latJ > lat && lon < lonI + ((lat - latI) / (latJ - latI)) * (lonJ - lonI)) inside = !inside;
  }
  return inside;
}

/** Distance in degrees (plate carrée, longitude scaled by the latitude's cosine) from a place to a ring's edges. */
function degreesToRing(lon: number, lat: number, ring: Ring): number {
  const scale = Math.cos((lat * Math.PI) / 180);
  const { points } = ring;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0, j = points.length - 2; i < points.length; j = i, i += 2) {
    const ax = ((points[j] as number) - lon) * scale;
    const ay = (points[j + 1] as number) - lat;
    const bx = ((points[i] as number) - lon) * scale;
    const by = (points[i + 1] as number) - lat;
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/**
 * A catalog region this close is in the same metro, so the site shares its country: small states the 1:110m map
 * leaves out (Singapore, Bahrain, Hong Kong) are known this way. Team's judgement: a metro's radius.
 */
export const SAME_METRO_KM = 25;
/**
 * A place outside every outline but this close to one (a coastal city the simplified coast cuts off) is in that
 * country. Team's judgement: the simplification's own tolerance, 0.5°.
 */
const COAST_TOLERANCE_DEGREES = 0.5;

const isInBox = (point: GeoPoint, box: typeof HONG_KONG_BOX) =>
  point.lat >= box.minLatDeg && point.lat <= box.maxLatDeg && point.lon >= box.minLonDeg && point.lon <= box.maxLonDeg;

/**
 * The ISO 3166-1 alpha-2 code of the country a place is in, or null at sea and in Antarctica. Good to some 50 km
 * near a border; a site closer than that to one is best named in a jurisdiction's `allowedLocations` by its id.
 */
export function countryAt(point: GeoPoint): string | null {
  if (isInMainlandChina(point)) return 'CN';
  if (isInBox(point, HONG_KONG_BOX)) return 'HK';
  if (isInBox(point, MACAU_BOX)) return 'MO';
  let nearestCatalog: CatalogRegion | null = null;
  let nearestKm = SAME_METRO_KM;
  for (const region of regionCatalog) {
    const km = greatCircleDistanceKm(point, region);
    if (km <= nearestKm) {
      nearestKm = km;
      nearestCatalog = region;
    }
  }
  if (nearestCatalog) return catalogCountryCode(nearestCatalog);
  let inside: Ring | null = null;
  let nearest: Ring | null = null;
  let nearestDegrees = COAST_TOLERANCE_DEGREES;
  for (const ring of RINGS) {
    const margin = COAST_TOLERANCE_DEGREES;
    if (
      point.lon < ring.minLon - margin ||
      point.lon > ring.maxLon + margin ||
      point.lat < ring.minLat - margin ||
      point.lat > ring.maxLat + margin
    ) {
      continue;
    }
    if (isInRing(point.lon, point.lat, ring)) {
      if (inside === null || ring.boxArea < inside.boxArea) inside = ring;
      continue;
    }
    const degrees = degreesToRing(point.lon, point.lat, ring);
    if (degrees < nearestDegrees) {
      nearestDegrees = degrees;
      nearest = ring;
    }
  }
  // Mainland China is told by its own outline above; the 1:110m "China" ring also covers Hong Kong and Macau.
  const code = inside?.code ?? nearest?.code ?? null;
  return code === 'CN' ? null : code;
}
