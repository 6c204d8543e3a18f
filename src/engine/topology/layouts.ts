import { LATENCY_TOLERANCE_FLOOR_MS, LAYOUT_ADMISSION_RATIO, SCALE_ADMISSION_FULL_RATIO } from '../weights';
import {
  centreLinkageMerges,
  completeLinkageMerges,
  groupingDistance,
  groupsAt,
  type Linkage,
  type Merge,
} from './grouping';
import { type LayoutSummary, summarizeLayout } from './layout-summary';
import { type Placement, placePlane } from './placement';
import {
  footprintOf,
  metricsOf,
  nameAreas,
  type PlacedGroup,
  type PlanMetrics,
  type Sizing,
  type StrategyFootprint,
  type TopologyPlan,
  toPlanGroup,
} from './plans';
import { candidatePlaces, type JurisdictionRule, type Partition } from './residency';
import type { RoundTrips } from './round-trips';
import type { Site } from './sites';

/**
 * Regions whose round trips to one another all stay within this share a plane per geography: "Regional" means a
 * plane per geography, not per metro. Team's judgement, set between the two scales it must tell apart: a continent's
 * coasts are 50 to 65 ms apart (us-east-1 to us-west-1 measures 64 ms, AWS P50), so North America is one geography;
 * oceans and continents apart are 75 ms and more (Virginia–Ireland is estimated at 84 ms), and regions on different
 * continents are kept apart by CONTINENT_GAP_MS as well.
 */
export const GEOGRAPHY_GROUP_RTT_MS = 72;
/**
 * The broadest grouping: regions one of them reaches within this, in one macro-area (the Americas, EMEA, Asia
 * Pacific), share a plane, so Singapore serves Mumbai (55 ms), Tokyo (70 ms) and Sydney (92 ms) as one "Asia
 * Pacific" plane (centre linkage). Team's judgement: what a plane in the middle reaches well within the default
 * 150 ms tolerance.
 */
export const BROAD_GROUP_RTT_MS = 130;

/** The kinds of Regional layout an architect draws. */
export type LayoutName = 'geography' | 'broad' | 'hub-reach' | 'coasts' | 'areas' | 'metros';

/** A layout by grouping distance: regions within `groupMaxRttMs` of one another share a plane. */
export interface CutLayoutSpec {
  readonly kind: 'cut';
  readonly name: Exclude<LayoutName, 'hub-reach'>;
  readonly linkage: Linkage;
  readonly groupMaxRttMs: number;
  /** The distance fades in over ± this, so a pair drifting across it moves the result by slivers. */
  readonly fadeMs: number;
  /** Finer than a plane per geography: counts only as far as the tolerance or Rancher's sizes ask (score.ts). */
  readonly finer: boolean;
}

/**
 * A layout around the central hub: the hub keeps every continent-scale area whose clusters sit within `hubReachMs` of
 * it (weighted by clusters), and each area beyond gets a plane of its own ("a central hub in Frankfurt plus a plane in
 * Singapore").
 */
export interface ReachLayoutSpec {
  readonly kind: 'reach';
  readonly name: 'hub-reach';
  readonly hubReachMs: number;
  /** The reach fades in over ± this. */
  readonly fadeMs: number;
  readonly finer: false;
}

export type RegionalLayoutSpec = CutLayoutSpec | ReachLayoutSpec;

/**
 * Regional's layouts, continent-scale first. "Regional" means a plane per geography at continent scale (the GUIDE:
 * neighbouring regions share a plane), so the layouts always weighed are the broadest areas and the central hub with
 * planes for the regions beyond its reach; layouts finer than that (a plane per 72 ms geography, coasts at 48 ms,
 * 32 ms, metro areas at 20 ms) count only as the tolerance or Rancher's documented sizes ask for them (score.ts). The
 * one compared with Hub & Spoke is the one that makes the best case for Regional among those admitted. Fades and
 * reaches: team's judgement; a grouping distance fades over about a sixth of it, a hub's reach over about a third
 * (the round trips from a hub move as the hub's place blends between equally good sites, so they need the room).
 */
