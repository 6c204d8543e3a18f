import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Files of `public/` the worker keeps too (the app page links the icon; README links the schema). */
const PUBLIC_FILES = ['favicon.png', 'answers.schema.json'];

/**
 * Earlier builds whose files the worker keeps while tabs may still run them: a tab left open across a deployment
 * loads its lazy parts (the compare view, the charts) from its own build, which the server no longer has. Two
 * deployments while a tab stays open is the team's judgement of what is common; a tab older than that is told a new
 * version is ready (src/components/new-version-notice.tsx).
 */
const EARLIER_BUILDS_KEPT = 2;

/**
 * Emits `sw.js`: a service worker that precaches every file of this build, so the app works offline after the
 * first visit. Its version is a hash of the file list, so each deployment installs a new worker that takes over
 * at once (skipWaiting + clients.claim): the next page load is the new version. How it decides what to keep and
 * what to serve is in docs/deploying.md ("The service worker").
 */
export function offlineServiceWorker(): Plugin {
  return {
    name: 'offline-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((file) => !file.endsWith('.map'))
        .sort();
      const precache = ['./', ...files.filter((file) => file !== 'index.html'), ...PUBLIC_FILES];
      const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: renderServiceWorker(version, precache) });
    },
  };
}

export function renderServiceWorker(version: string, precache: readonly string[]): string {
  return `// Generated at build time by scripts/vite-plugin-offline.ts.
const PREFIX = 'rancher-strategy-advisor-';
const CACHE = PREFIX + '${version}';
const PRECACHE = ${JSON.stringify(precache)};
const EARLIER_BUILDS_KEPT = ${EARLIER_BUILDS_KEPT};
const SCOPE = new URL(self.registration.scope);
/** The key the app page is kept under. */
const APP_PAGE = SCOPE.href;
/** What a request for a script, a stylesheet or a font must never be answered with. */
const NOT_HTML_DESTINATIONS = ['script', 'style', 'worker', 'sharedworker', 'font', 'image', 'manifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

// Caches come back from keys() in the order they were made, so the last ones are the newest builds.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    Promise.all([caches.keys(), self.clients.matchAll({ type: 'window' })])
      .then(([keys, openTabs]) => {
        const earlier = keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE);
        // With no tab open, no page runs an earlier build; otherwise the newest earlier builds stay.
        const kept = openTabs.length === 0 ? [] : earlier.slice(Math.max(0, earlier.length - EARLIER_BUILDS_KEPT));
        return Promise.all(earlier.filter((key) => !kept.includes(key)).map((key) => caches.delete(key)));
      })
      .then(() => self.clients.claim()),
  );
});

const isHtml = (response) => (response.headers.get('content-type') || '').startsWith('text/html');
const isAppAddress = (url) => url.origin === SCOPE.origin && (url.pathname === SCOPE.pathname || url.pathname === SCOPE.pathname + 'index.html');
/** The app's own page as its server gave it: a successful, same-origin HTML answer for the app's address. */
const isAppPage = (response) =>
  response.status === 200 && response.type === 'basic' && isHtml(response) && isAppAddress(new URL(response.url));

/** This build's copy first, then an earlier build's (a tab that still runs it). */
async function cached(request) {
  const own = await (await caches.open(CACHE)).match(request, { ignoreVary: true });
  return own || caches.match(request, { ignoreVary: true });
}

/**
 * A page: the network first, so a new deployment shows at once; only the app's own page is kept, so a text file,
 * the schema or an error page opened meanwhile never becomes the offline app. Offline (or a server error), the
 * app's address gets the kept app page.
 */
async function navigate(request) {
  const forApp = isAppAddress(new URL(request.url));
  try {
    const response = await fetch(request);
    if (isAppPage(response)) {
      const copy = response.clone();
      await (await caches.open(CACHE)).put(APP_PAGE, copy);
    } else if (forApp && response.status >= 500) {
      return (await cached(APP_PAGE)) || response;
    }
    return response;
  } catch (error) {
    const fallback = forApp ? await cached(APP_PAGE) : await cached(request);
    if (fallback && (!forApp || isHtml(fallback))) return fallback;
    throw error;
  }
}

/**
 * Everything else: hashed files never change, so the cache first. A server that answers a missing file with its
 * app page (a single-page-app fallback) gets a 404 instead: HTML run as a script only fails less clearly.
 */
async function asset(request) {
  const hit = await cached(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (NOT_HTML_DESTINATIONS.includes(request.destination) && isHtml(response)) {
    return new Response('Not found\\n', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } });
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? navigate(request) : asset(request));
});
`;
}
