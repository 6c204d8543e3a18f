/** The share link codec's public API: answers <-> URL fragment, versioned and checked. */
export {
  DEFAULT_SHARE_BASE_URL,
  measureShareLinkLengths,
  SHARE_LINK_REGION_COUNTS,
  type ShareLinkLength,
  sampleShareAnswers,
} from './link-length';
export { READABLE_LINK_VERSIONS } from './migrate';
export {
  buildShareUrl,
  type DecodeResult,
  decodeAnswers,
  encodeAnswers,
  MAX_SHARE_PAYLOAD_CHARS,
  readShareHash,
  SHARE_LINK_VERSION,
  type ShareLinkError,
  type ShareLinkErrorKind,
} from './share-link';
