import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The result and its charts load as separate chunks; on a busy two-core CI machine that can take seconds.
configure({ asyncUtilTimeout: 10_000 });

// Vitest runs without globals, so Testing Library cannot unmount rendered trees by itself.
afterEach(() => {
  cleanup();
});
