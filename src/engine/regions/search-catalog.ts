import { type CatalogRegion, PROVIDER_NAMES, regionCatalog } from './catalog';

/** How many matches the picker lists when the caller does not say. */
export const DEFAULT_SEARCH_LIMIT = 20;

// Ranking, strongest first, as the picker promises: exact code, code prefix, word prefix, substring.
const EXACT_CODE_SCORE = 100;
const CODE_PREFIX_SCORE = 75;
const WORD_PREFIX_SCORE = 50;
const SUBSTRING_SCORE = 10;
/** The whole query is the region's name or metro ("west us" over "west us 2"). */
const WHOLE_NAME_BONUS = 40;
/** The whole query starts a word of the name or metro, in order ("west europe" in "West Europe"). */
const NAME_PHRASE_BONUS = 20;

interface SearchEntry {
  readonly region: CatalogRegion;
  readonly id: string;
  readonly code: string;
  /** Name and metro: the words a person reads in the picker. */
  readonly names: readonly string[];
  /** Everything else a token may match: code, name, metro, country, provider key and provider name. */
  readonly fields: readonly string[];
}

/** Lower case without diacritics, so "sao paulo" finds "São Paulo" and "Montreal" finds "Montréal". */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * Names of the catalog's metros, countries and providers (PROVIDER_NAMES) in another language, keyed by their English
 * names (the Chinese interface passes its own, so "东京" finds Tokyo and "阿里云" Alibaba Cloud). Places without an
 * entry are found by their English names only.
 */
export type PlaceNames = Readonly<Record<string, string>>;

function buildIndex(placeNames: PlaceNames | undefined): readonly SearchEntry[] {
  return regionCatalog.map((region) => {
    const metro = placeNames?.[region.metro];
    const country = placeNames?.[region.country];
    const provider = placeNames?.[PROVIDER_NAMES[region.provider]];
    const names = [normalize(region.name), normalize(region.metro), ...(metro ? [normalize(metro)] : [])];
    return {
      region,
      id: normalize(region.id),
      code: normalize(region.code),
      names,
      fields: [
        normalize(region.code),
        ...names,
        normalize(region.country),
        region.provider,
        normalize(PROVIDER_NAMES[region.provider]),
        ...(provider ? [normalize(provider)] : []),
        // Written without spaces, as in Chinese: "日本东京" holds both "日本" and "东京".
        ...(country ? [normalize(country), normalize(`${country}${metro ?? ''}`)] : []),
      ],
    };
  });
}

/**
 * The English index, built on the first search rather than at start-up: Unicode normalisation of the 131 regions then in the catalog took
 * about 6 ms of the page's first script run in chromium here, before anything was on screen.
 */
let englishIndex: readonly SearchEntry[] | undefined;
/** One index per set of place names, built on its first search. */
const indexesByPlaceNames = new WeakMap<PlaceNames, readonly SearchEntry[]>();

function indexFor(placeNames: PlaceNames | undefined): readonly SearchEntry[] {
  if (!placeNames) {
    englishIndex ??= buildIndex(undefined);
    return englishIndex;
  }
  let index = indexesByPlaceNames.get(placeNames);
  if (!index) {
    index = buildIndex(placeNames);
    indexesByPlaceNames.set(placeNames, index);
  }
  return index;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/** `token` occurs in `field` at the start of a word (after a space, hyphen, bracket, comma or the start). */
function startsAWord(field: string, token: string): boolean {
  for (let index = field.indexOf(token); index !== -1; index = field.indexOf(token, index + 1)) {
    if (!isWordCharacter(field[index - 1])) return true;
  }
  return false;
}

/** How well one query token matches a region, 0 when it matches nothing. */
function scoreToken(entry: SearchEntry, token: string): number {
  if (token === entry.code || token === entry.id) return EXACT_CODE_SCORE;
  if (entry.code.startsWith(token) || entry.id.startsWith(token)) return CODE_PREFIX_SCORE;
  if (entry.fields.some((field) => startsAWord(field, token))) return WORD_PREFIX_SCORE;
  if (entry.fields.some((field) => field.includes(token))) return SUBSTRING_SCORE;
  return 0;
}

/** Total score of a region for the query's tokens, 0 unless every token matches somewhere. */
function scoreEntry(entry: SearchEntry, tokens: readonly string[], phrase: string): number {
  let total = 0;
  for (const token of tokens) {
    const score = scoreToken(entry, token);
    if (score === 0) return 0;
    total += score;
  }
  if (entry.names.includes(phrase)) return total + WHOLE_NAME_BONUS;
  if (entry.names.some((name) => startsAWord(name, phrase))) return total + NAME_PHRASE_BONUS;
  return total;
}

/**
 * Catalog regions matching a free-text query (case- and diacritic-insensitive) on code, name, metro, country
 * and provider name; every whitespace-separated token must match somewhere. Best matches first (exact code,
 * code prefix, word prefix, substring), ties in catalog order. An empty query gives []; at most `limit`
 * regions (default DEFAULT_SEARCH_LIMIT). With `placeNames`, metros and countries are also found by those names.
 */
export function searchCatalog(
  query: string,
  limit: number = DEFAULT_SEARCH_LIMIT,
  placeNames?: PlaceNames,
): readonly CatalogRegion[] {
  const tokens = normalize(query)
    .split(/\s+/u)
    .filter((token) => token !== '');
  if (tokens.length === 0 || !(limit >= 1)) return [];
  const phrase = tokens.join(' ');
  return indexFor(placeNames)
    .map((entry, index) => ({ entry, index, score: scoreEntry(entry, tokens, phrase) }))
    .filter((match) => match.score > 0)
    .sort((left, right) => right.score - left.score || left.index - right.index)
    .slice(0, Math.floor(limit))
    .map((match) => match.entry.region);
}
