import { buildShareUrl } from '../../src/share';
import { answersOf } from '../fixtures/answers';
import { changeAnswer, expect, openApp, test, toleranceField } from './support';

// Each test reloads the app.
test.slow();

const COLLEAGUES = answersOf({ version: 1, regions: [{ id: 'aws:eu-west-1', clusters: 4 }], latencyToleranceMs: 90 });

test('a colleague’s link opened over a saved draft keeps the draft, says so, and restores it (with undo)', async ({
  page,
  baseURL,
}) => {
  await openApp(page);
  await changeAnswer(page, () => toleranceField(page).fill('400'));

  await openApp(page, buildShareUrl(COLLEAGUES, `${baseURL}/`));
  await expect(toleranceField(page)).toHaveValue('90');
  const kept = page.getByRole('status').filter({ hasText: 'Your previous answers were kept' });
  await expect(kept).toBeVisible();

  await test.step('an edit of the link’s answers and a reload lose nothing', async () => {
    await changeAnswer(page, () => toleranceField(page).fill('95'));
    await page.reload();
    await expect(toleranceField(page)).toHaveValue('95');
    await expect(kept).toBeVisible();
  });

  await kept.getByRole('button', { name: 'Restore my previous answers' }).click();
  await expect(toleranceField(page)).toHaveValue('400');
  const restored = page.getByRole('status').filter({ hasText: 'Your previous answers are back' });
  await expect(restored).toBeVisible();

  await restored.getByRole('button', { name: 'Undo' }).click();
  await expect(toleranceField(page)).toHaveValue('95');
  await expect(kept).toBeVisible();
});

test('an out-of-range value typed before a reload is still there after it, with its problem', async ({ page }) => {
  await openApp(page);
  await changeAnswer(page, () => toleranceField(page).fill('400'));
  await toleranceField(page).fill('5000');
  await expect(page.getByText(/at most 2,?000/).first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rancher-strategy-advisor.unfinished-edits')))
    .toContain('5000');

  await page.reload();
  await expect(toleranceField(page)).toHaveValue('5000');
  await expect(page.getByText(/at most 2,?000/).first()).toBeVisible();

  // Once the value is valid again, it is the answers, and nothing unfinished is kept.
  await changeAnswer(page, () => toleranceField(page).fill('300'));
  await page.reload();
  await expect(toleranceField(page)).toHaveValue('300');
});

test('a custom site without coordinates yet survives a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add a data centre' }).click();
  const name = page.getByRole('textbox', { name: /^Name/ });
  await name.fill('Munich lab');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rancher-strategy-advisor.unfinished-edits')))
    .toContain('Munich lab');

  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('Munich lab');
  await expect(page.getByRole('textbox', { name: /^Latitude/ })).toHaveValue('');
});
