/**
 * The share link codec's public API: answers <-> URL fragment, versioned and checked. The app imports the two
 * halves directly (share-url.ts writes, share-link.ts reads) so the bundler keeps them in separate chunks: only
 * reading needs the answers schema (zod), and writing happens on every first visit.
 */

export {
  buildCompareFragment,
  COMPARE_FRAGMENT_PREFIX,
  COMPARE_SEPARATOR,
  type CompareFragment,
  isCompareFragment,
  MAX_COMPARED_VERSIONS,
  splitCompareFragment,
} from './compare-fragment';
export {
  buildCompareUrl,
  type ComparedHash,
  type ComparedLink,
  decodeComparedLinks,
  readCompareHash,
  readPastedLinks,
} from './compare-link';
export {
  DEFAULT_SHARE_BASE_URL,
  measureShareLinkLengths,
  SHARE_LINK_REGION_COUNTS,
  type ShareLinkLength,
  sampleEstateAnswers,
  sampleShareAnswers,
} from './link-length';
export { READABLE_LINK_VERSIONS } from './migrate';
export {
  type DecodeResult,
  decodeAnswers,
  MAX_SHARE_PAYLOAD_CHARS,
  readShareHash,
  type ShareLinkError,
  type ShareLinkErrorKind,
} from './share-link';
export { buildShareUrl, encodeAnswers, SHARE_LINK_VERSION } from './share-url';
