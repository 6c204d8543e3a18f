/**
 * Prints the calibration tables of docs/rtt-model.md: each published median beside the distance-only estimate and
 * the routed estimate (`estimateRttBetweenMs`).
 * Run: npx tsx scripts/rtt-table.ts
 */
import { findCatalogRegion } from '../src/engine/regions/catalog';
import { greatCircleDistanceKm } from '../src/engine/regions/geo';
import { DETOUR_RTTS, MEASURED_RTTS, type MeasuredRtt, OUTLIER_RTTS } from '../src/engine/regions/rtt-calibration';
import {
  estimateRttBetweenMs,
  estimateRttMs,
  findRouteDetour,
  type RouteDetour,
} from '../src/engine/regions/rtt-model';

interface Row {
  readonly label: string;
  readonly distanceKm: number;
  readonly measuredMs: number;
  readonly distanceOnlyMs: number;
  readonly detour: RouteDetour;
  readonly routedMs: number;
}

function toRow(pair: MeasuredRtt): Row {
  const a = findCatalogRegion(pair.a);
  const b = findCatalogRegion(pair.b);
  if (a === undefined || b === undefined) throw new Error(`not in the catalog: ${pair.a} or ${pair.b}`);
  const distanceKm = greatCircleDistanceKm(a, b);
  return {
    label: `${pair.a} ↔ ${pair.b} (${a.metro}–${b.metro})`,
    distanceKm,
    measuredMs: pair.measuredRttMs,
    distanceOnlyMs: estimateRttMs(distanceKm),
    detour: findRouteDetour(a, b),
    routedMs: estimateRttBetweenMs(a, b),
  };
}

function formatError(modelledMs: number, measuredMs: number): string {
  const errorPercent = Math.round(((modelledMs - measuredMs) / measuredMs) * 100);
  return `${errorPercent > 0 ? '+' : ''}${errorPercent}%`;
}

function formatRow(row: Row): string {
  const distance = Math.round(row.distanceKm).toLocaleString('en-US');
  return [
    '',
    row.label,
    distance,
    row.measuredMs,
    row.distanceOnlyMs,
    formatError(row.distanceOnlyMs, row.measuredMs),
    row.detour,
    row.routedMs,
    formatError(row.routedMs, row.measuredMs),
    '',
  ]
    .join(' | ')
    .trim();
}

function table(pairs: readonly MeasuredRtt[]): string {
  const rows = pairs.map(toRow).sort((left, right) => left.distanceKm - right.distanceKm);
  const header = [
    '| Pair | Distance (km) | Measured P50 (ms) | Distance only (ms) | Error | Detour | Routed (ms) | Error |',
    '|---|--:|--:|--:|--:|---|--:|--:|',
  ];
  return [...header, ...rows.map(formatRow)].join('\n');
}

console.log(
  [
    `### Fitted pairs\n\n${table(MEASURED_RTTS)}`,
    `### Detour routes\n\n${table(DETOUR_RTTS)}`,
    `### Known outliers\n\n${table(OUTLIER_RTTS)}`,
  ].join('\n\n'),
);
