// Every way the result names a region, in one place: a label for a sentence, a place in a few words, each in the
// person's language, all built on regionDisplayName (the answers' own name, else the catalog's).
import type { Answers } from '../answers';
import type { Locale } from '../locale';
import { type CatalogRegion, findCatalogRegion } from './catalog';
import { PLACE_NAMES_ZH_CN } from './place-names-zh-cn';
import { regionDisplayName } from './region-display-name';

/**
 * How a catalog region reads in a sentence: its provider's name, with the metro when the name does not say where it
 * is ("Southeast Asia (Singapore)", "West Europe (Amsterdam)"; "Europe (Frankfurt)" and "US East (N. Virginia)" as
 * they are).
 */
export function catalogLabel(region: { readonly name: string; readonly metro: string }): string {
  return region.name.includes('(') || region.name.toLowerCase().includes(region.metro.toLowerCase())
    ? region.name
    : `${region.name} (${region.metro})`;
}

/**
 * Names every place the result's sentences may mention: the answers' regions as located (`sites`, named by
 * regionDisplayName), a catalog region by its label in English and by its name in `locale` otherwise.
 */
export function namerFor(
  topology: { readonly sites: readonly { readonly id: string; readonly name: string }[] },
  locale: Locale = 'en',
): (id: string) => string {
  const catalogName = (region: CatalogRegion) =>
    locale === 'en' ? catalogLabel(region) : catalogRegionName(region, locale);
  const names = new Map(
    topology.sites.map((site) => {
      const catalog = findCatalogRegion(site.id);
      return [site.id, catalog && catalog.name === site.name ? catalogName(catalog) : site.name] as const;
    }),
  );
  return (id) => {
    const known = names.get(id);
    if (known !== undefined) return known;
    const catalog = findCatalogRegion(id);
    return catalog ? catalogName(catalog) : id;
  };
}

/**
 * A catalog region's display name in `locale`. English: the provider's own name ("Europe (Frankfurt)"). Chinese:
 * the country and metro in Chinese with the provider's region code, which tells regions of one metro apart
 * ("德国法兰克福（eu-central-1）"); a country that is its own metro is named once ("新加坡（ap-southeast-1）").
 */
export function catalogRegionName(region: CatalogRegion, locale: Locale): string {
  if (locale === 'en') return region.name;
  const metro = PLACE_NAMES_ZH_CN[region.metro] ?? region.metro;
  const country = PLACE_NAMES_ZH_CN[region.country] ?? region.country;
  const place = metro === country || country.endsWith(metro) ? country : `${country}${metro}`;
  return `${place}（${region.code}）`;
}

/** "US East (N. Virginia)" -> "N. Virginia": the part in brackets where a name has one, else a city before a comma. */
export function shortPlaceName(name: string): string {
  const bracketed = /[(（]([^()（）]+)[)）]\s*$/.exec(name)?.[1]?.trim();
  if (bracketed) return bracketed;
  // Google Cloud's "Frankfurt, Germany", "Osasco, São Paulo, Brazil": the city.
  return /^[^,，]+(?=[,，]\s*\S)/.exec(name)?.[0]?.trim() || name;
}

/**
 * Names places in `locale`: as `regionDisplayName` does, with catalog regions named in `locale`.
 * `short` names a place in a few words, as a sentence does: "Frankfurt", "法兰克福", a custom site's own name.
 */
export function regionNamer(
  answers: Pick<Answers, 'regions'>,
  locale: Locale = 'en',
): { readonly name: (id: string) => string; readonly short: (id: string) => string } {
  const own = new Map(answers.regions.flatMap((region) => (region.name ? [[region.id, region.name] as const] : [])));
  return {
    name: (id) => {
      const given = own.get(id);
      if (given !== undefined) return given;
      const catalog = findCatalogRegion(id);
      return catalog && locale !== 'en' ? catalogRegionName(catalog, locale) : regionDisplayName({ id });
    },
    short: (id) => {
      const given = own.get(id);
      if (given !== undefined) return given;
      const catalog = findCatalogRegion(id);
      if (!catalog) return id;
      if (locale !== 'en') return PLACE_NAMES_ZH_CN[catalog.metro] ?? catalog.metro;
      const short = shortPlaceName(catalog.name);
      // A name without a city of its own (Azure's "West Europe") gets its metro: "West Europe (Amsterdam)".
      return short === catalog.name && !catalog.name.includes(catalog.metro)
        ? `${catalog.name} (${catalog.metro})`
        : short;
    },
  };
}
