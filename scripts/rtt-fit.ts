/**
 * Fits the distance formula of src/engine/regions/rtt-model.ts to the AWS P50 calibration half
 * (tests/engine/regions/fixtures/aws-rtt-p50-calibration.json) and checks it out of sample: 10-fold and
 * leave-one-region-out cross-validation (the three formula constants refitted on the training pairs, the corridors
 * fixed), and the published medians of rtt-calibration.ts not in the fixture. Prints the figures of docs/rtt-model.md.
 * Run: npx tsx scripts/rtt-fit.ts [--pairs]
 */

import { findCatalogRegion } from '../src/engine/regions/catalog';
import { DETOUR_RTTS, MEASURED_RTTS, OUTLIER_RTTS } from '../src/engine/regions/rtt-calibration';
import {
  estimateRttBetweenMs,
  findRoute,
  INTRA_METRO_RTT_MS,
  LONG_HAUL_ROUTE_FACTOR,
  ROUTE_FACTOR_DECAY_KM,
  SHORT_HAUL_ROUTE_FACTOR,
} from '../src/engine/regions/rtt-model';
import calibration from '../tests/engine/regions/fixtures/aws-rtt-p50-calibration.json' with { type: 'json' };

interface Pair {
  readonly a: string;
  readonly b: string;
  readonly ms: number;
  readonly routeKm: number;
  readonly label: string;
  readonly corridor: string;
}

interface Formula {
  readonly short: number;
  readonly long: number;
  readonly decayKm: number;
}

function toPair(a: string, b: string, ms: number): Pair {
  const from = findCatalogRegion(a);
  const to = findCatalogRegion(b);
  if (from === undefined || to === undefined) throw new Error(`not in the catalog: ${a} or ${b}`);
  const route = findRoute(from, to);
  return {
    a,
    b,
    ms,
    routeKm: route.routeKm,
    label: `${from.metro}–${to.metro}`,
    corridor: [...route.zones].sort().join(' ↔ '),
  };
}

const fitted = calibration.pairs.map((pair) => toPair(pair.a, pair.b, pair.ms));
const fixtureKeys = new Set(calibration.pairs.map((pair) => [pair.a, pair.b].sort().join(' ')));
const published = [...MEASURED_RTTS, ...DETOUR_RTTS, ...OUTLIER_RTTS];
const azure = published.filter((pair) => pair.a.startsWith('azure:')).map((p) => toPair(p.a, p.b, p.measuredRttMs));
const otherAws = published
  .filter((pair) => pair.a.startsWith('aws:') && !fixtureKeys.has([pair.a, pair.b].sort().join(' ')))
  .map((p) => toPair(p.a, p.b, p.measuredRttMs));

function rttMs(formula: Formula, routeKm: number): number {
  const factor = formula.long + (formula.short - formula.long) * Math.exp(-routeKm / formula.decayKm);
  return Math.round((INTRA_METRO_RTT_MS + (routeKm / 100) * factor) * 10) / 10;
}

const error = (formula: Formula, pair: Pair) => (rttMs(formula, pair.routeKm) - pair.ms) / pair.ms;

/** Objective: mean absolute log ratio, so 2× over and 2× under weigh the same. */
function loss(formula: Formula, pairs: readonly Pair[]): number {
  let total = 0;
  for (const pair of pairs) total += Math.abs(Math.log(rttMs(formula, pair.routeKm) / pair.ms));
  return total / pairs.length;
}

/** Grid search over the ranges of the old fit: short 1.5–4 (step 0.1), long 1.0–1.7 (0.02), decay 500–6,000 km (250). */
function fitFormula(pairs: readonly Pair[]): Formula {
  let best: Formula = { short: SHORT_HAUL_ROUTE_FACTOR, long: LONG_HAUL_ROUTE_FACTOR, decayKm: ROUTE_FACTOR_DECAY_KM };
  let bestLoss = loss(best, pairs);
  for (let short = 1.5; short <= 4.001; short += 0.1) {
    for (let long = 1.0; long <= 1.7001; long += 0.02) {
      for (let decayKm = 500; decayKm <= 6_000; decayKm += 250) {
        const candidate = { short, long, decayKm };
        const candidateLoss = loss(candidate, pairs);
        if (candidateLoss < bestLoss) {
          best = candidate;
          bestLoss = candidateLoss;
        }
      }
    }
  }
  return best;
}

interface Stats {
  readonly count: number;
  readonly medianPercent: number;
  readonly beyond30: number;
  readonly beyond30Percent: number;
  readonly maxPercent: number;
}

