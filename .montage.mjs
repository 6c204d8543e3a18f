import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
// node .montage.mjs out.png a.png b.png ...: the images side by side, for one look.
const [,, out, ...files] = process.argv;
const imgs = files.map((f) => `<img src="data:image/png;base64,${readFileSync(f).toString('base64')}" style="height:560px;border:1px solid #999;margin:2px">`).join('');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 400 * files.length + 20, height: 580 } });
await page.setContent(`<body style="margin:0;background:#ddd;display:flex">${imgs}</body>`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
