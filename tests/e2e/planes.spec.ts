/*
 * Issue 20: every surface tells the truth about every plane. Constrained estates (an EU rule with edge stores and a
 * data centre, mainland China, a pinned hub, measured round trips, an air gap with decision fields), looked at as a
 * reviewer would: the verdict, the round-trip table, the map, the decision record and the printout, in both
 * languages and on a phone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { type Answers, recommend, regionNamer } from '../../src/engine';
import { encodeAnswers } from '../../src/share';
import { CHINA, EU_RULE, FIVE_SITES } from '../fixtures/constrained-estates';
import { expect, showMap, test } from './support';

async function openAnswers(page: Page, answers: Answers): Promise<void> {
  await page.goto(`/#${encodeAnswers(answers)}`);
  await expect(page.getByRole('heading', { level: 2, name: /^(Recommended strategy|推荐策略)/ })).toBeVisible();
}

/** The PDF's pages, as Chromium writes them. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test('the verdict names every hub and what it serves', async ({ page }) => {
  await openAnswers(page, EU_RULE);
  const summary = page.locator('.verdict-summary');
  await expect(summary).toContainText(
    'Run two hubs, one per jurisdiction: Frankfurt data centre for the jurisdiction European Union, N. Virginia for the rest of the estate.',
  );
  await openAnswers(page, CHINA);
  await expect(summary).toContainText('Beijing for mainland China, Oregon for the rest');
});

test('the round-trip table gives each region its figure from the hub that manages it', async ({ page }) => {
  await openAnswers(page, EU_RULE);
  const table = page.getByRole('table', { name: /^Round trip from the hub that manages each region/ });
  const names = regionNamer(EU_RULE);
  for (const group of recommend(EU_RULE).hubPlan.groups) {
    for (const regionId of group.regionIds) {
      const name = names.name(regionId).replace(/[().]/g, '\\$&');
      const cells = await table
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .getByRole('cell')
        .allTextContents();
      expect(cells[0]).toBe(regionId === group.planeRegionId ? 'its own site' : names.name(group.planeRegionId));
      expect(cells[1]).toMatch(new RegExp(`^${Math.round(group.rttMs[regionId] ?? 0)} ms`));
    }
  }
});

test('the map marks every hub and draws only the spokes that exist, inside the frame, labelled on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAnswers(page, EU_RULE);
  const map = await showMap(page);
  await expect(map.locator('.tmap-hub')).toHaveCount(2);
  // Three spokes: Ireland and the stores to Frankfurt's data centre, Singapore to N. Virginia. None crosses the rule.
  await expect(map.locator('[data-line="spoke"]')).toHaveCount(3);
  const frame = await map.boundingBox();
  for (const line of await map.locator('[data-line="spoke"]').all()) {
    const box = await line.boundingBox();
    expect(box && frame && box.y >= frame.y - 1 && box.y + box.height <= frame.y + frame.height + 1).toBe(true);
  }
  await expect(map.locator('.tmap-label')).not.toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Legend' }).last()).toContainText('each manages its own regions');
});

test('the decision record counts the planes, says why each exists, names its author and what its figures are', async ({
  page,
}) => {
  await openAnswers(page, FIVE_SITES);
  const download = page.waitForEvent('download');
  await page.getByText('More exports').click();
  await page.getByRole('button', { name: 'Download decision record (.md)' }).click();
  const record = await readFile(await (await download).path(), 'utf8');
  expect(record).toMatch(
    /^# Run three central Rancher management planes \(Hub & Spoke\), one per jurisdiction or air gap/m,
  );
  expect(record).toContain('for the jurisdiction European Union, whose management stays inside it');
  expect(record).toContain('This version of the answers is by Ana Architect.');
  expect(record).toMatch(
    /\| Asia Pacific \(Tokyo\) \(aws:ap-northeast-1\) \| US East \(N\. Virginia\) \(aws:us-east-1\) \| 148 ms \| measured \|/,
  );
  expect(record).not.toMatch(/great-circle|A single hub would sit/);
});

for (const locale of ['en-US', 'zh-CN'] as const) {
  test(`a five-site constrained estate with decision fields prints in at most 4 A4 and Letter pages (${locale}), its constraints and decision fields listed, no empty chart box`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale,
      viewport: { width: 1440, height: 900 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await openAnswers(page, FIVE_SITES);
    await expect(page.getByRole('img', { name: locale === 'en-US' ? /^World map of the / : /世界地图/ })).toBeAttached({
      timeout: 15_000,
    });
    await expect(page.locator('.chart--factors svg')).toBeAttached();
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pageCount(pdf), `${format} pages`).toBeLessThanOrEqual(4);
      await writeFile(`/tmp/print-five-sites-${locale}-${format}.pdf`, pdf);
    }
    await page.emulateMedia({ media: 'print' });
    const answers = page.locator('.answers-summary');
    const expected =
      locale === 'en-US'
        ? [
            'in European Union',
            'edge location',
            'intermittent link',
            'air-gapped',
            'accepted',
            'Ana Architect, Ben Reviewer',
          ]
        : ['属于 European Union', '边缘站点', '间歇连接', '物理隔离', '已接受', 'Ana Architect、Ben Reviewer'];
    for (const text of expected) await expect(answers).toContainText(text);
    // Every chart that prints is drawn, at a readable size; the round trips print as their table.
    const chart = page.locator('.chart--factors svg');
    expect((await chart.boundingBox())?.width ?? 0).toBeGreaterThan(300);
    await expect(page.locator('.chart-placeholder')).toHaveCount(0);
    await expect(
      page.getByRole('table', {
        name: locale === 'en-US' ? /^Round trip from the hub that manages/ : /^从管理各区域的中心枢纽/,
      }),
    ).toBeVisible();
    await context.close();
  });
}
