import { jurisdictionOf, regionDisplayName, siteKindOf } from './answer-defaults';
import {
  type Connectivity,
  DEFAULT_NODES_PER_CLUSTER,
  MAINLAND_CHINA_JURISDICTION_ID,
  type SiteKind,
} from './answer-limits';
import type { Answers } from './answers';
import { type Continent, findCatalogRegion, type Provider, regionCatalog } from './regions/catalog';
import {
  estimateRttBetweenPointsMs,
  estimateRttMs,
  type RoutePoint,
  routeUncertaintyBetweenPoints,
  toRoutePoint,
  type UncertainCorridor,
} from './regions/rtt-model';
import { type InstallationSize, installationsFor, NODES_PER_HA_INSTALLATION, sizeFor, sizeRatio } from './sizing';

/**
 * Regions whose round trips to one another all stay within this share one regional plane: "Regional" means a
 * plane per geography, not per metro. Team's judgement, set between the two scales it must tell apart: a
 * continent's coasts are 50 to 65 ms apart (us-east-1 to us-west-1 measures 64 ms, AWS P50), so North America
 * stays one plane; oceans and continents apart are 75 ms and more by distance (Virginia–Ireland is estimated at
 * 84 ms), and catalog regions on different continents are kept apart by CONTINENT_GAP_MS as well.
 */
export const GEOGRAPHY_GROUP_RTT_MS = 72;

/**
 * The grouping distance fades in over ±this many ms instead of switching: each factor is the average over plans cut
 * anywhere in [72 − 12, 72 + 12] ms, so two regions drifting across the distance move the result by slivers.
 * Team's judgement (a sixth of the distance either way).
 */
export const GEOGRAPHY_FADE_MS = 12;

/** One way of laying out Regional's planes: regions within `groupMaxRttMs` of one another share a plane. */
export interface RegionalLayoutSpec {
  readonly groupMaxRttMs: number;
  /** The grouping distance fades in over ± this, so a pair drifting across it moves the result by slivers. */
  readonly fadeMs: number;
  /**
   * The tolerance from which this layout counts in full (null: always, the geography layout). Between this and
   * LAYOUT_ADMISSION_RATIO times it, the layout counts in part; above that, not at all.
   */
  readonly fullAtToleranceMs: number | null;
}

/**
 * Regional's layouts, coarsest first. A plane per geography is Regional; a team whose tolerance is tighter than a
 * geography's width may need a plane per smaller area, so finer layouts are weighed too, but only as the tolerance
 * asks for them: at 150 ms no layout finer than the geography counts. The layout that makes the best case for
 * Regional is the one compared with Hub & Spoke. Team's judgement: about two thirds of the previous distance each
 * step, down to 20 ms, where metro neighbours (under 10 ms apart) still share a plane.
 */
export const REGIONAL_LAYOUTS: readonly RegionalLayoutSpec[] = [
  { groupMaxRttMs: GEOGRAPHY_GROUP_RTT_MS, fadeMs: GEOGRAPHY_FADE_MS, fullAtToleranceMs: null },
  { groupMaxRttMs: 48, fadeMs: 8, fullAtToleranceMs: 48 },
  { groupMaxRttMs: 32, fadeMs: 5, fullAtToleranceMs: 32 },
  { groupMaxRttMs: 20, fadeMs: 3, fullAtToleranceMs: 20 },
];

/** A finer layout starts to count when the tolerance falls below this many times its grouping distance. */
export const LAYOUT_ADMISSION_RATIO = 1.5;

/** How much a layout counts at a tolerance: 1 for the geography layout; 0 to 1 as the tolerance tightens for finer ones. */
export function layoutAdmission(layout: RegionalLayoutSpec, toleranceMs: number): number {
  if (layout.fullAtToleranceMs === null) return 1;
  const full = layout.fullAtToleranceMs;
  const none = full * LAYOUT_ADMISSION_RATIO;
  if (toleranceMs >= none) return 0;
  if (toleranceMs <= full) return 1;
  return (none - toleranceMs) / (none - full);
}

/**
 * Added to the grouping distance of two catalog regions on different continents: the Atlantic (Montreal–Ireland
 * measures 69 ms) is as short in time as a continent's width, but a plane per geography means per continent.
 * Team's judgement: large enough that no two continents' regions ever share a regional plane.
 */
export const CONTINENT_GAP_MS = 40;

/**
 * Where a plane goes: the site with the lowest cluster-weighted mean round trip to the regions it serves, plus this
 * share of its worst round trip, so a site that suits most clusters but strands one region far away loses to a
 * slightly more central one. Team's judgement.
 */
export const PLACEMENT_WORST_WEIGHT = 0.25;

/**
 * Sites that serve the regions within this many ms of the best placement share the factors' round trips, weighted by
 * e^(−difference / this): where two sites serve the clusters about equally well, one more cluster cannot swing the
 * result from one to the other. Team's judgement; the plan names the single best site.
 */
export const PLACEMENT_BLEND_MS = 4;
/** Sites beyond this many blend widths from the best one get no share (their weight would be under 5%). */
const PLACEMENT_BLEND_CUTOFF = 3;
/**
 * At most this many places share the round trips. In a dense estate (Europe's thirty regions) dozens of sites serve
 * the clusters about equally well and alike; the closest three carry the blend, and the rest would only add work.
 */
const PLACEMENT_BLEND_MAX_PLACES = 3;

