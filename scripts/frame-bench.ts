// Measures, in the built app in Debian's chromium, how long a changed answer takes to reach the screen, from the
// keydown to the end of the paint that shows it: the new verdict, the factor and round-trip charts, every chart
// settled (how the answer moves too), and the last change anywhere in the result (lists and map too). Prints the
// medians of 24 keystrokes against one 60 Hz frame (16.7 ms), for the example's 3 regions, for 50 and for 100, how
// often the verdict reached the first frame painted after the keydown, the longest task of each keystroke (the
// browser's long tasks, 50 ms or more, in wall time; and the longest task's CPU time from a trace, which a machine
// shared with other work does not inflate), and, for scale, the same figure for a plain input on the page. Figures,
// never assertions. Run: npm run bench:browser (BENCH_PORT picks the port, 4175 by default).
import { type CDPSession, chromium, type Page } from '@playwright/test';
import { type Answers, regionCatalog } from '../src/engine';
import { encodeAnswers } from '../src/share';
import { chromiumLaunchOptions } from './chromium';
import { type PreviewServer, startPreviewServer } from './preview-server';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const FRAME_MS = 1000 / 60;
/** How long the page must stay unchanged before a change counts as complete, ms. */
const SETTLE_MS = 500;
// Each change is one keystroke that crosses between a tight tolerance (two of the example's three regions beyond
// it) and a loose one (none), so the verdict and the charts move every time: typing a digit turns "40" into "400",
// and Backspace turns "250" back into "25".
const CHANGES: readonly { readonly from: string; readonly key: string }[] = [
  ['20', '400'],
  ['25', '600'],
  ['30', '800'],
  ['35', '500'],
  ['40', '450'],
  ['45', '700'],
  ['50', '900'],
  ['55', '550'],
  ['60', '300'],
  ['65', '650'],
  ['70', '350'],
  ['75', '750'],
].flatMap(([tight = '', loose = '']) => [
  { from: loose.slice(0, -1), key: loose.slice(-1) },
  { from: `${tight}0`, key: 'Backspace' },
]);

/** What the page notes about one keystroke (performance.now() times, ms, and the painted frames' times). */
interface Probe {
  start: number;
  verdictDom: number;
  verdictPaint: number;
  verdictFrame: number;
  /** The time of the first frame after the keydown. */
  firstFrame: number;
  /** The last paint after a change to the factor or round-trip chart. */
  barChartsPaint: number;
  /** The last paint after a change to any chart card, how the answer moves included. */
  chartsPaint: number;
  lastPaint: number;
  /** The longest task the browser reported between the keydown and the end of the settling, ms (0: none of 50+). */
  longestTask: number;
}

/** A trace event as Chrome reports it (the fields read here). */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Wall time, µs. */
  readonly dur?: number;
  /** The thread's CPU time, µs: what the task cost, however busy the machine was. */
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** Starts a trace of the page's tasks; the returned function ends it and gives the longest task's CPU time, ms. */
async function traceTasks(cdp: CDPSession): Promise<() => Promise<number>> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    const thread = (event: TraceEvent) => `${event.pid}:${event.tid}`;
    const mainThreads = new Set(
      events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map(thread),
    );
    const tasks = events.filter(
      (event) => event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(thread(event)),
    );
    return Math.max(0, ...tasks.map((task) => (task.tdur ?? 0) / 1000));
  };
}

/** The catalog's first regions, as the engine bench (scripts/bench.ts) takes them. */
function manyRegions(count: number): Answers {
  return {
    version: 1,
    regions: regionCatalog.slice(0, count).map((region, index) => ({ id: region.id, clusters: 1 + (index % 7) })),
    latencyToleranceMs: 150,
    opsEngineers: 2,
    crossRegionEnvironments: true,
    priorities: { singlePane: 2, multiClusterApps: 2, faultIsolation: 3, independentUpgrades: 1 },
  };
}

const SCENARIOS: readonly { readonly name: string; readonly hash: string }[] = [
  { name: '3 regions (the example)', hash: '' },
  { name: '50 regions', hash: `#${encodeAnswers(manyRegions(50))}` },
  { name: '100 regions', hash: `#${encodeAnswers(manyRegions(100))}` },
];

/**
 * The floor under every figure above: keydown to painted for a plain input added to the same page, whose only
 * work is to copy its text into a span. What is left is the browser's own work for a keystroke on this page
 * (editing, style, layout, paint), which no change to the app can remove.
 */
