/**
 * The design review: sharing from the top of the result, on a wide screen and on a phone, and what a phone
 * shows without clipping.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, showMap, test, verdictHeading } from './support';

function actionBar(page: Page) {
  return page.getByRole('region', { name: 'Link and exports' });
}

for (const viewport of [
  { name: 'a 1440x900 screen', width: 1440, height: 900 },
  { name: 'a 390x844 phone', width: 390, height: 844 },
]) {
  test(`on ${viewport.name}, "Copy link" stays at the top of the result while it scrolls, and says so where it was pressed`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openApp(page);

    // Far down the result: the reasons, 3,000 px and more below the verdict.
    await page.getByRole('heading', { name: 'What would change it' }).scrollIntoViewIfNeeded();
    await expect(verdictHeading(page)).not.toBeInViewport();
    const bar = actionBar(page);
    await expect(bar).toBeInViewport();

    await bar.getByRole('button', { name: 'Copy link' }).click();
    const status = bar.getByRole('status');
    await expect(status).toHaveText('Link copied to the clipboard.');
    await expect(status).toBeInViewport();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    // On a phone the verdict bar at the bottom points down to the result; once there, it makes way.
    await expect(page.getByRole('button', { name: 'See why' })).toBeHidden();

    await test.step('the other exports are one click further, in the same bar', async () => {
      await bar.getByText('More exports').click();
      for (const name of ['Copy decision record', 'Download decision record (.md)', 'Download answers (.json)']) {
        await expect(bar.getByRole('button', { name })).toBeInViewport();
      }
      await bar.getByRole('button', { name: 'Copy decision record' }).click();
      await expect(status).toHaveText('Decision record copied to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^---\nstatus: proposed\n/);
      await expect(bar.getByRole('button', { name: 'Copy decision record' })).toBeHidden();
    });
  });
}

test('in Chinese the bar speaks Chinese, and the link it copies is the same link', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('/');
  const bar = page.getByRole('region', { name: '链接与导出' });
  await bar.getByRole('button', { name: '复制链接' }).click();
  await expect(bar.getByRole('status')).toHaveText('链接已复制到剪贴板。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await context.close();
});

test('on a phone, the "Recommended" badge and the map labels stay inside their boxes', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const table = page.locator('.consequences-table');
  await table.scrollIntoViewIfNeeded();
  const badge = table.locator('thead .badge');
  const cell = table.locator('thead th', { has: page.locator('.badge') });
  const [badgeBox, cellBox] = [await badge.boundingBox(), await cell.boundingBox()];
  expect(badgeBox && cellBox).toBeTruthy();
  if (badgeBox && cellBox) {
    expect(badgeBox.x).toBeGreaterThanOrEqual(cellBox.x);
    expect(badgeBox.x + badgeBox.width).toBeLessThanOrEqual(cellBox.x + cellBox.width);
  }
  // The badge keeps its padding: wider than its word.
  expect(await badge.evaluate((element) => getComputedStyle(element).paddingLeft)).not.toBe('0px');

  // The map draws as the person scrolls to it.
  const map = await showMap(page);
  const mapBox = await map.boundingBox();
  const labels = await map.locator('text').evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { text: element.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }),
  );
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) {
    expect(label.left, label.text ?? '').toBeGreaterThanOrEqual((mapBox?.x ?? 0) - 0.5);
    expect(label.right, label.text ?? '').toBeLessThanOrEqual((mapBox?.x ?? 0) + (mapBox?.width ?? 0) + 0.5);
  }
});
