import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
const [,, estate, out, width = '1440', lang = 'en', scheme = 'light', what = 'full'] = process.argv;
const base = 'http://127.0.0.1:4205/';
const link = estate.startsWith('examples/') || estate.startsWith('/')
  ? execFileSync('npx', ['tsx', 'src/cli/advise.ts', estate, '--format', 'link', '--base', base]).toString().trim()
  : base;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 }, colorScheme: scheme, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
await page.goto(link);
await page.waitForSelector('#verdict-heading');
await page.waitForTimeout(1500);
if (what === 'charts') {
  const el = page.locator('#latency-chart-heading').locator('xpath=ancestor::section[1]');
  await el.scrollIntoViewIfNeeded(); await page.waitForTimeout(800);
  await el.screenshot({ path: out });
} else if (what === 'map') {
  const el = page.locator('#map-title').locator('xpath=ancestor::section[1]');
  await el.scrollIntoViewIfNeeded(); await page.waitForTimeout(2500);
  await el.screenshot({ path: out });
} else if (what === 'pdf') {
  await page.emulateMedia({ media: 'print' });
  for (let y = 0; y < 20000; y += 800) { await page.mouse.wheel(0, 800); await page.waitForTimeout(100); }
  await page.waitForTimeout(2500);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForTimeout(1500);
  await page.pdf({ path: out, format: width === 'letter' ? 'Letter' : 'A4', printBackground: true });
} else {
  for (let y = 0; y < 20000; y += 800) { await page.mouse.wheel(0, 800); await page.waitForTimeout(80); }
  await page.waitForTimeout(2000);
  await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