/**
 * When the engine weighs regions by their clusters (where a plane sits, whose round trips count, how much one outage
 * stops), each region counts as if it had this many clusters more. Team's judgement: the first clusters of a small
 * estate then do not swing the advice (1 against 2 clusters weighs 4 against 5, not 1 against 2), while for tens of clusters and more
 * it changes nothing that matters.
 */
export const CLUSTER_WEIGHT_PRIOR = 3;

/** A region as the engine sees it: located, with its clusters and what it allows. */
export interface Site {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly clusters: number;
  /** How much the region counts where regions are weighed by their clusters: clusters + CLUSTER_WEIGHT_PRIOR. */
  readonly weight: number;
  /** Downstream nodes: the region's own count, or its clusters × the average nodes per cluster. */
  readonly nodes: number;
  readonly provider: Provider | 'custom';
  readonly siteKind: SiteKind;
  readonly connectivity: Connectivity;
  /** The jurisdiction the region belongs to, if any (mainland China regions: MAINLAND_CHINA_JURISDICTION_ID). */
  readonly jurisdiction: string | null;
  /** The catalog's continent; null for a custom site. */
  readonly continent: Continent | null;
  readonly mainlandChina: boolean;
}

/** Whether a management plane may run at this site: never at the edge, never over an intermittent link. */
export function canHostPlane(site: Site): boolean {
  return site.siteKind !== 'edge' && site.connectivity === 'connected';
}

/** Why a set of regions has a plane of its own under both strategies: a hard constraint, not a score. */
export type PlaneConstraint =
  | { readonly kind: 'jurisdiction'; readonly jurisdictionId: string }
  | { readonly kind: 'air-gap' };

export interface HubPlacement {
  /** The central plane of the largest set of regions (all of them, unless a hard constraint splits them). */
  readonly regionId: string;
  /** The worst round trip from the plane that manages a region under Hub & Spoke, ms. */
  readonly worstRttMs: number;
  /** Round trip from the plane that manages each region under Hub & Spoke, ms, keyed by region id. */
  readonly rttMs: Readonly<Record<string, number>>;
  /** Cluster-weighted mean of those round trips, ms. */
  readonly meanRttMs: number;
  /** Regions whose round trip to their hub is measured (answers' `latencies`), not estimated. */
  readonly measuredRttRegionIds?: readonly string[];
  /** Regions whose estimated round trip to their hub runs on a corridor the model knows to be uncertain. */
  readonly uncertainRtt?: Readonly<Record<string, UncertainCorridor>>;
  /** Set when the answers pin the hub: where it would best sit instead, and its worst round trip from there. */
  readonly pinned?: { readonly bestRegionId: string; readonly bestWorstRttMs: number };
}

export interface RegionalGroup {
  /** Where this group's management plane sits: a region of the answers, or a catalog region near them. */
  readonly planeRegionId: string;
  readonly regionIds: readonly string[];
  readonly clusters: number;
  readonly nodes: number;
  /** More than one when the group outgrows Rancher's largest documented size (side by side at the plane's site). */
  readonly installations: number;
  /** The documented Rancher size one installation for the whole group needs. */
  readonly size: InstallationSize;
  /** Worst round trip from this group's plane to one of its regions, ms. */
  readonly worstRttMs: number;
  /** Round trip from this group's plane to each of its regions, ms, keyed by region id. */
  readonly rttMs: Readonly<Record<string, number>>;
  /** Regions whose round trip to the plane is measured, not estimated. */
  readonly measuredRttRegionIds?: readonly string[];
  /** Regions whose estimated round trip to the plane runs on a corridor the model knows to be uncertain. */
  readonly uncertainRtt?: Readonly<Record<string, UncertainCorridor>>;
  /** Set when a hard constraint gives these regions a plane of their own. */
  readonly constraint?: PlaneConstraint;
  /** True when no region of the group may host a plane, so it sits in the nearest cloud region of the catalog. */
  readonly planeOutsideAnswers?: boolean;
}

export interface RegionalPlan {
  readonly groups: readonly RegionalGroup[];
  /** The grouping distance: regions of one group are all within this of one another (GEOGRAPHY_GROUP_RTT_MS). */
  readonly maxGroupRttMs: number;
}

export interface StrategyFootprint {
  /** Sites that run a management plane. */
  readonly planes: number;
  /** Installations, counting those a plane beyond Rancher's largest documented size needs side by side. */
  readonly installations: number;
  /** Three-node HA clusters that run the management planes. */
  readonly managementNodes: number;
  readonly largestInstallationClusters: number;
  /** The documented Rancher size the largest plane needs. */
  readonly largestInstallationSize: InstallationSize;
  /** Downstream clusters that lose provisioning and central management when the largest plane's site is down. */
  readonly clustersLosingProvisioningOnOutage: number;
}

/** What the factors read of one way to lay out the planes: all continuous in the answers. */
export interface PlanMetrics {
  readonly planes: number;
  /** Installation-equivalents to run: each plane counts 1, or its size ratio beyond Rancher's largest size. */
  readonly load: number;
  /** The largest plane's share of all clusters (weighed as `Site.weight`). */
  readonly largestShare: number;
  /** The largest plane's size ratio (1 = Rancher's largest documented size). */
  readonly largestSizeRatio: number;
  /**
   * Round trips from the plane that manages each site, by site index: one [weight, ms] pair per place that serves
   * the site's group about as well as the best (see PLACEMENT_BLEND_MS); the weights of a site add up to 1.
   */
  readonly rttBySite: readonly (readonly (readonly [weight: number, rttMs: number])[])[];
  /** Cluster-weighted mean round trip from each site's plane, ms, over those places. */
  readonly meanRttMs: number;
}

