/**
 * What the topology map draws, derived from the answers and the recommendation. Pure: no React, no DOM and no
 * geo library, so it is tested without rendering and may be imported outside the lazily loaded map.
 */
import type { ResultMessages } from '../../components/i18n';
import { resultEn } from '../../components/i18n/result-messages-en';
import {
  type Answers,
  estimateRttBetweenMs,
  findCatalogRegion,
  ownValue,
  type Recommendation,
  regionDisplayName,
  type Strategy,
  strategyName,
} from '../../engine';

/** The map shows one of the two strategies' topologies. */
export type MapView = Strategy;

/** How a round trip compares with the person's latency tolerance. */
export type RttRating = 'ok' | 'near' | 'over';

/**
 * Round trips up to this share of the tolerance leave headroom and count as "ok"; the last 20 % up to the
 * tolerance count as "near". Design choice: one jitter spike or a detour on a busy route adds about a fifth.
 */
export const NEAR_TOLERANCE_SHARE = 0.8;

/** Smallest dot, px: still a comfortable pointer target with its hit margin, and visible on a phone. */
export const MIN_POINT_RADIUS_PX = 4;
/** Largest dot, px: big enough to read as "most clusters", small enough not to hide a neighbour region. */
export const MAX_POINT_RADIUS_PX = 14;

export interface MapPoint {
  readonly id: string;
  readonly name: string;
  /** Degrees, -90..90. */
  readonly lat: number;
  /** Degrees, -180..180. */
  readonly lon: number;
  readonly clusters: number;
  /** Dot radius in px: area proportional to clusters, relative to the largest region, clamped. */
  readonly radiusPx: number;
  /** Estimated round trip from the Hub & Spoke hub, ms. */
  readonly rttFromHubMs: number;
  readonly rating: RttRating;
  readonly isHub: boolean;
  /** Index into `MapModel.groups` of the regional group this region belongs to. */
  readonly groupIndex: number;
  readonly isGroupPlane: boolean;
  /** Estimated round trip from the plane of its regional group, ms. */
  readonly rttFromPlaneMs: number;
}

export interface MapLine {
  readonly fromId: string;
  readonly toId: string;
  /** [lon, lat] in degrees, as GeoJSON orders them. */
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly rttMs: number;
  readonly rating: RttRating;
}

export interface MapGroup {
  readonly index: number;
  readonly planeRegionId: string;
  readonly regionIds: readonly string[];
  readonly clusters: number;
  readonly worstRttMs: number;
  /** From the plane to each other member. */
  readonly links: readonly MapLine[];
}

export interface MapModel {
  readonly toleranceMs: number;
  readonly recommended: Strategy;
  readonly hubRegionId: string;
  /** Largest first (ties by name), so smaller dots are drawn on top and stay visible. */
  readonly points: readonly MapPoint[];
  /** From the hub to every other region. */
  readonly spokes: readonly MapLine[];
  readonly groups: readonly MapGroup[];
}

/** Rates a round trip against the tolerance: ok up to NEAR_TOLERANCE_SHARE of it, near up to it, over beyond. */
export function rateRtt(rttMs: number, toleranceMs: number): RttRating {
  if (rttMs <= toleranceMs * NEAR_TOLERANCE_SHARE) return 'ok';
  if (rttMs <= toleranceMs) return 'near';
  return 'over';
}

/**
 * Dot radius in px for a region's clusters: the dot's area grows with clusters (square-root scale), the largest
 * region gets MAX_POINT_RADIUS_PX and no dot drops below MIN_POINT_RADIUS_PX. Non-decreasing in `clusters`.
 */
export function radiusForClusters(clusters: number, maxClusters: number): number {
  if (maxClusters <= 0) return MIN_POINT_RADIUS_PX;
  const radius = MAX_POINT_RADIUS_PX * Math.sqrt(Math.max(0, clusters) / maxClusters);
  return Math.min(MAX_POINT_RADIUS_PX, Math.max(MIN_POINT_RADIUS_PX, Math.round(radius * 10) / 10));
}

