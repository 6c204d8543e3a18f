/**
 * Prints the error tables of docs/rtt-model.md: per corridor over the AWS calibration half, and each published median
 * of rtt-calibration.ts beside the distance-only estimate and the routed one (`estimateRttBetweenMs`).
 * Run: npx tsx scripts/rtt-table.ts
 */
import { findCatalogRegion } from '../src/engine/regions/catalog';
import { greatCircleDistanceKm } from '../src/engine/regions/geo';
import { DETOUR_RTTS, MEASURED_RTTS, type MeasuredRtt, OUTLIER_RTTS } from '../src/engine/regions/rtt-calibration';
import { estimateRttBetweenMs, estimateRttMs, findRoute } from '../src/engine/regions/rtt-model';
import calibration from '../tests/engine/regions/fixtures/aws-rtt-p50-calibration.json' with { type: 'json' };

interface Row {
  readonly label: string;
  readonly corridor: string;
  readonly distanceKm: number;
  readonly routeKm: number;
  readonly gateways: string;
  readonly measuredMs: number;
  readonly distanceOnlyMs: number;
  readonly routedMs: number;
}

function toRow(aId: string, bId: string, measuredMs: number): Row {
  const a = findCatalogRegion(aId);
  const b = findCatalogRegion(bId);
  if (a === undefined || b === undefined) throw new Error(`not in the catalog: ${aId} or ${bId}`);
  const route = findRoute(a, b);
  const distanceKm = greatCircleDistanceKm(a, b);
  return {
    label: `${aId} ↔ ${bId} (${a.metro}–${b.metro})`,
    corridor: [...route.zones].sort().join(' ↔ '),
    distanceKm,
    routeKm: route.routeKm,
    gateways: route.gateways.join(', ') || '—',
    measuredMs,
    distanceOnlyMs: estimateRttMs(distanceKm),
    routedMs: estimateRttBetweenMs(a, b),
  };
}

const relative = (modelledMs: number, measuredMs: number) => (modelledMs - measuredMs) / measuredMs;

function formatError(error: number): string {
  const percent = Math.round(error * 100);
  return `${percent > 0 ? '+' : ''}${percent}%`;
}

const km = (value: number) => Math.round(value).toLocaleString('en-US');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const fitted = calibration.pairs.map((pair) => toRow(pair.a, pair.b, pair.ms));
const byCorridor = new Map<string, Row[]>();
for (const row of fitted) byCorridor.set(row.corridor, [...(byCorridor.get(row.corridor) ?? []), row]);

console.log('### Per corridor, AWS calibration half\n');
console.log(
  table(
    ['Corridor', 'Pairs', 'Distance only: median', 'worst', 'Routed: median', 'worst'],
    [...byCorridor]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([corridor, rows]) => {
        const before = rows.map((row) => relative(row.distanceOnlyMs, row.measuredMs));
        const after = rows.map((row) => relative(row.routedMs, row.measuredMs));
        const worst = (errors: number[]) => errors.reduce((w, e) => (Math.abs(e) > Math.abs(w) ? e : w), 0);
        return [
          corridor,
          String(rows.length),
          formatError(median(before.map(Math.abs))).replace('+', ''),
          formatError(worst(before)),
          formatError(median(after.map(Math.abs))).replace('+', ''),
          formatError(worst(after)),
        ];
      }),
  ),
);

function pairTable(title: string, pairs: readonly MeasuredRtt[]): void {
  console.log(`\n### ${title}\n`);
  const rows = pairs
    .map((pair) => toRow(pair.a, pair.b, pair.measuredRttMs))
    .sort((x, y) => x.distanceKm - y.distanceKm);
  console.log(
    table(
      [
        'Pair',
        'Distance (km)',
        'Measured P50 (ms)',
        'Distance only (ms)',
        'Error',
        'Through',
        'Route (km)',
        'Routed (ms)',
        'Error',
      ],
      rows.map((row) => [
        row.label,
        km(row.distanceKm),
        String(row.measuredMs),
        String(row.distanceOnlyMs),
        formatError(relative(row.distanceOnlyMs, row.measuredMs)),
        row.gateways,
        km(row.routeKm),
        String(row.routedMs),
        formatError(relative(row.routedMs, row.measuredMs)),
      ]),
    ),
  );
}

pairTable('Published medians of rtt-calibration.ts: short hops and direct cables (MEASURED_RTTS)', MEASURED_RTTS);
pairTable('Published medians of rtt-calibration.ts: detours (DETOUR_RTTS)', DETOUR_RTTS);
pairTable('Published medians of rtt-calibration.ts: the former outliers (OUTLIER_RTTS)', OUTLIER_RTTS);