export interface Topology {
  /** Sorted by id, so the result never depends on the order of the answers. */
  readonly sites: readonly Site[];
  readonly totalClusters: number;
  /** The sum of the sites' weights (see CLUSTER_WEIGHT_PRIOR). */
  readonly totalWeight: number;
  readonly hub: HubPlacement;
  /** Hub & Spoke's planes: one per set of regions a hard constraint keeps apart (usually one). */
  readonly hubPlan: RegionalPlan;
  readonly regionalPlan: RegionalPlan;
  readonly footprint: Readonly<Record<'hub-and-spoke' | 'regional', StrategyFootprint>>;
  /** Hub & Spoke's metrics, and Regional's over the grouping distance's fade (weights add up to 1). */
  readonly metrics: {
    readonly hub: PlanMetrics;
    readonly regional: readonly { readonly weight: number; readonly metrics: PlanMetrics }[];
  };
  /** Regional's plane per geography (the first of REGIONAL_LAYOUTS): the plan, footprint and metrics above. */
  readonly geography: RegionalLayout;
  /** Regional's finer layouts (the rest of REGIONAL_LAYOUTS, less those that plan what a coarser one does). */
  readonly finerLayouts: () => readonly RegionalLayout[];
  /** Display names of places a plan may name that are not regions of the answers (catalog regions). */
  readonly extraNames: Readonly<Record<string, string>>;
}

/** One regional layout worked out for the answers. */
export interface RegionalLayout extends RegionalLayoutSpec {
  readonly plan: RegionalPlan;
  readonly footprint: StrategyFootprint;
  /** Metrics over the layout's fade; the weights add up to 1. */
  readonly metrics: readonly { readonly weight: number; readonly metrics: PlanMetrics }[];
}

