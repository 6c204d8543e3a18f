import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, makeHubAndSpokeAnswers, openApp, test, verdictHeading, waitForFullResult } from './support';

// Colours change with a short transition (buttons, inputs), so axe run right after a switch to the dark scheme can
// read a colour halfway: with reduced motion the app draws them at once (styles.css), and axe sees what stays.
test.use({ reducedMotion: 'reduce' });

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
    // Two page loads and four checks.
    test.slow();
    for (const colorScheme of ['light', 'dark'] as const) {
      await test.step(colorScheme, async () => {
        await page.emulateMedia({ colorScheme });
        // The scheme is in force, so its colours are the ones checked.
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          colorScheme === 'dark',
        );
        // The damaged link's alert, and the result's place empty until the person chooses.
        await openApp(page, '/#v1.9.damaged', { expectLink: false });
        await expect(page.getByRole('alert')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);

        await page.getByRole('alert').getByRole('button', { name: 'Continue with the example' }).click();
        await page.getByLabel('Answers file to open').setInputFiles({
          name: 'broken.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{'),
        });
        await expect(page.getByRole('alert')).toHaveCount(1);
        await waitForFullResult(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
});

test.describe('axe finds no violations in the constraints section', () => {
  test.slow();

  test('open, with a jurisdiction, measurements and a problem on a field', async ({ page }) => {
    await openApp(page);
    await waitForFullResult(page);
    await page.getByText(/^Constraints: where planes may run/).click();
    await expect(page.getByRole('heading', { name: 'Measured round trips' })).toBeVisible();
    await page.getByRole('button', { name: 'Add a jurisdiction' }).click();
    await page.getByRole('textbox', { name: 'Short id (Jurisdiction 1)', exact: true }).fill('eu');
    await page
      .getByRole('textbox', { name: 'Paste measurements' })
      .fill('aws:us-east-1, aws:eu-central-1, 20\nnowhere, x, 1');
    await page.getByRole('button', { name: 'Add the pasted lines' }).click();
    await expect(page.getByText(/^Line 2: /)).toBeVisible();
    await expect(
      page.getByRole('textbox', { name: 'Round trip (Measured round trip 1)', exact: true }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page)).toEqual([]);

    // Corrected, so the whole page is checked in the dark scheme with the section open and filled in.
    await page.getByRole('textbox', { name: 'Round trip (Measured round trip 1)', exact: true }).fill('90');
    await page.getByRole('textbox', { name: 'Name (Jurisdiction 1)', exact: true }).fill('European Union');
    await page
      .getByRole('combobox', { name: 'Jurisdiction (Europe (Frankfurt))', exact: true })
      .selectOption({ label: 'European Union (eu)' });
    await expect(
      page.getByRole('textbox', { name: 'Round trip (Measured round trip 1)', exact: true }),
    ).not.toHaveAttribute('aria-invalid');
    await waitForFullResult(page);
    await page.emulateMedia({ colorScheme: 'dark' });
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

test.describe('axe finds no violations in the compare view', () => {
  test.slow();

  test('with two versions and a damaged link, in the light and the dark colour scheme', async ({ page }) => {
    const { encodeAnswers } = await import('../../src/share');
    const { DEFAULT_ANSWERS } = await import('../../src/app/default-answers');
    const author = encodeAnswers({ ...DEFAULT_ANSWERS, decision: { author: 'Ana' } });
    const reviewer = encodeAnswers({ ...DEFAULT_ANSWERS, latencyToleranceMs: 250, decision: { author: 'Rui' } });
    await page.goto(`/#compare~${author}~${reviewer}~v1.9.damaged`);
    await expect(page.getByRole('table', { name: /Only the answers that differ/ })).toBeVisible();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
