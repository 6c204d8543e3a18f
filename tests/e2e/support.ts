/**
 * Shared fixtures and helpers for the browser tests. Every test gets `problems`: it watches the page for
 * uncaught errors and console errors, and fails the test if any appear (unless the test allowed them).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { type Answers, parseAnswers, recommend } from '../../src/engine';
import { readShareHash } from '../../src/share';

export { expect };

/** The repository root: the CLI and the example files are found from here. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A share link in the address bar: `#v<version>.<length>.<body>.<checksum>` (a body may hold dots: "3.5", "_." for a space). */
export const SHARE_LINK = /#v\d+\.\d+\.[A-Za-z0-9._-]*\.[0-9A-Za-z]{6}$/;

export type StrategyName = 'Hub & Spoke' | 'Regional';

/** The names the app shows for the CLI's strategy ids. */
export const STRATEGY_NAMES: Readonly<Record<string, StrategyName>> = {
  'hub-and-spoke': 'Hub & Spoke',
  regional: 'Regional',
};

/** Uncaught errors and console errors seen on the watched pages. */
export class PageProblems {
  private readonly seen: string[] = [];
  private readonly allowed: RegExp[] = [];

  watch(page: Page): void {
    page.on('pageerror', (error) => this.seen.push(`uncaught ${error.name}: ${error.message}`));
    page.on('crash', () => this.seen.push('the page crashed'));
    page.on('console', (message) => {
      if (message.type() === 'error') this.seen.push(`console.error: ${message.text()}`);
    });
  }

  /** Lets console errors matching the pattern through (a test that provokes them on purpose). */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  /** What was seen and not allowed. */
  get unexpected(): readonly string[] {
    return this.seen.filter((text) => !this.allowed.some((pattern) => pattern.test(text)));
  }

  /** Uncaught errors only (never allowed). */
  get uncaught(): readonly string[] {
    return this.seen.filter((text) => text.startsWith('uncaught '));
  }
}