/** Locates every region of the answers (catalog or custom site), sorted by id. */
export function resolveSites(answers: Answers): Site[] {
  const nodesPerCluster = answers.nodesPerCluster ?? DEFAULT_NODES_PER_CLUSTER;
  const sites = answers.regions.map((region): Site => {
    const catalog = findCatalogRegion(region.id);
    const mainlandChina = catalog?.mainlandChina === true;
    return {
      id: region.id,
      // The schema guarantees a custom site carries its name and coordinates.
      name: regionDisplayName(region),
      lat: catalog?.lat ?? region.lat ?? 0,
      lon: catalog?.lon ?? region.lon ?? 0,
      clusters: region.clusters,
      weight: region.clusters + CLUSTER_WEIGHT_PRIOR,
      nodes: region.nodes ?? region.clusters * nodesPerCluster,
      provider: catalog?.provider ?? 'custom',
      siteKind: siteKindOf(region),
      connectivity: region.connectivity ?? 'connected',
      jurisdiction: jurisdictionOf(region) ?? null,
      continent: catalog?.continent ?? null,
      mainlandChina,
    };
  });
  return sites.sort((a, b) => compareIds(a.id, b.id));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The last matrix built, keyed by the sites' ids and coordinates: while a person edits clusters, tolerance or
 * priorities the places do not move, so the O(n²) round-trip estimates are reused. Callers never mutate it.
 */
let lastMatrix: { readonly key: string; readonly matrix: number[][] } | null = null;

/** Estimated round trips between every pair of sites, ms (the same array again for the same places). */
export function buildRttMatrix(sites: readonly Site[]): number[][] {
  const key = JSON.stringify(sites.map((site) => [site.id, site.lat, site.lon]));
  if (lastMatrix?.key === key) return lastMatrix.matrix;
  const matrix = computeRttMatrix(sites);
  lastMatrix = { key, matrix };
  return matrix;
}

function computeRttMatrix(sites: readonly Site[]): number[][] {
  const matrix = sites.map(() => new Array<number>(sites.length).fill(0));
  const points = sites.map(toRoutePoint);
  for (let i = 0; i < sites.length; i++) {
    const a = points[i] as RoutePoint;
    const row = matrix[i] as number[];
    row[i] = estimateRttMs(0);
    for (let j = i + 1; j < sites.length; j++) {
      const rtt = estimateRttBetweenPointsMs(a, points[j] as RoutePoint);
      row[j] = rtt;
      (matrix[j] as number[])[i] = rtt;
    }
  }
  return matrix;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The answers' measured round trips, by unordered pair of ids. */
function measuredPairs(answers: Answers): ReadonlyMap<string, number> {
  const measured = new Map<string, number>();
  for (const entry of answers.latencies ?? []) measured.set(pairKey(entry.from, entry.to), entry.ms);
  return measured;
}

/** A place a plane may sit: a site of the answers, or a catalog region outside them (a pin, or a fallback). */
interface Candidate {
  readonly id: string;
  readonly name: string;
  /** Index into the sites, or -1 for a place outside the answers. */
  readonly siteIndex: number;
  /** Where a place outside the answers is (sites use the round-trip matrix instead). */
  readonly point: RoutePoint | null;
  readonly mainlandChina: boolean;
}

/** Round trips the placement and the factors read: estimates with the answers' measurements in their place. */
class RoundTrips {
  private points: readonly RoutePoint[] | null = null;
  constructor(
    private readonly sites: readonly Site[],
    private readonly estimated: readonly (readonly number[])[],
    private readonly measured: ReadonlyMap<string, number>,
  ) {}

  /** Round trips from a candidate to each of `members` (indices into the sites), ms. */
  fromCandidate(candidate: Candidate, members: readonly number[]): number[] {
    const rtts = new Array<number>(members.length);
    const row = candidate.siteIndex >= 0 ? (this.estimated[candidate.siteIndex] as number[]) : null;
    for (let i = 0; i < members.length; i++) {
      const member = members[i] as number;
      rtts[i] = this.measured.size === 0 && row !== null ? (row[member] as number) : this.between(candidate, member);
    }
    return rtts;
  }

  /** Round trip from a candidate to a site, ms: measured where the answers measured it, estimated otherwise. */
  between(candidate: Candidate, siteIndex: number): number {
    const site = this.sites[siteIndex] as Site;
    if (this.measured.size > 0 && candidate.id !== site.id) {
      const value = this.measured.get(pairKey(candidate.id, site.id));
      if (value !== undefined) return value;
    }
    if (candidate.siteIndex >= 0 || candidate.point === null) {
      return (this.estimated[candidate.siteIndex] as number[])[siteIndex] as number;
    }
    this.points ??= this.sites.map(toRoutePoint);
    return estimateRttBetweenPointsMs(candidate.point, this.points[siteIndex] as RoutePoint);
  }

  /** The corridor the model knows to be uncertain between a candidate and a site, if any. */
  uncertainty(candidate: Candidate, siteIndex: number): UncertainCorridor | null {
    this.points ??= this.sites.map(toRoutePoint);
    const from = candidate.point ?? (this.points[candidate.siteIndex] as RoutePoint);
    return routeUncertaintyBetweenPoints(from, this.points[siteIndex] as RoutePoint)?.corridor ?? null;
  }

  isMeasured(candidateId: string, siteId: string): boolean {
    return candidateId !== siteId && this.measured.has(pairKey(candidateId, siteId));
  }
}

function siteCandidate(sites: readonly Site[], index: number): Candidate {
  const site = sites[index] as Site;
  return {
    id: site.id,
    name: site.name,
    siteIndex: index,
    point: toRoutePoint(site),
    mainlandChina: site.mainlandChina,
  };
}

function catalogCandidate(id: string): Candidate | null {
  const region = findCatalogRegion(id);
  if (!region) return null;
  return {
    id,
    name: region.name,
    siteIndex: -1,
    point: toRoutePoint(region),
    mainlandChina: region.mainlandChina === true,
  };
}

/** Catalog regions in (or out of) mainland China: where a plane goes when no region of the answers may host one. */
const catalogFallbacks = (() => {
  let cached: { readonly inside: Candidate[]; readonly outside: Candidate[] } | null = null;
  return () => {
    if (cached) return cached;
    const all = regionCatalog.map((region) => catalogCandidate(region.id) as Candidate);
    cached = { inside: all.filter((c) => c.mainlandChina), outside: all.filter((c) => !c.mainlandChina) };
    return cached;
  };
})();

interface Placement {
  readonly candidate: Candidate;
  /** Nominal round trip from the chosen place to each member, in member order. */
  readonly rttMs: readonly number[];
  readonly worstRttMs: number;
  /** The equally good places (see PLACEMENT_BLEND_MS): each one's weight and round trip to each member. */
  readonly blend: readonly { readonly weight: number; readonly rttMs: readonly number[] }[];
}

interface Scored {
  readonly candidate: Candidate;
  readonly objective: number;
  readonly rtts: number[];
  readonly worst: number;
}

function scoreCandidate(candidate: Candidate, members: readonly number[], sites: readonly Site[], trips: RoundTrips) {
  let totalClusters = 0;
  let weighted = 0;
  let worst = 0;
  const rtts = trips.fromCandidate(candidate, members);
  for (let i = 0; i < members.length; i++) {
    const rtt = rtts[i] as number;
    const weight = (sites[members[i] as number] as Site).weight;
    totalClusters += weight;
    weighted += rtt * weight;
    if (rtt > worst) worst = rtt;
  }
  return { candidate, objective: weighted / totalClusters + PLACEMENT_WORST_WEIGHT * worst, rtts, worst };
}

/** Places one plane for `members` among `candidates` (sorted by id); a pin, when given, is taken as it is. */
function placePlane(
  members: readonly number[],
  candidates: readonly Candidate[],
  sites: readonly Site[],
  trips: RoundTrips,
  pin?: Candidate,
): Placement {
  if (pin) {
    const scored = scoreCandidate(pin, members, sites, trips);
    return { candidate: pin, rttMs: scored.rtts, worstRttMs: scored.worst, blend: [{ weight: 1, rttMs: scored.rtts }] };
  }
  const scored = candidates.map((candidate) => scoreCandidate(candidate, members, sites, trips));
  let best = scored[0] as Scored;
  for (const entry of scored) if (entry.objective < best.objective - 1e-9) best = entry;
  const close = scored
    .map((entry) => ({ entry, gap: entry.objective - best.objective }))
    .filter(({ gap }) => gap <= PLACEMENT_BLEND_CUTOFF * PLACEMENT_BLEND_MS)
    .sort((a, b) => a.gap - b.gap || compareIds(a.entry.candidate.id, b.entry.candidate.id))
    .slice(0, PLACEMENT_BLEND_MAX_PLACES);
  const weights = close.map(({ gap }) => Math.exp(-Math.max(0, gap) / PLACEMENT_BLEND_MS));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  return {
    candidate: best.candidate,
    rttMs: best.rtts,
    worstRttMs: best.worst,
    blend: close.map(({ entry }, i) => ({ weight: (weights[i] as number) / totalWeight, rttMs: entry.rtts })),
  };
}

/** A set of regions that must be managed apart from the rest under either strategy, or the open rest. */
interface Partition {
  readonly members: readonly number[];
  readonly constraint?: PlaneConstraint;
}

/** Air-gapped sites each alone, then each jurisdiction whose management stays inside, then everything else. */
function partitionSites(answers: Answers, sites: readonly Site[]): Partition[] {
  const keepsInside = new Set(
    (answers.jurisdictions ?? [])
      .filter((jurisdiction) => jurisdiction.keepManagementInside !== false)
      .map((jurisdiction) => jurisdiction.id),
  );
  const declared = new Set((answers.jurisdictions ?? []).map((jurisdiction) => jurisdiction.id));
  const partitions: Partition[] = [];
  const byJurisdiction = new Map<string, number[]>();
  const open: number[] = [];
  sites.forEach((site, index) => {
    if (site.connectivity === 'air-gapped') {
      partitions.push({ members: [index], constraint: { kind: 'air-gap' } });
      return;
    }
    const jurisdiction = site.jurisdiction;
    const contained =
      jurisdiction !== null &&
      (keepsInside.has(jurisdiction) ||
        (jurisdiction === MAINLAND_CHINA_JURISDICTION_ID && !declared.has(jurisdiction)));
    if (!contained) {
      open.push(index);
      return;
    }
    const members = byJurisdiction.get(jurisdiction) ?? [];
    members.push(index);
    byJurisdiction.set(jurisdiction, members);
  });
  for (const [jurisdictionId, members] of [...byJurisdiction].sort((a, b) => compareIds(a[0], b[0]))) {
    partitions.push({ members, constraint: { kind: 'jurisdiction', jurisdictionId } });
  }
  if (open.length > 0) partitions.push({ members: open });
  return partitions;
}

/** Where a partition's planes may sit: its own capable sites, else catalog regions on the right side of China's border. */
function partitionCandidates(partition: Partition, sites: readonly Site[]): Candidate[] {
  if (partition.constraint?.kind === 'air-gap') return partition.members.map((index) => siteCandidate(sites, index));
  const capable = partition.members.filter((index) => canHostPlane(sites[index] as Site));
  if (capable.length > 0) return capable.map((index) => siteCandidate(sites, index));
  const inChina = partition.members.some((index) => (sites[index] as Site).mainlandChina);
  const fallbacks = catalogFallbacks();
  const catalog = inChina ? fallbacks.inside : fallbacks.outside;
  // A jurisdiction of the person's own (the EU, a government cloud) cannot be matched to catalog regions: its plane
  // is placed at its own sites, and the plan says it must run in a data centre inside the jurisdiction.
  if (partition.constraint?.kind === 'jurisdiction' && (!inChina || catalog.length === 0)) {
    return partition.members.map((index) => siteCandidate(sites, index));
  }
  return catalog.length > 0 ? catalog : partition.members.map((index) => siteCandidate(sites, index));
}

/** One merge of complete-linkage grouping: groups a and b (numbered by their first member) join at `heightMs`. */
interface Merge {
  readonly a: number;
  readonly b: number;
  readonly heightMs: number;
}

/** The grouping distance of two sites: estimated round trip, plus CONTINENT_GAP_MS across continents. */
function groupingDistance(sites: readonly Site[], estimated: readonly (readonly number[])[], i: number, j: number) {
  const a = sites[i] as Site;
  const b = sites[j] as Site;
  const gap = a.continent !== null && b.continent !== null && a.continent !== b.continent ? CONTINENT_GAP_MS : 0;
  return ((estimated[i] as number[])[j] as number) + gap;
}

/**
 * Complete-linkage merges of `members` up to `maxHeightMs`, lowest first: every pair in a merged group is within
 * its height, so metro neighbours join first and a group never spans more than the grouping distance. Each group
 * keeps its nearest neighbour; a merge only makes linkages grow, so only groups whose nearest was merged look again.
 */
function completeLinkageMerges(
  members: readonly number[],
  sites: readonly Site[],
  estimated: readonly (readonly number[])[],
  maxHeightMs: number,
): Merge[] {
  const n = members.length;
  const linkage = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const distance = groupingDistance(sites, estimated, members[a] as number, members[b] as number);
      linkage[a * n + b] = distance;
      linkage[b * n + a] = distance;
    }
  }
  const active = new Uint8Array(n).fill(1);
  const nearest = new Int32Array(n).fill(-1);
  const nearestDistance = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  // Ties go to the lowest index, so the plan never depends on the input order (sites are sorted by id).
  const findNearest = (a: number) => {
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let b = 0; b < n; b++) {
      if (b === a || active[b] === 0) continue;
      const distance = linkage[a * n + b] as number;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = b;
      }
    }
    nearest[a] = best;
    nearestDistance[a] = bestDistance;
  };
  for (let a = 0; a < n; a++) findNearest(a);
  const merges: Merge[] = [];
  for (;;) {
    let first = -1;
    let height = Number.POSITIVE_INFINITY;
    for (let a = 0; a < n; a++) {
      if (active[a] === 1 && (nearestDistance[a] as number) < height) {
        height = nearestDistance[a] as number;
        first = a;
      }
    }
    if (first < 0 || height > maxHeightMs) break;
    const a = Math.min(first, nearest[first] as number);
    const b = Math.max(first, nearest[first] as number);
    merges.push({ a, b, heightMs: height });
    active[b] = 0;
    for (let k = 0; k < n; k++) {
      if (active[k] === 0 || k === a) continue;
      const merged = Math.max(linkage[a * n + k] as number, linkage[b * n + k] as number);
      linkage[a * n + k] = merged;
      linkage[k * n + a] = merged;
    }
    findNearest(a);
    for (let k = 0; k < n; k++) {
      if (active[k] === 1 && k !== a && (nearest[k] === a || nearest[k] === b)) findNearest(k);
    }
  }
  return merges;
}

