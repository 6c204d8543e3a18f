import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { offlineServiceWorker } from './scripts/vite-plugin-offline.ts';

export default defineConfig({
  // Relative asset paths: the built app works from any folder it is served from.
  base: './',
  plugins: [react(), contentSecurityPolicy(), offlineServiceWorker()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Browsers of the es2022 target without modulepreload (Firefox before 115, Safari before 17) ignore the hints
    // and still load every chunk, only not ahead of time: the polyfill would cost 0.3 KB gzip of the first load.
    modulePreload: { polyfill: false },
  },
  test: {
    // Two kinds of test file, told apart by their extension: logic (`.test.ts`) runs in Node, each file sharing the
    // worker's already imported modules; components and the app (`.test.tsx`) each get a fresh jsdom page.
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          isolate: false,
        },
      },
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // CI machines have two cores shared with a browser: generous limits, since speed is measured by the bench, not here.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
