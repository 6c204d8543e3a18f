import { parseAnswers } from '../../src/engine';
import { encodeAnswers } from '../../src/share';
import { sealBody } from '../../src/share/frame';
import {
  changeAnswer,
  expect,
  expectStrategy,
  openApp,
  questionnaire,
  readExample,
  resultWithheld,
  SHARE_LINK,
  test,
  toleranceField,
  verdictHeading,
} from './support';

/** Changes one character of the text (a digit to the next digit, a letter to the other case). */
function flipCharacter(text: string, index: number): string {
  const character = text.charAt(index);
  const flipped = /[0-9]/.test(character)
    ? String((Number(character) + 1) % 10)
    : character === character.toUpperCase()
      ? character.toLowerCase()
      : character.toUpperCase();
  return text.slice(0, index) + flipped + text.slice(index + 1);
}

/** An intact link's fragment: examples/global.json, written by the app's own codec. */
let intact = '';

test.beforeAll(async () => {
  const answers = parseAnswers(JSON.parse(await readExample('global.json')));
  if (!answers.ok) throw new Error('examples/global.json is not a valid answers document');
  intact = encodeAnswers(answers.value);
});

interface Damage {
  readonly kind: string;
  readonly fragment: () => string;
  readonly heading: string;
  /** What the explanation must say, in the person's terms. */
  readonly explains: RegExp;
}

const DAMAGES: readonly Damage[] = [
  {
    kind: 'truncated (cut in half)',
    fragment: () => intact.slice(0, Math.floor(intact.length / 2)),
    heading: 'This share link is incomplete',
    explains: /its end is missing/,
  },
  {
    kind: 'corrupted (one character changed in the body)',
    fragment: () => flipCharacter(intact, Math.floor(intact.length / 2)),
    heading: 'This share link is damaged',
    explains: /changed or damaged \(the checksum does not match/,
  },
  {
    kind: 'from an unknown version',
    fragment: () => `v9.${intact.slice(3)}`,
    heading: 'This share link is from a newer version of the advisor',
    explains: /made in format version 9/,
  },
  {
    kind: 'garbage',
    fragment: () => 'hello',
    heading: 'This share link is damaged',
    explains: /does not start with "v" and a version number/,
  },
  {
    kind: 'too long (300,000 characters, over the longest link a valid document makes)',
    fragment: () => intact.repeat(Math.ceil(300_000 / intact.length)).slice(0, 300_000),
    heading: 'This share link is too long to be genuine',
    explains: /too long to be one the advisor made \(300000 characters/,
  },
  {
    kind: 'intact, with an invalid answer (a latency tolerance of 0 ms)',
    fragment: () => sealBody(1, 'L0O2E0P2222Aus-east-1C12'),
    heading: 'This share link holds answers the advisor cannot use',
    explains: /latency tolerance must be at least 1 ms/,
  },
];

// One page goes through every case: after its first load the app's code comes from the browser's cache, so each
// further link costs a fraction of a fresh page.
test('each kind of damaged link is explained in an alert, and the page stays usable', async ({ page, problems }) => {
  // Eight page loads, one after another.
  test.slow();
  await test.step('control: the intact link they are made from opens without an alert', async () => {
    await openApp(page, `/#${intact}`);
    await expectStrategy(page, 'Regional');
    await expect(toleranceField(page)).toHaveValue('100');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  await test.step('control: a bare "#" is no link at all', async () => {
    await openApp(page, '/#');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(toleranceField(page)).toHaveValue('150');
  });

  for (const damage of DAMAGES) {
    await test.step(`a link that is ${damage.kind}`, async () => {
      const fragment = damage.fragment();
      await openApp(page, `/#${fragment}`, { expectLink: false });

      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: damage.heading })).toBeVisible();
      await expect(alert).toContainText(damage.explains);
      // What to do is said once, after what is on screen instead.
      await expect(alert).toContainText(
        'Nothing from this link is shown: the form holds the example answers. Ask the sender for a fresh link',
      );
      expect((await alert.textContent())?.match(/fresh link/g)).toHaveLength(1);
      await expect(alert).toBeFocused();

      // No foreign result: the example's recommendation is not shown under the alert as if it were the sender's.
      // The example's answers are in the form to work with, and the result's place says why it is empty.
      await expect(questionnaire(page)).toBeVisible();
      await expect(toleranceField(page)).toHaveValue('150');
      await expect(resultWithheld(page)).toBeVisible();
      await expect(verdictHeading(page)).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Why: what each factor adds' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
      // The damaged link stays in the address until the person acts, so it can be reported.
      expect(page.url().endsWith(`#${fragment}`)).toBe(true);
      expect(problems.uncaught).toEqual([]);

      await alert.getByRole('button', { name: 'Continue with the example' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(verdictHeading(page)).toBeVisible();
      await expect(resultWithheld(page)).toHaveCount(0);
      // The address takes the example's link a moment later (it waits for typing to pause); a corrupted link looks
      // like a link, so wait for it to be replaced, not merely for a link.
      await expect.poll(() => page.url().endsWith(`#${fragment}`)).toBe(false);
      expect(page.url()).toMatch(SHARE_LINK);
    });
  }
});

test('with a saved draft, a damaged link shows the draft and never replaces it', async ({ page }) => {
  // Five page loads, one after another.
  test.slow();
  // Make a draft the way a person does: change an answer, and let the address (and the draft) follow.
  await openApp(page);
  await changeAnswer(page, () => toleranceField(page).fill('90'));

  // One damage found in the envelope, one in the answers: the draft is kept the same way for every kind.
  for (const damage of DAMAGES.filter(({ kind }) => /^(truncated|intact)/.test(kind))) {
    await test.step(`a link that is ${damage.kind}`, async () => {
      await openApp(page, `/#${damage.fragment()}`, { expectLink: false });
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: damage.heading })).toBeVisible();
      await expect(alert).toContainText('the form holds your own saved answers, unchanged.');
      await expect(resultWithheld(page)).toBeVisible();
      await expect(verdictHeading(page)).toHaveCount(0);
      await expect(alert.getByRole('button', { name: 'Continue with my answers' })).toBeVisible();
      await expect(alert.getByRole('button', { name: 'Start over with the example' })).toBeVisible();
      await expect(toleranceField(page)).toHaveValue('90');
    });
  }

  await test.step('changing an answer carries on with the draft: its result appears', async () => {
    await openApp(page, '/#hello', { expectLink: false });
    await changeAnswer(page, () => toleranceField(page).fill('95'));
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(verdictHeading(page)).toBeVisible();
  });

  await test.step('"Show the recommendation for my answers" in the result’s place does what the alert offers', async () => {
    await openApp(page, '/#v1.9.damaged', { expectLink: false });
    await page.getByRole('button', { name: 'Show the recommendation for my answers' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(verdictHeading(page)).toBeVisible();
    await expect(toleranceField(page)).toHaveValue('95');
  });

  await test.step('the plain page still opens the draft', async () => {
    await openApp(page);
    await expect(toleranceField(page)).toHaveValue('95');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  await test.step('"Start over with the example" replaces the draft, and can be undone', async () => {
    // Another damaged link than the one typed under above (a tab's answers typed under an address win over it).
    await openApp(page, '/#v1.8.damaged', { expectLink: false });
    await page.getByRole('alert').getByRole('button', { name: 'Start over with the example' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(toleranceField(page)).toHaveValue('150');
    await expect.poll(() => page.url()).toMatch(SHARE_LINK);
    await page.getByRole('button', { name: 'Undo start over' }).click();
    await expect(toleranceField(page)).toHaveValue('95');
  });
});
