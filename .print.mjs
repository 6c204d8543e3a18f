import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
// node .print.mjs estate out-prefix: PDFs in en-US and zh-CN, A4 and Letter; prints page counts.
const [,, estate, out] = process.argv;
const base = 'http://127.0.0.1:4205/';
const link = estate === 'example' ? base : execFileSync('npx', ['tsx', 'src/cli/advise.ts', estate, '--format', 'link', '--base', base]).toString().trim();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const locale of ['en-US', 'zh-CN']) {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForSelector('#verdict-heading');
  await page.waitForSelector('.tmap-svg', { state: 'attached', timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(2500);
  const counts = [];
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    counts.push(`${format} ${pages}`);
    writeFileSync(`${out}-${locale}-${format}.pdf`, pdf);
  }
  console.log(estate, locale, counts.join(', '));
  await context.close();
}
await browser.close();
