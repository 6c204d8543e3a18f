// The questionnaire's answers beyond the basics, entered in the browser: clusters by kind, clusters in two years, a
// jurisdiction's rule and places, mainland China's inferred jurisdiction, and the kind of a site of one's own.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AnswersInput } from '../../src/engine';
import { encodeAnswers, readShareHash } from '../../src/share';
import { answersOf } from '../fixtures/answers';
import { changeAnswer, expect, openApp, test } from './support';

const SUMMARY = /^Constraints: where planes may run/;

async function openConstraints(page: Page) {
  await page.getByText(SUMMARY).click();
  await expect(page.getByRole('heading', { name: 'Your regions and sites' })).toBeVisible();
}

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** The answers the address holds now. */
function answersInAddress(page: Page) {
  const decoded = readShareHash(new URL(page.url()).hash);
  if (!decoded?.ok) throw new Error('the address holds no valid share link');
  return decoded.value;
}

const linkTo = (answers: AnswersInput) => `/#${encodeAnswers(answersOf(answers))}`;

test('clusters by kind and clusters in two years reach the result and the link, and come back from it', async ({
  page,
}) => {
  await openApp(page);
  await openConstraints(page);
  await changeAnswer(page, () => textbox(page, 'Provisioned (RKE2/K3s) (Asia Pacific (Tokyo))').fill('3'));
  await changeAnswer(page, () => textbox(page, 'Hosted (EKS, AKS, GKE) (Asia Pacific (Tokyo))').fill('2'));
  await expect(page.getByText('Counts all 5 clusters of the region.')).toBeVisible();
  await expect(page.locator('#result')).toContainText('we said 3 of our 25 clusters are Rancher-provisioned');
  await changeAnswer(page, () => textbox(page, 'Clusters in two years').fill('60'));
  expect(answersInAddress(page)).toMatchObject({
    regions: [{}, {}, { id: 'aws:ap-northeast-1', clusters: 5, clusterKinds: { provisioned: 3, hosted: 2 } }],
    clustersInTwoYears: 60,
  });

  await page.evaluate(() => localStorage.clear());
  await openApp(page, `/${new URL(page.url()).hash}`);
  await expect(page.getByText(SUMMARY).locator('..')).toContainText('2 set');
  await openConstraints(page);
  await expect(textbox(page, 'Provisioned (RKE2/K3s) (Asia Pacific (Tokyo))')).toHaveValue('3');
  await expect(textbox(page, 'Hosted (EKS, AKS, GKE) (Asia Pacific (Tokyo))')).toHaveValue('2');
  await expect(textbox(page, 'Clusters in two years')).toHaveValue('60');
});

test('counts above the region’s clusters are named, kept, and clear once the clusters are raised', async ({ page }) => {
  await openApp(page);
  await openConstraints(page);
  await changeAnswer(page, () => textbox(page, 'Provisioned (RKE2/K3s) (Asia Pacific (Tokyo))').fill('4'));
  const before = page.url();
  await textbox(page, 'Imported (Asia Pacific (Tokyo))').fill('3');

  await expect(
    page.getByText(
      'These count 7 clusters, more than the region\'s 5: lower a count, or raise the region\'s clusters under "Your regions".',
    ),
  ).toBeVisible();
  await expect(page.locator('#result')).toContainText('Cluster kinds in Asia Pacific (Tokyo)');
  expect(page.url()).toBe(before);
  await expect(textbox(page, 'Imported (Asia Pacific (Tokyo))')).toHaveValue('3');

  await changeAnswer(page, () => textbox(page, 'Clusters in Asia Pacific (Tokyo)').fill('7'));
  await expect(page.getByText(/These count 7 clusters/)).toHaveCount(0);
  expect(answersInAddress(page).regions[2]).toMatchObject({
    clusters: 7,
    clusterKinds: { provisioned: 4, imported: 3 },
  });
});

test('a jurisdiction’s two-way rule and the places its planes may run are chosen, not typed', async ({ page }) => {
  await openApp(page);
  await openConstraints(page);
  await changeAnswer(page, async () => {
    await page.getByRole('button', { name: 'Add a jurisdiction' }).click();
    await textbox(page, 'Short id (Jurisdiction 1)').fill('eu');
    await textbox(page, 'Name (Jurisdiction 1)').fill('European Union');
    await page
      .getByRole('combobox', { name: 'Jurisdiction (Europe (Frankfurt))', exact: true })
      .selectOption({ label: 'European Union (eu)' });
  });
  await changeAnswer(page, () =>
    page.getByRole('checkbox', { name: /^Two-way: its planes manage only its own regions/ }).check(),
  );
  const picker = page.getByRole('combobox', { name: 'Add a place (Jurisdiction 1)' });
  await changeAnswer(page, async () => {
    await picker.pressSequentially('Germ');
    await expect(
      page.getByRole('listbox', { name: 'Where its planes may run' }).getByRole('option', { selected: true }),
    ).toContainText('Germany');
    await picker.press('Enter');
  });
  await changeAnswer(page, async () => {
    await picker.pressSequentially('eu-west-1');
    await picker.press('Enter');
  });
  await picker.pressSequentially('Atlantis');
  await picker.press('Enter');
  await expect(
    page.locator('.picker-empty', { hasText: 'No country, cloud region or site of yours matches' }),
  ).toBeVisible();

  expect(answersInAddress(page).jurisdictions).toEqual([
    { id: 'eu', name: 'European Union', planesManageOnlyInside: true, allowedLocations: ['DE', 'aws:eu-west-1'] },
  ]);
  await expect(page.getByRole('list', { name: /^Where its planes may run/ }).getByRole('listitem')).toHaveText([
    /^Germany \(DE\)/,
    /^AWS · Europe \(Ireland\)/,
  ]);

  await page.getByRole('checkbox', { name: /^Keep management inside/ }).uncheck();
  await expect(
    page.getByText('The two-way rule needs "Keep management inside": tick that as well, or untick this.'),
  ).toBeVisible();
});

