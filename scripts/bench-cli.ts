// Prints how long the command line takes to start and answer, beside `node -e 0` (node's own start): the built
// one-file CLI and `npm run advise` (tsx on the source). Figures, not assertions. Part of npm run bench.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 15;
const EXAMPLE = `${ROOT}examples/global.json`;

interface Command {
  readonly what: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly runs: number;
}

/** Wall time of one run in ms; fails loudly if the command does. */
function timeMs({ command, args }: Command): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

const median = (samples: number[]) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

const cli = await buildCli();
const commands: Command[] = [
  { what: 'node -e 0 (node alone)', command: process.execPath, args: ['-e', '0'], runs: RUNS },
  { what: 'rancher-strategy-advisor --version', command: process.execPath, args: [cli, '--version'], runs: RUNS },
  {
    what: 'rancher-strategy-advisor examples/global.json',
    command: process.execPath,
    args: [cli, EXAMPLE],
    runs: RUNS,
  },
  {
    what: 'npm run advise (tsx src/cli/advise.ts) examples/global.json',
    command: `${ROOT}node_modules/.bin/tsx`,
    args: ['src/cli/advise.ts', EXAMPLE],
    runs: 5,
  },
];
// Taken in turns, so a busy moment of the machine weighs on every command alike.
const samples = commands.map(() => [] as number[]);
for (let run = 0; run < RUNS; run++) {
  commands.forEach((command, index) => {
    if (run < command.runs) samples[index]?.push(timeMs(command));
  });
}
const rows = commands.map((command, index): [string, number] => [command.what, median(samples[index] ?? [])]);
console.log(`\nCommand line, wall time from spawn to exit (median of ${RUNS} runs; tsx of 5):`);
for (const [what, ms] of rows) console.log(`  ${what.padEnd(62)} ${ms.toFixed(0).padStart(6)} ms`);
