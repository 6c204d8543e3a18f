/**
 * What the topology map draws, derived from the answers and the recommendation. Pure: no React, no DOM and no
 * geo library, so it is tested without rendering and may be imported outside the lazily loaded map.
 */
import type { ResultMessages } from '../../components/i18n';
import { resultEn } from '../../components/i18n/result-messages-en';
import {
  type Answers,
  findCatalogRegion,
  type PlanesView,
  type PlaneView,
  type Recommendation,
  type Strategy,
  type StrategyPlanes,
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
  /** The place in a few words ("Frankfurt"): a plane's label on a narrow map. */
  readonly place: string;
  /** Degrees, -90..90. */
  readonly lat: number;
  /** Degrees, -180..180. */
  readonly lon: number;
  /** 0 for a plane's site that is not one of the answers' regions (a pinned hub, a nearest cloud region). */
  readonly clusters: number;
  /** Dot radius in px: area proportional to clusters, relative to the largest region, clamped. */
  readonly radiusPx: number;
  /** Round trip from the hub that manages it under Hub & Spoke, ms (measured where the answers say). */
  readonly rttFromHubMs: number;
  readonly rating: RttRating;
  /** A hub sits here (any of them, when constraints give Hub & Spoke several). */
  readonly isHub: boolean;
  /** Index into `MapModel.hubs` of the hub that manages this region (-1 for a hub's site outside the answers). */
  readonly hubIndex: number;
  /** Index into `MapModel.groups` of the regional group this region belongs to. */
  readonly groupIndex: number;
  readonly isGroupPlane: boolean;
  /** Round trip from the plane of its regional group, ms. */
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

/** One plane and the regions it manages: a hub (Hub & Spoke) or a regional plane (Regional). */
export interface MapGroup {
  readonly index: number;
  readonly planeRegionId: string;
  readonly planeName: string;
  /** The plane with what it serves, for legends and the text ("Frankfurt data centre for European Union"). */
  readonly description: string;
  /** Why it exists beside the others, in a few words ("inside European Union"); null for the only plane. */
  readonly role: string | null;
  readonly regionIds: readonly string[];
  readonly clusters: number;
  readonly worstRttMs: number;
  /** From the plane to each other region it manages: only lines that exist. */
  readonly links: readonly MapLine[];
}

export interface MapModel {
  readonly toleranceMs: number;
  readonly recommended: Strategy;
  /** Largest first (ties by name), so smaller dots are drawn on top and stay visible. */
  readonly points: readonly MapPoint[];
  /** Hub & Spoke's hubs, each with its spokes. */
  readonly hubs: readonly MapGroup[];
  /** Every hub's spokes, from the hub that manages each region. */
  readonly spokes: readonly MapLine[];
  /** Regional's planes, each with the regions it serves. */
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

interface Place {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
}

/** Where a region or plane is: the catalog's point, else the answers' coordinates. */
function locate(id: string, answers: Answers): Place | null {
  const catalog = findCatalogRegion(id);
  if (catalog) return { id, lat: catalog.lat, lon: catalog.lon };
  const region = answers.regions.find((candidate) => candidate.id === id);
  return region?.lat !== undefined && region.lon !== undefined ? { id, lat: region.lat, lon: region.lon } : null;
}

function toGroups(view: StrategyPlanes, answers: Answers, toleranceMs: number, r: ResultMessages): MapGroup[] {
  return view.planes.map((plane): MapGroup => {
    const from = locate(plane.planeRegionId, answers);
    const links = view.trips
      // No line to the plane's own spot: a plane still to be placed near its stores is drawn at them.
      .filter((trip) => trip.planeIndex === plane.index && trip.regionId !== plane.planeRegionId)
      .flatMap((trip): MapLine[] => {
        const to = locate(trip.regionId, answers);
        if (!from || !to) return [];
        return [
          {
            fromId: plane.planeRegionId,
            toId: trip.regionId,
            from: [from.lon, from.lat],
            to: [to.lon, to.lat],
            rttMs: trip.rttMs,
            rating: rateRtt(trip.rttMs, toleranceMs),
          },
        ];
      })
      .sort((a, b) => a.rttMs - b.rttMs || (a.toId < b.toId ? -1 : 1));
    return {
      index: plane.index,
      planeRegionId: plane.planeRegionId,
      planeName: plane.name,
      description: describeMapPlane(plane, view.planes.length, r),
      role: view.planes.length > 1 ? planeRole(plane, r) : null,
      regionIds: plane.regionIds,
      clusters: plane.clusters,
      worstRttMs: plane.worstRttMs,
      links,
    };
  });
}

/** Why a plane exists beside the others: "inside European Union", "inside the air gap", "for the rest of the estate". */
function planeRole(plane: PlaneView, r: ResultMessages): string | null {
  const m = r.plan;
  if (plane.reason === 'air-gap') return m.insideAirGap;
  if (plane.jurisdiction !== null) return m.insideJurisdiction(plane.area ?? plane.jurisdiction);
  if (plane.area) return m.forArea(plane.area);
  return plane.reason === 'rest' ? m.forTheRest : null;
}

/** A plane with what it serves, when there are several ("Frankfurt data centre for European Union"). */
function describeMapPlane(plane: PlaneView, planes: number, r: ResultMessages): string {
  const serves = plane.area ?? plane.jurisdiction;
  if (plane.reason === 'air-gap') return r.charts.hubInAirGap(plane.name);
  if (serves) return r.charts.hubServing(plane.name, serves);
  if (plane.reason === 'rest' && planes > 1) return r.charts.hubForTheRest(plane.name);
  return plane.name;
}

/**
 * Everything the map draws for these answers and the planes view of their recommendation: every region, every
 * plane's site (also one outside the answers, such as a pinned hub), and only the lines that exist, from the plane
 * that manages each region, with its round trip as the engine knows it (measured where the answers say).
 */
export function buildMapModel(
  answers: Answers,
  recommendation: Pick<Recommendation, 'strategy'>,
  planes: PlanesView,
  r: ResultMessages = resultEn,
): MapModel {
  const toleranceMs = answers.latencyToleranceMs;
  const hubView = planes['hub-and-spoke'];
  const regionalView = planes.regional;
  const hubTrips = new Map(hubView.trips.map((trip) => [trip.regionId, trip]));
  const regionalTrips = new Map(regionalView.trips.map((trip) => [trip.regionId, trip]));
  const hubSites = new Set(hubView.planes.map((plane) => plane.planeRegionId));
  const regionalSites = new Set(regionalView.planes.map((plane) => plane.planeRegionId));
  const maxClusters = Math.max(...answers.regions.map((region) => region.clusters));

  const regionPoints = answers.regions.flatMap((region): MapPoint[] => {
    const place = locate(region.id, answers);
    const hubTrip = hubTrips.get(region.id);
    const regionalTrip = regionalTrips.get(region.id);
    if (!place) return [];
    const rttFromHubMs = hubTrip?.rttMs ?? 0;
    return [
      {
        id: region.id,
        name: hubTrip?.name ?? region.id,
        place: hubView.planes.find((plane) => plane.planeRegionId === region.id)?.place ?? hubTrip?.name ?? region.id,
        lat: place.lat,
        lon: place.lon,
        clusters: region.clusters,
        radiusPx: radiusForClusters(region.clusters, maxClusters),
        rttFromHubMs,
        rating: rateRtt(rttFromHubMs, toleranceMs),
        isHub: hubSites.has(region.id),
        hubIndex: hubTrip?.planeIndex ?? -1,
        groupIndex: regionalTrip?.planeIndex ?? -1,
        isGroupPlane: regionalSites.has(region.id),
        rttFromPlaneMs: regionalTrip?.rttMs ?? 0,
      },
    ];
  });
  // A plane at a site that is not one of the answers' regions (a pinned hub, the nearest cloud region) is drawn too.
  const known = new Set(answers.regions.map((region) => region.id));
  const planeSites = [...hubView.planes, ...regionalView.planes].filter((plane) => !known.has(plane.planeRegionId));
  const sitePoints = [...new Map(planeSites.map((plane) => [plane.planeRegionId, plane])).values()].flatMap(
    (plane): MapPoint[] => {
      const place = locate(plane.planeRegionId, answers);
      if (!place) return [];
      return [
        {
          id: plane.planeRegionId,
          name: plane.name,
          place: plane.place,
          lat: place.lat,
          lon: place.lon,
          clusters: 0,
          radiusPx: MIN_POINT_RADIUS_PX,
          rttFromHubMs: 0,
          rating: 'ok',
          isHub: hubSites.has(plane.planeRegionId),
          hubIndex: hubView.planes.find((hub) => hub.planeRegionId === plane.planeRegionId)?.index ?? -1,
          groupIndex: regionalView.planes.find((group) => group.planeRegionId === plane.planeRegionId)?.index ?? -1,
          isGroupPlane: regionalSites.has(plane.planeRegionId),
          rttFromPlaneMs: 0,
        },
      ];
    },
  );
  const points = [...regionPoints, ...sitePoints].sort(
    (a, b) => b.clusters - a.clusters || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1),
  );
  const hubs = toGroups(hubView, answers, toleranceMs, r);
  return {
    toleranceMs,
    recommended: recommendation.strategy,
    points,
    hubs,
    spokes: hubs.flatMap((hub) => hub.links),
    groups: toGroups(regionalView, answers, toleranceMs, r),
  };
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
      hubOf(model, point),
    );
  }
  const group = point.groupIndex + 1;
  if (point.isGroupPlane) return m.pointPlane(point.name, clusters, group);
  const plane = model.groups[point.groupIndex]?.planeName ?? point.name;
  return m.pointMember(point.name, clusters, group, formatRttMs(point.rttFromPlaneMs, model.toleranceMs, r), plane);
}