export const test = base.extend<{ problems: PageProblems }>({
  // The offline service worker precaches the whole build in every new context; only the tests about it need it.
  serviceWorkers: 'block',
  problems: [
    async ({ page }, use) => {
      const problems = new PageProblems();
      problems.watch(page);
      await use(problems);
      expect(problems.unexpected, 'uncaught errors or console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

/** The verdict's heading: "Recommended strategy: Hub & Spoke" or "... Regional". */
export function verdictHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 2, name: /^Recommended strategy: / });
}

/** The verdict card: heading, confidence, both scores and the summary. */
export function verdict(page: Page): Locator {
  return page.getByRole('region', { name: /^Recommended strategy: / });
}

export async function expectStrategy(page: Page, strategy: StrategyName): Promise<void> {
  await expect(verdictHeading(page)).toHaveAccessibleName(`Recommended strategy: ${strategy}`);
}

/** Both scores as the verdict shows them ("55.8"), read from its text. */
export async function readScores(page: Page): Promise<Record<'hub-and-spoke' | 'regional', string>> {
  const text = (await verdict(page).textContent()) ?? '';
  const scoreOf = (name: string) => {
    const found = new RegExp(`${name}\\s*(?:\\(recommended\\))?\\s*(\\d+\\.\\d) / 100`).exec(text)?.[1];
    if (found === undefined) throw new Error(`no score for ${name} in the verdict:\n${text}`);
    return found;
  };
  return { 'hub-and-spoke': scoreOf('Hub & Spoke'), regional: scoreOf('Regional') };
}

export function questionnaire(page: Page): Locator {
  return page.getByRole('form', { name: 'Your setup' });
}

export function regionList(page: Page): Locator {
  return page.getByRole('list', { name: 'Your regions' });
}

export function toleranceField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Highest acceptable round trip' });
}

export function priority(page: Page, question: string, level: string): Locator {
  return page.getByRole('group', { name: question }).getByRole('radio', { name: level, exact: true });
}

/** The question whose "Must have" (with a looser tolerance) makes the example's Hub & Spoke stronger still. */
export const ONE_INTERFACE = 'One interface that shows every region and cluster';

/** What the result column says while a damaged link's alert is open: no result that could pass for the sender's. */
export function resultWithheld(page: Page): Locator {
  return page.getByRole('heading', { level: 2, name: 'No recommendation shown' });
}

/**
 * Opens the app at `path` as a fresh page load and waits for the verdict. The app reads the link only when it
 * starts, and a change of the fragment alone does not reload a page, so an open app is left for about:blank
 * first. Unless the link is expected to be refused, it also waits for the address to hold a share link; a refused
 * link shows no result until the person chooses what to continue with, so then it waits for that.
 */
export async function openApp(page: Page, path = '/', { expectLink = true } = {}): Promise<void> {
  if (page.url().startsWith('http')) await page.goto('about:blank');
  await page.goto(path);
  await expect(expectLink ? verdictHeading(page) : resultWithheld(page)).toBeVisible();
  if (expectLink)
    await expect.poll(() => page.url(), { message: 'the address holds a share link' }).toMatch(SHARE_LINK);
}

/** Waits for the address bar to change from `previous` (it follows the answers asynchronously) and returns it. */
export async function addressAfterChange(page: Page, previous: string): Promise<string> {
  await expect.poll(() => page.url(), { message: 'the address follows the new answers' }).not.toBe(previous);
  expect(page.url()).toMatch(SHARE_LINK);
  return page.url();
}

/**
 * Makes one change and waits until the address holds the answers it leads to (the draft is saved by then).
 * Waiting after each change, not once after several, is what makes the final address the final answers.
 */
export async function changeAnswer(page: Page, change: () => Promise<void>): Promise<string> {
  const before = page.url();
  await change();
  return addressAfterChange(page, before);
}

/**
 * Changes the example into a Hub & Spoke setup a person could make: a looser tolerance and "one interface"
 * as a must. Returns the address once it holds both changes.
 */
export async function makeHubAndSpokeAnswers(page: Page): Promise<string> {
  await changeAnswer(page, () => toleranceField(page).fill('400'));
  const address = await changeAnswer(page, () => priority(page, ONE_INTERFACE, 'Must have').click());
  await expectStrategy(page, 'Hub & Spoke');
  return address;
}

interface Verdict {
  readonly strategy: StrategyName;
  /** As the page shows them, with one decimal. */
  readonly scores: Record<'hub-and-spoke' | 'regional', string>;
}

/** The recommendation the engine gives for a set of answers, in the page's terms. */
export function verdictFor(answers: Answers): Verdict {
  const { strategy, scores } = recommend(answers);
  const name = STRATEGY_NAMES[strategy];
  if (!name) throw new Error(`unknown strategy ${strategy}`);
  return {
    strategy: name,
    scores: { 'hub-and-spoke': scores['hub-and-spoke'].toFixed(1), regional: scores.regional.toFixed(1) },
  };
}

/** The recommendation for the answers in a share link (the codec and the engine as the oracle). */
export function verdictForLink(url: string): Verdict {
  const decoded = readShareHash(new URL(url).hash);
  if (!decoded?.ok) throw new Error(`no valid share link in ${url}`);
  return verdictFor(decoded.value);
}

/** The recommendation for an answers document (JSON text), as the command line would give it. */
export function verdictForDocument(json: string): Verdict {
  const parsed = parseAnswers(JSON.parse(json));
  if (!parsed.ok) throw new Error('not a valid answers document');
  return verdictFor(parsed.value);
}

/**
 * Expects the verdict to show this recommendation. The result may trail the answers by a render (it is
 * deferred so typing stays quick), so the scores are read until they match.
 */
export async function expectVerdict(page: Page, expected: Verdict): Promise<void> {
  await expectStrategy(page, expected.strategy);
  await expect.poll(() => readScores(page), { message: 'the scores the verdict shows' }).toEqual(expected.scores);
}

/** The world map; it loads when it comes near the viewport, so this scrolls it into view. */
export async function showMap(page: Page): Promise<Locator> {
  await page.getByRole('heading', { name: 'Map of the planes and the regions they manage' }).scrollIntoViewIfNeeded();
  const map = page.getByRole('img', { name: /^World map of the / });
  await map.scrollIntoViewIfNeeded();
  await expect(map).toBeVisible();
  return map;
}

/**
 * Waits until the result has fully arrived: the verdict, the four charts (factors, round trips, and how the
 * answer moves with the tolerance and with the engineers) and the map, each drawn as a person scrolls to it. The
 * charts are drawn in elements hidden from assistive technology on purpose (a table carries the same figures), so
 * they are found by recharts' wrapper, which carries their class.
 */
export async function waitForFullResult(page: Page): Promise<void> {
  await expect(verdictHeading(page)).toBeVisible();
  const cards = page.locator('.chart-card');
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) await card.scrollIntoViewIfNeeded();
  await expect(page.locator('.chart-area .recharts-wrapper.chart')).toHaveCount(4);
  await showMap(page);
}

const execFileAsync = promisify(execFile);

/** Runs the command line (`npm run advise`) and returns what it prints. */
export async function runAdvise(args: readonly string[]): Promise<string> {
  const { stdout } = await execFileAsync('node_modules/.bin/tsx', ['src/cli/advise.ts', ...args], {
    cwd: PROJECT_ROOT,
  });
  return stdout;
}

export async function readExample(name: string): Promise<string> {
  return readFile(`${PROJECT_ROOT}examples/${name}`, 'utf8');
}
