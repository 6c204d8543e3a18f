import {
  type CatalogRegion,
  findCatalogRegion,
  isCountryCode,
  type PlaceNames,
  regionDisplayName,
  searchCatalog,
} from '../../engine';
import { PROVIDER_SHORT_NAMES } from './region-search';

/** A place a jurisdiction's planes may run in: a country by ISO code, a catalog region, or one of the answers' sites. */
export type LocationOption =
  | { readonly kind: 'country'; readonly id: string; readonly name: string }
  | { readonly kind: 'site'; readonly id: string; readonly name: string }
  | { readonly kind: 'region'; readonly id: string; readonly name: string; readonly region: CatalogRegion };

export interface Country {
  readonly code: string;
  /** In the active language, from the browser's own names (Intl.DisplayNames). */
  readonly name: string;
  readonly englishName: string;
}

/**
 * How many countries and cloud regions a search lists: a short list to scan, short enough to show whole without a
 * scrolling popup (which the keyboard could not reach: the arrow keys stay in the input); typing more narrows it.
 */
const COUNTRY_RESULT_LIMIT = 5;
const REGION_RESULT_LIMIT = 8;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every country the engine knows by ISO code, named in `locale` and in English; asked of the engine's own check. */
export function listCountries(locale: string): Country[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return [...LETTERS]
    .flatMap((first) => [...LETTERS].map((second) => first + second))
    .filter(isCountryCode)
    .map((code) => ({ code, name: names.of(code) ?? code, englishName: english.of(code) ?? code }));
}

/** 0 for an exact match, 1 for a prefix, 2 for a match inside, undefined for none. */
function rank(text: string, query: string): number | undefined {
  const lower = text.toLowerCase();
  if (lower === query) return 0;
  if (lower.startsWith(query)) return 1;
  return lower.includes(query) ? 2 : undefined;
}

/**
 * The places matching `query`: countries (by code or name, in either language), the answers' own sites (by name
 * or id), then catalog regions (the region picker's search). Nothing for an empty query.
 */
export function searchLocations(
  query: string,
  countries: readonly Country[],
  sites: readonly { readonly id: string; readonly name: string }[],
  placeNames?: PlaceNames,
): LocationOption[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const rankedCountries = countries
    .map((country) => ({
      country,
      rank: Math.min(
        rank(country.code, wanted) ?? 9,
        rank(country.name, wanted) ?? 9,
        rank(country.englishName, wanted) ?? 9,
      ),
    }))
    .filter((entry) => entry.rank < 9)
    .sort((a, b) => a.rank - b.rank || a.country.name.localeCompare(b.country.name))
    .slice(0, COUNTRY_RESULT_LIMIT)
    .map(({ country }): LocationOption => ({ kind: 'country', id: country.code, name: country.name }));
  const matchingSites = sites
    .filter((site) => rank(site.name, wanted) !== undefined || rank(site.id, wanted) !== undefined)
    .map((site): LocationOption => ({ kind: 'site', id: site.id, name: site.name }));
  const regions = searchCatalog(query, REGION_RESULT_LIMIT, placeNames).map(
    (region): LocationOption => ({ kind: 'region', id: region.id, name: describeCatalogLocation(region), region }),
  );
  return [...rankedCountries, ...matchingSites, ...regions];
}

function describeCatalogLocation(region: CatalogRegion): string {
  return `${PROVIDER_SHORT_NAMES[region.provider]} · ${regionDisplayName({ id: region.id })}`;
}

/**
 * A chosen place as a person reads it ("Germany (DE)", "AWS · Europe (Frankfurt)", "Munich plant"), or null when
 * it is none of them (the engine would refuse it): a code in the wrong case is offered in capitals.
 */
export function describeLocation(
  id: string,
  countryName: (code: string) => string,
  sites: readonly { readonly id: string; readonly name: string }[],
): { readonly name: string } | { readonly name: null; readonly suggestion: string | null } {
  if (isCountryCode(id)) return { name: `${countryName(id)} (${id})` };
  const region = findCatalogRegion(id);
  if (region) return { name: describeCatalogLocation(region) };
  const site = sites.find((candidate) => candidate.id === id);
  if (site) return { name: site.name };
  return { name: null, suggestion: isCountryCode(id.toUpperCase()) ? id.toUpperCase() : null };
}
