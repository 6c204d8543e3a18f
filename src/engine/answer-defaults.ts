// What an answer left out means for a region, without the schema: the engine's topology reads these on every
// keystroke, and the first page load must not need zod.
import { MAINLAND_CHINA_JURISDICTION_ID, type SiteKind } from './answer-limits';
import type { RegionAnswer } from './answers';
import { findCatalogRegion } from './regions/catalog';

/** A region's site kind when it gives none: catalog regions are cloud regions, custom sites data centres. */
export function siteKindOf(region: Pick<RegionAnswer, 'id' | 'siteKind'>): SiteKind {
  return region.siteKind ?? (findCatalogRegion(region.id) ? 'cloud' : 'datacenter');
}

/** The jurisdiction a region is in: its own answer, else `cn-mainland` for a mainland-China catalog region. */
export function jurisdictionOf(region: Pick<RegionAnswer, 'id' | 'jurisdiction'>): string | undefined {
  if (region.jurisdiction !== undefined) return region.jurisdiction;
  return findCatalogRegion(region.id)?.mainlandChina === true ? MAINLAND_CHINA_JURISDICTION_ID : undefined;
}
