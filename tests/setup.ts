import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The result and its charts load as separate chunks; on a busy two-core CI machine that can take seconds.
configure({ asyncUtilTimeout: 10_000 });

// Vitest runs without globals, so Testing Library cannot unmount rendered trees by itself. The component test files
// share one page (vite.config.ts), so each test also leaves its storage and address as it found them.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = 'en';
});
