/**
 * A tab left open across a deployment: the server now has the next build, whose lazy parts have new names, and
 * no longer the files the open tab runs. The tab must still open "Compare versions" (its service worker kept this
 * build's files), or say that a new version is ready, never that the recommendation could not be worked out.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type RunningNginx, startNginx, waitUntilAnswering } from '../../scripts/nginx';
import { expect, openApp, PROJECT_ROOT, test } from './support';

/** The lazy part a deployment replaces here: the compare view, which nothing loads before it is opened. */
const REPLACED_PART = /^compare-page-[A-Za-z0-9_-]{8}\.(js|css)$/;

/** When the next build was made: an hour from now. */
const NEXT_BUILD_TIME = new Date(Date.now() + 3_600_000);

/**
 * Ports of this test's own servers: 10,000 above the nginx project's, 100 apart per parallel test, so checkouts
 * whose E2E_PORT differ by less than 100 never meet.
 */
const basePort = Number(process.env.NGINX_E2E_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10_000) + 10_000;
const portFor = (parallelIndex: number) => basePort + 100 * parallelIndex;

interface Site {
  readonly url: string;
  /** Puts the next build where the current one was, as a deployment does. */
  readonly deploy: () => void;
  /** The current build's compare view script, which the next build no longer has. */
  readonly replacedScript: string;
  readonly stop: () => void;
}

/**
 * The built app served by nginx from a folder of its own, and the next build beside it: the same files, but
 * the compare view renamed (as a change to it would) and a new service worker version.
 */
async function serveTwoBuilds(port: number): Promise<Site> {
  const folder = mkdtempSync(join(tmpdir(), 'advisor-deploy-'));
  const live = join(folder, 'live');
  const next = join(folder, 'next');
  cpSync(join(PROJECT_ROOT, 'dist'), live, { recursive: true });
  cpSync(join(PROJECT_ROOT, 'dist'), next, { recursive: true });

  // As the bundler's content hashes would: the changed part gets a new name, and so does every file that names it.
  const assets = readdirSync(join(next, 'assets'));
  const renamed = new Map<string, string>();
  const rename = (file: string) => renamed.set(file, file.replace(/-[A-Za-z0-9_-]{8}\./, `-Next${renamed.size}Bld.`));
  for (const file of assets.filter((name) => REPLACED_PART.test(name))) rename(file);
  for (let grew = true; grew; ) {
    grew = false;
    for (const file of assets.filter((name) => /\.(js|css)$/.test(name) && !renamed.has(name))) {
      const text = readFileSync(join(next, 'assets', file), 'utf8');
      if ([...renamed.keys()].some((name) => text.includes(name))) {
        rename(file);
        grew = true;
      }
    }
  }
  for (const file of ['index.html', 'sw.js', ...assets.map((name) => `assets/${name}`)]) {
    if (!/\.(html|js|css)$/.test(file)) continue;
    let text = readFileSync(join(next, file), 'utf8');
    for (const [before, after] of renamed) text = text.replaceAll(before, after);
    if (file === 'sw.js') text = text.replace(/const CACHE = PREFIX \+ '[^']+'/, "const CACHE = PREFIX + 'next-build'");
    writeFileSync(join(next, file), text);
    // Later than the live copy: nginx's ETag is the time and size, and the names swapped keep the size.
    utimesSync(join(next, file), NEXT_BUILD_TIME, NEXT_BUILD_TIME);
  }
  for (const [before, after] of renamed) renameSync(join(next, 'assets', before), join(next, 'assets', after));
  const replacedScript = [...renamed.keys()].find((name) => REPLACED_PART.test(name) && name.endsWith('.js'));
  if (replacedScript === undefined) throw new Error('the build has no compare-page chunk to replace');

  const nginx: RunningNginx = startNginx({ root: live, port });
  await waitUntilAnswering(nginx);
  return {
    url: nginx.url,
    replacedScript,
    deploy: () => {
      renameSync(live, join(folder, 'previous'));
      renameSync(next, live);
    },
    stop: () => {
      nginx.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const openCompare = (page: Page) => page.getByRole('button', { name: 'Compare versions' }).first().click();
const compareHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'Compare versions' });

let site: Site;

test.beforeEach(async () => {
  site = await serveTwoBuilds(portFor(test.info().parallelIndex));
});

test.afterEach(() => site.stop());

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a tab open across a deployment still opens Compare versions', async ({ page, request }) => {
    await openApp(page, site.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });

    site.deploy();
    expect((await request.get(`${site.url}assets/${site.replacedScript}`)).status()).toBe(404);
    // Only the worker's caches count: the browser's HTTP cache may hold the old files too, or may have let them go.
    await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
    // The browser looks for a new worker on a navigation or on update(); the new one takes over this tab, and once
    // it is activated it has dropped what it does not keep.
    const caches = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
      const worker = registration?.installing ?? registration?.waiting ?? registration?.active;
      while (worker && worker.state !== 'activated' && worker.state !== 'redundant') {
        await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
      }
      return { state: worker?.state, names: await window.caches.keys() };
    });
    expect(caches.state).toBe('activated');
    // This build's and the next one's.
    expect(caches.names).toHaveLength(2);
    expect(caches.names).toContain('rancher-strategy-advisor-next-build');

    await openCompare(page);
    await expect(compareHeading(page)).toBeVisible();
    await expect(page.getByText('could not be worked out')).toHaveCount(0);
  });
});

test('without a worker, a part gone with the deployment offers the new version, and reloading opens it', async ({
  page,
  problems,
}) => {
  problems.allow(
    /Failed to load resource|Failed to fetch dynamically imported module|Unable to preload CSS|Refused to apply style/,
  );
  await openApp(page, site.url);
  site.deploy();

  await openCompare(page);
  const notice = page.getByRole('alert').filter({ hasText: 'A new version of the advisor is ready' });
  await expect(notice).toBeVisible();
  await expect(page.getByText('could not be worked out')).toHaveCount(0);

  // The reload opens the new version where the person was: the address holds the compare link.
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(compareHeading(page)).toBeVisible();
  await expect(notice).toHaveCount(0);
});
