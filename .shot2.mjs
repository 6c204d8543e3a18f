import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
// Screenshots of the result column only, section by section: node shot2.mjs estate out-prefix width lang scheme
const [,, estate, out, width = '1440', lang = 'en', scheme = 'light'] = process.argv;
const base = 'http://127.0.0.1:4205/';
const link = execFileSync('npx', ['tsx', 'src/cli/advise.ts', estate, '--format', 'link', '--base', base]).toString().trim();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
await page.goto(link);
await page.waitForSelector('#verdict-heading');
const ids = ['verdict-heading', 'factor-chart-heading', 'latency-chart-heading', 'sensitivity-chart-heading', 'plan-heading', 'map-title'];
for (const id of ids) {
  const el = page.locator(`#${id}`).locator('xpath=ancestor::section[1]');
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(id === 'map-title' ? 3000 : 1200);
  await el.screenshot({ path: `${out}-${id}.png` });
}
await browser.close();
