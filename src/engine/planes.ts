/**
 * The one view of management planes that every surface reads (verdict, summary, charts, tables, map, decision record,
 * print, compare): each plane of each strategy, where it sits, what it serves and why it exists, and each region's
 * round trip from the plane that really manages it, with how that figure is known. Pure: no React, no DOM.
 *
 * It reads the recommendation's groups only (`hubPlan.groups`, `regionalPlan.groups`): a region's round trip comes
 * from the group that contains it, never from `hub.rttMs`, which is the main hub's alone.
 */
import { siteKindOf } from './answer-defaults';
import { MAINLAND_CHINA_JURISDICTION_ID } from './answer-limits';
import type { Answers } from './answers';
import type { Locale } from './locale';
import { messagesFor } from './messages';
import { ownValue } from './own-value';
import type { PlaneReason, RttBasis } from './plane-kinds';
import { regionNamer } from './regions/region-names';
import type { UncertainCorridor } from './regions/rtt-model';
import type { InstallationSize } from './sizing';
import type { Strategy } from './strategy';
import type { RegionalGroup, RegionalPlan } from './topology';

export type { PlaneReason, RttBasis } from './plane-kinds';

/** A group as the view reads it; `standbyRegionId` and `area` are optional (not every engine version sets them). */
type GroupLike = RegionalGroup & { readonly standbyRegionId?: string; readonly area?: string };

/** What the view needs of a recommendation (a topology has the same fields). */
export interface PlanesSource {
  readonly hub: { readonly regionId: string; readonly pinned?: { readonly bestRegionId: string } };
  readonly hubPlan: RegionalPlan;
  readonly regionalPlan: RegionalPlan;
}

export interface PlaneView {
  readonly strategy: Strategy;
  /** 0-based, in the plan's order; also the plane's colour on the map. */
  readonly index: number;
  readonly planeRegionId: string;
  /** The site's display name ("Europe (Frankfurt)", "Frankfurt data centre"). */
  readonly name: string;
  /** The place in a few words ("Frankfurt", "N. Virginia"): unique among the strategy's planes. */
  readonly place: string;
  /** What the plane serves as an architect says it ("Europe", "the European Union"), when the engine gives it. */
  readonly area: string | null;
  readonly reason: PlaneReason;
  /** The jurisdiction's display name, for a plane that exists because of one (mainland China's: `mainlandChinaName`). */
  readonly jurisdiction: string | null;
  readonly regionIds: readonly string[];
  readonly clusters: number;
  readonly nodes: number;
  /** More than one: installations side by side beyond Rancher's largest documented size. */
  readonly installations: number;
  readonly size: InstallationSize;
  readonly worstRttMs: number;
  /** Where its warm standby goes, when the engine says. */
  readonly standbyRegionId: string | null;
  readonly standbyName: string | null;
  /** The plane sits in a catalog region that is not one of the answers' regions. */
  readonly outsideAnswers: boolean;
  /** The answers pinned this plane's site (the main hub only). */
  readonly pinned: boolean;
  /**
   * No site known to the answers may host it: its own regions are edge sites or on intermittent links, and nowhere
   * else is allowed (a jurisdiction of stores where no cloud region is). Never an air gap's plane, which runs at it. It is drawn at those regions, but it runs in
   * a data centre still to be chosen near them, and `name` and `place` say so.
   */
  readonly siteToChoose: boolean;
}

/** One region's round trip from the plane that manages it under one strategy. */
export interface RegionTrip {
  readonly regionId: string;
  readonly name: string;
  readonly clusters: number;
  /** Index into the strategy's planes. */
  readonly planeIndex: number;
  readonly planeRegionId: string;
  readonly planeName: string;
  readonly planePlace: string;
  /** The region is the plane's own site. */
  readonly atPlane: boolean;
  readonly rttMs: number;
  readonly basis: RttBasis;
  readonly corridor: UncertainCorridor | null;
}

export interface StrategyPlanes {
  readonly strategy: Strategy;
  readonly planes: readonly PlaneView[];
  /** One per region of the answers, in the answers' order. */
  readonly trips: readonly RegionTrip[];
}

export type PlanesView = Readonly<Record<Strategy, StrategyPlanes>>;

export interface PlanesOptions {
  /** The language of the names (catalog regions are named in it); English when left out. */
  readonly locale?: Locale;
  /** How mainland China is named, in that language. */
  readonly mainlandChinaName?: string;
}

function reasonOf(group: GroupLike, strategy: Strategy, planes: number): PlaneReason {
  const constraint = group.constraint;
  if (constraint?.kind === 'air-gap') return 'air-gap';
  if (constraint?.kind === 'jurisdiction') {
    return constraint.jurisdictionId === MAINLAND_CHINA_JURISDICTION_ID ? 'mainland-china' : 'jurisdiction';
  }
  if (strategy === 'regional') return 'geography';
  return planes > 1 ? 'rest' : 'central';
}

function basisOf(group: GroupLike, regionId: string): RttBasis {
  if (group.measuredRttRegionIds?.includes(regionId)) return 'measured';
  if (regionId === group.planeRegionId) return 'own-site';
  return ownValue(group.uncertainRtt, regionId) ? 'uncertain' : 'estimated';
}

