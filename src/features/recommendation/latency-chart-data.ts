import type { PlanesView, RegionTrip, RttBasis, Strategy } from '../../engine';
import { estimateLabelWidthPx } from './chart-layout';

/** One strategy's round trip to a region, from the plane that manages it there. */
export interface LatencyBar {
  readonly rttMs: number;
  readonly basis: RttBasis;
  /** The plane's place in a few words ("Frankfurt"), and its full name for tables. */
  readonly planePlace: string;
  readonly planeName: string;
  /** The region is that plane's own site. */
  readonly atPlane: boolean;
  /** The strategy has more than one plane, so a figure must say which one it is from. */
  readonly severalPlanes: boolean;
}

export interface LatencyChartRow {
  readonly id: string;
  readonly name: string;
  readonly hub: LatencyBar;
  readonly regional: LatencyBar;
  /** The figures recharts draws bars from, ms. */
  readonly hubRttMs: number;
  readonly regionalRttMs: number;
}

/** Two bars a region (from its hub, from its regional plane), each with its figure beside it, px. */
export const LATENCY_ROW_HEIGHT_PX = 46;
/** Room above the plot for the tolerance line's caption, px. */
export const LATENCY_LABEL_ROOM_PX = 22;

function bar(trip: RegionTrip | undefined, planes: number): LatencyBar {
  return {
    rttMs: trip?.rttMs ?? 0,
    basis: trip?.basis ?? 'estimated',
    planePlace: trip?.planePlace ?? '',
    planeName: trip?.planeName ?? '',
    atPlane: trip?.atPlane ?? false,
    severalPlanes: planes > 1,
  };
}

/**
 * One row per region: its round trip from the hub that manages it (Hub & Spoke) and from its regional plane
 * (Regional), each from the planes view, so no figure is ever shown from a plane that does not manage the region.
 * Rows follow the hubs: each hub's own site first, then its regions nearest first.
 */
export function toLatencyChartRows(planes: PlanesView): LatencyChartRow[] {
  const hub = planes['hub-and-spoke'];
  const regional = planes.regional;
  const regionalTrips = new Map(regional.trips.map((trip) => [trip.regionId, trip]));
  return hub.trips
    .map((trip) => ({
      trip,
      row: toRow(trip, regionalTrips.get(trip.regionId), hub.planes.length, regional.planes.length),
    }))
    .sort(
      (a, b) =>
        a.trip.planeIndex - b.trip.planeIndex ||
        Number(b.trip.atPlane) - Number(a.trip.atPlane) ||
        a.trip.rttMs - b.trip.rttMs ||
        a.row.name.localeCompare(b.row.name),
    )
    .map(({ row }) => row);
}

function toRow(
  hubTrip: RegionTrip,
  regionalTrip: RegionTrip | undefined,
  hubs: number,
  planes: number,
): LatencyChartRow {
  const hub = bar(hubTrip, hubs);
  const regional = bar(regionalTrip, planes);
  return {
    id: hubTrip.regionId,
    name: hubTrip.name,
    hub,
    regional,
    hubRttMs: hub.rttMs,
    regionalRttMs: regional.rttMs,
  };
}

/** Whether any figure of the chart was measured: only then does the legend explain how measured bars look. */
export function hasMeasuredRtt(rows: readonly LatencyChartRow[]): boolean {
  return rows.some((row) => row.hub.basis === 'measured' || row.regional.basis === 'measured');
}

/** Which strategy's bar: the figure's words differ (hub, plane). */
export type LatencyBarKind = Strategy;

/** Room beyond the longest bar or the tolerance for the figures, as a share of it. */
const LABEL_ROOM_RATIO = 1.2;
/** Space between a bar's end, its figure and the tolerance line, px. */
export const VALUE_LABEL_GAP_PX = 6;

/**
 * Where the round-trip axis ends, ms: past the farthest round trip and the tolerance, far enough that each bar's
 * figure fits beside its bar (or beside the tolerance line, where it moves past it). recharts rounds the ticks
 * inside this domain; it cannot know how much room text beside a bar needs.
 */
export function latencyDomainMaxMs(
  rows: readonly LatencyChartRow[],
  toleranceMs: number,
  plotWidthPx: number,
  figureOf: (row: LatencyChartRow, strategy: LatencyBarKind) => string,
): number {
  let largest =
    Math.max(toleranceMs, ...rows.map((row) => Math.max(row.hubRttMs, row.regionalRttMs))) * LABEL_ROOM_RATIO;
  for (const row of rows) {
    for (const strategy of ['hub-and-spoke', 'regional'] as const) {
      const valueMs = strategy === 'hub-and-spoke' ? row.hubRttMs : row.regionalRttMs;
      const free = plotWidthPx - estimateLabelWidthPx(figureOf(row, strategy)) - 2 * VALUE_LABEL_GAP_PX;
      // A figure wider than the whole plot cannot be helped by a longer axis.
      if (free <= 0) continue;
      largest = Math.max(largest, (Math.max(valueMs, toleranceMs) * plotWidthPx) / free);
    }
  }
  return niceCeil(largest);
}

/** Rounds up to 1, 2, 2.5 or 5 times a power of ten, so the axis ends on a round figure. */
function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, value)));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

/** Where a bar's figure goes: its x, px, and whether the text starts or ends there. */
export interface ValueLabelPlace {
  readonly xPx: number;
  readonly anchor: 'start' | 'end';
}

/**
 * Where a bar's figure goes, given the bar's ends and where the tolerance line runs, so the figure and the dashed
 * line never overlap: just beyond the bar; where the text would run across the line, inside the bar's end if the
 * bar is solid (`solid`: text on a hatch would not read) and long enough to hold it, so it stays with its bar;
 * else just beyond the line. recharts places a LabelList at a fixed position and cannot avoid a reference line.
 */
export function placeValueLabel(
  barStartPx: number,
  barEndPx: number,
  labelWidthPx: number,
  lineXPx: number,
  solid = true,
): ValueLabelPlace {
  const start = barEndPx + VALUE_LABEL_GAP_PX;
  const crosses = start - VALUE_LABEL_GAP_PX / 2 < lineXPx && start + labelWidthPx + VALUE_LABEL_GAP_PX / 2 > lineXPx;
  if (!crosses) return { xPx: start, anchor: 'start' };
  if (solid && barEndPx - barStartPx >= labelWidthPx + 2 * VALUE_LABEL_GAP_PX) {
    return { xPx: barEndPx - VALUE_LABEL_GAP_PX, anchor: 'end' };
  }
  return { xPx: Math.max(start, lineXPx + VALUE_LABEL_GAP_PX), anchor: 'start' };
}
