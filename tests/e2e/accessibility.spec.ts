import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, makeHubAndSpokeAnswers, openApp, test, verdictHeading, waitForFullResult } from './support';

/** Axe's findings, short enough to read in a failure: rule, impact, and where. */
async function axeViolations(page: Page) {
  // Only violations are collected in full: the passes would cost seconds and are not asserted.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    where: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

test.describe('axe finds no violations', () => {
  // Axe reads the whole page (four charts, a map, long lists): several seconds each on a slow machine.
  test.slow();

  test('on the start page, and on the result after an answer changed', async ({ page }) => {
    await openApp(page);
    await waitForFullResult(page);
    expect(await axeViolations(page)).toEqual([]);

    // Hub & Spoke has colours of its own.
    await makeHubAndSpokeAnswers(page);
    await waitForFullResult(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with a damaged-link alert and a file-problem alert, in the light and the dark colour scheme', async ({
    page,
  }) => {
    await openApp(page, '/#v1.9.damaged', { expectLink: false });
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByLabel('Answers file to open').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{'),
    });
    await expect(page.getByRole('alert')).toHaveCount(2);
    await waitForFullResult(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    // The dark scheme is in force, so its colours are the ones checked.
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the first Tab reaches the skip link, which moves focus into the recommendation', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to the recommendation' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Recommendation' })).toBeFocused();
  await expect(verdictHeading(page)).toBeInViewport();
  // The next Tab continues inside the recommendation, not back at the top.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Recommendation' }).locator(':focus')).toHaveCount(1);
});
