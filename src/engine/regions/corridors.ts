/**
 * The corridors round trips really take between parts of the world: zones (by latitude/longitude, so a custom site
 * anywhere has one), the gateways where a zone's traffic leaves it (landing stations and exchange points), and the
 * cable links between gateways. `rtt-model.ts` turns them into a route length; docs/rtt-model.md explains each choice.
 * Pure data and geometry: no region ids, so a custom site gets the same corridors as a catalog region beside it.
 */
import type { GeoPoint } from './geo';

/** Landing stations and exchange points the inter-region routes are seen to pass (docs/rtt-model.md, "Corridors"). */
export type Gateway =
  | 'halifax'
  | 'new-york'
  | 'pacific-northwest'
  | 'los-angeles'
  | 'london'
  | 'marseille'
  | 'suez'
  | 'jeddah'
  | 'djibouti'
  | 'mumbai'
  | 'singapore'
  | 'hong-kong'
  | 'shanghai'
  | 'guam';

/** Where each gateway is (metro-level, 2 decimals), and why the routes pass it. */
export const GATEWAY_POINTS: Readonly<Record<Gateway, GeoPoint>> = {
  // The transatlantic cables from New York and Virginia (MAREA, Dunant, Hibernia Express) run past Nova Scotia.
  halifax: { lat: 44.65, lon: -63.57 },
  // US East landing of the South America cables (Seabras-1 Wall Township–Santos, Monet and BRUSA nearby).
  'new-york': { lat: 40.71, lon: -74.01 },
  // Oregon landings of the transpacific cables (Jupiter, FASTER, NCP, Hawaiki to Australia and New Zealand).
  'pacific-northwest': { lat: 45.52, lon: -122.99 },
  // California landings of the cables to Australia and New Zealand (Southern Cross at Morro Bay, Southern Cross NEXT).
  'los-angeles': { lat: 34.05, lon: -118.24 },
  // London: UK landings of the Atlantic cables and of the west-African cables to South Africa (WACS, Equiano, 2Africa).
  london: { lat: 51.51, lon: -0.13 },
  // Marseille: Europe's landing of the Suez cables (SEA-ME-WE 5 and 6, AAE-1, PEACE, 2Africa) and the Med cables.
  marseille: { lat: 43.3, lon: 5.37 },
  // Every Europe–Asia cable crosses Egypt by land to Suez or Zafarana.
  suez: { lat: 29.97, lon: 32.55 },
  // Red Sea landing of the Europe–Asia cables, with terrestrial links across Saudi Arabia to the Gulf.
  jeddah: { lat: 21.49, lon: 39.19 },
  // Bab-el-Mandeb: the cables leave the Red Sea past Djibouti towards India and the Gulf.
  djibouti: { lat: 11.59, lon: 43.15 },
  // India's west-coast landing (SEA-ME-WE, AAE-1, IMEWE, 2Africa Pearls).
  mumbai: { lat: 19.08, lon: 72.88 },
  // Singapore, where the Indian Ocean cables turn north to East Asia and south to Australia.
  singapore: { lat: 1.35, lon: 103.82 },
  // Hong Kong: East Asia's exchange and mainland China's southern cross-border gateway.
  'hong-kong': { lat: 22.32, lon: 114.17 },
  // Shanghai: mainland China's landings to Japan, Korea and the US (Chongming, Nanhui: APCN-2, TPE, NCP).
  shanghai: { lat: 31.23, lon: 121.47 },
  // Guam: the Japan–Guam–Australia cables (JGA) and the hub between East Asia and Australia.
  guam: { lat: 13.44, lon: 144.79 },
};

/**
 * Cable links between gateways, each followed along its great circle. A route may chain them (Cape Town to Dubai:
 * london, marseille, suez, jeddah), and takes the shortest chain.
 */
export const CABLE_LINKS: readonly (readonly [Gateway, Gateway])[] = [
  ['halifax', 'new-york'], // US east-coast backbone to the transatlantic landings
  ['halifax', 'london'], // the transatlantic cables
  ['new-york', 'pacific-northwest'], // the US backbone, coast to coast
  ['london', 'marseille'], // the European backbone
  ['marseille', 'suez'], // the Mediterranean legs of the Suez cables
  ['suez', 'jeddah'], // the Red Sea
  ['jeddah', 'djibouti'], // the Red Sea to Bab-el-Mandeb
  ['djibouti', 'mumbai'], // the Arabian Sea
  ['mumbai', 'singapore'], // round India past Chennai and Colombo
  ['singapore', 'hong-kong'], // the South China Sea (APG, SJC, AAE-1)
  ['singapore', 'pacific-northwest'], // transpacific from Southeast Asia (SJC2 and the US cables via Japan)
  ['shanghai', 'pacific-northwest'], // transpacific from mainland China (NCP, TPE)
];

