// What an answer left out means for a region, without the schema: the engine's topology reads these on every
// keystroke, and the first page load must not need zod.
import { MAINLAND_CHINA_JURISDICTION_ID, type SiteKind } from './answer-limits';
import { findCatalogRegion } from './regions/catalog';
import { isInMainlandChina } from './regions/corridors';

/** A region of the answers as far as these read it (structural, so the schema's module need not be imported here). */
interface RegionIdentity {
  readonly id: string;
  readonly name?: string | undefined;
  readonly siteKind?: SiteKind | undefined;
  readonly jurisdiction?: string | undefined;
  readonly lat?: number | undefined;
  readonly lon?: number | undefined;
}

/** A region's site kind when it gives none: catalog regions are cloud regions, custom sites data centres. */
export function siteKindOf(region: Pick<RegionIdentity, 'id' | 'siteKind'>): SiteKind {
  return region.siteKind ?? (findCatalogRegion(region.id) ? 'cloud' : 'datacenter');
}

/** Whether a region lies in mainland China: the catalog says so for its regions, the coordinates for a custom site. */
export function isMainlandChinaRegion(region: Pick<RegionIdentity, 'id' | 'lat' | 'lon'>): boolean {
  const catalog = findCatalogRegion(region.id);
  if (catalog) return catalog.mainlandChina;
  return (
    region.lat !== undefined && region.lon !== undefined && isInMainlandChina({ lat: region.lat, lon: region.lon })
  );
}

/** The jurisdiction a region is in: its own answer, else `cn-mainland` for a region in mainland China. */
export function jurisdictionOf(
  region: Pick<RegionIdentity, 'id' | 'jurisdiction' | 'lat' | 'lon'>,
): string | undefined {
  if (region.jurisdiction !== undefined) return region.jurisdiction;
  return isMainlandChinaRegion(region) ? MAINLAND_CHINA_JURISDICTION_ID : undefined;
}
