import {
  addressAfterChange,
  changeAnswer,
  expect,
  expectStrategy,
  expectVerdict,
  makeHubAndSpokeAnswers,
  ONE_INTERFACE,
  openApp,
  priority,
  regionList,
  test,
  toleranceField,
  verdictForLink,
} from './support';

// Each test reloads the app two or three times.
test.slow();

test('changed answers and their recommendation are kept across a reload', async ({ page }) => {
  await openApp(page);
  await changeAnswer(page, () => page.getByRole('button', { name: 'Remove Asia Pacific (Tokyo)' }).click());
  await expect(page.getByText('2 regions · 20 clusters')).toBeVisible();
  const address = await makeHubAndSpokeAnswers(page);
  const recommendation = verdictForLink(address);
  await expectVerdict(page, recommendation);

  await test.step('reloading the page (its address holds the answers)', async () => {
    await page.reload();
    await expectVerdict(page, recommendation);
    await expect(toleranceField(page)).toHaveValue('400');
    await expect(priority(page, ONE_INTERFACE, 'Must have')).toBeChecked();
    await expect(page.getByText('2 regions · 20 clusters')).toBeVisible();
  });

  await test.step('opening the plain address (the saved draft)', async () => {
    await openApp(page, '/');
    expect(page.url()).toBe(address);
    await expectVerdict(page, recommendation);
    await expect(toleranceField(page)).toHaveValue('400');
    await expect(priority(page, ONE_INTERFACE, 'Must have')).toBeChecked();
    await expect(page.getByRole('button', { name: 'Remove Asia Pacific (Tokyo)' })).toHaveCount(0);
  });
});

test('"Start over" brings back the example, and "Undo start over" brings back the answers', async ({ page }) => {
  await openApp(page);
  const exampleRegions = await regionList(page).ariaSnapshot();
  const changed = await makeHubAndSpokeAnswers(page);

  const example = await changeAnswer(page, () =>
    page.getByRole('banner').getByRole('button', { name: 'Start over' }).click(),
  );
  const notice = page.getByRole('status').filter({ hasText: 'Your answers were replaced by the example.' });
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
  await expectStrategy(page, 'Hub & Spoke');
  await expect(toleranceField(page)).toHaveValue('150');
  await expect(priority(page, ONE_INTERFACE, 'Matters')).toBeChecked();
  await expect(regionList(page)).toMatchAriaSnapshot(exampleRegions);

  await notice.getByRole('button', { name: 'Undo start over' }).click();
  await expect(notice).toBeHidden();
  expect(await addressAfterChange(page, example)).toBe(changed);
  await expectVerdict(page, verdictForLink(changed));
  await expect(toleranceField(page)).toHaveValue('400');
  await expect(priority(page, ONE_INTERFACE, 'Must have')).toBeChecked();

  // The draft follows the undo.
  await openApp(page, '/');
  expect(page.url()).toBe(changed);
  await expect(toleranceField(page)).toHaveValue('400');
});

test('a reload right after a change, before the address caught up, keeps the change', async ({ page }) => {
  await openApp(page);
  const address = await changeAnswer(page, () => toleranceField(page).fill('400'));

  // The address takes a new link once typing pauses; reload before it does.
  await toleranceField(page).fill('420');
  expect(page.url()).toBe(address);
  await page.evaluate(() => window.location.reload());

  await expect(toleranceField(page)).toHaveValue('420');
  await expect.poll(() => page.url()).not.toBe(address);
  await expectVerdict(page, verdictForLink(page.url()));
});
