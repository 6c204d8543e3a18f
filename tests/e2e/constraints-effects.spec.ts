/**
 * What each constraint means for the advice, as a person reads it in the result. Written before the engine
 * weighs the constraints: these pass once it does.
 */
import type { AnswersInput } from '../../src/engine';
import { parseAnswers } from '../../src/engine';
import { encodeAnswers } from '../../src/share';
import { THREE_REGIONS } from '../fixtures/answers';
import { expect, openApp, test } from './support';

function linkTo(input: AnswersInput): string {
  const parsed = parseAnswers(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return `/#${encodeAnswers(parsed.value)}`;
}

/** The plan's card for one central plane: "In <hub>, managing all N clusters." */
const hubPlan = (page: import('@playwright/test').Page) => page.getByText(/, managing all \d+ clusters?\./);

test('an edge site is never shown as the hub, even where it would be the best place for one', async ({ page }) => {
  // Reykjavik lies between Frankfurt and Virginia: by round trips alone the hub would go there.
  await openApp(
    page,
    linkTo({
      version: 1,
      regions: [
        { id: 'aws:eu-central-1', clusters: 8 },
        { id: 'aws:us-east-1', clusters: 12 },
        { id: 'store-reykjavik', name: 'Reykjavik store', lat: 64.15, lon: -21.94, siteKind: 'edge' },
      ],
    }),
  );
  await expect(hubPlan(page)).toBeVisible();
  await expect(hubPlan(page)).not.toContainText('Reykjavik store');
  const table = page.getByRole('table', { name: /round trip from the hub in/i });
  await expect(table).not.toHaveAccessibleName(/Reykjavik/);
  // The store is managed from the hub, never its own site.
  await expect(
    table
      .getByRole('row', { name: /Reykjavik store/ })
      .getByRole('cell')
      .first(),
  ).not.toHaveText('its own site');
});

test('a hub pinned to a region is the hub the result names', async ({ page }) => {
  await openApp(
    page,
    linkTo({
      ...THREE_REGIONS,
      hub: { regionId: 'aws:eu-west-2' },
    }),
  );
  await expect(hubPlan(page)).toContainText('Europe (London)');
  await expect(page.getByRole('table', { name: /round trip from the hub in (Europe \()?London/i })).toBeAttached();
});

test('regions that must keep management inside their jurisdiction get one hub per jurisdiction', async ({ page }) => {
  await openApp(
    page,
    linkTo({
      version: 1,
      regions: [
        { id: 'aws:eu-central-1', clusters: 8, jurisdiction: 'eu' },
        { id: 'aws:eu-west-1', clusters: 6, jurisdiction: 'eu' },
        { id: 'aws:us-east-1', clusters: 12 },
      ],
      // The strict rule: the EU's hub manages only the EU (by default residency is one-way, and one EU hub serves all).
      jurisdictions: [{ id: 'eu', name: 'European Union', keepManagementInside: true, planesManageOnlyInside: true }],
      priorities: { singlePane: 4, multiClusterApps: 2, faultIsolation: 0, independentUpgrades: 0 },
    }),
  );
  await expect(
    page.getByRole('region', { name: /How to run/ }).getByText(/Keep management inside each jurisdiction/i),
  ).toBeVisible();
});

test('an air-gapped site gets a management plane inside the air gap', async ({ page }) => {
  await openApp(
    page,
    linkTo({
      version: 1,
      regions: [
        { id: 'aws:us-east-1', clusters: 12 },
        { id: 'aws:us-west-2', clusters: 6 },
        { id: 'plant-ohio', name: 'Ohio plant', lat: 39.96, lon: -83, clusters: 3, connectivity: 'air-gapped' },
      ],
    }),
  );
  await expect(
    page
      .getByRole('region', { name: /How to run/ })
      .getByText(/Ohio plant[^.]*air[- ]gap|air[- ]gap[^.]*Ohio plant/i)
      .first(),
  ).toBeVisible();
});

test('a measured round trip is the figure in the round-trip table, marked as measured', async ({ page }) => {
  await openApp(
    page,
    linkTo({
      ...THREE_REGIONS,
      hub: { regionId: 'aws:us-east-1' },
      latencies: [{ from: 'aws:eu-central-1', to: 'aws:us-east-1', ms: 97 }],
    }),
  );
  const table = page.getByRole('table', { name: /round trip from the hub in (US East \()?N\. Virginia/i });
  const frankfurt = table.getByRole('row', { name: /Europe \(Frankfurt\)/ });
  await expect(frankfurt).toContainText('97 ms');
  await expect(frankfurt).toContainText(/measured/i);
  await expect(table.getByRole('row', { name: /Asia Pacific \(Tokyo\)/ })).not.toContainText(/measured/i);
});
