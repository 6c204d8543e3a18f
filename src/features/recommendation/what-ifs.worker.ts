// The Web Worker that works out the what-ifs and the sensitivity curves (what-ifs.ts) off the main thread.
import { answerWhatIfs, type WhatIfsRequest } from './what-ifs';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WhatIfsRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

/** The newest request not yet answered. Typing sends one per keystroke; only the newest is worth working out. */
let newest: WhatIfsRequest | null = null;

scope.onmessage = (event) => {
  const idle = newest === null;
  newest = event.data;
  // Answered in a task of its own, after any requests already queued behind this one have replaced it.
  if (idle) setTimeout(answerNewest, 0);
};

function answerNewest(): void {
  const request = newest;
  newest = null;
  if (request) scope.postMessage(answerWhatIfs(request));
}
