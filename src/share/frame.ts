/**
 * The envelope around every link body: `v<version>.<body length>.<body>.<checksum>`. The version comes first
 * so any build can tell which decoder a link needs; the length tells a cut-off link from an edited one;
 * the checksum (over everything before it) catches edits.
 */
import { CHECKSUM_CHARS, checksumOf, crc32, parseChecksum } from './checksum';
import { LINK_ALPHABET } from './link-text';

const HEADER = /^v([0-9]{1,9})\./;
const BODY_LENGTH = /^([0-9]{1,9})\./;

/** Wraps a body of the given link version in its envelope. */
export function sealBody(version: number, body: string): string {
  const signed = `v${version}.${body.length}.${body}`;
  return `${signed}.${checksumOf(signed)}`;
}

export type OpenFrameResult =
  | { readonly ok: true; readonly version: number; readonly body: string }
  | { readonly ok: false; readonly kind: 'truncated' | 'corrupted'; readonly reason: string }
  | { readonly ok: false; readonly kind: 'unknown-version'; readonly version: number; readonly reason: string };

/**
 * Checks a payload's envelope and returns its version and body. A payload shorter than its envelope
 * promises is 'truncated'; any other mismatch is 'corrupted'. A version this build cannot read is
 * reported before anything else is checked, because later versions may frame their bodies differently.
 */
export function openFrame(payload: string, isReadableVersion: (version: number) => boolean): OpenFrameResult {
  const header = HEADER.exec(payload);
  if (header === null) {
    return /^v[0-9]*$/.test(payload)
      ? { ok: false, kind: 'truncated', reason: 'the link ends inside its version number' }
      : { ok: false, kind: 'corrupted', reason: 'the link does not start with "v" and a version number' };
  }
  const version = Number(header[1]);
  if (!isReadableVersion(version)) {
    return {
      ok: false,
      kind: 'unknown-version',
      version,
      reason: `link version ${version} is not one this build reads`,
    };
  }
  const afterHeader = payload.slice(header[0].length);
  const bodyLength = BODY_LENGTH.exec(afterHeader);
  if (bodyLength === null) {
    return /^[0-9]*$/.test(afterHeader)
      ? { ok: false, kind: 'truncated', reason: 'the link ends inside its length' }
      : { ok: false, kind: 'corrupted', reason: 'the link has no length after its version' };
  }
  const bodyStart = header[0].length + bodyLength[0].length;
  const bodyEnd = bodyStart + Number(bodyLength[1]);
  const expectedLength = bodyEnd + 1 + CHECKSUM_CHARS;
  if (payload.length < expectedLength) {
    return {
      ok: false,
      kind: 'truncated',
      reason: `the link has ${payload.length} characters where its length promises ${expectedLength}`,
    };
  }
  if (payload.length > expectedLength) {
    return {
      ok: false,
      kind: 'corrupted',
      reason: `the link has ${payload.length - expectedLength} characters too many`,
    };
  }
  if (!LINK_ALPHABET.test(payload)) {
    return { ok: false, kind: 'corrupted', reason: 'the link holds characters a share link never uses' };
  }
  const signed = payload.slice(0, bodyEnd);
  const checksum = parseChecksum(payload.slice(bodyEnd + 1));
  if (payload.charAt(bodyEnd) !== '.' || checksum === null || checksum !== crc32(signed)) {
    return { ok: false, kind: 'corrupted', reason: 'the checksum does not match the rest of the link' };
  }
  return { ok: true, version, body: payload.slice(bodyStart, bodyEnd) };
}