export const REGIONAL_LAYOUTS: readonly RegionalLayoutSpec[] = [
  { kind: 'cut', name: 'broad', linkage: 'broad', groupMaxRttMs: BROAD_GROUP_RTT_MS, fadeMs: 15, finer: false },
  { kind: 'reach', name: 'hub-reach', hubReachMs: 70, fadeMs: 25, finer: false },
  { kind: 'reach', name: 'hub-reach', hubReachMs: 100, fadeMs: 35, finer: false },
  { kind: 'reach', name: 'hub-reach', hubReachMs: 140, fadeMs: 45, finer: false },
  { kind: 'reach', name: 'hub-reach', hubReachMs: 200, fadeMs: 60, finer: false },
  {
    kind: 'cut',
    name: 'geography',
    linkage: 'geography',
    groupMaxRttMs: GEOGRAPHY_GROUP_RTT_MS,
    fadeMs: 12,
    finer: true,
  },
  { kind: 'cut', name: 'coasts', linkage: 'geography', groupMaxRttMs: 48, fadeMs: 8, finer: true },
  { kind: 'cut', name: 'areas', linkage: 'geography', groupMaxRttMs: 32, fadeMs: 5, finer: true },
  { kind: 'cut', name: 'metros', linkage: 'geography', groupMaxRttMs: 20, fadeMs: 3, finer: true },
];

/**
 * Plans across a fade: at most this many, evenly chosen among the points where the plan changes. Team's judgement:
 * a change then moves a factor by at most an eighth of what it would switching at once, and 100 regions stay fast.
 */
const MAX_FADE_VARIANTS = 8;

/** 0 at or below `from`, 1 at or above `to`, linear between. */
const rampOf = (value: number, from: number, to: number) =>
  value <= from ? 0 : value >= to ? 1 : (value - from) / (to - from);

/** The largest plane of a layout against Rancher's largest documented size, averaged over its fade. */
function largestSizeRatio(layout: RegionalLayout): number {
  return layout.metrics.reduce((sum, variant) => sum + variant.weight * variant.metrics.largestSizeRatio, 0);
}

/**
 * How much a layout counts at these answers: 1 for the continent-scale layouts; for a finer one,
 * as far as the tolerance asks for it (in part from LAYOUT_ADMISSION_RATIO times its distance, in full at its
 * distance; a tolerance under LATENCY_TOLERANCE_FLOOR_MS asks as much as the floor) or as far as the broadest
 * layout's largest plane outgrows Rancher's largest documented size (in part beyond it, in full from
 * SCALE_ADMISSION_FULL_RATIO times it: 940 clusters on two coasts get a plane per coast).
 */
export function layoutAdmission(spec: RegionalLayoutSpec, broadest: RegionalLayout, toleranceMs: number): number {
  if (!spec.finer || spec.kind !== 'cut') return 1;
  const none = spec.groupMaxRttMs * LAYOUT_ADMISSION_RATIO;
  const byTolerance = 1 - rampOf(Math.max(toleranceMs, LATENCY_TOLERANCE_FLOOR_MS), spec.groupMaxRttMs, none);
  const byScale = rampOf(largestSizeRatio(broadest), 1, SCALE_ADMISSION_FULL_RATIO);
  return Math.max(byTolerance, byScale);
}

/** One regional layout worked out for the answers. */
export interface RegionalLayout {
  readonly spec: RegionalLayoutSpec;
  readonly plan: TopologyPlan;
  readonly footprint: StrategyFootprint;
  /** Metrics over the layout's fade; the weights add up to 1. */
  readonly metrics: readonly { readonly weight: number; readonly metrics: PlanMetrics }[];
  readonly summary: LayoutSummary;
}

/** What laying out planes needs: the sites, their round trips, the hard constraints and the Hub & Spoke planes. */
export interface LayoutContext {
  readonly sizing: Sizing;
  readonly trips: RoundTrips;
  readonly partitions: readonly Partition[];
  readonly rules: ReadonlyMap<string, JurisdictionRule>;
  /** Hub & Spoke's plane of each partition. */
  readonly hubPlacements: readonly Placement[];
  readonly hubMetrics: PlanMetrics;
  /** The jurisdiction every member of a group belongs to, when they all belong to one that keeps them inside. */
  readonly jurisdictionOnly: (members: readonly number[]) => string | null;
}

