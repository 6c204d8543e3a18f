import type { Continent } from '../regions/catalog';
import type { RoundTrips } from './round-trips';
import type { Site } from './sites';

/**
 * Added to the grouping distance of two regions on different continents: the Atlantic (Montreal–Ireland measures
 * 69 ms) is as short in time as a continent's width, but a plane per geography means per continent. Team's
 * judgement: large enough that no two continents' regions share a plane per geography.
 */
export const CONTINENT_GAP_MS = 40;

/**
 * Added to the grouping distance of two regions in different macro-areas (the Americas; Europe, the Middle East and
 * Africa; Asia Pacific): even the broadest regional layout never puts Virginia and Dublin (84 ms) under one plane.
 * Team's judgement: more than any grouping distance, so it never happens.
 */
export const MACRO_AREA_GAP_MS = 1_000;

/** The three areas an architect draws planes for at the broadest: how global teams split their estates. */
export type MacroArea = 'americas' | 'emea' | 'apac';

/** The Middle East (the catalog's Asia west of this longitude) belongs to EMEA, as teams organise it. */
const MIDDLE_EAST_MAX_LON = 60;

const MACRO_AREA_BY_CONTINENT: Readonly<Record<Continent, MacroArea>> = {
  'north-america': 'americas',
  'south-america': 'americas',
  europe: 'emea',
  africa: 'emea',
  asia: 'apac',
  oceania: 'apac',
};

export function macroAreaOf(site: Pick<Site, 'continent' | 'lon'>): MacroArea {
  return site.continent === 'asia' && site.lon < MIDDLE_EAST_MAX_LON ? 'emea' : MACRO_AREA_BY_CONTINENT[site.continent];
}

/** How two regions' distance is judged when grouping them: a plane per geography, or the broadest areas. */
export type Linkage = 'geography' | 'broad';

export function groupingDistance(
  linkage: Linkage,
  sites: readonly Site[],
  trips: RoundTrips,
): (i: number, j: number) => number {
  return (i, j) => {
    const a = sites[i] as Site;
    const b = sites[j] as Site;
    const apart =
      linkage === 'geography'
        ? a.continent !== b.continent
          ? CONTINENT_GAP_MS
          : 0
        : macroAreaOf(a) !== macroAreaOf(b)
          ? MACRO_AREA_GAP_MS
          : 0;
    return trips.betweenSites(i, j) + apart;
  };
}

/** One merge of complete-linkage grouping: groups a and b (positions in `members`) join at `heightMs`. */
export interface Merge {
  readonly a: number;
  readonly b: number;
  readonly heightMs: number;
}

/**
 * Complete-linkage merges of `members` up to `maxHeightMs`, lowest first: every pair in a merged group is within its
 * height, so metro neighbours join first and a group never spans more than the grouping distance. Each group keeps
 * its nearest neighbour; a merge only makes linkages grow, so only groups whose nearest was merged look again.
 */
export function completeLinkageMerges(
  members: readonly number[],
  distance: (i: number, j: number) => number,
  maxHeightMs: number,
): Merge[] {
  const n = members.length;
  const linkage = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const d = distance(members[a] as number, members[b] as number);
      linkage[a * n + b] = d;
      linkage[b * n + a] = d;
    }
  }
  const active = new Uint8Array(n).fill(1);
  const nearest = new Int32Array(n).fill(-1);
  const nearestDistance = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  // Ties go to the lowest index, so the plan never depends on the input order (sites are sorted by id).
  const findNearest = (a: number) => {
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let b = 0; b < n; b++) {
      if (b === a || active[b] === 0) continue;
      const d = linkage[a * n + b] as number;
      if (d < bestDistance) {
        bestDistance = d;
        best = b;
      }
    }
    nearest[a] = best;
    nearestDistance[a] = bestDistance;
  };
  for (let a = 0; a < n; a++) findNearest(a);
  const merges: Merge[] = [];
  for (;;) {
    let first = -1;
    let height = Number.POSITIVE_INFINITY;
    for (let a = 0; a < n; a++) {
      if (active[a] === 1 && (nearestDistance[a] as number) < height) {
        height = nearestDistance[a] as number;
        first = a;
      }
    }
    if (first < 0 || height > maxHeightMs) break;
    const a = Math.min(first, nearest[first] as number);
    const b = Math.max(first, nearest[first] as number);
    merges.push({ a, b, heightMs: height });
    active[b] = 0;
    for (let k = 0; k < n; k++) {
      if (active[k] === 0 || k === a) continue;
      const merged = Math.max(linkage[a * n + k] as number, linkage[b * n + k] as number);
      linkage[a * n + k] = merged;
      linkage[k * n + a] = merged;
    }
    findNearest(a);
    for (let k = 0; k < n; k++) {
      if (active[k] === 1 && k !== a && (nearest[k] === a || nearest[k] === b)) findNearest(k);
    }
  }
  return merges;
}

