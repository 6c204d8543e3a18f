// Writes src/engine/regions/country-outlines.ts: every country of Natural Earth's 1:110m admin-0 map (world-atlas
// 2.0.2, already a dependency for the map), simplified with Douglas–Peucker at 0.5° and rounded to 0.2°, each ring as
// zig-zag varints of its coordinate steps in URL-safe base64. About 6 KB gzip: small enough for the engine's chunk,
// so a custom site's country is known without the 105 KB borders file (docs/scoring.md, "Countries").
// Run: npx tsx scripts/build-country-outlines.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { OUTLINE_ALPHABET, OUTLINE_UNITS_PER_DEGREE } from '../src/engine/regions/country-outline-format';

/** Douglas–Peucker tolerance in degrees: the same 0.5° as mainland China's outline in corridors.ts... */
const SIMPLIFY_DEGREES = 0.5;
/** ...or a tenth of a small ring's size, so islands and small states (Zealand, Luxembourg) keep their shape. */
const SMALL_RING_SHARE = 0.1;

/** Natural Earth spells some names its own way; these are their ISO 3166-1 alpha-2 codes. */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  'W. Sahara': 'EH',
  'United States of America': 'US',
  'Dem. Rep. Congo': 'CD',
  'Dominican Rep.': 'DO',
  'Falkland Is.': 'FK',
  'Fr. S. Antarctic Lands': 'TF',
  "Côte d'Ivoire": 'CI',
  'Central African Rep.': 'CF',
  Congo: 'CG',
  'Eq. Guinea': 'GQ',
  Palestine: 'PS',
  Myanmar: 'MM',
  Turkey: 'TR',
  'Solomon Is.': 'SB',
  // Not ISO entities: counted with the state whose territory ISO assigns them to.
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
  'Bosnia and Herz.': 'BA',
  Macedonia: 'MK',
  'Trinidad and Tobago': 'TT',
  'S. Sudan': 'SS',
};

function codeByEnglishName(): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const byName = new Map<string, string>();
  for (let a = 65; a < 91; a++) {
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      // Deprecated codes (DD, FX, UK) canonicalise to today's (DE, FR, GB): only today's count.
      if (new Intl.Locale(`und-${code}`).region !== code) continue;
      try {
        const name = names.of(code);
        if (name && name !== code) byName.set(name.toLowerCase(), code);
      } catch {
        // not a region code
      }
    }
  }
  return byName;
}

function simplify(points: readonly Position[], tolerance: number): Position[] {
  if (points.length < 3) return [...points];
  const [ax, ay] = points[0] as [number, number];
  const [bx, by] = points[points.length - 1] as [number, number];
  const length = Math.hypot(bx - ax, by - ay);
  let farthest = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const [px, py] = points[i] as [number, number];
    const distance =
      length < 1e-12
        ? Math.hypot(px - ax, py - ay)
        : Math.abs((by - ay) * px - (bx - ax) * py + bx * ay - by * ax) / length;
    if (distance > farthest) {
      farthest = distance;
      index = i;
    }
  }
  if (farthest <= tolerance) return [points[0] as Position, points[points.length - 1] as Position];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

/** A closed ring split at its point farthest from the start, so both halves simplify like open lines. */
function simplifyRing(ring: readonly Position[]): Position[] {
  const [sx, sy] = ring[0] as [number, number];
  let far = 0;
  let split = 0;
  ring.forEach(([x, y], i) => {
    const distance = Math.hypot((x as number) - sx, (y as number) - sy);
    if (distance > far) {
      far = distance;
      split = i;
    }
  });
  const tolerance = Math.min(SIMPLIFY_DEGREES, SMALL_RING_SHARE * far);
  const first = simplify(ring.slice(0, split + 1), tolerance);
  const second = simplify(ring.slice(split), tolerance);
  return [...first.slice(0, -1), ...second.slice(0, -1)];
}

function varint(value: number): string {
  let zigzag = value < 0 ? -value * 2 - 1 : value * 2;
  let text = '';
  do {
    let digit = zigzag & 31;
    zigzag >>= 5;
    if (zigzag > 0) digit |= 32;
    text += OUTLINE_ALPHABET[digit];
  } while (zigzag > 0);
  return text;
}

function encodeRing(ring: readonly Position[]): string {
  let lastLon = 0;
  let lastLat = 0;
  let text = '';
  for (const [lon, lat] of ring) {
    const x = Math.round((lon as number) * OUTLINE_UNITS_PER_DEGREE);
    const y = Math.round((lat as number) * OUTLINE_UNITS_PER_DEGREE);
    text += varint(x - lastLon) + varint(y - lastLat);
    lastLon = x;
    lastLat = y;
  }
  return text;
}

const atlasPath = join(import.meta.dirname, '..', 'node_modules', 'world-atlas', 'countries-110m.json');
const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as unknown as {
  features: Feature<Polygon | MultiPolygon | null, { name: string }>[];
};
const byName = codeByEnglishName();
const ringsByCode = new Map<string, string[]>();
for (const country of countries.features) {
  const name = country.properties.name;
  const code = NAME_ALIASES[name] ?? byName.get(name.toLowerCase());
  if (code === undefined) throw new Error(`no ISO code for Natural Earth's "${name}": add it to NAME_ALIASES`);
  const geometry = country.geometry;
  if (geometry === null) continue;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (outer === undefined) continue;
    const ring = simplifyRing(outer);
    if (ring.length < 3) continue;
    const rings = ringsByCode.get(code) ?? [];
    rings.push(encodeRing(ring));
    ringsByCode.set(code, rings);
  }
}

/** Codes ICU names that are not ISO 3166-1 countries (exceptional reservations, groupings, unknown; Kosovo's user-assigned XK stays, as Natural Earth maps it). */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
const isoCodes = [...new Set([...byName.values(), ...ringsByCode.keys()])]
  .filter((code) => !NOT_COUNTRIES.has(code))
  .sort();

const rows = [...ringsByCode]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([code, rings]) => `  ['${code}', '${rings.join(' ')}'],`);
const output = `// Generated by scripts/build-country-outlines.ts: do not edit. Natural Earth 1:110m admin-0 countries (world-atlas
// 2.0.2, public domain), outer rings simplified with Douglas–Peucker at ${SIMPLIFY_DEGREES}° (small rings at a
// tenth of their size), coordinates in steps of
// 1/${OUTLINE_UNITS_PER_DEGREE}° as zig-zag varints (country-outline-format.ts). Good to some 50 km: enough to tell the
// country of a site, not to draw a border.

/** Every ISO 3166-1 alpha-2 country code, two letters each, in order. */
export const ISO_COUNTRY_CODES = '${isoCodes.join('')}';

/** [ISO 3166-1 alpha-2 code, its rings separated by spaces]. */
export const COUNTRY_OUTLINES: readonly (readonly [code: string, rings: string])[] = [
${rows.join('\n')}
];
`;
writeFileSync(join(import.meta.dirname, '..', 'src', 'engine', 'regions', 'country-outlines.ts'), output);
console.log(`${ringsByCode.size} countries, ${output.length} characters`);
