/**
 * The compare link's grammar: several share link payloads in one fragment, `#compare~<payload>~<payload>…`.
 * String work only (no schema), so the app can tell a compare link from a share link on its first load.
 * Decoding the payloads is compare-link.ts. Format: docs/share-link.md, "Compare links".
 */

/** The fragment's first element: a share payload starts with "v", so the two never collide. */
export const COMPARE_FRAGMENT_PREFIX = 'compare';

/**
 * Between the prefix and each payload. "~" is outside the payload alphabet (`A-Z a-z 0-9 - . _`, see
 * link-text.ts), so it never occurs inside a payload, and it is an RFC 3986 unreserved character: browsers, the
 * URL API and chat apps leave it as it is instead of percent-encoding it.
 */
export const COMPARE_SEPARATOR = '~';

/** Most versions one compare link holds: six columns are still readable side by side (the team's judgement). */
export const MAX_COMPARED_VERSIONS = 6;

/** Whether a fragment (without '#') is a compare link, with or without payloads. */
export function isCompareFragment(fragment: string): boolean {
  return fragment === COMPARE_FRAGMENT_PREFIX || fragment.startsWith(COMPARE_FRAGMENT_PREFIX + COMPARE_SEPARATOR);
}

export interface CompareFragment {
  /** The payloads, in order, at most MAX_COMPARED_VERSIONS; empty elements (`~~`) are skipped. */
  readonly payloads: readonly string[];
  /** Payloads beyond MAX_COMPARED_VERSIONS, left out. */
  readonly leftOut: number;
}

/** The payloads of a compare fragment (without '#'), or null when the fragment is not a compare link. */
export function splitCompareFragment(fragment: string): CompareFragment | null {
  if (!isCompareFragment(fragment)) return null;
  const payloads = fragment
    .slice(COMPARE_FRAGMENT_PREFIX.length)
    .split(COMPARE_SEPARATOR)
    .filter((payload) => payload !== '');
  return {
    payloads: payloads.slice(0, MAX_COMPARED_VERSIONS),
    leftOut: Math.max(0, payloads.length - MAX_COMPARED_VERSIONS),
  };
}

/** The fragment (without '#') comparing these payloads, in this order. */
export function buildCompareFragment(payloads: readonly string[]): string {
  return [COMPARE_FRAGMENT_PREFIX, ...payloads].join(COMPARE_SEPARATOR);
}
