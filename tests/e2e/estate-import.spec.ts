import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, PROJECT_ROOT, regionList, test, verdictHeading } from './support';

const fixture = (name: string) => readFile(`${PROJECT_ROOT}tests/engine/estate-import/fixtures/${name}`, 'utf8');

const importButton = (page: Page) => page.getByRole('button', { name: 'Import clusters' });
const changesTable = (page: Page) => page.getByRole('table', { name: 'Regions after the import' });
const regionNames = (page: Page) => regionList(page).locator('.region-name');

test('clusters pasted and opened are previewed, applied to the regions and undone', async ({ page }) => {
  await openApp(page);
  const exampleAddress = page.url();
  await expect(regionNames(page)).toHaveText(['US East (N. Virginia)', 'Europe (Frankfurt)', 'Asia Pacific (Tokyo)']);

  await importButton(page).click();
  await page.getByRole('textbox', { name: 'Cluster list (JSON or CSV)' }).fill(await fixture('estate.csv'));
  await page.getByLabel('Cluster list files to open').setInputFiles({
    name: 'rancher.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await fixture('rancher-clusters.json')),
  });
  await expect(page.getByRole('list', { name: 'Files to import' })).toContainText('rancher.json');
  await page.getByRole('button', { name: 'Preview' }).click();

  // What was read, the clusters no list places, and each region's change.
  await expect(
    page.getByText('rancher.json: Rancher cluster list (clusters.management.cattle.io), 9 clusters'),
  ).toBeVisible();
  const unplaced = page.getByRole('group', { name: '5 clusters have no region' });
  await expect(unplaced).toContainText('dc-frankfurt-rke2');
  await unplaced
    .getByRole('combobox', { name: 'Place store-lyon in' })
    .selectOption({ label: 'Lyon store, Part-Dieu' });
  await unplaced
    .getByRole('combobox', { name: 'Place dc-frankfurt-rke2 in' })
    .selectOption({ label: 'Europe (Frankfurt) (aws:eu-central-1)' });
  const frankfurt = changesTable(page).getByRole('row', { name: /^Europe \(Frankfurt\) Updated/ });
  await expect(frankfurt.getByRole('cell')).toHaveText(['8 → 5 not said → 1 imported, 4 hosted', 'estimated → 52']);
  const lyon = changesTable(page).getByRole('row', { name: /^Lyon store, Part-Dieu Added/ });
  await expect(lyon.getByRole('cell')).toHaveText(['1 1 Rancher-provisioned', '1']);

  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toHaveText(
    /Imported: 5 regions added, 2 updated, 0 removed\./,
  );
  // Merged: the example's regions first, then the new ones, biggest first.
  await expect(regionNames(page)).toHaveText([
    'US East (N. Virginia)',
    'Europe (Frankfurt)',
    'Asia Pacific (Tokyo)',
    /^Munich data centre/,
    'West Europe',
    'St. Ghislain, Belgium',
    'Europe (Ireland)',
    /^Lyon store, Part-Dieu/,
  ]);
  await expect(regionList(page).getByRole('textbox', { name: 'Clusters in Europe (Frankfurt)' })).toHaveValue('5');
  await expect.poll(() => page.url(), { message: 'the link follows the imported answers' }).not.toBe(exampleAddress);
  await expect(verdictHeading(page)).toBeVisible();

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'undone' })).toBeVisible();
  await expect(regionNames(page)).toHaveText(['US East (N. Virginia)', 'Europe (Frankfurt)', 'Asia Pacific (Tokyo)']);
  await expect.poll(() => page.url(), { message: 'the link is the example’s again' }).toBe(exampleAddress);
});

test('a list that cannot be read is named in an alert, and the answers stay as they were', async ({ page }) => {
  await openApp(page);
  const address = page.url();
  await importButton(page).click();
  await page
    .getByRole('textbox', { name: 'Cluster list (JSON or CSV)' })
    .fill('NAME   LOCATION   MASTER_VERSION\nprod   europe-west1   1.31\n');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'pasted text is neither JSON nor a CSV: it looks like gcloud’s table: run gcloud container clusters list --format=json',
  );
  await expect(page.getByRole('button', { name: 'Apply import' })).toHaveCount(0);
  expect(page.url()).toBe(address);
});

test('a cluster count lowered below the imported kinds says which count to fix, and keeps the kinds', async ({
  page,
}) => {
  await openApp(page);
  await importButton(page).click();
  await page.getByRole('textbox', { name: 'Cluster list (JSON or CSV)' }).fill('aws:eu-central-1,4,,hosted\n');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Apply import' }).click();
  const frankfurt = regionList(page).getByRole('textbox', { name: 'Clusters in Europe (Frankfurt)' });
  await expect(frankfurt).toHaveValue('4');
  const address = page.url();
  await frankfurt.fill('2');
  // The imported kinds are not dropped: the result names the clash and how to fix it, and waits.
  await expect(page.locator('#result')).toContainText(
    "Not updated yet. This is the result for your last valid answers. Cluster kinds in Europe (Frankfurt): They count 4 clusters, more than the region's 2: lower a count, or raise the region's clusters.",
  );
  await page.getByText(/^Constraints: where planes may run/).click();
  await expect(page.getByText("These count 4 clusters, more than the region's 2")).toBeVisible();
  const hosted = page.getByRole('textbox', { name: 'Hosted (EKS, AKS, GKE) (Europe (Frankfurt))' });
  await expect(hosted).toHaveValue('4');
  await hosted.fill('2');
  await expect(page.getByText(/Not updated yet/)).toHaveCount(0);
  await expect.poll(() => page.url(), { message: 'the link follows the lowered counts' }).not.toBe(address);
});

test.describe('the import panel', () => {
  // Colours change with a short transition: with reduced motion axe reads the colours that stay.
  test.use({ reducedMotion: 'reduce' });

  test('has no axe violations with a preview open, in the light and the dark colour scheme', async ({ page }) => {
    test.slow();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openApp(page);
      await importButton(page).click();
      await page
        .getByRole('textbox', { name: 'Cluster list (JSON or CSV)' })
        .fill(await fixture('rancher-clusters.json'));
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect(changesTable(page)).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('.estate-import')
        .options({ resultTypes: ['violations'] })
        .analyze();
      expect(results.violations.map((violation) => [colorScheme, violation.id, violation.nodes.length])).toEqual([]);
    }
  });
});