/** The groups after every merge up to `count`, as lists of sites (indices into `sites`). */
function groupsAfter(members: readonly number[], merges: readonly Merge[], count: number): number[][] {
  const groups: (number[] | null)[] = members.map((member) => [member]);
  for (const merge of merges.slice(0, count)) {
    (groups[merge.a] as number[]).push(...(groups[merge.b] as number[]));
    groups[merge.b] = null;
  }
  return groups.filter((group): group is number[] => group !== null).map((group) => group.sort((x, y) => x - y));
}

/** One plane as a plan lays it out: where it sits, whom it serves, and the round trips. */
interface PlacedGroup {
  readonly members: readonly number[];
  readonly placement: Placement;
  readonly constraint?: PlaneConstraint;
}

/**
 * Places a plane for each group; groups whose best place is the same site become one plane. `placements` memoizes
 * each set of members' placement: the plans across the fade share most of their groups.
 */
function placeGroups(
  groups: readonly (readonly number[])[],
  partition: Partition,
  candidates: readonly Candidate[],
  sites: readonly Site[],
  trips: RoundTrips,
  placements: Map<string, Placement>,
): PlacedGroup[] {
  const place = (members: readonly number[]) => {
    const key = members.join(',');
    const known = placements.get(key);
    if (known) return known;
    const own = members.filter((index) => canHostPlane(sites[index] as Site));
    const choices =
      partition.constraint?.kind === 'air-gap' || own.length === 0
        ? candidates
        : own.map((index) => siteCandidate(sites, index));
    const placement = placePlane(members, choices, sites, trips);
    placements.set(key, placement);
    return placement;
  };
  const byPlane = new Map<string, number[]>();
  for (const group of groups) {
    const plane = place(group).candidate.id;
    const members = byPlane.get(plane);
    if (members) members.push(...group);
    else byPlane.set(plane, [...group]);
  }
  return [...byPlane.values()].map((members) => {
    const sorted = members.sort((x, y) => x - y);
    return {
      members: sorted,
      placement: place(sorted),
      ...(partition.constraint ? { constraint: partition.constraint } : {}),
    };
  });
}

