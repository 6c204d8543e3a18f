/**
 * Screenshots of the compare view for a visual review: two versions and a damaged third, at desktop (1440x900) and
 * phone (390x844) width, in English and 简体中文.
 *
 *   npx vite build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort &
 *   npx tsx scripts/compare-screenshots.ts
 *
 * BASE_URL (default http://127.0.0.1:4173/) picks the server, SHOTS_DIR (default /tmp/shots-compare) the folder,
 * SCHEME (light or dark, default light) the colour scheme.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { DEFAULT_ANSWERS } from '../src/app/default-answers';
import { encodeAnswers } from '../src/share';
import { buildCompareFragment } from '../src/share/compare-fragment';
import { chromiumLaunchOptions } from './chromium';

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const outDir = process.env.SHOTS_DIR ?? '/tmp/shots-compare';
const colorScheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';

const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LOCALES = ['en', 'zh-CN'] as const;

/** The example, a reviewer's version of it (looser tolerance, one priority up, more clusters), and a damaged link. */
function compareLink(): string {
  const author = encodeAnswers(DEFAULT_ANSWERS);
  const reviewer = encodeAnswers({
    ...DEFAULT_ANSWERS,
    latencyToleranceMs: 250,
    opsEngineers: 4,
    priorities: { ...DEFAULT_ANSWERS.priorities, singlePane: 4 },
    regions: DEFAULT_ANSWERS.regions.map((region, index) =>
      index === 0 ? { ...region, clusters: region.clusters + 6 } : region,
    ),
  });
  const damaged = `${author.slice(0, -3)}abc`;
  return `${baseUrl}#${buildCompareFragment([author, reviewer, damaged])}`;
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const locale of LOCALES) {
      for (const viewport of VIEWPORTS) {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          locale,
          colorScheme,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`[${locale}/${viewport.name}] page error: ${error.message}`));
        await page.goto(compareLink());
        await page.locator('.compare-chart').waitFor({ timeout: 15_000 });
        await page.evaluate(() => document.fonts.ready);
        const path = join(outDir, `compare-${locale}-${viewport.name}-${colorScheme}.png`);
        await page.screenshot({ path, fullPage: true });
        console.log(path);
        if (viewport.name === 'phone') {
          // Wide tables scroll sideways on a phone; their first column must stay put.
          await page.evaluate(() => {
            for (const scroller of document.querySelectorAll('.compare-scroll'))
              scroller.scrollLeft = scroller.scrollWidth;
          });
          await page.screenshot({ path: path.replace(/\.png$/, '-scrolled.png'), fullPage: true });
        }
        // A tall phone page shrinks to nothing in an image viewer: also one image per screenful.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let top = 0, part = 1; top < height; top += viewport.height, part += 1) {
          const clip = { x: 0, y: top, width: viewport.width, height: Math.min(viewport.height, height - top) };
          await page.screenshot({ path: path.replace(/\.png$/, `-${part}.png`), fullPage: true, clip });
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
