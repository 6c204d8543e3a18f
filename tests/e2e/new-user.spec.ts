import {
  changeAnswer,
  expect,
  expectStrategy,
  expectVerdict,
  ONE_INTERFACE,
  openApp,
  priority,
  questionnaire,
  readScores,
  regionList,
  runAdvise,
  STRATEGY_NAMES,
  test,
  toleranceField,
  verdictForLink,
  verdictHeading,
  waitForFullResult,
} from './support';

test.describe('a new user on the start page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('describes their setup, copies the link, and the link reopens the same recommendation', async ({
    page,
    browser,
    problems,
  }) => {
    // A whole session, and a second browser context.
    test.slow();
    await openApp(page);
    // The example's three regions on three continents, run by two engineers, start as Hub & Spoke.
    await expectStrategy(page, 'Hub & Spoke');
    await expect(page.getByText('3 regions · 25 clusters')).toBeVisible();

    // Add a region by typing and choosing with the keyboard.
    const search = page.getByRole('combobox', { name: 'Add a cloud region' });
    const matches = page.getByRole('listbox', { name: 'Matching regions' });
    await changeAnswer(page, async () => {
      await search.pressSequentially('Tokyo');
      await expect(matches).toBeVisible();
      // AWS Tokyo is already in the example: listed, but not offered again.
      await expect(matches.getByRole('option', { name: /^Asia Pacific \(Tokyo\)/ })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
      await expect(matches.getByRole('option', { selected: true })).toHaveAccessibleName(/^Japan East Azure/);
      await search.press('ArrowDown');
      await expect(matches.getByRole('option', { selected: true })).toHaveAccessibleName(/^Tokyo, Japan Google Cloud/);
      await search.press('Enter');
      await expect(matches).toBeHidden();
    });

    // The new region's cluster count has the focus, ready to be typed over.
    const clusters = page.getByRole('textbox', { name: 'Clusters in Tokyo, Japan' });
    await expect(clusters).toBeFocused();
    await expect(clusters).toHaveValue('1');
    await changeAnswer(page, () => page.keyboard.type('7'));
    await expect(clusters).toHaveValue('7');
    await expect(page.getByText('4 regions · 32 clusters')).toBeVisible();

    await changeAnswer(page, () => toleranceField(page).fill('400'));
    const mustHave = priority(page, ONE_INTERFACE, 'Must have');
    const address = await changeAnswer(page, () => mustHave.click());
    await expect(mustHave).toBeChecked();
    await expectVerdict(page, verdictForLink(address));
    await expectStrategy(page, 'Hub & Spoke');

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());

    const scores = await readScores(page);
    const sections = {
      regions: await regionList(page).ariaSnapshot(),
      latency: await page.getByRole('region', { name: 'Latency and team' }).ariaSnapshot(),
      work: await page.getByRole('region', { name: 'How you work' }).ariaSnapshot(),
    };

    // Someone else opens the link: no draft, no history, only the link.
    const otherContext = await browser.newContext();
    try {
      const other = await otherContext.newPage();
      problems.watch(other);
      await other.goto(copied);
      await expectVerdict(other, { strategy: 'Hub & Spoke', scores });
      await expect(toleranceField(other)).toHaveValue('400');
      await expect(other.getByRole('textbox', { name: 'Clusters in Tokyo, Japan' })).toHaveValue('7');
      await expect(regionList(other)).toMatchAriaSnapshot(sections.regions);
      await expect(other.getByRole('region', { name: 'Latency and team' })).toMatchAriaSnapshot(sections.latency);
      await expect(other.getByRole('region', { name: 'How you work' })).toMatchAriaSnapshot(sections.work);
      await expect(other.getByRole('alert')).toHaveCount(0);
    } finally {
      await otherContext.close();
    }
  });
});

