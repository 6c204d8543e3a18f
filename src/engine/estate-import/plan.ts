import { DEFAULT_NODES_PER_CLUSTER, MAX_REGIONS } from '../answer-limits';
import { type Answers, type AnswersInput, type FieldProblem, parseAnswers, type RegionAnswer } from '../answers';
import { findCatalogRegion } from '../regions/catalog';
import { type EstateImport, groupByRegion, type ImportedRegion, type Placements } from './estate';
import type { ClusterKinds, FoundCluster, RegionDetails } from './types';

/** Merge: imported regions replace the counts of the same regions and are added when new; the rest stay. Replace: the regions become the imported ones. */
export type ImportMode = 'merge' | 'replace';

/** What a region holds, as the preview compares it. */
export interface RegionCounts {
  readonly clusters: number;
  /** Left out: the engine estimates clusters × nodesPerCluster. */
  readonly nodes?: number;
  readonly clusterKinds?: ClusterKinds;
}

export interface RegionChange {
  readonly id: string;
  readonly change: 'added' | 'changed' | 'removed' | 'unchanged';
  readonly before?: RegionCounts;
  readonly after?: RegionCounts;
  /** How many of `after.clusters` have no node count in their lists, and are counted at nodesPerCluster in `after.nodes`. */
  readonly nodesEstimatedFor?: number;
}

/** What else an import changes so that the answers stay valid (only when regions are removed). */
export type ImportAdjustment =
  | { readonly kind: 'latency-dropped'; readonly from: string; readonly to: string }
  | { readonly kind: 'jurisdiction-dropped'; readonly id: string; readonly name: string }
  | { readonly kind: 'hub-unpinned'; readonly regionId: string };

/** Why an import cannot be applied as it stands. */
export type PlanProblem =
  /** No cluster has a region yet: there is nothing to put in the answers. */
  | { readonly kind: 'nothing-placed' }
  | { readonly kind: 'too-many-regions'; readonly count: number; readonly max: number }
  /** A cluster placed in a region id that is neither a catalog region nor one of the import's or answers' sites. */
  | { readonly kind: 'unknown-placement'; readonly cluster: string; readonly regionId: string }
  /** The answers the import would make break a rule of the answers document (a limit): each rule named. */
  | { readonly kind: 'invalid-answers'; readonly problems: readonly FieldProblem[] };

export interface ImportPlan {
  readonly mode: ImportMode;
  /** Every region of the answers before and after, in the order of the result; removed ones last. */
  readonly changes: readonly RegionChange[];
  readonly adjustments: readonly ImportAdjustment[];
  /** Clusters no list places and the person has not placed: left out of the answers. */
  readonly unplaced: readonly FoundCluster[];
  /** The answers document to write (defaults left out when there were no answers before). */
  readonly document: AnswersInput;
  readonly result:
    | { readonly ok: true; readonly answers: Answers }
    | { readonly ok: false; readonly problems: readonly PlanProblem[] };
}

export interface PlanOptions {
  readonly mode: ImportMode;
  readonly placements?: Placements;
}

/**
 * What applying an import to the answers would give, as data for a preview: each region added, changed, removed or
 * unchanged, what else had to change, the clusters still to place, and the resulting answers (validated). With no
 * answers before, the result is a document of the imported regions alone. Pure: nothing is applied.
 */
export function planImport(before: Answers | undefined, estate: EstateImport, options: PlanOptions): ImportPlan {
  const { regions: imported, unplaced } = groupByRegion(estate, options.placements);
  const details = new Map(estate.regions.map((region) => [region.id, region]));
  const beforeRegions = before?.regions ?? [];
  const beforeById = new Map(beforeRegions.map((region) => [region.id, region]));
  const nodesPerCluster = before?.nodesPerCluster ?? DEFAULT_NODES_PER_CLUSTER;
  const problems: PlanProblem[] = [];
  const placedIn = new Map([...(options.placements ?? [])].map(([key, regionId]) => [regionId, key]));
  for (const [regionId, key] of placedIn) {
    if (findCatalogRegion(regionId) || details.has(regionId) || beforeById.has(regionId)) continue;
    const cluster = estate.clusters.find((each) => each.key === key);
    problems.push({ kind: 'unknown-placement', cluster: cluster?.name ?? key, regionId });
  }

  const importedById = new Map(imported.map((region) => [region.id, region]));
  const toAnswer = (region: ImportedRegion) =>
    regionAnswer(region, details.get(region.id), beforeById.get(region.id), nodesPerCluster);
  const kept =
    options.mode === 'merge'
      ? beforeRegions.map((region) => {
          const update = importedById.get(region.id);
          return update ? toAnswer(update) : region;
        })
      : [];
  const added = imported.filter((region) => options.mode === 'replace' || !beforeById.has(region.id)).map(toAnswer);
  const regions = [...kept, ...added];

  const changes: RegionChange[] = regions.map((region) => {
    const previous = beforeById.get(region.id);
    const estimated = importedById.get(region.id);
    const nodesEstimatedFor =
      estimated && region.nodes !== undefined && estimated.clustersWithoutNodes > 0
        ? { nodesEstimatedFor: estimated.clustersWithoutNodes }
        : {};
    if (previous === undefined)
      return { id: region.id, change: 'added', after: countsOf(region), ...nodesEstimatedFor };
    const same = JSON.stringify(previous) === JSON.stringify(region);
    return {
      id: region.id,
      change: same ? 'unchanged' : 'changed',
      before: countsOf(previous),
      after: countsOf(region),
      ...(same ? {} : nodesEstimatedFor),
    };
  });
  const ids = new Set(regions.map((region) => region.id));
  for (const region of beforeRegions) {
    if (!ids.has(region.id)) changes.push({ id: region.id, change: 'removed', before: countsOf(region) });
  }

  const { rest, adjustments } = keepValidReferences(before, ids);
  const document: AnswersInput = before === undefined ? { version: 1, regions } : { ...rest, regions };
  if (regions.length === 0) problems.push({ kind: 'nothing-placed' });
  if (regions.length > MAX_REGIONS)
    problems.push({ kind: 'too-many-regions', count: regions.length, max: MAX_REGIONS });
  if (problems.length > 0) return plan(options.mode, changes, adjustments, unplaced, document, { ok: false, problems });
  const parsed = parseAnswers(document);
  return plan(
    options.mode,
    changes,
    adjustments,
    unplaced,
    document,
    parsed.ok
      ? { ok: true, answers: parsed.value }
      : { ok: false, problems: [{ kind: 'invalid-answers', problems: parsed.problems }] },
  );
}

