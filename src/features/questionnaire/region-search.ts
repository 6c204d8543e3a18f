import { type CatalogRegion, type Continent, type Provider, searchCatalog } from '../../engine';

/** How many matches the picker lists: enough for "aws" or "europe", short enough to scan. */
export const PICKER_RESULT_LIMIT = 24;

export interface RegionOptionGroup {
  readonly key: string;
  /** The group is named "Amazon Web Services · Europe" in the active language. */
  readonly provider: Provider;
  readonly continent: Continent;
  readonly regions: readonly CatalogRegion[];
}

/**
 * Catalog matches for the picker, grouped by provider and continent. Groups come in the order of their best
 * match and keep the search's ranking inside, so the best match is always the first option.
 */
export function searchRegionGroups(query: string, limit: number = PICKER_RESULT_LIMIT): RegionOptionGroup[] {
  const groups = new Map<string, { provider: Provider; continent: Continent; regions: CatalogRegion[] }>();
  for (const region of searchCatalog(query, limit)) {
    const key = `${region.provider}:${region.continent}`;
    let group = groups.get(key);
    if (!group) {
      group = { provider: region.provider, continent: region.continent, regions: [] };
      groups.set(key, group);
    }
    group.regions.push(region);
  }
  return [...groups].map(([key, group]) => ({ key, ...group }));
}

/** The options in the order they are shown (and reached with the arrow keys). */
export function flattenGroups(groups: readonly RegionOptionGroup[]): CatalogRegion[] {
  return groups.flatMap((group) => group.regions);
}

/** Short provider names for compact lines. */
export const PROVIDER_SHORT_NAMES: Readonly<Record<CatalogRegion['provider'], string>> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
};

/** "AWS · eu-central-1 · Frankfurt, Germany" */
export function describeCatalogRegion(region: CatalogRegion): string {
  const place = region.metro === region.country ? region.country : `${region.metro}, ${region.country}`;
  return `${PROVIDER_SHORT_NAMES[region.provider]} · ${region.code} · ${place}`;
}