/** Places planes for groups of one partition: memoized by members, since a layout's fade repeats most groups. */
function groupPlacer(context: LayoutContext) {
  const known = new Map<string, { placement: Placement; insideKnown: boolean }>();
  const { sites } = context.sizing;
  const place = (members: readonly number[], partitionIndex: number) => {
    const key = `${partitionIndex}:${members.join(',')}`;
    const found = known.get(key);
    if (found) return found;
    const partition = context.partitions[partitionIndex] as Partition;
    const candidates = candidatePlaces(members, partition, sites, context.rules);
    const placed = {
      placement: placePlane(members, candidates.places, sites, context.trips, undefined, candidates.penaltyMs),
      insideKnown: candidates.insideKnown,
    };
    known.set(key, placed);
    return placed;
  };
  /** Groups whose best place is the same site become one plane. */
  return (groups: readonly (readonly number[])[], partitionIndex: number): PlacedGroup[] => {
    const partition = context.partitions[partitionIndex] as Partition;
    const byPlane = new Map<string, number[]>();
    for (const group of groups) {
      const plane = place(group, partitionIndex).placement.place.id;
      const members = byPlane.get(plane);
      if (members) members.push(...group);
      else byPlane.set(plane, [...group]);
    }
    return [...byPlane.values()].map((members) => {
      const sorted = members.sort((x, y) => x - y);
      const placed = place(sorted, partitionIndex);
      return {
        members: sorted,
        placement: placed.placement,
        partition: partitionIndex,
        insideKnown: placed.insideKnown,
        ...(partition.constraint ? { constraint: partition.constraint } : {}),
      };
    });
  };
}

/** Evenly chosen points where the plan changes, at most MAX_FADE_VARIANTS. */
function capBreakpoints(points: readonly number[]): number[] {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  if (sorted.length <= MAX_FADE_VARIANTS) return sorted;
  return Array.from(
    { length: MAX_FADE_VARIANTS },
    (_, i) => sorted[Math.floor((i * sorted.length) / MAX_FADE_VARIANTS)] as number,
  );
}

/**
 * One way Hub & Spoke's equally good places (PLACEMENT_BLEND_MS) may fall: each partition's hub at one entry of its
 * blend (`entries[i]`, an index into partition i's `blend`), or at the place the plan names (`null`).
 */
interface HubChoice {
  readonly weight: number;
  readonly entries: readonly number[] | null;
}

/** The choice the plan is drawn for: every hub at the place the plan names. */
const NAMED_HUBS: HubChoice = { weight: 1, entries: null };

/**
 * Hub & Spoke's equally good places as whole choices, for the layouts built around the hub: one draw from 0 to 1
 * picks each partition's place by its blend's cumulative weights, so there are at most 1 + Σ(places − 1) choices and
 * each choice's weight moves continuously with the blends. A hub's reach is then judged from one place at a time: a
 * region 170 ms from one equally good place and next to the other is beyond the reach of the first and within that of
 * the second, never "85 ms away" from a hub that sits nowhere (a blended round trip that one more cluster would move
 * by a quarter of the reach's fade).
 */