/** The hub that manages a point, by name, when there are several hubs to tell apart (else null). */
export function hubOf(model: MapModel, point: MapPoint): string | null {
  return model.hubs.length > 1 ? (model.hubs[point.hubIndex]?.planeName ?? null) : null;
}

function nameOf(model: MapModel, id: string): string {
  return model.points.find((point) => point.id === id)?.name ?? id;
}

function describeHubAndSpoke(model: MapModel, r: ResultMessages): string {
  const m = r.map;
  const tolerance = model.toleranceMs;
  const strategy = strategyName('hub-and-spoke', r.locale);
  const several = model.hubs.length > 1;
  const only = model.hubs[0];
  const onlyPoint = model.points.find((point) => point.id === only?.planeRegionId);
  const opening = several
    ? m.hubsOpening(
        strategy,
        model.hubs.map((hub) => hub.description),
      )
    : m.hubOpening(
        strategy,
        only?.planeName ?? '',
        onlyPoint && onlyPoint.clusters > 0 ? m.clusters(onlyPoint.clusters) : null,
      );
  if (model.spokes.length === 0) return m.paragraph([opening, m.onlyRegion]);
  const intros = model.hubs
    .filter((hub) => hub.links.length > 0)
    .map((hub) => {
      const spokes = hub.links.map((spoke) => {
        const point = model.points.find((candidate) => candidate.id === spoke.toId);
        return m.spoke(
          nameOf(model, spoke.toId),
          point ? m.clusters(point.clusters) : null,
          formatRttMs(spoke.rttMs, tolerance, r),
          m.ratings[spoke.rating],
        );
      });
      return m.spokesIntro(hub.links.length, tolerance, spokes, several ? hub.planeName : null);
    });
  const over = model.spokes.filter((spoke) => spoke.rating === 'over').length;
  const near = model.spokes.filter((spoke) => spoke.rating === 'near').length;
  const verdict =
    over > 0
      ? m.verdictOver(over, tolerance)
      : near > 0
        ? m.verdictNear(near, tolerance)
        : m.verdictWellWithin(tolerance);
  return m.paragraph([opening, ...intros, verdict]);
}

function describeRegional(model: MapModel, r: ResultMessages): string {
  const m = r.map;
  const name = strategyName('regional', r.locale);
  if (model.groups.every((group) => group.links.length === 0)) {
    const planes = model.groups.map((group) => m.planeWithClusters(group.planeName, m.clusters(group.clusters)));
    if (planes.length === 1) return m.regionalSingle(name, planes[0] ?? '');
    return m.regionalEach(name, planes.length, planes);
  }
  const groups = model.groups.map((group) => {
    const plane = group.planeName;
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
