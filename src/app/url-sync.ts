import type { Answers } from '../engine';

/**
 * How long the address bar waits for typing to pause before it takes the new link, ms: one write per pause
 * instead of one per keystroke, after the frames that show the new result. The link itself is never stale:
 * "Copy link" and the saved draft take the answers directly, and a reload in the meantime opens the draft (below).
 */
const ADDRESS_SYNC_DELAY_MS = 250;

/**
 * Session storage (this tab only, kept across a reload): the address's fragment while newer answers wait to be
 * written over it. A reload in that window would open the old link; startup sees this mark and opens the draft.
 */
export const STALE_ADDRESS_KEY = 'rancher-strategy-advisor.stale-address';

let pending: ReturnType<typeof setTimeout> | undefined;
let latest = 0;

/** Notes that the answers are newer than the address's link (kept until the address is written). */
export function markAddressStale(): void {
  try {
    if (window.sessionStorage.getItem(STALE_ADDRESS_KEY) === null) {
      window.sessionStorage.setItem(STALE_ADDRESS_KEY, window.location.hash);
    }
  } catch {
    // Storage forbidden: a reload within the delay opens the previous link, the draft still holds the answers.
  }
}

function markAddressCurrent(): void {
  try {
    window.sessionStorage.removeItem(STALE_ADDRESS_KEY);
  } catch {
    // See markAddressStale.
  }
}

/** Whether the address still shows a link older than the saved draft (this tab changed answers since). */
export function isAddressStale(): boolean {
  try {
    return window.sessionStorage.getItem(STALE_ADDRESS_KEY) === window.location.hash;
  } catch {
    return false;
  }
}

/**
 * Puts the answers' share link in the address bar once typing pauses, replacing the history entry (so Back still
 * leaves the app). The codec loads on demand; only the newest call writes, whatever order the imports settle in.
 */
export function syncAddressWithAnswers(answers: Answers): void {
  const call = ++latest;
  markAddressStale();
  clearTimeout(pending);
  pending = setTimeout(() => {
    void import('../share').then(({ buildShareUrl }) => {
      if (call !== latest) return;
      const next = buildShareUrl(answers, window.location.href);
      if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
      markAddressCurrent();
    });
  }, ADDRESS_SYNC_DELAY_MS);
}
