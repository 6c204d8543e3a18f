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

/**
 * A typed number, or the text itself when it is not one: the schema's number check then reports it in the
 * engine's words ("clusters must be a whole number from 1 to 10000") instead of a default silently applying.
 */
export function readNumber(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const value = Number(trimmed);
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

/** An engine message as a sentence on a field: "clusters must be at least 1" becomes "Clusters must be at least 1." */
export function toFieldMessage(message: string): string {
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?)]$/.test(sentence) ? sentence : `${sentence}.`;
}

const QUESTION_LABELS: Readonly<Record<string, string>> = {
  latencyToleranceMs: 'Highest acceptable round trip',
  opsEngineers: 'Operations engineers',
  crossRegionEnvironments: 'Environments that span regions',
  'priorities.singlePane': 'One interface for every region',
  'priorities.multiClusterApps': 'One app to many regions in one step',
  'priorities.faultIsolation': 'Regions keep working during an outage',
  'priorities.independentUpgrades': 'Upgrading region by region',
};

/** The name a person sees for a region of the form. */
export function regionLabel(region: RegionFormValue | undefined): string {
  if (!region) return 'a region';
  if (region.kind === 'catalog') return findCatalogRegion(region.regionId)?.name ?? region.regionId;
  return region.name.trim() === '' ? `custom site ${region.regionId}` : region.name.trim();
}

/** Where a problem is, in the questionnaire's words: "Clusters in Asia Pacific (Tokyo)". */
export function describeProblemPlace(values: QuestionnaireValues, path: readonly PropertyKey[]): string {
  const [first, index, field] = path;
  if (first === 'regions' && typeof index === 'number') {
    const name = regionLabel(values.regions[index]);
    switch (field) {
      case 'clusters':
        return `Clusters in ${name}`;
      case 'name':
        return `Name of ${name}`;
      case 'lat':
        return `Latitude of ${name}`;
      case 'lon':
        return `Longitude of ${name}`;
      default:
        return name;
    }
  }
  if (first === 'regions') return 'Regions';
  return QUESTION_LABELS[path.map(String).join('.')] ?? path.map(String).join('.');
}