function metricsOf(placed: readonly PlacedGroup[], sites: readonly Site[], totalWeight: number): PlanMetrics {
  const rttBySite: (readonly (readonly [number, number])[])[] = sites.map(() => []);
  let weightedRtt = 0;
  let load = 0;
  let largestWeight = 0;
  let largestSizeRatio = 0;
  for (const group of placed) {
    let clusters = 0;
    let nodes = 0;
    let groupWeight = 0;
    group.members.forEach((member, i) => {
      const site = sites[member] as Site;
      clusters += site.clusters;
      nodes += site.nodes;
      const options = group.placement.blend.map((place) => [place.weight, place.rttMs[i] as number] as const);
      rttBySite[member] = options;
      for (const [weight, rtt] of options) weightedRtt += weight * rtt * site.weight;
      groupWeight += site.weight;
    });
    const ratio = sizeRatio(clusters, nodes);
    load += Math.max(1, ratio);
    largestWeight = Math.max(largestWeight, groupWeight);
    largestSizeRatio = Math.max(largestSizeRatio, ratio);
  }
  return {
    planes: placed.length,
    load,
    largestShare: largestWeight / totalWeight,
    largestSizeRatio,
    rttBySite,
    meanRttMs: weightedRtt / totalWeight,
  };
}

function toGroup(group: PlacedGroup, sites: readonly Site[], trips: RoundTrips): RegionalGroup {
  const plane = group.placement.candidate;
  const rttMs: Record<string, number> = {};
  const measured: string[] = [];
  const uncertain: Record<string, UncertainCorridor> = {};
  let clusters = 0;
  let nodes = 0;
  group.members.forEach((member, i) => {
    const site = sites[member] as Site;
    clusters += site.clusters;
    nodes += site.nodes;
    rttMs[site.id] = group.placement.rttMs[i] as number;
    if (trips.isMeasured(plane.id, site.id)) {
      measured.push(site.id);
      return;
    }
    const corridor = trips.uncertainty(plane, member);
    if (corridor) uncertain[site.id] = corridor;
  });
  return {
    planeRegionId: plane.id,
    regionIds: group.members.map((member) => (sites[member] as Site).id),
    clusters,
    nodes,
    installations: installationsFor(clusters, nodes),
    size: sizeFor(clusters, nodes),
    worstRttMs: group.placement.worstRttMs,
    rttMs,
    ...(measured.length > 0 ? { measuredRttRegionIds: measured } : {}),
    ...(Object.keys(uncertain).length > 0 ? { uncertainRtt: uncertain } : {}),
    ...(group.constraint ? { constraint: group.constraint } : {}),
    ...(plane.siteIndex < 0 ? { planeOutsideAnswers: true } : {}),
  };
}

