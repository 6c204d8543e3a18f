import { type CatalogRegion, type Continent, type PlaceNames, type Provider, searchCatalog } from '../../engine';

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
 * match and keep the search's ranking inside, so the best match is always the first option. `placeNames` are the
 * active language's names for metros and countries, searched as well as the English ones.
 */
export function searchRegionGroups(
  query: string,
  limit: number = PICKER_RESULT_LIMIT,
  placeNames?: PlaceNames,
): RegionOptionGroup[] {
  const groups = new Map<string, { provider: Provider; continent: Continent; regions: CatalogRegion[] }>();
  for (const region of searchCatalog(query, limit, placeNames)) {
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
  'aws-cn': 'AWS China',
  'azure-cn': 'Azure (21Vianet)',
  alibaba: 'Alibaba Cloud',
};

/** "AWS · eu-central-1 · Frankfurt, Germany", with the place named by `place` (the active language's). */
export function describeCatalogRegion(
  region: CatalogRegion,
  place: (metro: string, country: string) => string = (metro, country) =>
    metro === country ? country : `${metro}, ${country}`,
): string {
  return `${PROVIDER_SHORT_NAMES[region.provider]} · ${region.code} · ${place(region.metro, region.country)}`;
}
