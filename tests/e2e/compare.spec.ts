/**
 * Comparing versions of a decision side by side, as a design review does: links pasted or opened as one compare
 * link, a damaged one among them, and a reviewer's own version sent back.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_ANSWERS } from '../../src/app/default-answers';
import type { Answers } from '../../src/engine';
import { encodeAnswers } from '../../src/share';
import { changeAnswer, expect, ONE_INTERFACE, openApp, priority, SHARE_LINK, test } from './support';

const AUTHOR: Answers = { ...DEFAULT_ANSWERS, decision: { author: 'Ana', status: 'proposed' } };
const LOOSER: Answers = { ...DEFAULT_ANSWERS, latencyToleranceMs: 250 };
const authorLink = encodeAnswers(AUTHOR);
const looserLink = encodeAnswers(LOOSER);
/** The author's link with its checksum's last two characters changed, as a careless edit would. */
const damagedLink = `${authorLink.slice(0, -2)}${authorLink.endsWith('zz') ? 'yy' : 'zz'}`;

function compareView(page: Page) {
  return page.getByRole('region', { name: 'Compare versions' });
}

function table(page: Page, caption: RegExp) {
  return compareView(page).getByRole('table', { name: caption });
}

async function columnHeaders(page: Page, caption: RegExp): Promise<string[]> {
  await expect(table(page, caption)).toBeVisible();
  return table(page, caption).getByRole('columnheader').allInnerTexts();
}

test('a compare link with two versions and a damaged third names the damaged one and compares the others', async ({
  page,
}) => {
  await page.goto(`/#compare~${authorLink}~${looserLink}~${damagedLink}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Compare versions' })).toBeVisible();

  const alert = compareView(page).getByRole('alert');
  await expect(alert).toContainText('One link could not be read');
  await expect(alert).toContainText(/Version 3 \(the 3rd link\) could not be read: .*checksum/);

  expect(await columnHeaders(page, /recommendation, scores out of 100/)).toEqual([
    'Result',
    'Ana’s version',
    'Version 2',
  ]);
  const differences = table(page, /Only the answers that differ/);
  await expect(differences.getByRole('row')).toHaveCount(2);
  await expect(differences.getByRole('row', { name: /^Highest acceptable round trip/ })).toContainText(
    /150 ms\s*250 ms/,
  );
  await expect(compareView(page).getByRole('figure')).toContainText(/Hub & Spoke: \d+\.\d/);
  // Nothing was changed, so the address still holds the same three links.
  expect(new URL(page.url()).hash).toBe(`#compare~${authorLink}~${looserLink}~${damagedLink}`);

  // Removing the damaged link leaves the address with the two that compare.
  await alert.getByRole('button', { name: 'Remove Version 3' }).click();
  await expect(compareView(page).getByRole('alert')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#compare~${authorLink}~${looserLink}`);
});

test('links pasted as whole addresses or bare fragments, with stray whitespace, compare with the current answers', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Compare versions' }).click();
  // Nothing is compared until the person asks: no version is added behind their back.
  await expect(compareView(page).getByText(/^Nothing to compare yet/)).toBeVisible();

  const origin = new URL(page.url()).origin;
  await compareView(page)
    .getByRole('textbox', { name: 'Share links to compare' })
    .fill(`   ${origin}/#${authorLink}  \n\n\t #${looserLink}   `);
  await compareView(page).getByRole('button', { name: 'Add to the comparison' }).click();

  expect(await columnHeaders(page, /recommendation, scores out of 100/)).toEqual([
    'Result',
    'Ana’s version',
    'Version 2',
  ]);
  await compareView(page).getByRole('button', { name: 'Compare with the current answers' }).click();
  expect(await columnHeaders(page, /recommendation, scores out of 100/)).toEqual([
    'Result',
    'Ana’s version',
    'Version 2',
    'Version 3',
  ]);
  // The same link again is compared once.
  await compareView(page).getByRole('textbox', { name: 'Share links to compare' }).fill(`#${authorLink}`);
  await compareView(page).getByRole('button', { name: 'Add to the comparison' }).click();
  await expect(compareView(page).getByRole('status')).toHaveText(/compared already/);
  expect(await columnHeaders(page, /recommendation, scores out of 100/)).toHaveLength(4);
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#compare~v\d+\.[^~]+~v\d+\.[^~]+~v\d+\.[^~]+$/);

  // Back returns to the advisor, with the answers it had.
  await page.goBack();
  await expect(compareView(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: /^Recommended strategy: / })).toBeVisible();
  await expect.poll(() => page.url()).toMatch(SHARE_LINK);

  // A compare link pasted into the address bar of the open tab opens there, like a share link.
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `compare~${looserLink}~${authorLink}`);
  expect(await columnHeaders(page, /recommendation, scores out of 100/)).toEqual([
    'Result',
    'Version 1',
    'Ana’s version',
  ]);
});

test.describe('a reviewer', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('makes their own version of a shared decision, sends it back, and both compare side by side', async ({
    page,
  }) => {
    test.slow();
    // The author's link, as the reviewer receives it.
    await openApp(page, `/#${authorLink}`);
    await expect(page.getByRole('textbox', { name: 'Author of this version' })).toHaveValue('Ana');

    // Their priorities differ: one interface is a must for them. They sign their version.
    await changeAnswer(page, () => priority(page, ONE_INTERFACE, 'Must have').click());
    const author = page.getByRole('textbox', { name: 'Author of this version' });
    await changeAnswer(page, () => author.fill('Rui'));

    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
    const reviewerLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(reviewerLink).toMatch(SHARE_LINK);

    // The author opens the comparison of their link and the one sent back.
    const compareLink = `/#compare~${authorLink}~${new URL(reviewerLink).hash.slice(1)}`;
    await page.goto('about:blank');
    await page.goto(compareLink);
    expect(await columnHeaders(page, /recommendation, scores out of 100/)).toEqual([
      'Result',
      'Ana’s version',
      'Rui’s version',
    ]);
    const changed = table(page, /Only the answers that differ/).getByRole('row', {
      name: `Priority: ${ONE_INTERFACE}`,
    });
    await expect(changed.getByRole('cell')).toHaveText(['Matters', /^Must have/]);

    // The comparison is a link too.
    await compareView(page).getByRole('button', { name: 'Copy link to this comparison' }).click();
    await expect(compareView(page).getByRole('status')).toHaveText('Link to this comparison copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    // Either version opens in the advisor, to read it in full or to answer it with another version.
    await compareView(page).getByRole('button', { name: 'Open Rui’s version' }).click();
    await expect(priority(page, ONE_INTERFACE, 'Must have')).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Author of this version' })).toHaveValue('Rui');
    await expect.poll(() => page.url()).toBe(reviewerLink);
  });
});