function footprintOf(groups: readonly RegionalGroup[]): StrategyFootprint {
  let largest = groups[0] as RegionalGroup;
  for (const group of groups) if (group.clusters > largest.clusters) largest = group;
  const installations = groups.reduce((sum, group) => sum + group.installations, 0);
  return {
    planes: groups.length,
    installations,
    managementNodes: installations * NODES_PER_HA_INSTALLATION,
    largestInstallationClusters: largest.clusters,
    largestInstallationSize: largest.size,
    clustersLosingProvisioningOnOutage: largest.clusters,
  };
}

/** The pinned hub as a place, and the partition it belongs to (its own site's, else the open rest, else the largest). */
function resolvePin(answers: Answers, sites: readonly Site[], partitions: readonly Partition[]) {
  const id = answers.hub?.regionId;
  if (id === undefined) return null;
  const siteIndex = sites.findIndex((site) => site.id === id);
  const candidate = siteIndex >= 0 ? siteCandidate(sites, siteIndex) : catalogCandidate(id);
  if (!candidate) return null;
  let partition = partitions.findIndex((p) => siteIndex >= 0 && p.members.includes(siteIndex));
  if (partition < 0) partition = partitions.findIndex((p) => p.constraint === undefined);
  if (partition < 0) partition = largestPartition(partitions, sites);
  return { candidate, partition };
}

function largestPartition(partitions: readonly Partition[], sites: readonly Site[]): number {
  let best = 0;
  let bestClusters = -1;
  partitions.forEach((partition, index) => {
    const clusters = partition.members.reduce((sum, member) => sum + (sites[member] as Site).clusters, 0);
    if (clusters > bestClusters) {
      bestClusters = clusters;
      best = index;
    }
  });
  return best;
}

/**
 * Everything about the answers that depends on where the regions are, what they allow and how many clusters they
 * hold: the hub, both strategies' planes and the metrics the factors weigh. Tolerance, engineers and priorities do
 * not change it, so "what would change it" scores those answers on one topology.
 */
export function analyzeTopology(answers: Answers): Topology {
  // While a person edits the tolerance, engineers or priorities, the topology is the same: the last one is reused.
  const key = JSON.stringify([
    answers.regions,
    answers.nodesPerCluster,
    answers.jurisdictions,
    answers.hub,
    answers.latencies,
  ]);
  if (lastTopology?.key === key) return lastTopology.topology;
  const topology = computeTopology(answers);
  lastTopology = { key, topology };
  return topology;
}

/** The last topology worked out, keyed by every answer it reads. Callers never mutate it. */
let lastTopology: { readonly key: string; readonly topology: Topology } | null = null;

