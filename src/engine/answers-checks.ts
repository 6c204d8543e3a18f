// The answers document's checks across fields (duplicate ids, custom sites, jurisdictions, the pinned hub, measured
// round trips), apart from the schema so each file stays readable. They read the document structurally, so this
// module needs nothing from answers.ts.
import { jurisdictionOf, siteKindOf } from './answer-defaults';
import { CLUSTER_KIND_COUNT_RANGE, MAINLAND_CHINA_JURISDICTION_ID, NODES_RANGE, type SiteKind } from './answer-limits';
import type { AnswersProblemDetail } from './problem-detail';
import { findCatalogRegion, regionCatalog } from './regions/catalog';
import { isCountryCode } from './regions/countries';
import { type GeoPoint, greatCircleDistanceKm } from './regions/geo';
import { FIBRE_FLOOR_MS_PER_100KM } from './regions/rtt-model';

/** The catalog's providers ("aws", "azure", ...): an id with one of them before its colon means a catalog region. */
const CATALOG_PROVIDERS: ReadonlySet<string> = new Set(regionCatalog.map((region) => region.provider));

/** The `code` of the problem "this looks like a catalog id, but the catalog has no such region". */
export const UNKNOWN_REGION_CODE = 'unknown_region';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the checks read of a document whose fields passed their own checks. */
export interface CheckedDocument {
  readonly regions: readonly {
    readonly id: string;
    readonly name?: string | undefined;
    readonly lat?: number | undefined;
    readonly lon?: number | undefined;
    readonly siteKind?: SiteKind | undefined;
    readonly jurisdiction?: string | undefined;
    readonly connectivity?: 'connected' | 'intermittent' | 'air-gapped' | undefined;
  }[];
  readonly jurisdictions?:
    | readonly {
        readonly id: string;
        readonly keepManagementInside?: boolean | undefined;
        readonly planesManageOnlyInside?: boolean | undefined;
        readonly allowedLocations?: readonly string[] | undefined;
      }[]
    | undefined;
  readonly hub?: { readonly regionId: string } | undefined;
  readonly latencies?: readonly { readonly from: string; readonly to: string; readonly ms: number }[] | undefined;
}

export type ReportProblem = (path: PropertyKey[], message: string, detail: AnswersProblemDetail) => void;

/** Reports a region problem; `code` marks the few that another language names by code instead of detail. */
export type ReportRegionProblem = (
  path: PropertyKey[],
  message: string,
  detail: AnswersProblemDetail | Record<string, never>,
  code?: string,
) => void;

export function checkRegions(regions: readonly unknown[], report: ReportRegionProblem): void {
  const seen = new Map<string, number>();
  regions.forEach((region, index) => {
    if (!isRecord(region) || typeof region.id !== 'string') return;
    const id = region.id.trim();
    const first = seen.get(id);
    if (first !== undefined) {
      report(
        ['regions', index, 'id'],
        `duplicate region id "${id}" (already used by regions[${first}]); list each region once and add up its clusters`,
        { kind: 'duplicate-region', regionId: id, firstIndex: first },
      );
    } else {
      seen.set(id, index);
    }
    const { nodes, clusters } = region;
    if (typeof nodes === 'number' && typeof clusters === 'number' && nodes >= NODES_RANGE.min && nodes < clusters) {
      report(
        ['regions', index, 'nodes'],
        `nodes (${nodes}) must be at least clusters (${clusters}): every cluster has at least one node; raise nodes or lower clusters`,
        { kind: 'nodes-below-clusters', nodes, clusters },
      );
    }
    const kinds = region.clusterKinds;
    if (isRecord(kinds) && typeof clusters === 'number') {
      const counted = ['provisioned', 'imported', 'hosted'].reduce(
        (sum, key) =>
          sum +
          (typeof kinds[key] === 'number' && (kinds[key] as number) >= CLUSTER_KIND_COUNT_RANGE.min
            ? (kinds[key] as number)
            : 0),
        0,
      );
      if (counted > clusters) {
        report(
          ['regions', index, 'clusterKinds'],
          `they count ${counted} clusters, more than the region's ${clusters}: lower a count, or raise the region's clusters`,
          { kind: 'cluster-kinds-exceed', counted, clusters },
        );
      }
    }
    if (findCatalogRegion(id)) return;
    // A custom site may be called anything, "aws:lab" too, once it says where it is; an incomplete one whose id looks
    // like a catalog id was meant as a cloud region, and that is what to say.
    const [provider, code] = id.split(':', 2);
    const incomplete = region.name === undefined || region.lat === undefined || region.lon === undefined;
    if (incomplete && code !== undefined && provider !== undefined && CATALOG_PROVIDERS.has(provider)) {
      report(
        ['regions', index, 'id'],
        `unknown region id "${id}": the catalog has no ${provider} region "${code}" (check the spelling; a custom site takes an id without a provider prefix, and a name, lat and lon)`,
        {},
        UNKNOWN_REGION_CODE,
      );
      return;
    }
    // Not in the catalog: a custom site, which must say where it is.
    const hint = `"${id}" is not a catalog region, so it is read as a custom site`;
    if (region.name === undefined) {
      report(
        ['regions', index, 'name'],
        `name is required for a custom site (${hint}; check the id's spelling if you meant a cloud region)`,
        { kind: 'custom-site-needs', regionId: id, field: 'name' },
      );
    }
    for (const coordinate of ['lat', 'lon'] as const) {
      if (region[coordinate] === undefined) {
        report(
          ['regions', index, coordinate],
          `${coordinate === 'lat' ? 'latitude' : 'longitude'} is required for a custom site (${hint})`,
          { kind: 'custom-site-needs', regionId: id, field: coordinate },
        );
      }
    }
  });
}