function stats(errors: readonly number[]): Stats {
  const absolute = errors.map(Math.abs).sort((x, y) => x - y);
  const middle = absolute.length / 2;
  const median =
    absolute.length % 2 === 1
      ? (absolute[Math.floor(middle)] ?? 0)
      : ((absolute[middle - 1] ?? 0) + (absolute[middle] ?? 0)) / 2;
  const beyond30 = absolute.filter((value) => value > 0.3).length;
  return {
    count: absolute.length,
    medianPercent: Math.round(median * 1000) / 10,
    beyond30,
    beyond30Percent: Math.round((beyond30 / Math.max(1, absolute.length)) * 1000) / 10,
    maxPercent: Math.round((absolute.at(-1) ?? 0) * 1000) / 10,
  };
}

const current: Formula = {
  short: SHORT_HAUL_ROUTE_FACTOR,
  long: LONG_HAUL_ROUTE_FACTOR,
  decayKm: ROUTE_FACTOR_DECAY_KM,
};
const show = (title: string, s: Stats) =>
  console.log(
    `${title.padEnd(44)} n=${String(s.count).padStart(3)}  median ${s.medianPercent}%  beyond 30%: ${s.beyond30} (${s.beyond30Percent}%)  max ${s.maxPercent}%`,
  );

// The model as shipped (its own rounding and penalties), so the figures are the ones a person gets.
const shippedErrors = fitted.map((pair) => {
  const a = findCatalogRegion(pair.a);
  const b = findCatalogRegion(pair.b);
  if (a === undefined || b === undefined) throw new Error('unreachable');
  return (estimateRttBetweenMs(a, b) - pair.ms) / pair.ms;
});
show('In sample (shipped constants)', stats(shippedErrors));
if (process.argv.includes('--pairs')) {
  const rows = [...fitted, ...azure, ...otherAws].map((pair) => ({ pair, error: error(current, pair) }));
  rows.sort((x, y) => x.pair.corridor.localeCompare(y.pair.corridor) || Math.abs(y.error) - Math.abs(x.error));
  for (const { pair, error: e } of rows) {
    console.log(
      `${pair.corridor.padEnd(34)} ${pair.label.padEnd(28)} ${String(Math.round(pair.routeKm)).padStart(6)} km ${String(pair.ms).padStart(6)} ms est ${String(rttMs(current, pair.routeKm)).padStart(6)} ${(e * 100).toFixed(0).padStart(4)}%`,
    );
  }
  process.exit(0);
}
const best = fitFormula(fitted);
console.log(
  `Best fit on all ${fitted.length} pairs: short ${best.short.toFixed(2)}, long ${best.long.toFixed(2)}, decay ${best.decayKm} km`,
);
show('In sample (best fit, unrounded)', stats(fitted.map((pair) => error(best, pair))));

// 10-fold: pairs shuffled by a fixed linear congruential sequence, so every run gives the same folds.
const FOLDS = 10;
let seed = 20_261_204;
const order = fitted
  .map((pair) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return { pair, key: seed };
  })
  .sort((x, y) => x.key - y.key)
  .map((entry) => entry.pair);
const kFoldErrors: number[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const test = order.filter((_, index) => index % FOLDS === fold);
  const train = order.filter((_, index) => index % FOLDS !== fold);
  const formula = fitFormula(train);
  for (const pair of test) kFoldErrors.push(error(formula, pair));
}
show('10-fold cross-validation', stats(kFoldErrors));

const regions = [...new Set(fitted.flatMap((pair) => [pair.a, pair.b]))].sort();
const looErrors: number[] = [];
for (const region of regions) {
  const test = fitted.filter((pair) => pair.a === region || pair.b === region);
  const train = fitted.filter((pair) => pair.a !== region && pair.b !== region);
  const formula = fitFormula(train);
  for (const pair of test) looErrors.push(error(formula, pair));
}
show('Leave-one-region-out (each pair twice)', stats(looErrors));

show('Azure medians of rtt-calibration.ts', stats(azure.map((pair) => error(current, pair))));
show('Other AWS medians of rtt-calibration.ts', stats(otherAws.map((pair) => error(current, pair))));
// Constants refitted on the AWS half only: these published medians are then out of sample for every number.
show('Azure medians, constants fitted on the AWS half', stats(azure.map((pair) => error(best, pair))));
show('Other AWS medians, constants fitted on the AWS half', stats(otherAws.map((pair) => error(best, pair))));
