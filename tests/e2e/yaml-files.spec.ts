/** Answers files written in YAML, opened or dropped in the app: the same answers as their JSON twin, or the line. */
import { stringify } from 'yaml';
import {
  expect,
  expectStrategy,
  expectVerdict,
  openApp,
  questionnaire,
  readExample,
  regionList,
  test,
  toleranceField,
  verdictForDocument,
} from './support';

test('a YAML answers file opens as its JSON twin, and the YAML parser loads only then', async ({ page }) => {
  const json = await readExample('edge-retail.json');
  const yamlRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/yaml-parser-/.test(request.url())) yamlRequests.push(request.url());
  });
  await openApp(page);
  expect(yamlRequests, 'the YAML parser is not part of the first load').toEqual([]);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open answers file…' }).click();
  await (await chooser).setFiles({
    name: 'edge-retail.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(`# The retail edge example, as a platform team writes it\n${stringify(JSON.parse(json))}`),
  });

  await expect(page.getByRole('status').filter({ hasText: 'Opened edge-retail.yaml.' })).toBeVisible();
  await expect(regionList(page).getByRole('button', { name: 'Remove Chicago stores' })).toBeVisible();
  await expect(toleranceField(page)).toHaveValue('200');
  await expectVerdict(page, verdictForDocument(json));
  expect(yamlRequests).toHaveLength(1);
});

test('a YAML file with a syntax error is named by its line, dropped or opened, and changes nothing', async ({
  page,
}) => {
  await openApp(page);
  const answers = await questionnaire(page).ariaSnapshot();
  const broken = 'version: 1\nregions:\n  - id: aws:us-east-1\n    clusters: 3\n  latencyToleranceMs: 90\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'broken.yml', { type: 'application/yaml' }));
    return transfer;
  }, broken);
  const main = page.getByRole('main');
  await main.dispatchEvent('dragover', { dataTransfer });
  await main.dispatchEvent('drop', { dataTransfer });

  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'That file could not be opened' })).toBeVisible();
  await expect(alert).toContainText(/broken\.yml is not valid YAML: line 5, column \d+/);
  await expect(alert).toContainText('Your current answers are unchanged.');
  expect(await questionnaire(page).ariaSnapshot()).toBe(answers);
  await expectStrategy(page, 'Hub & Spoke');
});
