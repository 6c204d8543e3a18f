import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// The same build on nginx with the production configuration (deploy/nginx.conf), on a port of its own.
const nginxPort = Number(process.env.NGINX_E2E_PORT ?? port + 10_000);
const nginxURL = `http://127.0.0.1:${nginxPort}`;

/** Only the production server has the headers, the cache rules and real 404s these test. */
const NGINX_ONLY = ['serving.spec.ts', 'deploy.spec.ts'];
/** On nginx: those, plus a representative path through the app and everything the service worker does. */
const ON_NGINX = [...NGINX_ONLY, 'privacy-offline.spec.ts', 'new-user.spec.ts', 'yaml-files.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry in CI, recorded as a trace, so a machine hiccup is told apart from a real failure.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'on-first-retry',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: NGINX_ONLY },
    { name: 'nginx', use: { ...devices['Desktop Chrome'], baseURL: nginxURL }, testMatch: ON_NGINX },
  ],
  // The built app, as people get it (npm test builds first): vite preview, and nginx as it is deployed.
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node_modules/.bin/tsx scripts/serve.ts',
      env: { PORT: String(nginxPort) },
      url: nginxURL,
      reuseExistingServer: !process.env.CI,
      // SIGTERM lets the script stop nginx and remove its working folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
