import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Emits `sw.js`: a service worker that precaches every file of this build, so the app works offline after the
 * first visit. Its version is a hash of the file list, so each deployment installs a new worker that takes over
 * at once (skipWaiting + clients.claim) and drops the old caches: the app updates itself.
 */
export function offlineServiceWorker(): Plugin {
  return {
    name: 'offline-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((file) => !file.endsWith('.map'))
        .sort();
      const precache = ['./', ...files.filter((file) => file !== 'index.html'), 'favicon.png', 'answers.schema.json'];
      const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: renderServiceWorker(version, precache) });
    },
  };
}

function renderServiceWorker(version: string, precache: readonly string[]): string {
  return `// Generated at build time by scripts/vite-plugin-offline.ts.
const CACHE = 'rancher-strategy-advisor-${version}';
const PRECACHE = ${JSON.stringify(precache)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself: the network first, so a new deployment shows at once; the cached copy offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put('./', copy));
          return response;
        })
        .catch(() => caches.match('./', { ignoreVary: true })),
    );
    return;
  }
  // Hashed assets never change: the cache first. ignoreVary, because servers that answer "Vary: Origin" would
  // otherwise never match the module scripts' requests (they carry an Origin header the precache did not).
  event.respondWith(caches.match(request, { ignoreVary: true }).then((cached) => cached ?? fetch(request)));
});
`;
}
