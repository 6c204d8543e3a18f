// Runs Lighthouse 12 (Debian's chromium, offline, desktop preset) against the built app and prints its four scores.
// Targets: performance 98 or more; accessibility, best practices and SEO 100. Run: npm run lighthouse
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
// Desktop: the people who use this tool work at a desk, in design reviews (mobile throttling is not their case).
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumLaunchOptions } from './chromium';
import { type PreviewServer, startPreviewServer } from './preview-server';

const PORT = 4174;
const TARGETS: Readonly<Record<string, number>> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

let server: PreviewServer | undefined;
let chrome: Awaited<ReturnType<typeof launch>> | undefined;
try {
  server = await startPreviewServer(PORT);
  const { url } = server;
  chrome = await launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
  });
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
  if (result?.lhr.runtimeError) console.log(`Lighthouse could not measure: ${result.lhr.runtimeError.message}`);
  const categories = result?.lhr.categories ?? {};
  let missed = 0;
  console.log('Lighthouse scores (target in brackets):');
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = Math.round((categories[id]?.score ?? 0) * 100);
    if (score < target) missed++;
    console.log(
      `  ${(categories[id]?.title ?? id).padEnd(16)} ${String(score).padStart(3)}  (${target})${score < target ? '  below target' : ''}`,
    );
  }
  const audits = result?.lhr.audits ?? {};
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ]) {
    console.log(`  ${(audits[id]?.title ?? id).padEnd(28)} ${audits[id]?.displayValue ?? ''}`);
  }
  if (missed > 0) {
    for (const audit of Object.values(audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        console.log(`  failing audit: ${audit.title}`);
    }
  }
} finally {
  await chrome?.kill();
  server?.stop();
}