/** Parts of the world whose round trips leave through the same gateways. */
export type RouteZone =
  | 'north-america'
  | 'south-america'
  | 'europe'
  | 'north-africa'
  | 'levant'
  | 'gulf'
  | 'africa'
  | 'south-asia'
  | 'southeast-asia'
  | 'east-asia'
  | 'mainland-china'
  | 'oceania'
  | 'elsewhere';

/**
 * The gateways a zone's traffic leaves through; a route from a zone to another goes from the place to one of these
 * along the great circle, then over CABLE_LINKS to one of the other zone's gateways. 'elsewhere' has none: a place
 * outside every zone (Central Asia, the open Pacific) is routed along the great circle.
 */
export const ZONE_GATEWAYS: Readonly<Record<RouteZone, readonly Gateway[]>> = {
  'north-america': ['halifax', 'new-york', 'pacific-northwest', 'los-angeles'],
  // AWS São Paulo reaches Europe, Africa and Asia through the US (London–São Paulo 187 ms, not EllaLink's ~110).
  'south-america': ['new-york'],
  // Europe to Singapore and beyond follows its great circle closely enough (Frankfurt–Singapore −9% direct).
  europe: ['london', 'marseille', 'halifax', 'singapore'],
  'north-africa': ['marseille', 'suez'],
  // Israel reaches everything but Europe through Europe (Tel Aviv–Dubai 147 ms over 2,137 km).
  levant: ['marseille'],
  gulf: ['jeddah', 'mumbai', 'singapore'],
  // Cape Town reaches everything through London (Cape Town–São Paulo 338 ms ≈ Cape Town–London 150 + London–São Paulo 187).
  africa: ['london'],
  'south-asia': ['mumbai', 'singapore'],
  // Bangkok, Kuala Lumpur and Jakarta reach everything through Singapore (Hong Kong–Bangkok 64 ms over 1,700 km).
  'southeast-asia': ['singapore'],
  'east-asia': ['singapore', 'pacific-northwest', 'guam', 'hong-kong', 'shanghai'],
  'mainland-china': ['hong-kong', 'shanghai'],
  oceania: ['singapore', 'pacific-northwest', 'los-angeles', 'guam'],
  elsewhere: [],
};

/** Zones joined by so many short cables that their places connect along the great circle, as inside one zone. */
export const NEIGHBOUR_ZONES: readonly (readonly [RouteZone, RouteZone])[] = [
  ['europe', 'levant'], // Tel Aviv–Milan 49 ms over 2,652 km: Mediterranean cables to Italy, Greece and France
  ['europe', 'north-africa'], // the Mediterranean cables
];

/** A latitude/longitude rectangle in degrees; minLonDeg < maxLonDeg and the box does not cross the antimeridian. */
export interface LatLonBox {
  readonly minLatDeg: number;
  readonly maxLatDeg: number;
  readonly minLonDeg: number;
  readonly maxLonDeg: number;
}

function box(minLatDeg: number, maxLatDeg: number, minLonDeg: number, maxLonDeg: number): LatLonBox {
  return { minLatDeg, maxLatDeg, minLonDeg, maxLonDeg };
}

/** Hong Kong (north edge 22.5°N: Shenzhen's centre, 22.54°N, is mainland): outside mainland China's cross-border filtering. */
export const HONG_KONG_BOX = box(22.15, 22.5, 113.83, 114.45);
/** Macau (Zhuhai, north of 22.22°N, is mainland). */
export const MACAU_BOX = box(22.1, 22.22, 113.52, 113.6);
/** Taiwan, Penghu included (Kinmen and Matsu, a few km off Fujian, fall in mainland China here). */
export const TAIWAN_BOX = box(21.8, 25.4, 119.3, 122.2);
/** Hainan, which the simplified outline below leaves out. */
const HAINAN_BOX = box(18.1, 20.2, 108.5, 111.1);

/**
 * Mainland China's outline as [lat, lon] vertices: Natural Earth 1:110m admin-0 "China" (world-atlas 2.0.2),
 * simplified with Douglas–Peucker at 0.5°. Good to some 50 km: enough to route a site, not to draw a border.
 */
