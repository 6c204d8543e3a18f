/*
 * Issue 20, held back from the other tests: estates of up to eight sites with constraints (a strict EU rule with a
 * data centre and stores, mainland China beside global regions, pinned hubs, measured round trips, air gaps),
 * each with decision fields, printed for the meeting in both languages and both paper sizes, and read as a
 * reviewer would: every hub named, every figure from its own plane, every answer that shapes the result on paper.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { type Answers, type Locale, parseAnswers, recommend, regionNamer } from '../../src/engine';
import { encodeAnswers } from '../../src/share';
import { expect, PROJECT_ROOT, showMap, test } from './support';

const ESTATES = ['eu-stores', 'china-global', 'pinned-frankfurt', 'pinned-ireland-measured', 'eight-sites'] as const;
type EstateName = (typeof ESTATES)[number];

/** Most pages a printout may take: a design review's handout (issue 20). */
const MAX_PRINTED_PAGES = 4;

async function readEstate(name: EstateName): Promise<Answers> {
  const text = await readFile(`${PROJECT_ROOT}tests/fixtures/print-estates/${name}.json`, 'utf8');
  const parsed = parseAnswers(JSON.parse(text));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.problems.map((problem) => problem.path).join(', ')}`);
  return parsed.value;
}

async function openEstate(browser: Browser, answers: Answers, locale: 'en-US' | 'zh-CN', width = 1440) {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`/#${encodeAnswers(answers)}`);
  await expect(page.getByRole('heading', { level: 2, name: /^(Recommended strategy|推荐策略)/ })).toBeVisible();
  return { context, page };
}

/** The PDF's pages, as Chromium writes them. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** What the printed answers must say of each estate, in each language: constraints and decision fields. */
const ANSWERS_ON_PAPER: Record<EstateName, Record<'en-US' | 'zh-CN', readonly string[]>> = {
  'eu-stores': {
    'en-US': [
      'data centre',
      'edge location',
      'intermittent link',
      '80 nodes',
      'in European Union',
      'managed only from inside; its planes manage nothing outside',
      'accepted',
      'Ana Platform, Ben Reviewer',
      'Carla Architect',
    ],
    'zh-CN': [
      '（自有站点，位于 50.11, 8.68；数据中心；属于 European Union）',
      '边缘站点',
      '间歇连接',
      '80 个节点',
      '只能从境内管理；其管理平面不管理境外',
      '已接受',
    ],
  },
  'china-global': {
    'en-US': [
      'in mainland China (management kept inside by default)',
      'proposed',
      'Li Wei, Ana Platform',
      'Dmitri Ops',
    ],
    'zh-CN': ['属于中国大陆（默认管理留在境内）', '提议', 'Li Wei、Ana Platform'],
  },
  'pinned-frankfurt': {
    'en-US': ['Hub pinned to', 'Europe (Frankfurt)', 'edge location', 'Ana Platform', 'Ben Reviewer'],
    'zh-CN': ['中心固定在', '边缘站点', 'Ana Platform'],
  },
  'pinned-ireland-measured': {
    'en-US': [
      'Hub pinned to',
      'Measured round trip, Europe (Ireland) – Asia Pacific (Singapore)',
      '178 ms',
      'air-gapped',
    ],
    'zh-CN': ['中心固定在', '实测往返时延', '178 毫秒', '物理隔离'],
  },
  'eight-sites': {
    'en-US': [
      'Rancher management planes for the 2027 platform',
      'air-gapped',
      'Measured round trip, US East (N. Virginia) – Asia Pacific (Mumbai)',
      'Ana Platform, Ben Reviewer, Carla Architect, Dmitri Ops',
      'Security team',
      'All product teams',
    ],
    'zh-CN': ['物理隔离', '实测往返时延', '已接受', 'Security team'],
  },
};