test('a link made by the command line opens to the recommendation it printed', async ({ page, baseURL }) => {
  const [link, json] = await Promise.all([
    runAdvise(['examples/global.json', '--format', 'link', '--base', `${baseURL}/`]),
    runAdvise(['examples/global.json', '--format', 'json']),
  ]);
  const printed = JSON.parse(json) as { strategy: string; scores: Record<'hub-and-spoke' | 'regional', number> };
  const strategy = STRATEGY_NAMES[printed.strategy];
  if (!strategy) throw new Error(`the CLI printed an unknown strategy ${printed.strategy}`);

  await page.goto(link.trim());
  await expectVerdict(page, {
    strategy,
    scores: {
      'hub-and-spoke': printed.scores['hub-and-spoke'].toFixed(1),
      regional: printed.scores.regional.toFixed(1),
    },
  });
  // The file's answers, not the example's.
  await expect(questionnaire(page).getByText('6 regions · 63 clusters')).toBeVisible();
  await expect(toleranceField(page)).toHaveValue('100');
  await expect(page.getByRole('textbox', { name: 'Clusters in US East (N. Virginia)' })).toHaveValue('20');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link pasted into the address bar of an open tab opens its recommendation there', async ({ page, baseURL }) => {
  await openApp(page);
  await changeAnswer(page, () => toleranceField(page).fill('400'));
  const link = (await runAdvise(['examples/global.json', '--format', 'link', '--base', `${baseURL}/`])).trim();
  const documentBefore = await page.evaluate(() => performance.timeOrigin);

  // Only the fragment differs, so the browser does not reload the page: the open app must notice.
  await page.evaluate((address) => {
    window.location.href = address;
  }, link);

  await expect(questionnaire(page).getByText('6 regions · 63 clusters')).toBeVisible();
  await expect(toleranceField(page)).toHaveValue('100');
  await expectVerdict(page, verdictForLink(link));
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(documentBefore);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await test.step('a damaged link pasted the same way is explained, and the answers stay', async () => {
    await page.evaluate(() => {
      window.location.hash = '#v1.9.damaged';
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'Nothing from this link is shown: the form holds your own saved answers, unchanged. Ask the sender for a fresh link',
    );
    await expect(page.getByRole('heading', { level: 2, name: 'No recommendation shown' })).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(toleranceField(page)).toHaveValue('100');
  });

  await test.step('the person’s own answers are still the saved draft', async () => {
    await openApp(page, '/');
    await expect(toleranceField(page)).toHaveValue('400');
    await expect(questionnaire(page).getByText('3 regions · 25 clusters')).toBeVisible();
  });
});

test('the result appears whole, and nothing on the page shifts while it loads', async ({ page }) => {
  // Hold back the result's code: nothing of it (sharing included) may sit under the placeholder meanwhile.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/result-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  const placeholder = page.getByText('Working out the recommendation…');
  await expect(placeholder).toBeVisible();
  // Everything else has had time to arrive; sharing waits with the verdict instead of sitting under the placeholder.
  await page.waitForTimeout(1_000);
  await expect(page.getByRole('heading', { name: 'Share and export' })).toHaveCount(0);

  release();
  await expect(verdictHeading(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Share and export' })).toBeAttached();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual([]);
});

test('reading the example loads no validation code; it arrives as the person starts to edit', async ({ page }) => {
  const schemaScripts: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\/assets\/(answers|questionnaire-resolver|share-link)-[^/]+\.js$/.test(pathname)) schemaScripts.push(pathname);
  });
  await openApp(page);
  await waitForFullResult(page);
  // The share link is in the address and the map is drawn: the whole result, and no schema (zod) was needed.
  expect(schemaScripts).toEqual([]);
  // Nor to read it in the other language.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: /^推荐策略/ })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(verdictHeading(page)).toBeVisible();
  expect(schemaScripts).toEqual([]);

  await toleranceField(page).focus();
  await expect.poll(() => schemaScripts.some((path) => path.includes('/questionnaire-resolver-'))).toBe(true);
  await toleranceField(page).fill('0');
  await expect(toleranceField(page)).toHaveAccessibleDescription(/Latency tolerance must be at least 1 ms/);
  await changeAnswer(page, () => toleranceField(page).fill('400'));
  await expect(toleranceField(page)).not.toHaveAttribute('aria-invalid');
});
