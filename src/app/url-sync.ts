import type { Answers } from '../engine';

/**
 * How long the address bar waits for typing to pause before it takes the new link, ms: one write per pause
 * instead of one per keystroke, after the frames that show the new result. The link itself is never stale:
 * "Copy link" and the saved draft take the answers directly, and a reload in the meantime opens them (below).
 */
const ADDRESS_SYNC_DELAY_MS = 250;

/**
 * Session storage (this tab only, kept across a reload): the newest answers and the address they were made under.
 * Until the address takes their link, a reload would open the older link in it; startup finds this note, sees
 * the same address, and opens these answers instead. Per tab, unlike the draft, which every tab shares.
 */
export const UNWRITTEN_ANSWERS_KEY = 'rancher-strategy-advisor.unwritten-answers';

/** Notes the newest answers and the address they replace; called as they are saved, before any write. */
export function noteUnwrittenAnswers(answers: Answers): void {
  try {
    window.sessionStorage.setItem(UNWRITTEN_ANSWERS_KEY, JSON.stringify({ from: window.location.hash, answers }));
  } catch {
    // Storage forbidden or full: a reload within the delay opens the previous link; the draft still has the answers.
  }
}

/**
 * The answers this tab changed to under the current address, not yet written to it (not validated), or null.
 * Once the address holds their link it no longer matches, so a link opened later in the tab is never overridden.
 */
export function readUnwrittenAnswers(): unknown {
  try {
    const text = window.sessionStorage.getItem(UNWRITTEN_ANSWERS_KEY);
    const note = text ? (JSON.parse(text) as { from?: unknown; answers?: unknown }) : null;
    return note?.from === window.location.hash ? (note.answers ?? null) : null;
  } catch {
    return null;
  }
}

let pending: ReturnType<typeof setTimeout> | undefined;
let latest = 0;

/** Drops a write still waiting for typing to pause: the address now shows something else (a comparison). */
export function cancelAddressSync(): void {
  latest += 1;
  clearTimeout(pending);
}

/**
 * Puts the answers' share link in the address bar once typing pauses, replacing the history entry (so Back still
 * leaves the app). The codec loads on demand; only the newest call writes, whatever order the imports settle in.
 */
export function syncAddressWithAnswers(answers: Answers): void {
  const call = ++latest;
  clearTimeout(pending);
  pending = setTimeout(() => {
    void import('../share/share-url').then(({ buildShareUrl }) => {
      if (call !== latest) return;
      const next = buildShareUrl(answers, window.location.href);
      if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
    });
  }, ADDRESS_SYNC_DELAY_MS);
}