// biome-ignore format: 84 vertices, a dozen to a line, read as one outline
export const MAINLAND_CHINA_OUTLINE: readonly (readonly [lat: number, lon: number])[] = [
  [42.4, 80.3], [43.2, 80.9], [44.9, 80], [45.5, 82.5], [47.3, 83.2], [47, 85.2], [48.5, 85.8], [49.3, 87.8],
  [46.9, 91], [45.3, 90.9], [44.2, 95.3], [42.7, 96.3], [42.7, 100.8], [41.6, 105], [42.5, 109.2], [43.7, 111.8],
  [44.5, 111.3], [45.1, 111.9], [44.8, 113.5], [46.7, 117.4], [46.7, 119.7], [48.1, 118.1], [48.1, 115.5],
  [49.9, 116.7], [50.1, 119.3], [52, 120.7], [52.8, 120.2], [53.5, 123.6], [52.8, 125.9], [49.8, 127.7],
  [49.4, 129.4], [47.8, 131], [48.5, 135], [45.1, 133.1], [45, 131], [42.4, 130.6], [43, 130], [42, 128.1],
  [41.5, 128.2], [41.8, 126.9], [39.2, 122.1], [38.9, 121.1], [40.4, 122.2], [40.9, 121.6], [39.2, 118],
  [38.7, 117.5], [37.4, 118.9], [37.9, 120.8], [36.9, 122.5], [34.9, 119.2], [31.7, 121.9], [30.7, 121.3],
  [29.8, 122.1], [28.2, 121.7], [24.5, 118.7], [22.8, 115.9], [21.4, 110.8], [20.3, 110.4], [20.3, 109.9],
  [21.4, 109.9], [21.8, 107], [22.8, 106.7], [23.4, 105.3], [22.3, 101.7], [21.2, 101.8], [21.2, 101.3],
  [21.8, 101.1], [22.1, 99.2], [22.9, 99.5], [24.1, 98.7], [23.9, 97.6], [27.5, 98.7], [28.3, 97.9], [28.4, 96.2],
  [29.5, 96.1], [27.9, 92.5], [28.3, 90], [27.3, 88.8], [28.1, 88.7], [28.2, 85.8], [31.5, 78.7], [34.3, 78.9],
  [35.9, 76.2], [39.4, 73.7],
];

function isInBox(point: GeoPoint, area: LatLonBox): boolean {
  return (
    point.lat >= area.minLatDeg &&
    point.lat <= area.maxLatDeg &&
    point.lon >= area.minLonDeg &&
    point.lon <= area.maxLonDeg
  );
}

/** Even–odd ray casting on the plate carrée: fine for an outline far from the poles and the antimeridian. */
function isInOutline(point: GeoPoint, outline: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i, i += 1) {
    const [latI, lonI] = outline[i] as readonly [number, number];
    const [latJ, lonJ] = outline[j] as readonly [number, number];
    if (latI > point.lat !== latJ > point.lat) {
      const crossingLon = lonI + ((point.lat - latI) / (latJ - latI)) * (lonJ - lonI);
      if (point.lon < crossingLon) inside = !inside;
    }
  }
  return inside;
}

const MAINLAND_CHINA_BOUNDS = box(18, 53.6, 73.5, 135.1);

/** Whether a place lies in mainland China (Hong Kong, Macau and Taiwan do not). */
export function isInMainlandChina(point: GeoPoint): boolean {
  if (!isInBox(point, MAINLAND_CHINA_BOUNDS)) return false;
  if (isInBox(point, HONG_KONG_BOX) || isInBox(point, MACAU_BOX) || isInBox(point, TAIWAN_BOX)) return false;
  return isInBox(point, HAINAN_BOX) || isInOutline(point, MAINLAND_CHINA_OUTLINE);
}

/**
 * Zone boxes, tested in this order after mainland China; the first that holds the place wins. Bounds are
 * coastlines and borders rounded to the degree (docs/rtt-model.md lists what each holds).
 */
export const ZONE_BOXES: readonly (readonly [RouteZone, LatLonBox])[] = [
  ['east-asia', HONG_KONG_BOX],
  ['east-asia', MACAU_BOX],
  ['east-asia', TAIWAN_BOX],
  ['east-asia', box(4.5, 21.2, 116.8, 127)], // the Philippines: cables straight to Hong Kong, Japan and the US
  ['levant', box(29, 34.7, 34, 39)], // Israel, Palestine, Jordan, Lebanon, western Syria
  ['gulf', box(12, 32, 36, 60)], // the Arabian Peninsula, Kuwait, southern Iraq
  ['south-asia', box(5, 37, 60, 92.5)], // Pakistan, India, Sri Lanka, Nepal, Bangladesh
  ['southeast-asia', box(-11, 23.5, 92.5, 141)], // Myanmar to Indonesia, Singapore at the centre
  ['east-asia', box(24, 46, 122, 150)], // Japan, Korea, the Russian Far East coast
  ['oceania', box(-50, -1, 110, 180)], // Australia, New Zealand, Papua New Guinea, the western Pacific islands
  ['oceania', box(-50, -1, -180, -170)], // Samoa, Tonga, Niue
  ['south-america', box(-60, 12.5, -93, -30)], // South America and Panama
  ['north-america', box(7, 84, -170, -50)], // Canada, the US, Mexico, Central America, the Caribbean
  ['europe', box(34, 72, -32, 45)], // Europe with Iceland, the Azores, Turkey, the Caucasus
  ['north-africa', box(19, 34, -18, 36)], // Morocco to Egypt
  ['africa', box(-40, 19, -26, 60)], // Africa south of the Sahara, Madagascar, Mauritius
];

/** The zone of a place: mainland China by its outline, then the first of ZONE_BOXES that holds it, else 'elsewhere'. */
export function findRouteZone(point: GeoPoint): RouteZone {
  if (isInMainlandChina(point)) return 'mainland-china';
  for (const [zone, area] of ZONE_BOXES) {
    if (isInBox(point, area)) return zone;
  }
  return 'elsewhere';
}
