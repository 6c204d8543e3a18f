import type { Answers } from '../engine';
import type { ShareLinkError } from '../share';

/** In-page anchors of the app itself: a fragment naming one of them is navigation, not a share link. */
export const IN_PAGE_ANCHORS: ReadonlySet<string> = new Set(['result', 'questionnaire']);

export type StartupSource = 'link' | 'draft' | 'example';

export interface Startup {
  readonly answers: Answers;
  readonly source: StartupSource;
  /** Why the link in the address bar could not be opened (the draft or the example is shown instead). */
  readonly linkError: ShareLinkError | null;
}
