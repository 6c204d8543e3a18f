import { writeFile } from 'node:fs/promises';
import { expect, openApp, questionnaire, test, verdictHeading, waitForFullResult } from './support';

/** Where the A4 print is kept for a person to look at. */
const A4_PDF = '/tmp/print-a4.pdf';

test('the printed page is the recommendation and its full link, without the form or buttons', async ({ page }) => {
  await openApp(page);
  await waitForFullResult(page);
  const printedLink = page.getByText('Live recommendation (the answers are in the link):');
  await expect(printedLink).toBeHidden();

  await test.step('in print media', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(verdictHeading(page)).toBeVisible();
    await expect(questionnaire(page)).toBeHidden();
    for (const name of ['Start over', 'Copy link', 'Download answers (.json)', 'Print or save as PDF']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
    }
    await expect(printedLink).toBeVisible();
    // In full, so the paper copy leads back to the live recommendation.
    await expect(page.locator('.print-link-url')).toHaveText(page.url());
  });

  await test.step('as A4 and Letter PDFs', async () => {
    const a4 = await page.pdf({ format: 'A4', printBackground: true });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    for (const pdf of [a4, letter]) {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    }
    await writeFile(A4_PDF, a4);
  });
});

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
