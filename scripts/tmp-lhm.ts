import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './chromium';
import { startPreviewServer } from './preview-server';
const server = await startPreviewServer(4182);
const chrome = await launch({ chromePath: chromiumLaunchOptions.executablePath, chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args] });
const runs = Number(process.env.RUNS ?? 1);
for (let r = 0; r < runs; r++) {
const result = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error' });
const a = result!.lhr.audits;
console.log('perf', result!.lhr.categories.performance.score, 'benchmarkIndex', result!.lhr.environment.benchmarkIndex, 'warnings', JSON.stringify(result!.lhr.runWarnings));
for (const id of ['first-contentful-paint','largest-contentful-paint','speed-index','total-blocking-time','cumulative-layout-shift']) console.log(' ', id, a[id].displayValue, a[id].score);
if (process.env.DETAIL) for (const id of ['long-tasks', 'bootup-time', 'mainthread-work-breakdown', 'largest-contentful-paint-element', 'network-requests']) {
  console.log('==', id);
  for (const item of ((a[id].details as any)?.items ?? []).slice(0, 14)) console.log('  ', JSON.stringify(item).slice(0, 260));
}
}
await chrome.kill(); server.stop();
