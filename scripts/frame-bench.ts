// Measures, in the built app in Debian's chromium, how long a changed answer takes to reach the screen: from the
// keystroke to the next frame painted after the verdict and the charts changed. Prints the median of several
// changes against one 60 Hz frame (16.7 ms). Figures, never assertions. Run: npm run bench:browser
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { type PreviewServer, startPreviewServer } from './preview-server';

const PORT = 4175;
const FRAME_MS = 1000 / 60;
// Alternating tight and loose tolerances, so each change moves the verdict and both charts.
const TOLERANCES = ['20', '400', '25', '600', '30', '800', '35', '1000', '40', '1200', '45', '1400'];

let server: PreviewServer | undefined;
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  server = await startPreviewServer(PORT);
  const { url } = server;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.getByRole('heading', { name: /^Recommended strategy:/ }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
  const field = page.getByRole('textbox', { name: /Highest acceptable round trip/ });
  const samples: number[] = [];
  for (const value of TOLERANCES) {
    await field.fill(value.slice(0, -1));
    await page.waitForTimeout(300);
    // Type the last character by hand, timing from its keydown to the first frame after the result changed.
    await page.evaluate(() => {
      const result = document.getElementById('result');
      const state = { start: 0, changed: false, done: 0 };
      (window as unknown as { frameProbe: typeof state }).frameProbe = state;
      document.addEventListener(
        'keydown',
        () => {
          state.start = performance.now();
        },
        { once: true, capture: true },
      );
      new MutationObserver((_records, observer) => {
        if (!state.start) return;
        state.changed = true;
        observer.disconnect();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            state.done = performance.now();
          }),
        );
      }).observe(result as Node, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await field.press(value.slice(-1));
    await page.waitForFunction(() => (window as unknown as { frameProbe: { done: number } }).frameProbe.done > 0);
    samples.push(
      await page.evaluate(() => {
        const probe = (window as unknown as { frameProbe: { start: number; done: number } }).frameProbe;
        return probe.done - probe.start;
      }),
    );
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  console.log(`Answer change to painted result, ${samples.length} changes of the latency tolerance:`);
  console.log(
    `  median ${median.toFixed(1)} ms, fastest ${samples[0]?.toFixed(1)} ms, slowest ${samples.at(-1)?.toFixed(1)} ms`,
  );
  console.log(
    `  one frame at 60 Hz is ${FRAME_MS.toFixed(1)} ms: the median is ${median <= FRAME_MS ? 'within' : 'over'} one frame`,
  );
} finally {
  await browser.close();
  server?.stop();
}
