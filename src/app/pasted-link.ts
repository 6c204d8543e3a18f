import { splitCompareFragment } from '../share/compare-fragment';
import type { AppAction } from './app-state';
import { IN_PAGE_ANCHORS, linkInHash } from './startup';
import { cancelAddressSync } from './url-sync';

/**
 * A link pasted into the address bar of a tab where the app is open changes only the fragment, which does not reload
 * the page: this opens it in place (a share link, a damaged one explained, or a compare link). The app's own writes
 * (replaceState) fire no hashchange, and in-page anchors (the skip link) are not links. Returns the listener's removal.
 */
export function openLinksPastedInTheAddress(dispatch: (action: AppAction) => void): () => void {
  const open = () => {
    const hash = window.location.hash.replace(/^#/, '');
    if (IN_PAGE_ANCHORS.has(hash)) return;
    const compare = splitCompareFragment(hash);
    // A write of the answers may still wait for typing to pause: it would replace the pasted link.
    if (compare) {
      cancelAddressSync();
      dispatch({ type: 'compare-opened', link: compare });
      return;
    }
    // Back from a comparison, or any other link: the advisor again.
    dispatch({ type: 'compare-closed' });
    const fragment = linkInHash(window.location.hash);
    if (fragment === null) return;
    cancelAddressSync();
    void import('../share/share-link').then(({ readShareHash }) => {
      // Another change to the address came while the codec loaded: that one is handled by its own event.
      if (linkInHash(window.location.hash) !== fragment) return;
      const decoded = readShareHash(fragment);
      if (decoded === null) return;
      dispatch(
        decoded.ok ? { type: 'link-opened', answers: decoded.value } : { type: 'link-refused', error: decoded.error },
      );
    });
  };
  window.addEventListener('hashchange', open);
  return () => window.removeEventListener('hashchange', open);
}
