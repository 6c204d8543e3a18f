import { type ReadOptions, readSource, type SourceText } from './read-source';
import {
  CLUSTER_KINDS,
  type ClusterKinds,
  type FoundCluster,
  type ImportNote,
  type ImportProblem,
  type ReadSource,
  type RegionDetails,
} from './types';

/** Everything several sources list, each cluster once. */
export interface EstateImport {
  readonly sources: readonly ReadSource[];
  /** Every cluster found, in the order of the sources; one listed by two sources appears once. */
  readonly clusters: readonly FoundCluster[];
  /** What CSVs say of regions besides their clusters (custom sites' names and coordinates). */
  readonly regions: readonly RegionDetails[];
  readonly notes: readonly ImportNote[];
}

export type EstateImportResult =
  | { readonly ok: true; readonly value: EstateImport }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

/**
 * Reads every source and puts their clusters together. A source that cannot be read fails the whole import, with
 * every problem of every source named, so nothing is imported half. A cluster that two lists name (a Rancher list
 * and a cloud's) is counted once, and a note says so.
 */
export function importEstate(sources: readonly SourceText[], options: ReadOptions = {}): EstateImportResult {
  const problems: ImportProblem[] = [];
  const read: ReadSource[] = [];
  const clusters: FoundCluster[] = [];
  const regions = new Map<string, { details: RegionDetails; source: string }>();
  const notes: ImportNote[] = [];
  const byIdentity = new Map<string, { index: number; sources: string[] }>();
  sources.forEach((source, index) => {
    const result = readSource(source, index, options);
    if (!result.ok) {
      problems.push(...result.problems);
      return;
    }
    read.push(result.source);
    notes.push(...result.notes);
    for (const details of result.regions) {
      const earlier = regions.get(details.id);
      if (earlier === undefined) regions.set(details.id, { details, source: source.name });
      else if (JSON.stringify(earlier.details) !== JSON.stringify(details)) {
        problems.push({ kind: 'site-conflict', source: source.name, id: details.id, firstSource: earlier.source });
      }
    }
    for (const cluster of result.clusters) {
      const twin = cluster.identity === undefined ? undefined : byIdentity.get(cluster.identity);
      if (twin === undefined) {
        if (cluster.identity !== undefined) {
          byIdentity.set(cluster.identity, { index: clusters.length, sources: [cluster.source] });
        }
        clusters.push(cluster);
        continue;
      }
      // The first list's entry stands; a node count only the later list gives is kept.
      const first = clusters[twin.index] as FoundCluster;
      if (first.nodes === undefined && cluster.nodes !== undefined) {
        clusters[twin.index] = { ...first, nodes: cluster.nodes };
      }
      if (!twin.sources.includes(cluster.source)) twin.sources.push(cluster.source);
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  for (const { index, sources: named } of byIdentity.values()) {
    if (named.length > 1)
      notes.push({ kind: 'counted-once', name: (clusters[index] as FoundCluster).name, sources: named });
  }
  return {
    ok: true,
    value: { sources: read, clusters, regions: [...regions.values()].map(({ details }) => details), notes },
  };
}

/** The clusters of one region after an import. */
export interface ImportedRegion {
  readonly id: string;
  readonly clusters: number;
  /** Nodes of the clusters whose lists give a count. */
  readonly knownNodes: number;
  /** Clusters whose lists give no node count. */
  readonly clustersWithoutNodes: number;
  /** Clusters of each kind, where the lists say. */
  readonly kinds: ClusterKinds;
}

/** Where the person put clusters their lists do not place: cluster key to region id. */
export type Placements = ReadonlyMap<string, string>;

/**
 * The import's clusters by region: each where its list says, or where the person placed it. The rest are
 * unplaced, in the order they were found. Regions come biggest first (then by id), so a long import reads from
 * what matters most.
 */
export function groupByRegion(
  estate: EstateImport,
  placements: Placements = new Map(),
): { readonly regions: readonly ImportedRegion[]; readonly unplaced: readonly FoundCluster[] } {
  const regions = new Map<string, { clusters: number; knownNodes: number; withoutNodes: number; kinds: Kinds }>();
  const unplaced: FoundCluster[] = [];
  for (const cluster of estate.clusters) {
    const regionId = cluster.location.kind === 'region' ? cluster.location.regionId : placements.get(cluster.key);
    if (regionId === undefined) {
      unplaced.push(cluster);
      continue;
    }
    const region = regions.get(regionId) ?? { clusters: 0, knownNodes: 0, withoutNodes: 0, kinds: {} };
    region.clusters += cluster.count;
    if (cluster.nodes === undefined) region.withoutNodes += cluster.count;
    else region.knownNodes += cluster.nodes;
    if (cluster.kind !== undefined) region.kinds[cluster.kind] = (region.kinds[cluster.kind] ?? 0) + cluster.count;
    regions.set(regionId, region);
  }
  const list = [...regions].map(
    ([id, region]): ImportedRegion => ({
      id,
      clusters: region.clusters,
      knownNodes: region.knownNodes,
      clustersWithoutNodes: region.withoutNodes,
      kinds: Object.fromEntries(
        CLUSTER_KINDS.filter((kind) => region.kinds[kind]).map((kind) => [kind, region.kinds[kind]]),
      ),
    }),
  );
  list.sort((a, b) => b.clusters - a.clusters || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { regions: list, unplaced };
}

type Kinds = { -readonly [K in keyof ClusterKinds]: number };
