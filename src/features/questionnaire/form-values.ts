import type { UiMessages } from '../../components/i18n';
import {
  type Answers,
  type AnswersProblemDetail,
  type Connectivity,
  type DecisionMetadata,
  findCatalogRegion,
  jurisdictionOf,
  MAINLAND_CHINA_JURISDICTION_ID,
  type PriorityKey,
  problemField,
  regionDisplayName,
  type SiteKind,
} from '../../engine';

/**
 * What the form holds: the answers document with every number kept as the text the person typed, so a
 * validation error never throws their input away. `questionnaireSchema` turns it into an answers document (answers-document.ts) and
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
  /** How many of its clusters are of each kind; each '' is not said. Absent in values stored before it was asked. */
  clusterKinds?: ClusterKindsFormValue | undefined;
  /** The region's answers the questionnaire does not ask (yet), as they came: editing never drops them. */
  carried?: Record<string, unknown> | undefined;
}

/** A region's clusters by kind, as typed. */
export interface ClusterKindsFormValue {
  provisioned: string;
  imported: string;
  hosted: string;
}

export const CLUSTER_KIND_KEYS = ['provisioned', 'imported', 'hosted'] as const;

export interface JurisdictionFormValue {
  id: string;
  name: string;
  keepManagementInside: boolean;
  /** The strict two-way rule: its planes manage only its own regions. */
  planesManageOnlyInside?: boolean | undefined;
  /** Where its planes may run (country codes, catalog ids, own site ids); empty leaves the answer out. */
  allowedLocations?: string[] | undefined;
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
  /** '' (or absent, in values stored before it was asked) leaves the answer out: no growth. */
  clustersInTwoYears?: string | undefined;
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
  'clusterKinds',
]);
const FORM_JURISDICTION_KEYS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'keepManagementInside',
  'planesManageOnlyInside',
  'allowedLocations',
]);
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
  'clustersInTwoYears',
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
export const NEW_REGION_CONSTRAINTS = {
  siteKind: '',
  connectivity: '',
  nodes: '',
  jurisdiction: '',
  clusterKinds: { provisioned: '', imported: '', hosted: '' },
} as const;

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
        clusterKinds: {
          provisioned: formatNumber(region.clusterKinds?.provisioned),
          imported: formatNumber(region.clusterKinds?.imported),
          hosted: formatNumber(region.clusterKinds?.hosted),
        },
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
    clustersInTwoYears: formatNumber(answers.clustersInTwoYears),
    jurisdictions: (answers.jurisdictions ?? []).map((jurisdiction) => ({
      id: jurisdiction.id,
      name: jurisdiction.name,
      keepManagementInside: jurisdiction.keepManagementInside ?? true,
      planesManageOnlyInside: jurisdiction.planesManageOnlyInside ?? false,
      allowedLocations: [...(jurisdiction.allowedLocations ?? [])],
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

/** How many constraints the form sets: each region's, the top-level ones, each jurisdiction and measurement. */
export function countConstraints(values: QuestionnaireValues): number {
  const perRegion = values.regions.reduce(
    (sum, region) =>
      sum +
      [
        region.siteKind,
        region.connectivity,
        region.nodes.trim(),
        region.jurisdiction,
        CLUSTER_KIND_KEYS.map((key) => region.clusterKinds?.[key] ?? '')
          .join('')
          .trim(),
      ].filter((value) => value !== '').length,
    0,
  );
  const topLevel = [
    values.nodesPerCluster.trim(),
    values.provisionedPercent.trim(),
    (values.clustersInTwoYears ?? '').trim(),
    values.hub.regionId,
  ].filter((value) => value !== '').length;
  return perRegion + topLevel + values.jurisdictions.length + values.latencies.length;
}

/**
 * Whether the engine puts a region without a jurisdiction of its own in mainland China's (the catalog says so of
 * its regions, the coordinates of a custom site), so the form can show the rule that applies.
 */
export function isInferredMainlandChina(region: RegionFormValue): boolean {
  if (region.jurisdiction !== '') return false;
  const lat = readNumber(region.lat);
  const lon = readNumber(region.lon);
  const position = typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : {};
  return jurisdictionOf({ id: region.regionId, ...position }) === MAINLAND_CHINA_JURISDICTION_ID;
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
