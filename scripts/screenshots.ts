/**
 * Screenshots of the built app for a visual review: wide and phone, light and dark.
 *
 *   npx vite build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort &
 *   npx tsx scripts/screenshots.ts
 *
 * BASE_URL (default http://127.0.0.1:4173/) picks the server, SHOTS_DIR (default /tmp/shots) the folder,
 * CHROME_PATH (default /usr/bin/chromium) the browser.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const outDir = process.env.SHOTS_DIR ?? '/tmp/shots';

const VIEWPORTS = [
  { name: 'wide', width: 1440, height: 900, fullPage: true },
  { name: 'phone', width: 375, height: 812, fullPage: true },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Waits until the verdict and every chart (recharts, from its lazy chunk) have rendered. */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { name: /^Recommended strategy:/ }).waitFor({ timeout: 15_000 });
  await page.locator('.chart-area .recharts-wrapper').nth(3).waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const written: string[] = [];
  try {
    for (const viewport of VIEWPORTS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          colorScheme,
          deviceScaleFactor: 1,
          // The app ships a strict CSP; the wide result capture injects one style rule.
          bypassCSP: true,
        });
        const page = await context.newPage();
        page.on('pageerror', (error) =>
          console.error(`[${viewport.name}/${colorScheme}] page error: ${error.message}`),
        );
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') {
            console.error(`[${viewport.name}/${colorScheme}] console ${message.type()}: ${message.text()}`);
          }
        });
        await page.goto(baseUrl);
        await settle(page);
        // Cards below the first screen skip rendering until scrolled to (content-visibility: auto), and a full-page
        // capture does not scroll: draw them all.
        await page.addStyleTag({
          content:
            '#result .result-card, #result .map-card, #result .share-actions{content-visibility:visible!important}',
        });
        const top = join(outDir, `${viewport.name}-${colorScheme}.png`);
        await page.screenshot({ path: top, fullPage: viewport.fullPage });
        written.push(top);
        // On a wide screen the result scrolls on its own: capture the whole result column too.
        if (viewport.name === 'wide') {
          const result = join(outDir, `${viewport.name}-${colorScheme}-result.png`);
          await page.addStyleTag({
            content: '.column--result{position:static!important;max-height:none!important;overflow:visible!important}',
          });
          await page.locator('#result').screenshot({ path: result });
          written.push(result);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(written.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
