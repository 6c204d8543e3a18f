/**
 * Getting the page ready for paper. Parts that load late (the map and its land) register how to finish loading;
 * the print button waits for them before it opens the print dialog, and a print started from the browser's
 * menu starts them at `beforeprint` (the idle-time render has usually finished them by then). Collapsed content
 * that must print open: components/printable-details.tsx.
 */

type Preparation = () => unknown;

const preparations = new Set<Preparation>();

/** Registers what to finish before printing; returns the unregistration (for an effect's cleanup). */
export function onPrepareForPrint(prepare: Preparation): () => void {
  preparations.add(prepare);
  return () => {
    preparations.delete(prepare);
  };
}

/** At most this long the print button waits for late parts, ms: a printout without the map beats no printout. */
const PREPARE_TIMEOUT_MS = 3_000;

/** Starts every registered preparation and resolves when all are done (or after a few seconds) and painted. */
export async function prepareForPrint(): Promise<void> {
  // A preparation may register further ones (the map's frame mounts, then asks for its land): two rounds.
  for (let round = 0; round < 2; round++) {
    const pending = [...preparations].map((prepare) => Promise.resolve(prepare()));
    await Promise.race([Promise.allSettled(pending), wait(PREPARE_TIMEOUT_MS)]);
    await afterNextPaint();
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once the browser has rendered what the last state changes drew. */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
