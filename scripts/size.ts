// Prints the gzip size of the JavaScript the page loads first (what index.html references) and of each lazy
// chunk, and fails when the first load is over budget. Run after `vite build`: npm run size
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** First-load JavaScript budget, gzip bytes (product decision: up to 110 KB). */
const FIRST_LOAD_BUDGET_BYTES = 110_000;

const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstLoad = [
  ...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g),
].map((match) => match[1] as string);
if (firstLoad.length === 0) throw new Error('dist/index.html references no script: run `vite build` first');

const gzipBytes = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const firstLoadBytes = firstLoad.reduce((sum, file) => sum + gzipBytes(file), 0);
const lazy = readdirSync(join(dist, 'assets'))
  .filter((file) => file.endsWith('.js') && !firstLoad.includes(`assets/${file}`))
  .map((file) => ({ file, bytes: gzipBytes(`assets/${file}`) }))
  .sort((a, b) => b.bytes - a.bytes);

console.log(`First load (gzip): ${kb(firstLoadBytes)} of ${kb(FIRST_LOAD_BUDGET_BYTES)} budget`);
for (const file of firstLoad) console.log(`  ${file.padEnd(44)} ${kb(gzipBytes(file))}`);
console.log('Loaded on demand (gzip):');
for (const { file, bytes } of lazy) console.log(`  assets/${file.padEnd(37)} ${kb(bytes)}`);

if (firstLoadBytes > FIRST_LOAD_BUDGET_BYTES) {
  console.error(`First-load JavaScript is ${kb(firstLoadBytes - FIRST_LOAD_BUDGET_BYTES)} over budget.`);
  process.exit(1);
}
