/**
 * The production server (deploy/nginx.conf on nginx, the `nginx` project): its headers, cache rules and 404s, as
 * a browser and a cache in between would read them.
 */
import type { APIResponse } from '@playwright/test';
import { metaContentSecurityPolicy, readContentSecurityPolicy } from '../../scripts/vite-plugin-csp';
import { expect, openApp, questionnaire, test, verdictHeading } from './support';

/** Longest a file whose name stays the same across builds may be kept without asking the server again. */
const MAX_UNCHECKED_SECONDS = 60;

/** deploy/nginx.conf's gzip_min_length: smaller files are sent as they are. */
const GZIP_MIN_BYTES = 1024;

function maxAgeSeconds(response: APIResponse): number {
  const cacheControl = response.headers()['cache-control'] ?? '';
  if (/no-cache|no-store/.test(cacheControl)) return 0;
  return Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? Number.POSITIVE_INFINITY);
}

test('the start page comes with the security headers, and its meta policy is the header’s', async ({
  page,
  request,
}) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  // One source: the header is the one in deploy/security-headers.conf, and the page carries it less frame-ancestors.
  expect(policy).toBe(readContentSecurityPolicy());
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  await openApp(page);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(metaContentSecurityPolicy(policy));
  expect(meta).not.toContain('frame-ancestors');
});

test('the page and the service worker are checked on every visit; hashed assets are kept for a year', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/index.html', '/sw.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(maxAgeSeconds(response), `${path} may be cached for long`).toBeLessThanOrEqual(MAX_UNCHECKED_SECONDS);
  }
  expect((await request.get('/sw.js')).headers()['content-type']).toMatch(/^application\/javascript/);

  await page.goto('/');
  const scripts = await page
    .locator('script[src], link[rel="modulepreload"], link[rel="stylesheet"]')
    .evaluateAll((elements) =>
      elements.map((element) => (element as HTMLScriptElement).src || (element as HTMLLinkElement).href),
    );
  expect(scripts.length).toBeGreaterThan(1);
  for (const url of scripts) {
    expect(url).toMatch(/\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.(js|css)$/);
    const response = await request.get(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status(), url).toBe(200);
    expect(response.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
    // Compressed on the wire (Playwright has already inflated the body it hands over), unless too small to gain.
    if ((await response.body()).length > GZIP_MIN_BYTES)
      expect(response.headers()['content-encoding'], url).toBe('gzip');
    expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
  }
});

test('a missing asset is a plain 404 even when HTML is asked for, and never cached', async ({ request }) => {
  for (const accept of ['*/*', 'text/html,application/xhtml+xml,*/*;q=0.8']) {
    for (const path of ['/assets/x.js', '/assets/index-00000000.css', '/missing.js']) {
      const response = await request.get(path, { headers: { accept } });
      const label = `${path} with Accept ${accept}`;
      if (path === '/missing.js' && accept.startsWith('text/html')) continue; // a navigation: the next test
      expect(response.status(), label).toBe(404);
      expect(response.headers()['content-type'], label).toMatch(/^text\/plain/);
      expect(await response.text(), label).not.toMatch(/<html|<!doctype/i);
      expect(response.headers()['cache-control'], label).toBe('no-store');
      expect(response.headers()['x-content-type-options'], label).toBe('nosniff');
    }
  }
});

test('a deep path opens the app at its root with the link it carries; a script asking there gets no HTML', async ({
  page,
  request,
  baseURL,
}) => {
  await openApp(page);
  const hash = new URL(page.url()).hash;
  await page.goto('about:blank');
  await openApp(page, `/team/platform/advisor${hash}`);
  await expect(questionnaire(page)).toBeVisible();
  await expect(verdictHeading(page)).toBeVisible();
  expect(page.url()).toBe(`${baseURL}/${hash}`);

  const script = await request.get('/team/platform/advisor', { headers: { accept: '*/*' }, maxRedirects: 0 });
  expect(script.status()).toBe(404);
  expect(script.headers()['content-type']).toMatch(/^text\/plain/);
});

test('no other site can show the app in a frame', async ({ page, baseURL, problems }) => {
  problems.allow(/frame-ancestors|Refused to (display|frame)/);
  // A page of another origin (about:blank here) that frames the advisor; setContent waits for the frame's load.
  await page.setContent(`<iframe title="advisor" src="${baseURL}/" width="800" height="600"></iframe>`);
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  // Chromium puts its own error page in a frame it refused to fill.
  expect(framed?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe[title="advisor"]').getByRole('form', { name: 'Your setup' })).toHaveCount(0);
});
