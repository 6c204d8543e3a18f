/**
 * Share links: the text after `#` in the advisor's URL -> answers, checked and validated. The fragment never
 * leaves the browser, so answers reach no server and no access log. Format, versions and limits:
 * docs/share-link.md. Writing links is in share-url.ts.
 */
import { type Answers, type FieldProblem, formatProblems, parseAnswers } from '../engine';
import { openFrame, sealBody } from './frame';
import { MAX_VALID_PAYLOAD_CHARS } from './link-limits';
import { encodeBodyAs, isReadableLinkVersion, migrate } from './migrate';
import { encodeAnswers, SHARE_LINK_VERSION } from './share-url';

/**
 * Longest payload decodeAnswers reads; anything longer is rejected before any other work. Worked out from the
 * schema's limits (link-limits.ts), so every valid document fits and the advisor never writes a link it refuses.
 */
export const MAX_SHARE_PAYLOAD_CHARS = MAX_VALID_PAYLOAD_CHARS;

export type ShareLinkErrorKind =
  | 'empty'
  | 'truncated'
  | 'corrupted'
  | 'unknown-version'
  | 'too-large'
  | 'invalid-answers';

export interface ShareLinkError {
  readonly kind: ShareLinkErrorKind;
  /** A plain-language explanation for the person who opened the link, with what to do next. */
  readonly message: string;
  /** The same explanation without what to do next, for a page that says that itself. */
  readonly reason: string;
  /** For 'invalid-answers': each field the engine rejected, by path (e.g. `regions[2].lat`). */
  readonly problems?: readonly FieldProblem[];
}

export type DecodeResult =
  | { readonly ok: true; readonly value: Answers }
  | { readonly ok: false; readonly error: ShareLinkError };

const WHAT_TO_DO = 'Ask the person who sent it for a fresh link, or start over with your own answers.';

function failure(kind: ShareLinkErrorKind, reason: string, problems?: readonly FieldProblem[]): DecodeResult {
  // A list of problems ends the reason, so the advice starts on a line of its own.
  const message = `${reason}${problems === undefined ? ' ' : '\n'}${WHAT_TO_DO}`;
  return { ok: false, error: problems === undefined ? { kind, message, reason } : { kind, message, reason, problems } };
}

function damaged(reason: string): DecodeResult {
  return failure(
    'corrupted',
    `This share link has been changed or damaged (${reason}), so its answers cannot be trusted and were not loaded.`,
  );
}

/**
 * Reads a fragment payload (no leading '#') back into answers, validated by the engine's schema.
 * Never throws: a damaged, cut-off, foreign or oversized payload is an error value with a message.
 */
export function decodeAnswers(payload: string): DecodeResult {
  if (typeof payload !== 'string') return damaged('it is not text');
  if (payload.length > MAX_SHARE_PAYLOAD_CHARS) {
    return failure(
      'too-large',
      `This share link is too long to be one the advisor made (${payload.length} characters; its links have at most ${MAX_SHARE_PAYLOAD_CHARS}). It may have been pasted together with other text.`,
    );
  }
  if (payload === '') {
    return failure('empty', 'This share link is empty: nothing follows the "#" in the address.');
  }
  const frame = openFrame(payload, isReadableLinkVersion);
  if (!frame.ok) {
    switch (frame.kind) {
      case 'truncated':
        return failure(
          'truncated',
          `This share link is incomplete: its end is missing, which happens when a long link is cut off while being copied or sent. Copy the whole link again.`,
        );
      case 'unknown-version':
        return failure(
          'unknown-version',
          `This share link was made in format version ${frame.version}, which this version of the advisor cannot read (it reads version ${SHARE_LINK_VERSION}). If the link is new, reload the page to get the latest advisor.`,
        );
      case 'corrupted':
        return damaged(frame.reason);
    }
  }
  const migrated = migrate(frame.version, frame.body);
  if (!migrated.ok) return damaged(migrated.reason);
  const parsed = parseAnswers(migrated.document);
  if (!parsed.ok) {
    return failure(
      'invalid-answers',
      `This share link is intact, but the answers in it are not valid:\n${formatProblems(parsed.problems)}`,
      parsed.problems,
    );
  }
  // Only the exact text the link's own version writes is accepted, so a payload and its answers match one to one.
  const canonical =
    frame.version === SHARE_LINK_VERSION
      ? encodeAnswers(parsed.value)
      : sealBody(frame.version, encodeBodyAs(frame.version, parsed.value) ?? '');
  if (canonical !== payload) {
    return damaged('it is not written the way the advisor writes links');
  }
  return { ok: true, value: parsed.value };
}

/** Reads a location.hash (with or without '#'); returns null when the hash holds no share payload at all (plain app start). */
export function readShareHash(hash: string): DecodeResult | null {
  const payload = hash.startsWith('#') ? hash.slice(1) : hash;
  return payload === '' ? null : decodeAnswers(payload);
}
