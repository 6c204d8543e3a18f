/*
 * Residency as a reviewer reads it in the result (issue 19): one-way by default, so an EU hub manages the few clusters
 * outside the EU as well; the strict two-way rule gives the rest a hub of its own; a hub pinned outside the EU keeps
 * the rest while the EU's regions get a hub inside. Each estate is opened from a share link.
 */
import type { Page } from '@playwright/test';
import { type AnswersInput, parseAnswers } from '../../src/engine';
import { encodeAnswers } from '../../src/share';
import { expect, openApp, test } from './support';

function linkTo(input: Omit<AnswersInput, 'version'>): string {
  const parsed = parseAnswers({ version: 1, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return `/#${encodeAnswers(parsed.value)}`;
}

/** EU residency (one-way unless `strict`), 42 clusters in the EU and 7 in the US. */
function euEstate(rule: { strict?: boolean; pin?: string } = {}): Omit<AnswersInput, 'version'> {
  return {
    regions: [
      { id: 'aws:eu-central-1', clusters: 30, jurisdiction: 'eu' },
      { id: 'aws:eu-west-3', clusters: 12, jurisdiction: 'eu' },
      { id: 'aws:us-east-1', clusters: 4 },
      { id: 'aws:us-west-2', clusters: 3 },
    ],
    jurisdictions: [{ id: 'eu', name: 'European Union', ...(rule.strict ? { planesManageOnlyInside: true } : {}) }],
    ...(rule.pin ? { hub: { regionId: rule.pin } } : {}),
    opsEngineers: 2,
  };
}

const summary = (page: Page) => page.locator('.verdict-summary');
const howToRun = (page: Page) => page.getByRole('region', { name: /How to run/ });

/** The round-trip table's first cell for a region: the hub that manages it ("its own site" for the hub's own). */
async function managedFrom(page: Page, table: RegExp, region: string): Promise<string | null> {
  const name = region.replace(/[().]/g, '\\$&');
  return page
    .getByRole('table', { name: table })
    .getByRole('row', { name: new RegExp(`^${name}`) })
    .getByRole('cell')
    .first()
    .textContent();
}

test('one-way residency: the EU hub manages the few US clusters too, and the plan says the EU stays inside', async ({
  page,
}) => {
  await openApp(page, linkTo(euEstate()));
  await expect(summary(page)).toContainText('Run one central management plane in Frankfurt.');
  await expect(howToRun(page)).toContainText(
    'the regions of the jurisdiction European Union are managed from Europe (Frankfurt)',
  );
  // The US clusters are managed from the EU hub, at a transatlantic round trip.
  const table = /^Round trip from the hub in Frankfurt for the whole estate/;
  expect(await managedFrom(page, table, 'US West (Oregon)')).toBe('Europe (Frankfurt)');
  expect(await managedFrom(page, table, 'US East (N. Virginia)')).toBe('Europe (Frankfurt)');
  await expect(
    page.getByRole('table', { name: table }).getByRole('row', { name: /^US West \(Oregon\)/ }),
  ).toContainText(/Europe \(Frankfurt\)\s*1\d\d ms/);
});

test('the strict two-way rule gives the US clusters a hub of their own, and the result says so', async ({ page }) => {
  await openApp(page, linkTo(euEstate({ strict: true })));
  await expect(summary(page)).toContainText(
    'Run two hubs, one per jurisdiction: Frankfurt for the jurisdiction European Union, N. Virginia for North America.',
  );
  const table = /^Round trip from the hub that manages each region/;
  expect(await managedFrom(page, table, 'US West (Oregon)')).toBe('US East (N. Virginia)');
  expect(await managedFrom(page, table, 'Europe (Paris)')).toBe('Europe (Frankfurt)');
  await expect(howToRun(page)).toContainText('Keep a warm standby for each plane');
});

test('a hub pinned outside the one-way EU keeps the US, the EU gets a hub inside, and the plan says so', async ({
  page,
}) => {
  await openApp(page, linkTo(euEstate({ pin: 'aws:us-east-1' })));
  await expect(summary(page)).toContainText('Frankfurt for the jurisdiction European Union');
  await expect(howToRun(page)).toContainText(
    'We pinned the hub to US East (N. Virginia), which lies outside the jurisdiction European Union, so Europe (Frankfurt) inside it manages its regions and the pinned hub manages the rest.',
  );
  const table = /^Round trip from the hub that manages each region/;
  expect(await managedFrom(page, table, 'US West (Oregon)')).toBe('US East (N. Virginia)');
  expect(await managedFrom(page, table, 'Europe (Paris)')).toBe('Europe (Frankfurt)');
});

test('in Chinese, a jurisdiction named in Latin letters is set apart by spaces', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(linkTo(euEstate({ strict: true })));
  const plan = page.getByRole('region', { name: /运行|如何/ }).filter({ hasText: '让管理留在各司法辖区之内' });
  await expect(plan).toContainText('European Union 的区域由德国法兰克福（eu-central-1）管理');
  await expect(plan).not.toContainText('Union的');
  await context.close();
});
