import { writeFile } from 'node:fs/promises';
import { expect, openApp, questionnaire, test, verdictHeading, waitForFullResult } from './support';

/** Where the prints are kept for a person to look at. */
const PDF_DIR = '/tmp';

/** The pages of a PDF as Chromium writes it: one `/Type /Page` object each (and one `/Type /Pages`, the tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Most pages a printout of the example may take: a design review's handout, not a report. */
const MAX_PRINTED_PAGES = 4;

test('the printed page is the recommendation and its full link, without the form or buttons', async ({ page }) => {
  await openApp(page);
  await waitForFullResult(page);
  const printedLink = page.getByText('Live recommendation (the answers are in the link):');
  await expect(printedLink).toBeHidden();

  await test.step('in print media', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(verdictHeading(page)).toBeVisible();
    await expect(questionnaire(page)).toBeHidden();
    for (const name of ['Start over', 'Copy link', 'Print / PDF', 'Save answers file (.json)']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
    }
    await expect(printedLink).toBeVisible();
    // In full, so the paper copy leads back to the live recommendation.
    await expect(page.locator('.print-link-url')).toHaveText(page.url());
  });
});

/*
 * As a person prints: from the screen, never scrolled down to the map (it draws itself once the page is idle,
 * and its land at `beforeprint`), in either paper size.
 */
for (const locale of ['en-US', 'zh-CN'] as const) {
  test(`the printout of the example (${locale}) opens with its answers, prints collapsed details open, and fits ${MAX_PRINTED_PAGES} A4 or Letter pages`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale,
      viewport: { width: 1440, height: 900 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 2, name: locale === 'en-US' ? /^Recommended strategy:/ : /^推荐策略：/ }),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: locale === 'en-US' ? /^World map of the / : /世界地图/ })).toBeAttached({
      timeout: 15_000,
    });

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(pdf), `${format} pages`).toBeGreaterThan(1);
      expect(pageCount(pdf), `${format} pages`).toBeLessThanOrEqual(MAX_PRINTED_PAGES);
      await writeFile(`${PDF_DIR}/print-${locale}-${format}.pdf`, pdf);
    }
    // The print drew the map's land, though the map was never scrolled to.
    await expect(page.locator('.tmap-land')).toHaveCount(1);

    await page.emulateMedia({ media: 'print' });
    const answers = page.getByRole('region', {
      name: locale === 'en-US' ? 'The answers this recommendation is based on' : '本推荐所依据的答案',
    });
    await expect(answers).toBeVisible();
    // First on paper: before the verdict.
    const [answersBox, verdictBox] = [
      await answers.boundingBox(),
      await page.locator('#verdict-heading').boundingBox(),
    ];
    expect((answersBox?.y ?? Infinity) < (verdictBox?.y ?? 0)).toBe(true);
    if (locale === 'en-US') {
      for (const text of ['US East (N. Virginia)', '12', 'Latency tolerance', '150 ms', '2 full-time equivalents']) {
        await expect(answers.getByText(text, { exact: true })).toBeVisible();
      }
      // Collapsed on screen, open on paper: the factors that weigh neither way. The map prints as its picture; the
      // round-trip table and the plan say in words what it shows.
      await expect(page.getByText(/factors? weighs? neither way for these answers/).last()).toBeVisible();
      await expect(page.getByText('Regional would run the same planes').last()).toBeVisible();
      await expect(page.getByRole('img', { name: /^World map of the / })).toBeVisible();
    } else {
      await expect(answers.getByText('可接受的时延', { exact: false })).toBeVisible();
      await expect(page.getByText(/个因素不偏向任何一方/).last()).toBeVisible();
    }
    await context.close();
  });
}

/*
 * The map renders when it comes near the viewport, when the browser is idle, or when the page is about to
 * print: a printout made without scrolling down must still show it, not "Loading map…".
 */
test('the map is drawn for print even if the page was never scrolled down to it', async ({ page }) => {
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByRole('img', { name: /^World map of the / })).toBeVisible();
  await expect(page.getByText('Loading map…')).toHaveCount(0);
});