/** The groups after every merge at or below `heightMs`, as sorted lists of sites (indices into the sites). */
export function groupsAt(members: readonly number[], merges: readonly Merge[], heightMs: number): number[][] {
  const groups: (number[] | null)[] = members.map((member) => [member]);
  for (const merge of merges) {
    if (merge.heightMs > heightMs) break;
    (groups[merge.a] as number[]).push(...(groups[merge.b] as number[]));
    groups[merge.b] = null;
  }
  return groups.filter((group): group is number[] => group !== null).map((group) => group.sort((x, y) => x - y));
}

/**
 * Centre-linkage merges of `members` up to `maxHeightMs`: two groups join when one of their regions reaches every
 * region of both within the height, as a plane in the middle would ("Singapore reaches Mumbai, Tokyo and Sydney").
 * The broadest layout groups so, where a plane per geography asks every pair to be close. Heights are made
 * non-decreasing (each the highest so far), so the groups at any height are those of a prefix of the merges.
 */
export function centreLinkageMerges(
  members: readonly number[],
  distance: (i: number, j: number) => number,
  maxHeightMs: number,
): Merge[] {
  const n = members.length;
  const apart = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const d = distance(members[a] as number, members[b] as number);
      apart[a * n + b] = d;
      apart[b * n + a] = d;
    }
  }
  // farthest[c * n + g]: the farthest region of group g from region c; groups are numbered by their first position.
  const farthest = Float64Array.from(apart);
  const groups: (number[] | null)[] = members.map((_, position) => [position]);
  const linkage = Float64Array.from(apart);
  const linkOf = (g: number, k: number) => {
    let best = Number.POSITIVE_INFINITY;
    for (const group of [groups[g] as number[], groups[k] as number[]]) {
      for (const c of group) {
        const reach = Math.max(farthest[c * n + g] as number, farthest[c * n + k] as number);
        if (reach < best) best = reach;
      }
    }
    return best;
  };
  // Each group's nearest other group and the link to it; ties go to the lowest position (order never matters).
  const nearest = new Int32Array(n).fill(-1);
  const nearestLink = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const findNearest = (g: number) => {
    nearest[g] = -1;
    nearestLink[g] = Number.POSITIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      if (k === g || groups[k] === null) continue;
      const link = linkage[g * n + k] as number;
      if (link < (nearestLink[g] as number)) {
        nearestLink[g] = link;
        nearest[g] = k;
      }
    }
  };
  for (let g = 0; g < n; g++) findNearest(g);
  const merges: Merge[] = [];
  let height = 0;
  for (;;) {
    let first = -1;
    for (let g = 0; g < n; g++) {
      if (
        groups[g] !== null &&
        nearest[g] !== -1 &&
        (first < 0 || (nearestLink[g] as number) < (nearestLink[first] as number))
      ) {
        first = g;
      }
    }
    if (first < 0 || (nearestLink[first] as number) > maxHeightMs) break;
    const a = Math.min(first, nearest[first] as number);
    const b = Math.max(first, nearest[first] as number);
    height = Math.max(height, nearestLink[first] as number);
    merges.push({ a, b, heightMs: height });
    (groups[a] as number[]).push(...(groups[b] as number[]));
    groups[b] = null;
    for (let c = 0; c < n; c++) {
      farthest[c * n + a] = Math.max(farthest[c * n + a] as number, farthest[c * n + b] as number);
    }
    for (let k = 0; k < n; k++) {
      if (k === a || groups[k] === null) continue;
      const link = linkOf(a, k);
      linkage[a * n + k] = link;
      linkage[k * n + a] = link;
    }
    findNearest(a);
    for (let k = 0; k < n; k++) {
      if (groups[k] === null || k === a) continue;
      const link = linkage[k * n + a] as number;
      if (nearest[k] === a || nearest[k] === b) findNearest(k);
      else if (link < (nearestLink[k] as number) || (link === nearestLink[k] && a < (nearest[k] as number))) {
        nearestLink[k] = link;
        nearest[k] = a;
      }
    }
  }
  return merges;
}