interface LocatedRegion {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly clusters: number;
}

/** A region's place and name: the answer's own name first, then the catalog's (as the engine resolves it). */
function locate(region: Answers['regions'][number]): LocatedRegion {
  const catalog = findCatalogRegion(region.id);
  return {
    id: region.id,
    name: regionDisplayName(region),
    lat: catalog?.lat ?? region.lat ?? 0,
    lon: catalog?.lon ?? region.lon ?? 0,
    clusters: region.clusters,
  };
}

/** The engine's round-trip estimate between two located regions, ms (along their corridor, as the engine routes it). */
function estimateBetween(a: LocatedRegion, b: LocatedRegion): number {
  return estimateRttBetweenMs(a, b);
}

function line(from: LocatedRegion, to: LocatedRegion, rttMs: number, toleranceMs: number): MapLine {
  return {
    fromId: from.id,
    toId: to.id,
    from: [from.lon, from.lat],
    to: [to.lon, to.lat],
    rttMs,
    rating: rateRtt(rttMs, toleranceMs),
  };
}

/** Everything the map draws for these answers and their recommendation. */
export function buildMapModel(answers: Answers, recommendation: Recommendation): MapModel {
  const toleranceMs = answers.latencyToleranceMs;
  const regions = answers.regions.map(locate);
  const byId = new Map(regions.map((region) => [region.id, region]));
  const hubId = recommendation.hub.regionId;
  const hub = byId.get(hubId);
  const maxClusters = Math.max(...regions.map((region) => region.clusters));

  const groupOf = new Map<string, number>();
  recommendation.regionalPlan.groups.forEach((group, index) => {
    for (const id of group.regionIds) groupOf.set(id, index);
  });
  const planeOf = (id: string) => recommendation.regionalPlan.groups[groupOf.get(id) ?? -1]?.planeRegionId ?? id;

  const rttFromHub = (region: LocatedRegion) =>
    ownValue(recommendation.hub.rttMs, region.id) ?? (hub ? estimateBetween(hub, region) : 0);

  const points = regions
    .map((region): MapPoint => {
      const rttFromHubMs = rttFromHub(region);
      const plane = byId.get(planeOf(region.id)) ?? region;
      return {
        ...region,
        radiusPx: radiusForClusters(region.clusters, maxClusters),
        rttFromHubMs,
        rating: rateRtt(rttFromHubMs, toleranceMs),
        isHub: region.id === hubId,
        groupIndex: groupOf.get(region.id) ?? -1,
        isGroupPlane: plane.id === region.id,
        rttFromPlaneMs: estimateBetween(plane, region),
      };
    })
    .sort((a, b) => b.clusters - a.clusters || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));

  const spokes = hub
    ? regions
        .filter((region) => region.id !== hubId)
        .map((region) => line(hub, region, rttFromHub(region), toleranceMs))
        .sort((a, b) => a.rttMs - b.rttMs || (a.toId < b.toId ? -1 : 1))
    : [];

  const groups = recommendation.regionalPlan.groups.map((group, index): MapGroup => {
    const plane = byId.get(group.planeRegionId);
    const links: MapLine[] = [];
    if (plane) {
      for (const id of group.regionIds) {
        const member = byId.get(id);
        if (member && id !== plane.id) links.push(line(plane, member, estimateBetween(plane, member), toleranceMs));
      }
    }
    return {
      index,
      planeRegionId: group.planeRegionId,
      regionIds: group.regionIds,
      clusters: group.clusters,
      worstRttMs: group.worstRttMs,
      links,
    };
  });

  return { toleranceMs, recommended: recommendation.strategy, hubRegionId: hubId, points, spokes, groups };
}

/**
 * A round trip in whole ms, except where rounding would hide which side of the tolerance it falls on
 * (100.4 ms against 100 ms reads "100.4 ms", not "100 ms, beyond tolerance").
 */
export function formatRttMs(rttMs: number, toleranceMs: number, r: ResultMessages = resultEn): string {
  const whole = Math.round(rttMs);
  const misleading = whole === toleranceMs && rttMs !== toleranceMs;
  return r.map.ms(misleading ? Math.round(rttMs * 10) / 10 : whole);
}

