import type { Page } from '@playwright/test';
import {
  expect,
  makeHubAndSpokeAnswers,
  openApp,
  questionnaire,
  showMap,
  test,
  toleranceField,
  verdictHeading,
} from './support';

/** Records Content-Security-Policy violations from the first script on, into `window.cspViolations`. */
const RECORD_CSP_VIOLATIONS = () => {
  const seen: string[] = [];
  Object.assign(window, { cspViolations: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
};

const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

// The offline service worker is part of what the app does (its requests, its cache): here it runs.
test.use({ serviceWorkers: 'allow' });

test.describe('privacy', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a whole session talks to no origin but the app’s own, and its strict policy refuses inline script', async ({
    page,
    context,
    baseURL,
    problems,
  }) => {
    const requested: string[] = [];
    // The context sees the page's requests and its service worker's.
    context.on('request', (request) => requested.push(request.url()));
    await page.addInitScript(RECORD_CSP_VIOLATIONS);

    await openApp(page);
    await makeHubAndSpokeAnswers(page);
    await showMap(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();

    const appOrigin = new URL(baseURL ?? '').origin;
    const http = requested.filter((url) => /^https?:/.test(url));
    expect(http.length).toBeGreaterThan(3);
    expect(http.filter((url) => new URL(url).origin !== appOrigin)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);

    await test.step('the policy in the page refuses inline script', async () => {
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
      // It is in force: an inline script put into the page does not run.
      problems.allow(/Content Security Policy/);
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineScriptRan = true;';
        document.head.append(script);
        return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan ?? false;
      });
      expect(ran).toBe(false);
      // One report per policy in force: the page's meta tag, and the header where the server sends it (nginx).
      await expect.poll(async () => (await cspViolations(page)).length).toBeGreaterThan(0);
      for (const violation of await cspViolations(page)) expect(violation).toMatch(/^script-src-elem blocked inline/);
    });
  });
});

/*
 * The service worker precaches the build; module scripts and stylesheets are requested with `crossorigin`
 * (an Origin header) and `vite preview`, like many hosts, answers `Vary: Origin`, so the worker matches with
 * ignoreVary. Offline, the page must still render from the cache.
 */
test('after a first visit the app works offline', async ({ page, context }) => {
  await openApp(page);
  await showMap(page);
  // The service worker has cached the whole app once it is active.
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(questionnaire(page)).toBeVisible();
  await expect(verdictHeading(page)).toBeVisible();
  await showMap(page);

  // Still a working advisor, not a cached picture of one.
  await makeHubAndSpokeAnswers(page);
  await expect(toleranceField(page)).toHaveValue('400');
});

test('offline, the app opens even after a text file, the schema and a missing page were opened meanwhile', async ({
  page,
  context,
  problems,
}) => {
  problems.allow(/Failed to load resource: the server responded with a status of 404/);
  await openApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
  // Each passes through the worker while online; none of them may become the offline app page.
  for (const path of ['/robots.txt', '/answers.schema.json', '/no-such-page', '/assets/no-such-file.js']) {
    await page.goto(path);
  }

  await context.setOffline(true);
  await openApp(page);
  await expect(questionnaire(page)).toBeVisible();
  await expect(verdictHeading(page)).toBeVisible();
});
