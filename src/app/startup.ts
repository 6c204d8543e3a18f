import type { Answers } from '../engine';
import type { ShareLinkError } from '../share';
import { isCompareFragment } from '../share/compare-fragment';

/** In-page anchors of the app itself: a fragment naming one of them is navigation, not a share link. */
export const IN_PAGE_ANCHORS: ReadonlySet<string> = new Set(['result', 'questionnaire', 'comparison']);

/**
 * The share link in an address's fragment (`location.hash`), or null when there is none, it is an in-page anchor,
 * or it is a compare link (several versions: the compare view opens it, see compare-page.tsx).
 */
export function linkInHash(hash: string): string | null {
  const fragment = hash.replace(/^#/, '');
  return fragment === '' || IN_PAGE_ANCHORS.has(fragment) || isCompareFragment(fragment) ? null : fragment;
}

export type StartupSource = 'link' | 'draft' | 'example';

export interface Startup {
  readonly answers: Answers;
  readonly source: StartupSource;
  /** Why the link in the address bar could not be opened (the draft or the example is shown instead). */
  readonly linkError: ShareLinkError | null;
  /** The person's own answers a share link replaced on screen (the saved draft, or ones kept before): recoverable. */
  readonly keptAnswers?: Answers | null;
}