function plan(
  mode: ImportMode,
  changes: readonly RegionChange[],
  adjustments: readonly ImportAdjustment[],
  unplaced: readonly FoundCluster[],
  document: AnswersInput,
  result: ImportPlan['result'],
): ImportPlan {
  return { mode, changes, adjustments, unplaced, document, result };
}

/**
 * An imported region as an answer. The import is the truth for its clusters, nodes and kinds; what only the answers
 * say of the region (jurisdiction, connectivity, a name) is kept, unless a CSV says otherwise.
 */
function regionAnswer(
  region: ImportedRegion,
  details: RegionDetails | undefined,
  previous: RegionAnswer | undefined,
  nodesPerCluster: number,
): RegionAnswer {
  const { clusters, knownNodes, clustersWithoutNodes } = region;
  // Clusters without a count are estimated as the engine would; none with a count leaves the estimate to it.
  const nodes =
    clustersWithoutNodes === clusters
      ? undefined
      : Math.max(clusters, knownNodes + Math.round(clustersWithoutNodes * nodesPerCluster));
  const name = details?.name ?? previous?.name;
  const lat = details?.lat ?? previous?.lat;
  const lon = details?.lon ?? previous?.lon;
  const siteKind = details?.siteKind ?? previous?.siteKind;
  const connectivity = details?.connectivity ?? previous?.connectivity;
  const catalog = findCatalogRegion(region.id) !== undefined;
  return {
    id: region.id,
    ...(name === undefined ? {} : { name }),
    ...(catalog || lat === undefined ? {} : { lat }),
    ...(catalog || lon === undefined ? {} : { lon }),
    clusters,
    ...(siteKind === undefined ? {} : { siteKind }),
    ...(connectivity === undefined ? {} : { connectivity }),
    ...(nodes === undefined ? {} : { nodes }),
    ...(previous?.jurisdiction === undefined ? {} : { jurisdiction: previous.jurisdiction }),
    ...(Object.keys(region.kinds).length === 0 ? {} : { clusterKinds: region.kinds }),
  };
}

function countsOf(region: RegionAnswer): RegionCounts {
  return {
    clusters: region.clusters,
    ...(region.nodes === undefined ? {} : { nodes: region.nodes }),
    ...(region.clusterKinds === undefined ? {} : { clusterKinds: region.clusterKinds }),
  };
}

/** The answers besides their regions, without what would point at a removed region, and what was taken out. */
function keepValidReferences(
  before: Answers | undefined,
  ids: ReadonlySet<string>,
): { rest: Omit<Answers, 'regions'>; adjustments: ImportAdjustment[] } {
  const adjustments: ImportAdjustment[] = [];
  if (before === undefined) return { rest: {} as Omit<Answers, 'regions'>, adjustments };
  const { regions, latencies, jurisdictions, hub, ...rest } = before;
  const hubKept = hub !== undefined && (ids.has(hub.regionId) || findCatalogRegion(hub.regionId) !== undefined);
  if (hub !== undefined && !hubKept) adjustments.push({ kind: 'hub-unpinned', regionId: hub.regionId });
  const ends = new Set(ids);
  if (hubKept) ends.add(hub.regionId);
  const keptLatencies = (latencies ?? []).filter((latency) => {
    const keep = ends.has(latency.from) && ends.has(latency.to);
    if (!keep) adjustments.push({ kind: 'latency-dropped', from: latency.from, to: latency.to });
    return keep;
  });
  const remaining = regions.filter((region) => ids.has(region.id));
  const used = new Set(remaining.map((region) => region.jurisdiction));
  const keptJurisdictions = (jurisdictions ?? []).filter((jurisdiction) => {
    const keep = used.has(jurisdiction.id);
    if (!keep) adjustments.push({ kind: 'jurisdiction-dropped', id: jurisdiction.id, name: jurisdiction.name });
    return keep;
  });
  return {
    rest: {
      ...rest,
      ...(hubKept ? { hub } : {}),
      ...(keptLatencies.length > 0 ? { latencies: keptLatencies } : {}),
      ...(keptJurisdictions.length > 0 ? { jurisdictions: keptJurisdictions } : {}),
    },
    adjustments,
  };
}