function computeTopology(answers: Answers): Topology {
  const sites = resolveSites(answers);
  const estimated = buildRttMatrix(sites);
  const trips = new RoundTrips(sites, estimated, measuredPairs(answers));
  const totalClusters = sites.reduce((sum, site) => sum + site.clusters, 0);
  const totalWeight = sites.reduce((sum, site) => sum + site.weight, 0);
  const partitions = partitionSites(answers, sites);
  const pin = resolvePin(answers, sites, partitions);
  const extraNames: Record<string, string> = {};
  const coarsest = REGIONAL_LAYOUTS[0] as RegionalLayoutSpec;

  const hubGroups: PlacedGroup[] = [];
  const cutsByPartition: { merges: Merge[]; members: readonly number[] }[] = [];
  const candidatesByPartition: Candidate[][] = [];
  let bestUnpinned: Placement | null = null;
  const placementsByPartition = partitions.map(() => new Map<string, Placement>());

  partitions.forEach((partition, index) => {
    const candidates = partitionCandidates(partition, sites);
    candidatesByPartition.push(candidates);
    const pinned = pin?.partition === index ? pin.candidate : undefined;
    const hubPlacement = placePlane(partition.members, candidates, sites, trips, pinned);
    if (pinned) bestUnpinned = placePlane(partition.members, candidates, sites, trips);
    hubGroups.push({
      members: partition.members,
      placement: hubPlacement,
      ...(partition.constraint ? { constraint: partition.constraint } : {}),
    });
    const merges =
      partition.constraint?.kind === 'air-gap'
        ? []
        : completeLinkageMerges(partition.members, sites, estimated, coarsest.groupMaxRttMs + coarsest.fadeMs);
    cutsByPartition.push({ merges, members: partition.members });
  });

  /** Regional's planes when every merge up to `heightMs` is made, in every partition. */
  const placedAt = (heightMs: number) =>
    partitions.flatMap((partition, index) => {
      const cut = cutsByPartition[index] as { merges: Merge[]; members: readonly number[] };
      const count = cut.merges.filter((merge) => merge.heightMs <= heightMs).length;
      return placeGroups(
        groupsAfter(cut.members, cut.merges, count),
        partition,
        candidatesByPartition[index] as Candidate[],
        sites,
        trips,
        placementsByPartition[index] as Map<string, Placement>,
      );
    });

  const buildLayout = (spec: RegionalLayoutSpec): RegionalLayout => {
    const nominal = placedAt(spec.groupMaxRttMs);
    for (const group of nominal) {
      const plane = group.placement.candidate;
      if (plane.siteIndex < 0) extraNames[plane.id] = plane.name;
    }
    // The fade: every merge height inside it is a point where the plan changes; between two such points the plan is
    // fixed, and its metrics count by the share of the fade it spans.
    const low = spec.groupMaxRttMs - spec.fadeMs;
    const high = spec.groupMaxRttMs + spec.fadeMs;
    const heights = cutsByPartition
      .flatMap((cut) => cut.merges.map((merge) => merge.heightMs))
      .filter((height) => height > low && height < high);
    const breakpoints = [low, ...[...new Set(heights)].sort((a, b) => a - b), high];
    const variants: { weight: number; metrics: PlanMetrics }[] = [];
    for (let i = 0; i + 1 < breakpoints.length; i++) {
      const from = breakpoints[i] as number;
      const to = breakpoints[i + 1] as number;
      if (to - from > 0) {
        variants.push({ weight: (to - from) / (high - low), metrics: metricsOf(placedAt(from), sites, totalWeight) });
      }
    }
    const plan: RegionalPlan = {
      groups: nominal.map((group) => toGroup(group, sites, trips)),
      maxGroupRttMs: spec.groupMaxRttMs,
    };
    return { ...spec, plan, footprint: footprintOf(plan.groups), metrics: variants };
  };
  // A finer layout that plans exactly what a coarser one does adds nothing to weigh (one region, metro neighbours).
  const sameAs = (a: RegionalLayout, b: RegionalLayout) =>
    a.metrics.length === b.metrics.length &&
    a.metrics.every((variant, i) => {
      const other = b.metrics[i];
      return (
        other !== undefined &&
        variant.weight === other.weight &&
        variant.metrics.planes === other.metrics.planes &&
        variant.metrics.load === other.metrics.load &&
        variant.metrics.largestShare === other.metrics.largestShare &&
        variant.metrics.meanRttMs === other.metrics.meanRttMs
      );
    });
  const geography = buildLayout(coarsest);
  // Finer layouts matter only when the tolerance is tight: they are worked out the first time one is asked for.
  let finer: readonly RegionalLayout[] | null = null;
  const finerLayouts = () => {
    if (finer) return finer;
    const kept: RegionalLayout[] = [geography];
    for (const spec of REGIONAL_LAYOUTS.slice(1)) {
      const layout = buildLayout(spec);
      if (!kept.some((coarser) => sameAs(layout, coarser))) kept.push(layout);
    }
    finer = kept.slice(1);
    return finer;
  };

  for (const group of hubGroups) {
    const plane = group.placement.candidate;
    if (plane.siteIndex < 0) extraNames[plane.id] = plane.name;
  }
  const hubPlan: RegionalPlan = {
    groups: hubGroups.map((group) => toGroup(group, sites, trips)),
    maxGroupRttMs: coarsest.groupMaxRttMs,
  };
  const hubMetrics = metricsOf(hubGroups, sites, totalWeight);

  // The contract's hub: the central plane of the largest partition, with every region's round trip to its own hub.
  const main = hubPlan.groups[largestPartition(partitions, sites)] as RegionalGroup;
  const rttMs: Record<string, number> = {};
  const measured: string[] = [];
  const uncertain: Record<string, UncertainCorridor> = {};
  let worst = 0;
  let weighted = 0;
  for (const group of hubPlan.groups) {
    for (const id of group.regionIds) {
      const rtt = group.rttMs[id] as number;
      rttMs[id] = rtt;
      worst = Math.max(worst, rtt);
    }
    measured.push(...(group.measuredRttRegionIds ?? []));
    Object.assign(uncertain, group.uncertainRtt ?? {});
  }
  sites.forEach((site) => {
    weighted += (rttMs[site.id] as number) * site.clusters;
  });
  const unpinned = bestUnpinned as Placement | null;
  const hub: HubPlacement = {
    regionId: main.planeRegionId,
    worstRttMs: worst,
    rttMs,
    meanRttMs: Math.round((weighted / totalClusters) * 10) / 10,
    ...(measured.length > 0 ? { measuredRttRegionIds: measured.sort(compareIds) } : {}),
    ...(Object.keys(uncertain).length > 0 ? { uncertainRtt: uncertain } : {}),
    ...(unpinned ? { pinned: { bestRegionId: unpinned.candidate.id, bestWorstRttMs: unpinned.worstRttMs } } : {}),
  };
  if (unpinned && unpinned.candidate.siteIndex < 0) extraNames[unpinned.candidate.id] = unpinned.candidate.name;

  return {
    sites,
    totalClusters,
    totalWeight,
    hub,
    hubPlan,
    regionalPlan: geography.plan,
    footprint: { 'hub-and-spoke': footprintOf(hubPlan.groups), regional: geography.footprint },
    metrics: { hub: hubMetrics, regional: geography.metrics },
    geography,
    finerLayouts,
    extraNames,
  };
}

/**
 * The topology as one regional layout sees it: Regional's plan, footprint and metrics are that layout's. Factors and
 * plans read a topology, so each layout is weighed by the very same code.
 */
export function withLayout(topology: Topology, layout: RegionalLayout): Topology {
  return {
    ...topology,
    regionalPlan: layout.plan,
    footprint: { ...topology.footprint, regional: layout.footprint },
    metrics: { ...topology.metrics, regional: layout.metrics },
  };
}

/** Names every place the result may mention: the answers' regions, then catalog regions a plan puts a plane in. */
export function namerFor(topology: Topology): (id: string) => string {
  const names = new Map(topology.sites.map((site) => [site.id, site.name]));
  return (id) => names.get(id) ?? topology.extraNames[id] ?? id;
}
