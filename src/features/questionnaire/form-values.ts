import type { UiMessages } from '../../components/i18n';
import {
  type Answers,
  type AnswersProblemDetail,
  type Connectivity,
  type DecisionMetadata,
  findCatalogRegion,
  PRIORITY_KEYS,
  type PriorityKey,
  problemField,
  regionDisplayName,
  type SiteKind,
} from '../../engine';

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
  /** '' leaves the answer out: the default for the region's kind (cloud for a catalog region, data centre otherwise). */
  siteKind: '' | SiteKind;
  /** '' leaves the answer out: connected. */
  connectivity: '' | Connectivity;
  /** '' leaves the answer out: clusters × nodes per cluster. */
  nodes: string;
  /** A declared jurisdiction's id, or '' for none. */
  jurisdiction: string;
  /** The region's answers the questionnaire does not ask (yet), as they came: editing never drops them. */
  carried?: Record<string, unknown> | undefined;
}

export interface JurisdictionFormValue {
  id: string;
  name: string;
  keepManagementInside: boolean;
  /** The jurisdiction's answers the questionnaire does not ask (yet), as they came. */
  carried?: Record<string, unknown> | undefined;
}

export interface LatencyFormValue {
  /** Region ids (of the answers, or the pinned hub). */
  from: string;
  to: string;
  ms: string;
}

export interface QuestionnaireValues {
  regions: RegionFormValue[];
  latencyToleranceMs: string;
  opsEngineers: string;
  crossRegionEnvironments: 'yes' | 'no';
  /** '0' (does not matter) to '4' (must have): radio values are text. */
  priorities: Record<PriorityKey, string>;
  /** '' leaves the answer out (10). */
  nodesPerCluster: string;
  /** '' leaves the answer out (not said). */
  provisionedPercent: string;
  jurisdictions: JurisdictionFormValue[];
  /** `regionId` '' when the hub is not pinned. */
  hub: { regionId: string };
  latencies: LatencyFormValue[];
  /** The decision record's front matter, set outside the questionnaire: carried through as it is. */
  decision?: DecisionMetadata | undefined;
  /** Top-level answers the questionnaire does not ask (yet), as they came. */
  carried?: Record<string, unknown> | undefined;
}

/** The answers each part of the form shows; any other answer of a loaded document is carried through untouched. */
const FORM_REGION_KEYS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'lat',
  'lon',
  'clusters',
  'siteKind',
  'connectivity',
  'nodes',
  'jurisdiction',
]);
const FORM_JURISDICTION_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'keepManagementInside']);
const FORM_TOP_LEVEL_KEYS: ReadonlySet<string> = new Set([
  '$schema',
  'version',
  'regions',
  'latencyToleranceMs',
  'opsEngineers',
  'crossRegionEnvironments',
  'priorities',
  'nodesPerCluster',
  'provisionedPercent',
  'jurisdictions',
  'hub',
  'latencies',
  'decision',
]);

/** The answers of `value` outside `known`, or nothing when there are none. */
function carriedOf(value: object, known: ReadonlySet<string>): { carried?: Record<string, unknown> } {
  const entries = Object.entries(value).filter(([key, entry]) => !known.has(key) && entry !== undefined);
  return entries.length === 0 ? {} : { carried: Object.fromEntries(entries) };
}

/** A new region row: every constraint left at its default. */
export const NEW_REGION_CONSTRAINTS = { siteKind: '', connectivity: '', nodes: '', jurisdiction: '' } as const;

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
        // The default given explicitly means the same as no answer, which is how the form shows it.
        siteKind:
          region.siteKind === undefined || region.siteKind === (isCatalog ? 'cloud' : 'datacenter')
            ? ''
            : region.siteKind,
        connectivity:
          region.connectivity === undefined || region.connectivity === 'connected' ? '' : region.connectivity,
        nodes: formatNumber(region.nodes),
        jurisdiction: region.jurisdiction ?? '',
        ...carriedOf(region, FORM_REGION_KEYS),
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
    nodesPerCluster: formatNumber(answers.nodesPerCluster),
    provisionedPercent: formatNumber(answers.provisionedPercent),
    jurisdictions: (answers.jurisdictions ?? []).map((jurisdiction) => ({
      id: jurisdiction.id,
      name: jurisdiction.name,
      keepManagementInside: jurisdiction.keepManagementInside ?? true,
      ...carriedOf(jurisdiction, FORM_JURISDICTION_KEYS),
    })),
    hub: { regionId: answers.hub?.regionId ?? '' },
    latencies: (answers.latencies ?? []).map((latency) => ({
      from: latency.from,
      to: latency.to,
      ms: String(latency.ms),
    })),
    ...(answers.decision === undefined ? {} : { decision: answers.decision }),
    ...carriedOf(answers, FORM_TOP_LEVEL_KEYS),
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

/** An optional answer: left out when nothing is typed, else the typed number (or text, for the schema to name). */
function optionalNumber<Key extends string>(key: Key, text: string): { [K in Key]?: number | string } {
  return (text.trim() === '' ? {} : { [key]: readNumber(text) }) as { [K in Key]?: number | string };
}