function viewStrategy(
  strategy: Strategy,
  plan: RegionalPlan,
  source: PlanesSource,
  answers: Pick<Answers, 'regions' | 'jurisdictions'>,
  names: ReturnType<typeof regionNamer>,
  mainlandChinaName: string,
  chooseNear: (p: { readonly near: string }) => string,
): StrategyPlanes {
  const nameOf = names.name;
  const groups = plan.groups as readonly GroupLike[];
  const jurisdictionNames = new Map((answers.jurisdictions ?? []).map((j) => [j.id, j.name]));
  const planeNames = groups.map((group) => nameOf(group.planeRegionId));
  const shorts = groups.map((group) => names.short(group.planeRegionId));
  // An air-gapped site's plane runs inside the air gap, at the site: there is no other place for it.
  const siteToChoose = groups.map((group) => {
    const site = answers.regions.find((region) => region.id === group.planeRegionId);
    const hostless = site !== undefined && (siteKindOf(site) === 'edge' || site.connectivity === 'intermittent');
    return hostless && group.constraint?.kind !== 'air-gap';
  });
  const planes = groups.map((group, index): PlaneView => {
    const reason = reasonOf(group, strategy, groups.length);
    const short = shorts[index] as string;
    const unique = shorts.filter((other) => other === short).length === 1;
    const jurisdiction =
      group.constraint?.kind === 'jurisdiction'
        ? (jurisdictionNames.get(group.constraint.jurisdictionId) ??
          (reason === 'mainland-china' ? mainlandChinaName : group.constraint.jurisdictionId))
        : null;
    const standby = group.standbyRegionId ?? null;
    const name = planeNames[index] as string;
    const place = unique ? short : name;
    const toChoose = siteToChoose[index] === true;
    return {
      strategy,
      index,
      planeRegionId: group.planeRegionId,
      name: toChoose ? chooseNear({ near: name }) : name,
      place: toChoose ? chooseNear({ near: place }) : place,
      area: group.area ?? null,
      reason,
      jurisdiction,
      regionIds: group.regionIds,
      clusters: group.clusters,
      nodes: group.nodes,
      installations: group.installations,
      size: group.size,
      worstRttMs: group.worstRttMs,
      standbyRegionId: standby,
      standbyName: standby === null ? null : nameOf(standby),
      outsideAnswers: group.planeOutsideAnswers === true,
      pinned:
        strategy === 'hub-and-spoke' && source.hub.pinned !== undefined && group.planeRegionId === source.hub.regionId,
      siteToChoose: toChoose,
    };
  });
  const planeOf = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const id of group.regionIds) planeOf.set(id, index);
  });
  const trips = answers.regions.flatMap((region): RegionTrip[] => {
    const index = planeOf.get(region.id);
    if (index === undefined) return [];
    const group = groups[index] as GroupLike;
    const plane = planes[index] as PlaneView;
    return [
      {
        regionId: region.id,
        name: nameOf(region.id),
        clusters: region.clusters,
        planeIndex: index,
        planeRegionId: plane.planeRegionId,
        planeName: plane.name,
        planePlace: plane.place,
        // A plane still to be placed near its stores is not at them: their figure is an estimate for "near".
        atPlane: region.id === group.planeRegionId && !plane.siteToChoose,
        rttMs: ownValue(group.rttMs, region.id) ?? 0,
        basis: plane.siteToChoose && region.id === group.planeRegionId ? 'estimated' : basisOf(group, region.id),
        corridor: ownValue(group.uncertainRtt, region.id) ?? null,
      },
    ];
  });
  return { strategy, planes, trips };
}

/**
 * Every plane of both strategies and every region's round trip from its own plane. `answers` gives the regions'
 * order, names and jurisdictions; the planes and figures come from the recommendation's groups as they are.
 */
export function viewPlanes(
  source: PlanesSource,
  answers: Pick<Answers, 'regions' | 'jurisdictions'>,
  options: PlanesOptions = {},
): PlanesView {
  const names = regionNamer(answers, options.locale ?? 'en');
  const china = options.mainlandChinaName ?? 'mainland China';
  const chooseNear = messagesFor(options.locale ?? 'en').plan.siteToChoose;
  return {
    'hub-and-spoke': viewStrategy('hub-and-spoke', source.hubPlan, source, answers, names, china, chooseNear),
    regional: viewStrategy('regional', source.regionalPlan, source, answers, names, china, chooseNear),
  };
}

/** The plane that manages `regionId` under one strategy's view, if any. */
export function planeOfRegion(view: StrategyPlanes, regionId: string): PlaneView | undefined {
  const trip = view.trips.find((candidate) => candidate.regionId === regionId);
  return trip ? view.planes[trip.planeIndex] : undefined;
}

/** How the figures of a set of trips are known, all together: for sentences such as "the figures below are …". */
export function figuresBasis(trips: readonly RegionTrip[]): 'measured' | 'estimated' | 'mixed' {
  const remote = trips.filter((trip) => !trip.atPlane);
  if (remote.length === 0) return 'estimated';
  const measured = remote.filter((trip) => trip.basis === 'measured').length;
  if (measured === remote.length) return 'measured';
  return measured === 0 ? 'estimated' : 'mixed';
}
