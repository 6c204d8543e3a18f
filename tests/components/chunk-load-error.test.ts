import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from '../../src/components/chunk-load-error';

describe('isChunkLoadError', () => {
  it.each([
    [
      'Chromium',
      new TypeError('Failed to fetch dynamically imported module: https://a.example/assets/compare-page-x.js'),
    ],
    ['Firefox', new TypeError('error loading dynamically imported module: https://a.example/assets/compare-page-x.js')],
    ['Safari', new TypeError('Importing a module script failed.')],
    ['Vite, a stylesheet', new Error('Unable to preload CSS for https://a.example/assets/compare-page-x.css')],
  ])('knows a lazy part that did not load in %s', (_browser, error) => {
    expect(isChunkLoadError(error)).toBe(true);
  });

  it.each([
    ['a fault of the app', new TypeError("Cannot read properties of undefined (reading 'rttMs')")],
    ['a thrown string', 'Failed to fetch dynamically imported module'],
    ['nothing', undefined],
  ])('does not take %s for one', (_what, error) => {
    expect(isChunkLoadError(error)).toBe(false);
  });
});
