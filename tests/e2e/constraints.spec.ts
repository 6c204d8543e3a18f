import type { Page } from '@playwright/test';
import { readShareHash } from '../../src/share';
import { changeAnswer, expect, openApp, SHARE_LINK, test } from './support';

const SUMMARY =
  /^Constraints: where planes may run, jurisdictions, connectivity, cluster kinds, nodes, measured round trips/;

/** The section's summary line: what it holds, and how many constraints are set. */
const summary = (page: Page) => page.getByText(SUMMARY).locator('..');

async function openConstraints(page: Page) {
  await page.getByText(SUMMARY).click();
  await expect(page.getByRole('heading', { name: 'Your regions and sites' })).toBeVisible();
}

const select = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test('every constraint filled in the browser travels in the share link and comes back from it', async ({ page }) => {
  test.slow();
  await openApp(page);
  await expect(summary(page)).toContainText('none set');
  await openConstraints(page);

  await changeAnswer(page, async () => {
    await select(page, 'Kind of site (Asia Pacific (Tokyo))').selectOption({ label: 'Edge location' });
  });
  await changeAnswer(page, async () => {
    await select(page, 'Connectivity (Asia Pacific (Tokyo))').selectOption({ label: 'Intermittent' });
  });
  await changeAnswer(page, () => textbox(page, 'Nodes (US East (N. Virginia))').fill('150'));
  await changeAnswer(page, () => textbox(page, 'Nodes per cluster, on average').fill('8'));
  await changeAnswer(page, () => textbox(page, 'Clusters Rancher provisions').fill('60'));
  await changeAnswer(page, async () => {
    await page.getByRole('button', { name: 'Add a jurisdiction' }).click();
    await textbox(page, 'Short id (Jurisdiction 1)').fill('eu');
    await textbox(page, 'Name (Jurisdiction 1)').fill('European Union');
    await page.getByRole('checkbox', { name: /^Keep management inside/ }).uncheck();
    await select(page, 'Jurisdiction (Europe (Frankfurt))').selectOption({ label: 'European Union (eu)' });
  });
  await changeAnswer(page, async () => {
    const picker = page.getByRole('combobox', { name: 'Or pin it to another cloud region' });
    await picker.pressSequentially('London');
    await expect(
      page.getByRole('listbox', { name: 'Matching regions' }).getByRole('option', { selected: true }),
    ).toHaveAccessibleName(/^Europe \(London\)/);
    await picker.press('Enter');
  });
  await expect(select(page, 'Pin the hub to')).toHaveValue('aws:eu-west-2');
  await changeAnswer(page, async () => {
    await page.getByRole('textbox', { name: 'Paste measurements' }).fill('aws:us-east-1, Europe (Frankfurt), 97');
    await page.getByRole('button', { name: 'Add the pasted lines' }).click();
  });
  const address = await changeAnswer(page, async () => {
    await page.getByRole('button', { name: 'Add a measurement' }).click();
    await select(page, 'From (Measured round trip 2)').selectOption({ label: 'Europe (London)' });
    await select(page, 'To (Measured round trip 2)').selectOption({ label: 'Europe (Frankfurt)' });
    await textbox(page, 'Round trip (Measured round trip 2)').fill('14.5');
  });

  expect(address).toMatch(SHARE_LINK);
  const decoded = readShareHash(new URL(address).hash);
  expect(decoded?.ok && decoded.value).toMatchObject({
    regions: [
      { id: 'aws:us-east-1', clusters: 12, nodes: 150 },
      { id: 'aws:eu-central-1', clusters: 8, jurisdiction: 'eu' },
      { id: 'aws:ap-northeast-1', clusters: 5, siteKind: 'edge', connectivity: 'intermittent' },
    ],
    nodesPerCluster: 8,
    provisionedPercent: 60,
    jurisdictions: [{ id: 'eu', name: 'European Union', keepManagementInside: false }],
    hub: { regionId: 'aws:eu-west-2' },
    latencies: [
      { from: 'aws:us-east-1', to: 'aws:eu-central-1', ms: 97 },
      { from: 'aws:eu-west-2', to: 'aws:eu-central-1', ms: 14.5 },
    ],
  });

  // The link alone, in a fresh page: every value is back where it was typed.
  await page.evaluate(() => localStorage.clear());
  await openApp(page, `/${new URL(address).hash}`);
  await expect(summary(page)).toContainText('10 set');
  await openConstraints(page);
  await expect(select(page, 'Kind of site (Asia Pacific (Tokyo))')).toHaveValue('edge');
  await expect(select(page, 'Connectivity (Asia Pacific (Tokyo))')).toHaveValue('intermittent');
  await expect(textbox(page, 'Nodes (US East (N. Virginia))')).toHaveValue('150');
  await expect(textbox(page, 'Nodes per cluster, on average')).toHaveValue('8');
  await expect(textbox(page, 'Clusters Rancher provisions')).toHaveValue('60');
  await expect(textbox(page, 'Short id (Jurisdiction 1)')).toHaveValue('eu');
  await expect(textbox(page, 'Name (Jurisdiction 1)')).toHaveValue('European Union');
  await expect(page.getByRole('checkbox', { name: /^Keep management inside/ })).not.toBeChecked();
  await expect(select(page, 'Jurisdiction (Europe (Frankfurt))')).toHaveValue('eu');
  await expect(select(page, 'Pin the hub to')).toHaveValue('aws:eu-west-2');
  await expect(select(page, 'From (Measured round trip 1)')).toHaveValue('aws:us-east-1');
  await expect(select(page, 'To (Measured round trip 1)')).toHaveValue('aws:eu-central-1');
  await expect(textbox(page, 'Round trip (Measured round trip 1)')).toHaveValue('97');
  await expect(textbox(page, 'Round trip (Measured round trip 2)')).toHaveValue('14.5');
});

test('a measurement faster than light is named on its field, and what was typed stays', async ({ page }) => {
  await openApp(page);
  await openConstraints(page);
  await page
    .getByRole('textbox', { name: 'Paste measurements' })
    .fill('aws:us-east-1\taws:ap-northeast-1\t40\nMars, aws:us-east-1, 9');
  await page.getByRole('button', { name: 'Add the pasted lines' }).click();

  const ms = textbox(page, 'Round trip (Measured round trip 1)');
  await expect(ms).toHaveValue('40');
  await expect(ms).toHaveAccessibleDescription(/40 ms is faster than light in fibre over the \d+ km between/);
  await expect(
    page.getByText('Line 2: “Mars” is none of your regions (nor the pinned hub): use its id or name.'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Paste measurements' })).toHaveValue('Mars, aws:us-east-1, 9');
  // The result says its answers wait for the correction.
  await expect(page.getByText(/Measured round trip 1/).first()).toBeVisible();
});