for (const name of ESTATES) {
  for (const locale of ['en-US', 'zh-CN'] as const) {
    test(`the printout of "${name}" (${locale}) fits ${MAX_PRINTED_PAGES} A4 and Letter pages, lists every answer that shapes it, and draws every chart it prints at a readable size`, async ({
      browser,
    }) => {
      const answers = await readEstate(name);
      const { context, page } = await openEstate(browser, answers, locale);
      await expect(page.getByRole('img', { name: /^World map of the |世界地图/ })).toBeAttached({ timeout: 15_000 });
      await expect(page.locator('.chart--factors svg')).toBeAttached();
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        await writeFile(`/tmp/print-constrained-${name}-${locale}-${format}.pdf`, pdf);
        expect(pageCount(pdf), `${format} pages`).toBeLessThanOrEqual(MAX_PRINTED_PAGES);
      }

      await page.emulateMedia({ media: 'print' });
      const printedAnswers = page.locator('.answers-summary');
      for (const text of ANSWERS_ON_PAPER[name][locale]) await expect(printedAnswers).toContainText(text);
      // The live link closes the answers at the top of the first page, so it never takes a last page alone.
      await expect(printedAnswers.locator('.print-link-url')).toHaveText(page.url());

      // No empty box: no chart still loading, and the factor chart drawn, its labels at least 55% of their drawn size
      // (about 7 pt), never the third of it that made them unreadable.
      await expect(page.locator('.chart-placeholder')).toHaveCount(0);
      const scale = await page.locator('.chart--factors svg.recharts-surface').evaluate((svg) => {
        const viewBox = svg.getAttribute('viewBox')?.split(' ').map(Number) ?? [];
        return svg.getBoundingClientRect().height / (viewBox[3] ?? Number.POSITIVE_INFINITY);
      });
      expect(scale).toBeGreaterThan(0.55);
      await context.close();
    });
  }
}

/** The short name the summary gives each plane, as the engine writes it in that language. */
function hubNames(answers: Answers, locale: Locale): string[] {
  const names = regionNamer(answers, locale);
  return recommend(answers, { locale }).hubPlan.groups.map((group) => names.short(group.planeRegionId));
}

for (const name of ['eu-stores', 'china-global', 'eight-sites', 'pinned-ireland-measured'] as const) {
  test(`"${name}": the verdict names every hub, in both languages, and the round-trip table takes each figure from the hub that manages the region`, async ({
    browser,
  }) => {
    const answers = await readEstate(name);
    for (const [locale, engineLocale] of [
      ['en-US', 'en'],
      ['zh-CN', 'zh-CN'],
    ] as const) {
      const { context, page } = await openEstate(browser, answers, locale);
      const summary = page.locator('.verdict-summary');
      const hubs = hubNames(answers, engineLocale);
      expect(hubs.length).toBeGreaterThan(1);
      for (const hub of hubs) await expect(summary).toContainText(hub);
      if (locale === 'en-US') await checkRoundTripTable(page, answers);
      await context.close();
    }
  });
}

async function checkRoundTripTable(page: Page, answers: Answers): Promise<void> {
  const table = page.getByRole('table', { name: /^Round trip from the hub that manages each region/ });
  const names = regionNamer(answers);
  for (const group of recommend(answers).hubPlan.groups) {
    for (const regionId of group.regionIds) {
      const name = names.name(regionId).replace(/[().]/g, '\\$&');
      const cells = await table
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .first()
        .getByRole('cell')
        .allTextContents();
      expect(cells[0], `${regionId}'s hub`).toBe(
        regionId === group.planeRegionId ? 'its own site' : names.name(group.planeRegionId),
      );
      expect(cells[1], `${regionId}'s round trip`).toMatch(new RegExp(`^${Math.round(group.rttMs[regionId] ?? 0)} ms`));
    }
  }
}