function hubChoices(placements: readonly Placement[]): HubChoice[] {
  const cuts = new Set([0, 1]);
  for (const placement of placements) {
    let cumulative = 0;
    for (const entry of placement.blend.slice(0, -1)) {
      cumulative += entry.weight;
      if (cumulative > 0 && cumulative < 1) cuts.add(cumulative);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const entryAt = (placement: Placement, draw: number) => {
    let cumulative = 0;
    for (let entry = 0; entry < placement.blend.length; entry++) {
      cumulative += (placement.blend[entry] as { weight: number }).weight;
      if (draw < cumulative) return entry;
    }
    return Math.max(0, placement.blend.length - 1);
  };
  const choices: HubChoice[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i] as number;
    const to = sorted[i + 1] as number;
    const draw = (from + to) / 2;
    choices.push({ weight: to - from, entries: placements.map((placement) => entryAt(placement, draw)) });
  }
  return choices;
}

/** A hub's round trips to its partition's members from one place of its blend, or from the place the plan names. */
function hubRttsAt(placement: Placement, entry: number | null): readonly number[] {
  return entry === null ? placement.rttMs : (placement.blend[entry]?.rttMs ?? placement.rttMs);
}

/** Works out every layout of REGIONAL_LAYOUTS; those that plan just what another does are left out. */
export function buildLayouts(context: LayoutContext, minToleranceMs: number): RegionalLayout[] {
  const { sites } = context.sizing;
  const placeGroups = groupPlacer(context);
  /**
   * The regions that stay on Hub & Spoke's own plane, at one of its equally good places (a HubChoice's entry), or at
   * the place the plan names.
   */
  const hubGroup = (members: readonly number[], index: number, entry: number | null): PlacedGroup => {
    const partition = context.partitions[index] as Partition;
    const hub = context.hubPlacements[index] as Placement;
    const positions = members.map((member) => partition.members.indexOf(member));
    const rtts = hubRttsAt(hub, entry);
    const rttMs = positions.map((position) => rtts[position] as number);
    return {
      members,
      placement: { place: hub.place, rttMs, worstRttMs: Math.max(0, ...rttMs), blend: [{ weight: 1, rttMs }] },
      partition: index,
      insideKnown: true,
      ...(partition.constraint ? { constraint: partition.constraint } : {}),
    };
  };
  const splittable = context.partitions.map((partition) => partition.constraint?.kind !== 'air-gap');
  const highest = (linkage: Linkage) =>
    Math.max(
      ...REGIONAL_LAYOUTS.filter((spec) => spec.kind === 'cut' && spec.linkage === linkage).map((spec) =>
        spec.kind === 'cut' ? spec.groupMaxRttMs + spec.fadeMs : 0,
      ),
      linkage === 'broad' ? BROAD_GROUP_RTT_MS : 0,
    );
  const mergeBy = (linkage: Linkage) => (linkage === 'broad' ? centreLinkageMerges : completeLinkageMerges);
  const mergesOf = (linkage: Linkage): Merge[][] =>
    context.partitions.map((partition, index) =>
      splittable[index]
        ? mergeBy(linkage)(partition.members, groupingDistance(linkage, sites, context.trips), highest(linkage))
        : [],
    );
  // Grouping by geography is worked out only when a layout that needs it is.
  const merges = { broad: mergesOf('broad'), geographyMerges: null as Merge[][] | null };
  const mergesFor = (linkage: Linkage): Merge[][] => {
    if (linkage === 'broad') return merges.broad;
    merges.geographyMerges ??= mergesOf('geography');
    return merges.geographyMerges;
  };
  // Each partition's continent-scale areas, and each area's cluster-weighted round trip from each of the partition's
  // equally good hub places (`byEntry`) and from the place the plan names (`named`): worked out once.
  const areas = context.partitions.map((partition, index) => {
    if (!splittable[index]) return [];
    const hub = context.hubPlacements[index] as Placement;
    const position = new Map(partition.members.map((member, at) => [member, at]));
    return groupsAt(partition.members, merges.broad[index] as Merge[], BROAD_GROUP_RTT_MS).map((members) => {
      const meanFrom = (rtts: readonly number[]) => {
        let weighted = 0;
        let weight = 0;
        for (const member of members) {
          const site = sites[member] as Site;
          weighted += site.weight * (rtts[position.get(member) ?? 0] as number);
          weight += site.weight;
        }
        return weighted / weight;
      };
      return { members, named: meanFrom(hub.rttMs), byEntry: hub.blend.map((entry) => meanFrom(entry.rttMs)) };
    });
  });
  /** An area's round trip from partition `index`'s hub as a choice of hubs places it. */
  const areaRtt = (area: { named: number; byEntry: readonly number[] }, choice: HubChoice, index: number) => {
    const entry = choice.entries?.[index];
    return entry === undefined ? area.named : (area.byEntry[entry] ?? area.named);
  };
  const reachChoices = hubChoices(context.hubPlacements);
  /** Each partition's planes at a layout's parameter (a grouping distance or the hub's reach), for a choice of hubs. */
  const placedAt = (spec: RegionalLayoutSpec, value: number, choice: HubChoice) =>
    context.partitions.flatMap((partition, index) => {
      if (spec.kind === 'cut') {
        return placeGroups(groupsAt(partition.members, mergesFor(spec.linkage)[index] as Merge[], value), index);
      }
      if (!splittable[index]) return placeGroups([[...partition.members]], index);
      // The hub keeps the continent-scale areas within its reach, on Hub & Spoke's own plane; each area beyond gets a
      // plane of its own (Zurich keeps Europe, Singapore takes Asia Pacific, Mumbai with it).
      const within = areas[index]?.filter((area) => areaRtt(area, choice, index) <= value) ?? [];
      const beyond = areas[index]?.filter((area) => areaRtt(area, choice, index) > value) ?? [];
      const near = within.flatMap((area) => area.members).sort((a, b) => a - b);
      return [
        ...(near.length > 0 ? [hubGroup(near, index, choice.entries?.[index] ?? null)] : []),
        ...placeGroups(
          beyond.map((area) => area.members),
          index,
        ),
      ];
    });
  /** Where, inside the fade, the plan changes: merge heights, or the areas' round trips from the chosen hubs. */
  const changesIn = (spec: RegionalLayoutSpec, low: number, high: number, choice: HubChoice): number[] => {
    const points =
      spec.kind === 'cut'
        ? mergesFor(spec.linkage).flatMap((partitionMerges) => partitionMerges.map((merge) => merge.heightMs))
        : areas.flatMap((partitionAreas, index) => partitionAreas.map((area) => areaRtt(area, choice, index)));
    return points.filter((point) => point > low && point < high);
  };

  const build = (spec: RegionalLayoutSpec): RegionalLayout => {
    const nominal = spec.kind === 'cut' ? spec.groupMaxRttMs : spec.hubReachMs;
    const low = nominal - spec.fadeMs;
    const high = nominal + spec.fadeMs;
    // A grouping distance does not depend on where the hub sits; a hub's reach is judged from each of its places.
    const choices = spec.kind === 'cut' ? [NAMED_HUBS] : reachChoices;
    const variants: { weight: number; metrics: PlanMetrics }[] = [];
    for (const choice of choices) {
      const breakpoints = [low, ...capBreakpoints(changesIn(spec, low, high, choice)), high];
      for (let i = 0; i + 1 < breakpoints.length; i++) {
        const from = breakpoints[i] as number;
        const to = breakpoints[i + 1] as number;
        if (to > from)
          variants.push({
            weight: (choice.weight * (to - from)) / (high - low),
            metrics: metricsOf(placedAt(spec, from, choice), context.sizing),
          });
      }
    }
    const placed = placedAt(spec, nominal, NAMED_HUBS);
    const areas = nameAreas(placed, sites, context.jurisdictionOnly);
    const groups = placed.map((group, index) =>
      toPlanGroup(group, areas[index] ?? { kind: 'estate' }, context.sizing, context.trips),
    );
    const plan: TopologyPlan = { groups, maxGroupRttMs: GEOGRAPHY_GROUP_RTT_MS, layout: spec.name };
    return {
      spec,
      plan,
      footprint: footprintOf(groups),
      metrics: variants,
      summary: summarizeLayout(context.hubMetrics, variants, sites, context.sizing.totalWeight),
    };
  };

  const [first, ...rest] = REGIONAL_LAYOUTS as [RegionalLayoutSpec, ...RegionalLayoutSpec[]];
  const broadest = build(first);
  const layouts: RegionalLayout[] = [broadest];
  for (const spec of rest) {
    // A layout no tolerance from the lowest asked for would admit weighs nothing: it is not worked out.
    if (layoutAdmission(spec, broadest, minToleranceMs) === 0) continue;
    const layout = build(spec);
    if (!layouts.some((kept) => sameAs(layout, kept))) layouts.push(layout);
  }
  return layouts;
}

/** Whether two layouts plan the very same planes across their fades (one region, metro neighbours). */
function sameAs(a: RegionalLayout, b: RegionalLayout): boolean {
  const planesOf = (layout: RegionalLayout) =>
    layout.plan.groups.map((group) => `${group.planeRegionId}:${group.members.join(',')}`).join('|');
  return (
    planesOf(a) === planesOf(b) &&
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
    })
  );
}
