// Prints median timings of the engine (and link lengths, once share links exist). Figures, not assertions:
// speed is watched here, never in tests. Run: npm run bench
import { performance } from 'node:perf_hooks';
import {
  type Answers,
  analyzeTopology,
  findFlips,
  findSensitivity,
  recommend,
  regionCatalog,
  scoreAnswers,
} from '../src/engine';
import { measureShareLinkLengths } from '../src/share/link-length';

function answersWith(regionCount: number): Answers {
  return {
    version: 1,
    regions: regionCatalog.slice(0, regionCount).map((region, index) => ({ id: region.id, clusters: 1 + (index % 7) })),
    latencyToleranceMs: 150,
    opsEngineers: 2,
    crossRegionEnvironments: true,
    priorities: { singlePane: 2, multiClusterApps: 2, faultIsolation: 3, independentUpgrades: 1 },
  };
}

/** Median of `runs` timings in ms, after a warm-up so the JIT has settled. */
function medianMs(work: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(50, runs); i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

const format = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
/**
 * The same regions with the estate answers that cost the engine most: every region measured against its neighbour,
 * a third of them in a jurisdiction whose management stays inside, one air-gapped and one edge site.
 */
function estateAnswersWith(regionCount: number): Answers {
  const base = answersWith(regionCount);
  const regions = base.regions.map((region, index) => ({
    ...region,
    ...(index % 3 === 0 ? { jurisdiction: 'eu' } : {}),
    ...(index === 1 ? { connectivity: 'air-gapped' as const } : {}),
    ...(index === 2 ? { siteKind: 'edge' as const } : {}),
  }));
  const latencies = regions.slice(1).map((region, index) => {
    const from = regions[index] as (typeof regions)[number];
    const estimated = analyzeTopology({ ...base, regions: [from, region] }).hub.worstRttMs;
    return { from: from.id, to: region.id, ms: Math.round(estimated * 1.1) + 1 };
  });
  return {
    ...base,
    regions,
    latencies,
    ...(regionCount > 1 ? { jurisdictions: [{ id: 'eu', name: 'European Union' }] } : {}),
  };
}

const rows: string[][] = [];
const cases: Array<[string, Answers]> = [
  ...[1, 10, 100].map((count): [string, Answers] => [`${count} region${count === 1 ? '' : 's'}`, answersWith(count)]),
  ['100, measured + jurisdictions', estateAnswersWith(100)],
];
for (const [label, answers] of cases) {
  const count = answers.regions.length;
  // Two region sets in turn, as when a person edits the places (nothing is reused between calls anyway).
  const other: Answers = { ...answers, regions: answersWith(count + 1).regions.slice(1), latencies: [] };
  let flip = false;
  const topology = analyzeTopology(answers);
  const runs = count === 100 ? 60 : 1000;
  rows.push([
    label,
    format(
      medianMs(() => {
        flip = !flip;
        const current = flip ? answers : other;
        return scoreAnswers(current, analyzeTopology(current));
      }, runs),
    ),
    format(
      medianMs(
        () => scoreAnswers(answers, analyzeTopology(answers, { minToleranceMs: answers.latencyToleranceMs })),
        runs,
      ),
    ),
    format(medianMs(() => recommend(answers), runs)),
    format(medianMs(() => findFlips(answers, 'en', topology), runs)),
    format(medianMs(() => findSensitivity(answers), Math.ceil(runs / 20))),
  ]);
}

const header = [
  'answers',
  'recommendation, new places',
  'same places, other answers',
  'recommend() (the verdict)',
  'what-would-change-it (worker)',
  'sensitivity curves (worker)',
];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
console.log(
  'Median time per call on this machine, figures not assertions (each call meets places it has not seen before)',
);
console.log(line(header));
for (const row of rows) console.log(line(row));

console.log('');
console.log('Share link length, whole URL on http://localhost:5173/ with every answer set (budget: 10 regions < 300)');
for (const row of measureShareLinkLengths())
  console.log(
    `${String(row.regionCount).padStart(3)} regions  ${row.urlChars} characters; with every estate answer (site kinds, connectivity, nodes, jurisdictions, hub, a measurement per region, decision) ${row.estateUrlChars}`,
  );