test('pinned to Ireland with Singapore and N. Virginia in the estate: no connected cloud region is called an edge site or an intermittent link, and no hub reads as a jurisdiction', async ({
  browser,
}) => {
  const answers = await readEstate('pinned-ireland-measured');
  const { context, page } = await openEstate(browser, answers, 'en-US');
  await page.emulateMedia({ media: 'print' });
  const result = page.locator('.recommendation');
  await expect(result).toContainText('Research vessel');
  const text = ((await result.textContent()) ?? '').replace(/\s+/g, ' ');
  expect(text).not.toMatch(/(Singapore|N\. Virginia)\)?[^.]{0,80}(edge location|intermittent link)/);
  expect(text).not.toMatch(/may not host a plane/);
  expect(text).not.toMatch(/Hub & Spoke from US East/);
  await context.close();
});

test('on a phone the map of a two-hub estate marks both hubs, draws only the spokes that exist and keeps labels', async ({
  browser,
}) => {
  const answers = await readEstate('eu-stores');
  const { context, page } = await openEstate(browser, answers, 'en-US', 390);
  const map = await showMap(page);
  await expect(map.locator('.tmap-hub')).toHaveCount(2);
  // Ireland and the stores to the Frankfurt data centre, Singapore to N. Virginia: none across the EU rule.
  await expect(map.locator('[data-line="spoke"]')).toHaveCount(3);
  await expect(map.locator('.tmap-label--plane')).toHaveCount(2);
  const frame = await map.boundingBox();
  for (const label of await map.locator('.tmap-label').all()) {
    const box = await label.boundingBox();
    expect(box && frame && box.x >= frame.x - 1 && box.x + box.width <= frame.x + frame.width + 1).toBe(true);
  }
  await context.close();
});

test('compare adds the current answers only when asked, shows a version sent twice once, and opens it by its author’s name', async ({
  page,
}) => {
  const answers = await readEstate('eu-stores');
  await page.goto('/');
  await page.getByRole('button', { name: 'Compare versions' }).first().click();
  // A fresh browser's example is not slipped in as a version.
  await expect(page.getByText('Nothing to compare yet')).toBeVisible();
  const link = `http://127.0.0.1/#${encodeAnswers(answers)}`;
  await page.getByLabel('Share links to compare').fill(`${link}\n${link}`);
  await page.getByRole('button', { name: 'Add to the comparison' }).click();
  await expect(page.getByRole('button', { name: 'Open Carla Architect’s version' })).toHaveCount(1);
  await expect(page.getByText(/gives the same answers as .*: shown once\./)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open Carla Architect$/ })).toHaveCount(0);
});

test('in Chinese: catalog regions by their Chinese names, a list that mixes scripts spaced, and an answers file’s problems in Chinese', async ({
  browser,
}) => {
  const answers = await readEstate('eu-stores');
  const { context, page } = await openEstate(browser, answers, 'zh-CN');
  const plans = page.locator('.plans');
  await expect(plans).toContainText('新加坡（ap-southeast-1）');
  await expect(plans).toContainText('Frankfurt data centre 和 EU stores');
  await expect(plans).not.toContainText('centre和');

  await page.locator('.share-actions input[type=file]').setInputFiles({
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":2,"regions":[{"id":"aws:us-east-1","clusters":0}]}'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'answers.json' });
  await expect(alert).toContainText('version: version 必须是 1');
  await expect(alert).toContainText('regions[0].clusters: 集群数必须是');
  await expect(alert).not.toContainText('only answers format');
  await context.close();
});

test('spokes that leave North America both ways (to Mumbai over the Atlantic, to Sydney over the Pacific) are drawn whole, none split at the frame’s edge', async ({
  browser,
}) => {
  const answers = await readEstate('eight-sites');
  const { context, page } = await openEstate(browser, answers, 'en-US', 1280);
  const map = await showMap(page);
  await expect(map.locator('.tmap-hub')).toHaveCount(3);
  const spokes = await map.locator('[data-line="spoke"]').all();
  expect(spokes.length).toBeGreaterThan(3);
  // A line cut at the map's edge is drawn as two pieces, each leaving the frame: two moves in its path.
  for (const spoke of spokes) expect((await spoke.getAttribute('d'))?.match(/M/g)).toHaveLength(1);
  await context.close();
});
