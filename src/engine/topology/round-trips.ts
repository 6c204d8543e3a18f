import type { Answers } from '../answers';
import { type Provider, regionCatalog } from '../regions/catalog';
import { catalogCountryCode } from '../regions/countries';
import {
  estimateRttBetweenPointsMs,
  estimateRttMs,
  type RoutePoint,
  routeUncertaintyBetweenPoints,
  toRoutePoint,
  type UncertainCorridor,
} from '../regions/rtt-model';
import { canHostPlane, type Site } from './sites';

/** A place a plane may sit: a site of the answers, or a catalog region (a pin, a fallback, a standby). */
export interface Place {
  readonly id: string;
  readonly name: string;
  /** Index into the sites, or -1 for a catalog region outside the answers. */
  readonly siteIndex: number;
  readonly point: RoutePoint;
  readonly provider: Provider | 'custom';
  readonly country: string | null;
  readonly mainlandChina: boolean;
  /** Whether a plane may run here at all (a catalog region always may). */
  readonly canHost: boolean;
}

export function sitePlace(sites: readonly Site[], index: number): Place {
  const site = sites[index] as Site;
  return {
    id: site.id,
    name: site.name,
    siteIndex: index,
    point: site.point,
    provider: site.provider,
    country: site.country,
    mainlandChina: site.mainlandChina,
    canHost: canHostPlane(site),
  };
}

/** Every catalog region as a place, in catalog order. Derived once from the catalog, like its id index. */
export const CATALOG_PLACES: readonly Place[] = regionCatalog.map((region) => ({
  id: region.id,
  name: region.name,
  siteIndex: -1,
  point: toRoutePoint(region),
  provider: region.provider,
  country: catalogCountryCode(region),
  mainlandChina: region.mainlandChina,
  canHost: true,
}));

const CATALOG_PLACES_BY_ID: ReadonlyMap<string, Place> = new Map(CATALOG_PLACES.map((place) => [place.id, place]));

/** A place by id: a site of the answers (its own entry wins over the catalog's), or a catalog region. */
export function placeById(sites: readonly Site[], id: string): Place | undefined {
  const index = sites.findIndex((site) => site.id === id);
  return index >= 0 ? sitePlace(sites, index) : CATALOG_PLACES_BY_ID.get(id);
}

/**
 * Round trips the engine reads: estimates between every two sites, with the answers' measurements in their place.
 * Built once per topology; a measured round trip replaces the estimate wherever its pair appears (placement,
 * grouping, standby, the figures shown).
 */
export class RoundTrips {
  /** Between every two sites: the measurement where there is one, the estimate otherwise. */
  private readonly matrix: Float64Array;
  private readonly count: number;
  /** Measured round trips by the pair's ids, both ways. */
  private readonly measured = new Map<string, Map<string, number>>();

  constructor(
    private readonly sites: readonly Site[],
    answers: Answers,
  ) {
    for (const entry of answers.latencies ?? []) {
      this.remember(entry.from, entry.to, entry.ms);
      this.remember(entry.to, entry.from, entry.ms);
    }
    this.count = sites.length;
    this.matrix = new Float64Array(this.count * this.count);
    const self = estimateRttMs(0);
    for (let i = 0; i < this.count; i++) {
      this.matrix[i * this.count + i] = self;
      const from = sites[i] as Site;
      for (let j = i + 1; j < this.count; j++) {
        const to = sites[j] as Site;
        const rtt = this.measuredBetween(from.id, to.id) ?? estimateRttBetweenPointsMs(from.point, to.point);
        this.matrix[i * this.count + j] = rtt;
        this.matrix[j * this.count + i] = rtt;
      }
    }
  }

  private remember(from: string, to: string, ms: number): void {
    const row = this.measured.get(from) ?? new Map<string, number>();
    row.set(to, ms);
    this.measured.set(from, row);
  }

  private measuredBetween(a: string, b: string): number | undefined {
    return a === b ? undefined : this.measured.get(a)?.get(b);
  }

  /** Round trip between two sites, ms: measured where the answers measured it, estimated otherwise. */
  betweenSites(i: number, j: number): number {
    return this.matrix[i * this.count + j] as number;
  }

  /** Round trip from a place to a site, ms. */
  between(place: Place, siteIndex: number): number {
    if (place.siteIndex >= 0) return this.betweenSites(place.siteIndex, siteIndex);
    const measured = this.measuredBetween(place.id, this.idOf(siteIndex));
    return measured ?? estimateRttBetweenPointsMs(place.point, (this.sites[siteIndex] as Site).point);
  }

  /** Round trip between two places, ms (a standby and its plane). */
  betweenPlaces(a: Place, b: Place): number {
    if (b.siteIndex >= 0) return this.between(a, b.siteIndex);
    if (a.siteIndex >= 0) return this.between(b, a.siteIndex);
    return this.measuredBetween(a.id, b.id) ?? estimateRttBetweenPointsMs(a.point, b.point);
  }

  /** Round trips from a place to each of `members` (indices into the sites), ms. */
  fromPlace(place: Place, members: readonly number[]): number[] {
    return members.map((member) => this.between(place, member));
  }

  isMeasured(placeId: string, siteIndex: number): boolean {
    return this.measuredBetween(placeId, this.idOf(siteIndex)) !== undefined;
  }

  /** The corridor the model knows to be uncertain between a place and a site, if any (none when measured). */
  uncertainty(place: Place, siteIndex: number): UncertainCorridor | null {
    if (this.isMeasured(place.id, siteIndex)) return null;
    return routeUncertaintyBetweenPoints(place.point, (this.sites[siteIndex] as Site).point)?.corridor ?? null;
  }

  private idOf(index: number): string {
    return (this.sites[index] as Site).id;
  }
}