export function checkJurisdictions(answers: CheckedDocument, report: ReportProblem): void {
  const declared = new Map<string, number>();
  (answers.jurisdictions ?? []).forEach((jurisdiction, index) => {
    const first = declared.get(jurisdiction.id);
    if (first === undefined) {
      declared.set(jurisdiction.id, index);
      return;
    }
    report(
      ['jurisdictions', index, 'id'],
      `duplicate jurisdiction id "${jurisdiction.id}" (already used by jurisdictions[${first}]); give each jurisdiction its own id`,
      { kind: 'duplicate-jurisdiction', jurisdiction: jurisdiction.id, firstIndex: first },
    );
  });
  const regionIds = new Set(answers.regions.map((region) => region.id));
  (answers.jurisdictions ?? []).forEach((jurisdiction, index) => {
    if (jurisdiction.planesManageOnlyInside === true && jurisdiction.keepManagementInside === false) {
      report(
        ['jurisdictions', index, 'planesManageOnlyInside'],
        `jurisdiction "${jurisdiction.id}" lets its regions be managed from outside (keepManagementInside false), so its planes cannot be kept to its own regions: set keepManagementInside to true or remove planesManageOnlyInside`,
        { kind: 'strict-without-inside', jurisdiction: jurisdiction.id },
      );
    }
    (jurisdiction.allowedLocations ?? []).forEach((location, position) => {
      if (isCountryCode(location) || findCatalogRegion(location) || regionIds.has(location)) return;
      const suggestion = isCountryCode(location.toUpperCase()) ? location.toUpperCase() : null;
      report(
        ['jurisdictions', index, 'allowedLocations', position],
        `unknown place "${location}": name a country by its two-letter ISO code (such as "DE" or "GB"), a catalog region id (such as "aws:eu-west-2") or the id of one of your regions${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        { kind: 'unknown-location', location, suggestion },
      );
    });
  });
  const used = new Set<string>();
  answers.regions.forEach((region, index) => {
    const jurisdiction = jurisdictionOf(region);
    if (jurisdiction !== undefined) used.add(jurisdiction);
    if (region.jurisdiction === undefined || declared.has(region.jurisdiction)) return;
    if (region.jurisdiction === MAINLAND_CHINA_JURISDICTION_ID) return;
    report(
      ['regions', index, 'jurisdiction'],
      `unknown jurisdiction "${region.jurisdiction}": declare it in jurisdictions or remove it`,
      { kind: 'unknown-jurisdiction', jurisdiction: region.jurisdiction },
    );
  });
  for (const [id, index] of declared) {
    if (used.has(id)) continue;
    report(['jurisdictions', index], `no region is in jurisdiction "${id}": mark regions with it or remove it`, {
      kind: 'empty-jurisdiction',
      jurisdiction: id,
    });
  }
}

export function checkHub(answers: CheckedDocument, report: ReportProblem): void {
  if (answers.hub === undefined) return;
  const { regionId } = answers.hub;
  const region = answers.regions.find((candidate) => candidate.id === regionId);
  if (region === undefined && findCatalogRegion(regionId) === undefined) {
    report(
      ['hub', 'regionId'],
      `"${regionId}" is neither a region of the answers nor a catalog region: pin the hub to one of regions[].id or to a catalog id such as "aws:eu-west-1"`,
      { kind: 'unknown-hub', regionId },
    );
    return;
  }
  if (region !== undefined && siteKindOf(region) === 'edge') {
    report(
      ['hub', 'regionId'],
      `"${regionId}" is an edge site, and an edge location cannot host the management plane: pin the hub to a cloud region or data centre`,
      { kind: 'edge-hub', regionId },
    );
    return;
  }
  // Mainland China's planes manage only mainland China (its implicit rule is strict): a hub pinned there has nothing
  // to manage unless some region of the answers is there too.
  const inChina = (candidate: CheckedDocument['regions'][number]) =>
    findCatalogRegion(candidate.id)?.mainlandChina === true ||
    jurisdictionOf(candidate) === MAINLAND_CHINA_JURISDICTION_ID;
  if (region === undefined && findCatalogRegion(regionId)?.mainlandChina && !answers.regions.some(inChina)) {
    report(
      ['hub', 'regionId'],
      `"${regionId}" is in mainland China, whose planes manage only regions in mainland China, and none of your regions is there: pin the hub outside mainland China`,
      { kind: 'mainland-china-hub', regionId },
    );
    return;
  }
  const connectivity = region?.connectivity;
  if (connectivity === 'intermittent' || connectivity === 'air-gapped') {
    report(
      ['hub', 'regionId'],
      `"${regionId}" is ${connectivity === 'intermittent' ? 'on an intermittent link' : 'air-gapped'}, so it cannot host the central management plane for other regions: pin the hub to a connected cloud region or data centre`,
      { kind: 'unconnected-hub', regionId, connectivity },
    );
  }
}

/** Where a region of the answers (or a catalog region) is; undefined for a custom site with no coordinates. */
function positionOf(answers: CheckedDocument, id: string): GeoPoint | undefined {
  const catalog = findCatalogRegion(id);
  if (catalog) return catalog;
  const region = answers.regions.find((candidate) => candidate.id === id);
  return region?.lat !== undefined && region.lon !== undefined ? { lat: region.lat, lon: region.lon } : undefined;
}

export function checkLatencies(answers: CheckedDocument, report: ReportProblem): void {
  const known = new Set(answers.regions.map((region) => region.id));
  if (answers.hub !== undefined) known.add(answers.hub.regionId);
  const pairs = new Map<string, number>();
  (answers.latencies ?? []).forEach((latency, index) => {
    let usable = true;
    for (const end of ['from', 'to'] as const) {
      const regionId = latency[end];
      if (known.has(regionId)) continue;
      usable = false;
      report(
        ['latencies', index, end],
        `"${regionId}" is not a region of the answers${answers.hub === undefined ? '' : ' nor the pinned hub'}: measure between regions you listed, or add this one`,
        { kind: 'unknown-latency-end', regionId },
      );
    }
    if (!usable) return;
    if (latency.from === latency.to) {
      report(
        ['latencies', index, 'to'],
        `from and to are both "${latency.from}": a measured round trip is between two different regions`,
        { kind: 'same-latency-ends', regionId: latency.from },
      );
      return;
    }
    const pair = [latency.from, latency.to].sort().join('\n');
    const first = pairs.get(pair);
    if (first !== undefined) {
      report(
        ['latencies', index, 'from'],
        `the round trip between "${latency.from}" and "${latency.to}" is already measured in latencies[${first}]: keep one measurement per pair`,
        { kind: 'duplicate-latency-pair', from: latency.from, to: latency.to, firstIndex: first },
      );
      return;
    }
    pairs.set(pair, index);
    const from = positionOf(answers, latency.from);
    const to = positionOf(answers, latency.to);
    if (from === undefined || to === undefined) return;
    const distanceKm = greatCircleDistanceKm(from, to);
    const floorMs = (distanceKm / 100) * FIBRE_FLOOR_MS_PER_100KM;
    if (latency.ms >= floorMs) return;
    const detail = {
      kind: 'below-fibre-floor',
      ms: latency.ms,
      from: latency.from,
      to: latency.to,
      distanceKm: Math.round(distanceKm),
      floorMs: Math.ceil(floorMs * 10) / 10,
    } as const;
    report(
      ['latencies', index, 'ms'],
      `${detail.ms} ms is faster than light in fibre over the ${detail.distanceKm} km between "${detail.from}" and "${detail.to}" (at least ${detail.floorMs} ms): check the figure or the sites' positions`,
      detail,
    );
  });
}