async function plainInputMedian(page: Page): Promise<number> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'bench-plain-input';
    const echo = document.createElement('span');
    echo.id = 'bench-plain-echo';
    input.addEventListener('input', () => {
      echo.textContent = input.value;
    });
    document.querySelector('.column--questionnaire')?.prepend(input, echo);
  });
  const samples: number[] = [];
  for (let index = 0; index < CHANGES.length; index++) {
    await page.evaluate(`(() => {
      const probe = window.plainProbe = { start: 0, paint: 0 };
      document.addEventListener('keydown', () => { probe.start = performance.now(); }, { once: true, capture: true });
      new MutationObserver(() => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { probe.paint ||= performance.now(); };
        channel.port2.postMessage(null);
      })).observe(document.getElementById('bench-plain-echo'), { childList: true, subtree: true, characterData: true });
    })()`);
    await page.press('#bench-plain-input', 'a');
    await page.waitForTimeout(150);
    const probe = (await page.evaluate('window.plainProbe')) as { start: number; paint: number };
    samples.push(probe.paint - probe.start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/** Types each change in the tolerance field and prints the medians for one set of answers. */
async function measure(page: Page, name: string): Promise<void> {
  // Found once, by its id: a role locator works out every accessible name in the page each time it is used, which
  // with 100 regions is a long task of its own in the page measured.
  const fieldId = await page.getByRole('textbox', { name: /Highest acceptable round trip/ }).getAttribute('id');
  const field = page.locator(`[id="${fieldId}"]`);
  const verdictDomSamples: number[] = [];
  const verdictSamples: number[] = [];
  const barChartSamples: number[] = [];
  const chartSamples: number[] = [];
  const settledSamples: number[] = [];
  const longestTasks: number[] = [];
  const longestTaskCpu: number[] = [];
  const cdp = await page.context().newCDPSession(page);
  let firstFrame = 0;
  for (const change of CHANGES) {
    await field.fill(change.from);
    await page.waitForTimeout(SETTLE_MS);
    // Type the last character by hand. Every change under #result (verdict, charts, map, share link) is noted with
    // the frame painted after it: the first frame showing the new verdict, and the frame after the last change.
    await page.evaluate(`(() => {
      const probe = { start: 0, firstFrame: -3, verdictDom: 0, verdictPaint: 0, verdictFrame: -1, barChartsPaint: 0, chartsPaint: 0, lastPaint: 0, changes: 0, chartChanges: 0, barChartChanges: 0, longestTask: 0 };
      window.frameProbe = probe;
      const tasks = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (probe.start && entry.startTime + entry.duration >= probe.start) probe.longestTask = Math.max(probe.longestTask, entry.duration);
        }
      });
      tasks.observe({ type: 'longtask' });
      document.addEventListener('keydown', () => {
        probe.start = performance.now();
        requestAnimationFrame((frame) => { probe.firstFrame = frame; });
      }, { once: true, capture: true });
      // The frame's callbacks run just before it is painted; a message posted from there is handled right after.
      const afterPaint = (then) => requestAnimationFrame((frame) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => then(performance.now(), frame);
        channel.port2.postMessage(null);
      });
      const cardOf = (record) => record.target.parentElement?.closest('.chart-card') ?? (record.target.closest?.('.chart-card'));
      const observer = new MutationObserver((records) => {
        if (!probe.start) return;
        const change = ++probe.changes;
        const inVerdict = records.some((record) => record.target.parentElement?.closest('.verdict'));
        if (inVerdict && !probe.verdictDom) {
          probe.verdictDom = performance.now();
          afterPaint((now, frame) => { probe.verdictPaint ||= now; if (probe.verdictFrame < 0) probe.verdictFrame = frame; });
        }
        const cards = records.map(cardOf).filter(Boolean);
        if (cards.length > 0) {
          const chartChange = ++probe.chartChanges;
          afterPaint((now) => { if (chartChange === probe.chartChanges) probe.chartsPaint = now; });
        }
        if (cards.some((card) => card.getAttribute('aria-labelledby') !== 'sensitivity-chart-heading')) {
          const barChange = ++probe.barChartChanges;
          afterPaint((now) => { if (barChange === probe.barChartChanges) probe.barChartsPaint = now; });
        }
        afterPaint((now) => { if (change === probe.changes) probe.lastPaint = now; });
      });
      observer.observe(document.getElementById('result'), { subtree: true, childList: true, characterData: true, attributes: true });
      window.frameProbeStop = () => { observer.disconnect(); tasks.disconnect(); };
    })()`);
    const endTrace = await traceTasks(cdp);
    await page.keyboard.press(change.key);
    await page.waitForFunction(
      () => (window as unknown as { frameProbe: { lastPaint: number } }).frameProbe.lastPaint > 0,
    );
    // Settled: nothing more changes for SETTLE_MS (how the answer moves may wait for a pause in typing first).
    const changesSoFar = () =>
      page.evaluate(() => (window as unknown as { frameProbe: { changes: number } }).frameProbe.changes);
    for (let before = -1, now = await changesSoFar(); now !== before; before = now, now = await changesSoFar()) {
      await page.waitForTimeout(SETTLE_MS);
    }
    longestTaskCpu.push(await endTrace());
    const probe = await page.evaluate(() => {
      const w = window as unknown as { frameProbe: Probe; frameProbeStop: () => void };
      w.frameProbeStop();
      return w.frameProbe;
    });
    if (probe.verdictPaint > 0) {
      verdictDomSamples.push(probe.verdictDom - probe.start);
      verdictSamples.push(probe.verdictPaint - probe.start);
    }
    if (probe.barChartsPaint > 0) barChartSamples.push(probe.barChartsPaint - probe.start);
    if (probe.chartsPaint > 0) chartSamples.push(probe.chartsPaint - probe.start);
    if (probe.verdictFrame === probe.firstFrame) firstFrame++;
    settledSamples.push(probe.lastPaint - probe.start);
    longestTasks.push(probe.longestTask);
  }
  console.log(
    `${name}: answer change to painted result, ${settledSamples.length} keystrokes in the latency tolerance:`,
  );
  for (const [label, samples] of [
    ['new verdict in the page (DOM)', verdictDomSamples],
    ['new verdict on screen (painted)', verdictSamples],
    ['factor and round-trip charts (painted)', barChartSamples],
    ['every chart settled (painted)', chartSamples],
    ['everything settled (lists, map too)', settledSamples],
  ] as const) {
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    console.log(
      `  ${label.padEnd(40)} median ${median.toFixed(1).padStart(6)} ms  (fastest ${sorted[0]?.toFixed(1)}, slowest ${sorted.at(-1)?.toFixed(1)})  ${median <= FRAME_MS ? 'within' : 'over'} one frame`,
    );
  }
  console.log(
    `  verdict in the first frame painted after the keydown: ${firstFrame} of ${settledSamples.length} keystrokes`,
  );
  const cpu = [...longestTaskCpu].sort((a, b) => a - b);
  console.log(
    `  longest task per keystroke in CPU time: median ${(cpu[Math.floor(cpu.length / 2)] ?? 0).toFixed(0)} ms, slowest ${(cpu.at(-1) ?? 0).toFixed(0)} ms; keystrokes with a task of 50 ms or more: ${cpu.filter((ms) => ms >= 50).length} of ${cpu.length}`,
  );
  const tasks = [...longestTasks].sort((a, b) => a - b);
  const withLongTask = tasks.filter((duration) => duration > 0).length;
  console.log(
    `  longest task per keystroke (wall time): median ${(tasks[Math.floor(tasks.length / 2)] ?? 0).toFixed(0)} ms, slowest ${(tasks.at(-1) ?? 0).toFixed(0)} ms; keystrokes with a task of 50 ms or more: ${withLongTask} of ${tasks.length}`,
  );
}

let server: PreviewServer | undefined;
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  server = await startPreviewServer(PORT);
  const { url } = server;
  let page: Page | undefined;
  for (const scenario of SCENARIOS) {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}${scenario.hash}`);
    await page.getByRole('heading', { name: /^Recommended strategy:/ }).waitFor();
    // recharts puts the chart's class on its wrapper div; all four charts drawn means the lazy chunk has arrived.
    await page.locator('.chart-area .recharts-wrapper.chart').nth(3).waitFor();
    await measure(page, scenario.name);
  }
  if (page) {
    console.log(
      `  the browser alone, a keystroke in a plain input on this page: median ${(await plainInputMedian(page)).toFixed(1)} ms`,
    );
  }
  console.log(`  one frame at 60 Hz is ${FRAME_MS.toFixed(1)} ms`);
} finally {
  await browser.close();
  server?.stop();
}
