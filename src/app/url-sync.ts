import type { Answers } from '../engine';

/**
 * How long the address bar waits for typing to pause before it takes the new link, ms. Writing the address costs
 * the browser several milliseconds, which a keystroke's frame cannot spare; the link itself is never stale, as
 * "Copy link" and the saved draft take the answers directly.
 */
const ADDRESS_SYNC_DELAY_MS = 250;

let pending: ReturnType<typeof setTimeout> | undefined;
let latest = 0;

/**
 * Puts the answers' share link in the address bar once typing pauses, replacing the history entry (so Back still
 * leaves the app). The codec loads on demand; only the newest call writes, whatever order the imports settle in.
 */
export function syncAddressWithAnswers(answers: Answers): void {
  const call = ++latest;
  clearTimeout(pending);
  pending = setTimeout(() => {
    void import('../share').then(({ buildShareUrl }) => {
      if (call !== latest) return;
      const next = buildShareUrl(answers, window.location.href);
      if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
    });
  }, ADDRESS_SYNC_DELAY_MS);
}
