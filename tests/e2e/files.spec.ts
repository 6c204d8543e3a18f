import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  changeAnswer,
  expect,
  expectStrategy,
  expectVerdict,
  openApp,
  PROJECT_ROOT,
  questionnaire,
  readExample,
  regionList,
  test,
  toleranceField,
  verdictForDocument,
} from './support';

const fileInput = (page: Page) => page.getByLabel('Answers file to open');

/** Everything the person has answered, as assistive technology reads it. */
const answersOnScreen = (page: Page) => questionnaire(page).ariaSnapshot();

interface BadFile {
  readonly problem: string;
  readonly name: string;
  readonly content: string;
  readonly message: RegExp;
}

const BAD_FILES: readonly BadFile[] = [
  {
    problem: 'malformed JSON',
    name: 'broken.json',
    content: '{ "version": 1, "regions": [',
    message: /broken\.json is not valid JSON/,
  },
  {
    problem: 'a version other than 1',
    name: 'future.json',
    content: JSON.stringify({ version: 2, regions: [{ id: 'aws:us-east-1', clusters: 3 }] }),
    message: /future\.json is not a valid answers file\.[\s\S]*version: version must be 1/,
  },
  {
    problem: 'an invalid field',
    name: 'negative.json',
    content: JSON.stringify({ version: 1, regions: [{ id: 'aws:us-east-1', clusters: -3 }] }),
    message: /negative\.json is not a valid answers file\.[\s\S]*regions\[0\]\.clusters/,
  },
  {
    problem: 'not a .json file',
    name: 'notes.txt',
    content: 'hello',
    message: /notes\.txt is not a \.json, \.yaml or \.yml file/,
  },
];

test('a file that cannot be opened is named in an alert, and the answers stay as they were', async ({ page }) => {
  await openApp(page);
  const answers = await answersOnScreen(page);
  const address = page.url();

  for (const bad of BAD_FILES) {
    await test.step(`a file with ${bad.problem}`, async () => {
      await fileInput(page).setInputFiles({
        name: bad.name,
        mimeType: 'application/json',
        buffer: Buffer.from(bad.content),
      });

      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: 'That file could not be opened' })).toBeVisible();
      await expect(alert).toContainText(bad.message);
      await expect(alert).toContainText('Your current answers are unchanged.');
      await expect(alert).toBeFocused();
      expect(await answersOnScreen(page)).toBe(answers);
      await expectStrategy(page, 'Hub & Spoke');
      expect(page.url()).toBe(address);

      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});

test('opening a good answers file, or dropping one, replaces the answers and the recommendation', async ({ page }) => {
  const expected = verdictForDocument(await readExample('one-continent.json'));
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Remove Lyon plant (on-premises)' })).toHaveCount(0);

  // The visible button opens the browser's file chooser (the hidden input's).
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open answers file…' }).click();
  await (await chooser).setFiles(`${PROJECT_ROOT}examples/one-continent.json`);

  await expect(page.getByRole('status').filter({ hasText: 'Opened one-continent.json.' })).toBeVisible();
  await expect(regionList(page).getByRole('button', { name: 'Remove Lyon plant (on-premises)' })).toBeVisible();
  await expect(page.getByText('4 regions · 19 clusters')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Yes, some do' })).toBeChecked();
  await expectVerdict(page, expected);

  await test.step('dropping another file on the page opens it too', async () => {
    const content = await readExample('edge-retail.json');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'edge-retail.json', { type: 'application/json' }));
      return transfer;
    }, content);
    const main = page.getByRole('main');
    await main.dispatchEvent('dragover', { dataTransfer });
    await main.dispatchEvent('drop', { dataTransfer });
    await expect(regionList(page).getByRole('button', { name: 'Remove Chicago stores' })).toBeVisible();
    await expect(toleranceField(page)).toHaveValue('200');
    await expectVerdict(page, verdictForDocument(content));
  });
});

test('the downloads: the answers on screen with their $schema, and a decision record', async ({ page, baseURL }) => {
  await openApp(page);
  const address = await changeAnswer(page, () => toleranceField(page).fill('90'));

  await test.step('"Download answers (.json)"', async () => {
    const download = page.waitForEvent('download');
    await page.getByText('More exports').click();
    await page.getByRole('button', { name: 'Download answers (.json)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('rancher-strategy-answers.json');
    const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({
      $schema: `${baseURL}/answers.schema.json`,
      version: 1,
      latencyToleranceMs: 90,
      regions: [
        { id: 'aws:us-east-1', clusters: 12 },
        { id: 'aws:eu-central-1', clusters: 8 },
        { id: 'aws:ap-northeast-1', clusters: 5 },
      ],
    });
    await expect(page.getByRole('status').filter({ hasText: 'Answers downloaded' })).toBeVisible();
    // The schema it names is served with the app, so editors can check the file.
    const schema = await page.request.get(String(saved.$schema));
    expect(schema.ok()).toBe(true);
    expect(await schema.json()).toHaveProperty('properties.regions');
  });

  await test.step('"Download decision record (.md)"', async () => {
    const download = page.waitForEvent('download');
    await page.getByText('More exports').click();
    await page.getByRole('button', { name: 'Download decision record (.md)' }).click();
    const file = await download;
    // The name says the strategy and the language (at a 90 ms tolerance the example's three continents are Regional).
    expect(file.suggestedFilename()).toBe('rancher-strategy-adr-regional-en.md');
    const record = await readFile(await file.path(), 'utf8');
    expect(record.startsWith('---\nstatus: proposed\n')).toBe(true);
    // It links back to the live recommendation for these answers.
    expect(record).toContain(address);
  });
});