function optionalChoice<Key extends string>(key: Key, value: string): { [K in Key]?: string } {
  return (value === '' ? {} : { [key]: value }) as { [K in Key]?: string };
}

function regionConstraints(region: RegionFormValue) {
  return {
    ...optionalChoice('siteKind', region.siteKind),
    ...optionalChoice('connectivity', region.connectivity),
    ...optionalNumber('nodes', region.nodes),
    ...optionalChoice('jurisdiction', region.jurisdiction),
  };
}

/**
 * A region's answers the form does not show, as long as they still fit what it does: cluster kinds (an import's, a
 * file's) that count more clusters than the person now types no longer describe the region, and are left out (its
 * clusters then follow the estate's provisionedPercent) rather than stop the form with a count it cannot edit.
 */
function carriedFitting(region: RegionFormValue): Record<string, unknown> | undefined {
  const kinds = region.carried?.clusterKinds;
  const clusters = readNumber(region.clusters);
  if (typeof kinds !== 'object' || kinds === null || typeof clusters !== 'number') return region.carried;
  const counted = Object.values(kinds).reduce<number>((sum, count) => sum + (typeof count === 'number' ? count : 0), 0);
  if (counted <= clusters) return region.carried;
  const { clusterKinds: _stale, ...rest } = region.carried ?? {};
  return rest;
}

/** The answers document the form describes (not yet validated). Constraints left empty are left out. */
export function toAnswersDocument(values: QuestionnaireValues): unknown {
  return {
    ...values.carried,
    version: 1,
    regions: values.regions.map((region) =>
      region.kind === 'catalog'
        ? {
            ...carriedFitting(region),
            id: region.regionId,
            ...(region.name.trim() === '' ? {} : { name: region.name }),
            clusters: readNumber(region.clusters),
            ...regionConstraints(region),
          }
        : {
            ...carriedFitting(region),
            id: region.regionId,
            name: region.name,
            lat: readNumber(region.lat),
            lon: readNumber(region.lon),
            clusters: readNumber(region.clusters),
            ...regionConstraints(region),
          },
    ),
    latencyToleranceMs: readNumber(values.latencyToleranceMs),
    opsEngineers: readNumber(values.opsEngineers),
    crossRegionEnvironments: values.crossRegionEnvironments === 'yes',
    priorities: Object.fromEntries(PRIORITY_KEYS.map((key) => [key, readNumber(values.priorities[key])])),
    ...optionalNumber('nodesPerCluster', values.nodesPerCluster),
    ...optionalNumber('provisionedPercent', values.provisionedPercent),
    ...(values.jurisdictions.length === 0
      ? {}
      : {
          jurisdictions: values.jurisdictions.map((jurisdiction) => ({
            ...jurisdiction.carried,
            id: jurisdiction.id,
            name: jurisdiction.name,
            ...(jurisdiction.keepManagementInside ? {} : { keepManagementInside: false }),
          })),
        }),
    ...(values.hub.regionId === '' ? {} : { hub: { regionId: values.hub.regionId } }),
    ...(values.latencies.length === 0
      ? {}
      : {
          latencies: values.latencies.map((latency) => ({
            from: latency.from,
            to: latency.to,
            ms: readNumber(latency.ms),
          })),
        }),
    ...(values.decision === undefined ? {} : { decision: values.decision }),
  };
}

/** How many constraints the form sets: each region's, the top-level ones, each jurisdiction and measurement. */
export function countConstraints(values: QuestionnaireValues): number {
  const perRegion = values.regions.reduce(
    (sum, region) =>
      sum +
      [region.siteKind, region.connectivity, region.nodes.trim(), region.jurisdiction].filter((value) => value !== '')
        .length,
    0,
  );
  const topLevel = [values.nodesPerCluster.trim(), values.provisionedPercent.trim(), values.hub.regionId].filter(
    (value) => value !== '',
  ).length;
  return perRegion + topLevel + values.jurisdictions.length + values.latencies.length;
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
  detail?: AnswersProblemDetail,
): string {
  return problems.message({ message, field: problemField(path), code, detail });
}

/** The name a person sees for a region of the form. */
export function regionLabel(problems: UiMessages['problems'], region: RegionFormValue | undefined): string {
  if (!region) return problems.aRegion;
  if (region.kind === 'catalog')
    return regionDisplayName({ id: region.regionId, name: region.name.trim() || undefined });
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
      case 'siteKind':
        return problems.siteKindOf(name);
      case 'connectivity':
        return problems.connectivityOf(name);
      case 'nodes':
        return problems.nodesIn(name);
      case 'jurisdiction':
        return problems.jurisdictionOf(name);
      default:
        return name;
    }
  }
  if (first === 'regions') return problems.regions;
  if (first === 'jurisdictions' && typeof index === 'number') return problems.jurisdictionAt(index + 1);
  if (first === 'latencies' && typeof index === 'number') return problems.measurementAt(index + 1);
  const key = path.map(String).join('.');
  return key in problems.questions ? problems.questions[key as keyof typeof problems.questions] : key;
}
