import { expect, openApp, test, waitForFullResult } from './support';

test.describe('the factor chart', () => {
  test('tells a factor’s reason when its bar is hovered, and takes the person to it when clicked', async ({ page }) => {
    await openApp(page);
    await waitForFullResult(page);
    const chart = page.locator('.chart--factors');
    // The heaviest factor leads: the top bar is the first row's.
    const firstReason = page.locator('.factor-list > li').first();
    const title = (await firstReason.locator('.factor-title').textContent()) ?? '';
    const explanation = (await firstReason.locator('.factor-explanation').textContent()) ?? '';
    const bars = chart.locator('rect.bar');
    const tops = await bars.evaluateAll((elements) => elements.map((bar) => Number(bar.getAttribute('y'))));
    const topIndex = tops.indexOf(Math.min(...tops));

    await bars.nth(topIndex).scrollIntoViewIfNeeded();
    await bars.nth(topIndex).hover();
    const tooltip = page.locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(title);
    await expect(tooltip).toContainText(explanation);

    await bars.nth(topIndex).click();
    await expect(firstReason).toBeFocused();
    await expect(firstReason).toBeInViewport();
  });

  test('leads the keyboard from a factor in its table to the same reason', async ({ page }) => {
    await openApp(page);
    await waitForFullResult(page);
    const card = page.getByRole('region', { name: 'Why: what each factor adds' });
    const firstReason = page.locator('.factor-list > li').first();
    const title = (await firstReason.locator('.factor-title').textContent()) ?? '';

    // The hidden table shows itself when focus moves into it, so the focused button is always seen.
    const button = card.getByRole('table').getByRole('button', { name: title });
    await button.focus();
    await expect(button).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(firstReason).toBeFocused();
  });
});
