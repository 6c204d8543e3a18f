/**
 * Prints the calibration tables of docs/rtt-model.md: each published median beside the distance model.
 * Run: npx tsx scripts/rtt-table.ts
 */
import { findCatalogRegion } from '../src/engine/regions/catalog';
import { greatCircleDistanceKm } from '../src/engine/regions/geo';
import { DETOUR_RTTS, MEASURED_RTTS, type MeasuredRtt } from '../src/engine/regions/rtt-calibration';
import { estimateRttMs } from '../src/engine/regions/rtt-model';

interface Row {
  readonly label: string;
  readonly distanceKm: number;
  readonly measuredMs: number;
  readonly modelledMs: number;
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
    modelledMs: estimateRttMs(distanceKm),
  };
}

function formatRow(row: Row): string {
  const errorPercent = Math.round(((row.modelledMs - row.measuredMs) / row.measuredMs) * 100);
  const error = `${errorPercent > 0 ? '+' : ''}${errorPercent}%`;
  const distance = Math.round(row.distanceKm).toLocaleString('en-US');
  return `| ${row.label} | ${distance} | ${row.measuredMs} | ${row.modelledMs} | ${error} |`;
}

function table(pairs: readonly MeasuredRtt[]): string {
  const rows = pairs.map(toRow).sort((left, right) => left.distanceKm - right.distanceKm);
  const header = ['| Pair | Distance (km) | Measured P50 (ms) | Modelled (ms) | Error |', '|---|--:|--:|--:|--:|'];
  return [...header, ...rows.map(formatRow)].join('\n');
}

console.log(`### Fitted pairs\n\n${table(MEASURED_RTTS)}\n\n### Detour routes (not fitted)\n\n${table(DETOUR_RTTS)}`);