/** English words for a rating; the map takes them from the active language's catalog. */
export const RATING_WORDS: Readonly<Record<RttRating, string>> = resultEn.map.ratings;

/** The accessible name of one point, e.g. "Europe (Ireland): 8 clusters, 75 ms from the hub, within tolerance". */
export function describePoint(point: MapPoint, model: MapModel, view: MapView, r: ResultMessages = resultEn): string {
  const m = r.map;
  const clusters = m.clusters(point.clusters);
  if (view === 'hub-and-spoke') {
    if (point.isHub) return m.pointHub(point.name, clusters);
    return m.pointSpoke(
      point.name,
      clusters,
      formatRttMs(point.rttFromHubMs, model.toleranceMs, r),
      m.ratings[point.rating],
    );
  }
  const group = point.groupIndex + 1;
  if (point.isGroupPlane) return m.pointPlane(point.name, clusters, group);
  const plane = nameOf(model, model.groups[point.groupIndex]?.planeRegionId ?? point.id);
  return m.pointMember(point.name, clusters, group, formatRttMs(point.rttFromPlaneMs, model.toleranceMs, r), plane);
}

function nameOf(model: MapModel, id: string): string {
  return model.points.find((point) => point.id === id)?.name ?? id;
}

function describeHubAndSpoke(model: MapModel, r: ResultMessages): string {
  const m = r.map;
  const hub = model.points.find((point) => point.isHub);
  const tolerance = model.toleranceMs;
  const opening = m.hubOpening(
    strategyName('hub-and-spoke', r.locale),
    hub?.name ?? model.hubRegionId,
    hub ? m.clusters(hub.clusters) : null,
  );
  if (model.spokes.length === 0) return m.paragraph([opening, m.onlyRegion]);
  const spokes = model.spokes.map((spoke) => {
    const point = model.points.find((candidate) => candidate.id === spoke.toId);
    return m.spoke(
      nameOf(model, spoke.toId),
      point ? m.clusters(point.clusters) : null,
      formatRttMs(spoke.rttMs, tolerance, r),
      m.ratings[spoke.rating],
    );
  });
  const over = model.spokes.filter((spoke) => spoke.rating === 'over').length;
  const near = model.spokes.filter((spoke) => spoke.rating === 'near').length;
  const verdict =
    over > 0
      ? m.verdictOver(over, tolerance)
      : near > 0
        ? m.verdictNear(near, tolerance)
        : m.verdictWellWithin(tolerance);
  return m.paragraph([opening, m.spokesIntro(model.spokes.length, tolerance, spokes), verdict]);
}

function describeRegional(model: MapModel, r: ResultMessages): string {
  const m = r.map;
  const name = strategyName('regional', r.locale);
  if (model.groups.every((group) => group.links.length === 0)) {
    const planes = model.groups.map((group) =>
      m.planeWithClusters(nameOf(model, group.planeRegionId), m.clusters(group.clusters)),
    );
    if (planes.length === 1) return m.regionalSingle(name, planes[0] ?? '');
    return m.regionalEach(name, planes.length, planes);
  }
  const groups = model.groups.map((group) => {
    const plane = nameOf(model, group.planeRegionId);
    const clusters = m.clusters(group.clusters);
    if (group.links.length === 0) return m.groupOwn(group.index + 1, plane, clusters);
    const members = group.links.map((link) =>
      m.member(nameOf(model, link.toId), formatRttMs(link.rttMs, model.toleranceMs, r)),
    );
    return m.groupServing(group.index + 1, plane, members, clusters);
  });
  return m.paragraph([m.regionalOpening(name, model.groups.length), m.groups(groups)]);
}

/** A plain-language description of what the map shows, for screen readers and the "Map as text" view. */
export function describeMap(model: MapModel, view: MapView, r: ResultMessages = resultEn): string {
  return view === 'hub-and-spoke' ? describeHubAndSpoke(model, r) : describeRegional(model, r);
}
