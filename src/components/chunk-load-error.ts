/**
 * How browsers word a lazy part of the app that failed to load (Chromium, Firefox, Safari; Vite's own for a
 * stylesheet): after a deployment the server no longer has the files of the build an open tab runs.
 */
const CHUNK_LOAD_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

/** Whether `error` is a lazy part of the app that could not be loaded, rather than a fault of the app. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_LOAD_FAILURE.test(error.message);
}