const CHINA: AnswersInput = {
  version: 1,
  regions: [
    { id: 'aws:eu-central-1', clusters: 6 },
    { id: 'aws-cn:cn-north-1', clusters: 3 },
    { id: 'site-1', name: 'Suzhou plant', lat: 31.3, lon: 120.6, clusters: 2 },
  ],
};

test('mainland China’s jurisdiction shows as inferred, for a catalog region and a site by its coordinates', async ({
  page,
}) => {
  await openApp(page, linkTo(CHINA));
  const summary = page.getByText(SUMMARY).locator('..');
  await expect(summary).toContainText('none set');
  await expect(summary).toContainText('mainland China rule applies (inferred from your regions)');
  await openConstraints(page);
  for (const region of ['China (Beijing)', 'Suzhou plant']) {
    await expect(
      page.getByRole('combobox', { name: `Jurisdiction (${region})`, exact: true }).locator('option:checked'),
    ).toHaveText('Mainland China (inferred)');
  }
  await expect(
    page.getByRole('combobox', { name: 'Jurisdiction (Europe (Frankfurt))', exact: true }).locator('option:checked'),
  ).toHaveText('None');
  await expect(page.getByText(/^Inferred from the region: it is in mainland China/)).toHaveCount(2);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('mainland China’s inferred jurisdiction is said in Chinese', async ({ page }) => {
    await page.goto(linkTo(CHINA));
    await expect(page.getByText('适用中国大陆规则（根据您的区域推断）')).toBeVisible();
    await page.getByText(/^约束条件/).click();
    await expect(
      page.getByRole('combobox', { name: '司法辖区 (China (Beijing))', exact: true }).locator('option:checked'),
    ).toHaveText('中国大陆（推断）');
  });
});

test('a site of one’s own is given its kind as it is added, and an edge location cannot host the hub', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add an edge location' }).click();
  await expect(page.getByRole('textbox', { name: /^Name of custom site/ })).toBeFocused();
  await page.keyboard.type('Lyon store');
  const kinds = page.getByRole('group', { name: 'Kind of site of Lyon store' });
  await expect(kinds.getByRole('radio', { name: 'Edge location' })).toBeChecked();
  await textbox(page, 'Latitude of Lyon store').fill('45.76');
  await changeAnswer(page, () => textbox(page, 'Longitude of Lyon store').fill('4.84'));
  expect(answersInAddress(page).regions[3]).toMatchObject({ name: 'Lyon store', siteKind: 'edge' });

  await openConstraints(page);
  await expect(page.getByRole('option', { name: 'Lyon store (Edge location)' })).toBeDisabled();

  // Changed on the site itself, by keyboard: a data centre again, which may host the hub.
  await changeAnswer(page, async () => {
    await kinds.getByRole('radio', { name: 'Edge location' }).focus();
    await page.keyboard.press('ArrowLeft');
  });
  await expect(kinds.getByRole('radio', { name: 'Data centre' })).toBeChecked();
  expect(answersInAddress(page).regions[3]).not.toHaveProperty('siteKind');
  await expect(page.getByRole('option', { name: 'Lyon store', exact: true })).toBeEnabled();
});

test('axe finds no violations in the new controls: kinds with a problem, places, the inferred jurisdiction', async ({
  page,
}) => {
  test.slow();
  await openApp(
    page,
    linkTo({
      ...CHINA,
      regions: [
        ...CHINA.regions,
        { id: 'site-2', name: 'Lyon store', lat: 45.76, lon: 4.84, clusters: 3, siteKind: 'edge', jurisdiction: 'eu' },
      ],
      jurisdictions: [{ id: 'eu', name: 'European Union', planesManageOnlyInside: true, allowedLocations: ['FR'] }],
    }),
  );
  await openConstraints(page);
  await textbox(page, 'Provisioned (RKE2/K3s) (China (Beijing))').fill('9');
  await expect(page.getByText(/These count 9 clusters/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Add a place (Jurisdiction 1)' }).pressSequentially('Fra');
  await expect(page.getByRole('listbox', { name: 'Where its planes may run' })).toBeVisible();

  const results = await new AxeBuilder({ page })
    .include('#questionnaire')
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
});
