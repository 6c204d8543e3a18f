import type { UiMessages } from '../../components/i18n';
import { problemField } from '../../components/i18n/problem-field';
import { type Answers, findCatalogRegion, type PriorityKey } from '../../engine';

/**
 * What the form holds: the answers document with every number kept as the text the person typed, so a
 * validation error never throws their input away. `questionnaireSchema` turns it into an answers document and
 * validates it with the engine's one `answersSchema`, so the form, the share link and the command line agree.
 */
export interface RegionFormValue {
  /** Catalog id (`aws:eu-west-1`) or a custom site's generated id (`site-1`); fixed once the region is added. */
  regionId: string;
  kind: 'catalog' | 'custom';
  /** A custom site's name; for a catalog region, an optional display name kept from a loaded document. */
  name: string;
  lat: string;
  lon: string;
  clusters: string;
}

export interface QuestionnaireValues {
  regions: RegionFormValue[];
  latencyToleranceMs: string;
  opsEngineers: string;
  crossRegionEnvironments: 'yes' | 'no';
  /** '0' (does not matter) to '4' (must have): radio values are text. */
  priorities: Record<PriorityKey, string>;
}

export const PRIORITY_KEYS: readonly PriorityKey[] = [
  'singlePane',
  'multiClusterApps',
  'faultIsolation',
  'independentUpgrades',
];

/** The text of a number as a person would type it (no exponent, no trailing zeros). */
function formatNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** The form's starting values for a valid answers document. */
export function toFormValues(answers: Answers): QuestionnaireValues {
  return {
    regions: answers.regions.map((region) => {
      const isCatalog = findCatalogRegion(region.id) !== undefined;
      return {
        regionId: region.id,
        kind: isCatalog ? 'catalog' : 'custom',
        name: region.name ?? '',
        lat: isCatalog ? '' : formatNumber(region.lat),
        lon: isCatalog ? '' : formatNumber(region.lon),
        clusters: String(region.clusters),
      };
    }),
    latencyToleranceMs: String(answers.latencyToleranceMs),
    opsEngineers: String(answers.opsEngineers),
    crossRegionEnvironments: answers.crossRegionEnvironments ? 'yes' : 'no',
    priorities: {
      singlePane: String(answers.priorities.singlePane),
      multiClusterApps: String(answers.priorities.multiClusterApps),
      faultIsolation: String(answers.priorities.faultIsolation),
      independentUpgrades: String(answers.priorities.independentUpgrades),
    },
  };
}

/** Unicode's minus sign (U+2212), which encyclopaedias use in coordinates: "−33.87". */
const MINUS_SIGN = /\u2212/g;
/**
 * A decimal number as people write it: an optional sign, digits (grouped by commas in threes, "1,000", or not),
 * an optional fraction and exponent. Not JavaScript's other number forms ("0x10" would be 16).
 */
const DECIMAL_NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A typed number, or the text itself when it is not one: the schema's number check then reports it in the
 * engine's words ("clusters must be a whole number from 1 to 10000") instead of a default silently applying.
 * Full-width digits and signs (typed with a Chinese input method: "１５０") and the minus sign U+2212 count as
 * their ASCII forms. A comma is read only as a thousands separator ("1,000", as in English and Chinese); "1,5"
 * is not a number, never 15.
 */
export function readNumber(text: string): number | string {
  const trimmed = text.trim();
  const normalized = trimmed.normalize('NFKC').replace(MINUS_SIGN, '-');
  if (!DECIMAL_NUMBER.test(normalized)) return trimmed;
  const value = Number(normalized.replaceAll(',', ''));
  return Number.isFinite(value) ? value : trimmed;
}

/** The answers document the form describes (not yet validated). */
export function toAnswersDocument(values: QuestionnaireValues): unknown {
  return {
    version: 1,
    regions: values.regions.map((region) =>
      region.kind === 'catalog'
        ? {
            id: region.regionId,
            ...(region.name.trim() === '' ? {} : { name: region.name }),
            clusters: readNumber(region.clusters),
          }
        : {
            id: region.regionId,
            name: region.name,
            lat: readNumber(region.lat),
            lon: readNumber(region.lon),
            clusters: readNumber(region.clusters),
          },
    ),
    latencyToleranceMs: readNumber(values.latencyToleranceMs),
    opsEngineers: readNumber(values.opsEngineers),
    crossRegionEnvironments: values.crossRegionEnvironments === 'yes',
    priorities: Object.fromEntries(PRIORITY_KEYS.map((key) => [key, readNumber(values.priorities[key])])),
  };
}

/** Custom sites get `site-1`, `site-2`, ...: never a catalog id, unique within the form. */
export function nextCustomSiteId(regions: readonly Pick<RegionFormValue, 'regionId'>[]): string {
  const taken = new Set(regions.map((region) => region.regionId));
  let number = 1;
  while (taken.has(`site-${number}`)) number++;
  return `site-${number}`;
}

/** The message a person sees for a schema problem, in the active language (English keeps the engine's words). */
export function toFieldMessage(
  problems: UiMessages['problems'],
  path: readonly PropertyKey[] | string,
  message: string,
  code: string,
): string {
  return problems.message({ message, field: problemField(path), code });
}

/** The name a person sees for a region of the form. */
export function regionLabel(problems: UiMessages['problems'], region: RegionFormValue | undefined): string {
  if (!region) return problems.aRegion;
  if (region.kind === 'catalog') return findCatalogRegion(region.regionId)?.name ?? region.regionId;
  return region.name.trim() === '' ? problems.customSite(region.regionId) : region.name.trim();
}

/** Where a problem is, in the questionnaire's words: "Clusters in Asia Pacific (Tokyo)". */
export function describeProblemPlace(
  problems: UiMessages['problems'],
  values: QuestionnaireValues,
  path: readonly PropertyKey[],
): string {
  const [first, index, field] = path;
  if (first === 'regions' && typeof index === 'number') {
    const name = regionLabel(problems, values.regions[index]);
    switch (field) {
      case 'clusters':
        return problems.clustersIn(name);
      case 'name':
        return problems.nameOf(name);
      case 'lat':
        return problems.latitudeOf(name);
      case 'lon':
        return problems.longitudeOf(name);
      default:
        return name;
    }
  }
  if (first === 'regions') return problems.regions;
  const key = path.map(String).join('.');
  return key in problems.questions ? problems.questions[key as keyof typeof problems.questions] : key;
}
