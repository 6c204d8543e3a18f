import type { Answers } from '../engine';

let latest = 0;

/**
 * Puts the answers' share link in the address bar, replacing the history entry (so Back still leaves the app).
 * The codec loads on demand; only the newest call writes, whatever order the imports settle in.
 */
export function syncAddressWithAnswers(answers: Answers): void {
  const call = ++latest;
  void import('../share').then(({ buildShareUrl }) => {
    if (call !== latest) return;
    const next = buildShareUrl(answers, window.location.href);
    if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  });
}
