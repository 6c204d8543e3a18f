/**
 * Every share link version ever published, and how each one's body becomes today's answers document.
 * Old links are never re-encoded: they are decoded by their own frozen decoder and migrated forward.
 *
 * To add version 2:
 * 1. write body-v2.ts (encoder and decoder) and make SHARE_LINK_VERSION 2 in share-link.ts;
 * 2. add `[2, decodeBodyV2]` below;
 * 3. change entry 1 to `(body) => migrateV1ToV2(decodeBodyV1(body))`, a pure function from the v1 document
 *    to the v2 one, so every entry still produces the latest shape;
 * 4. keep the v1 golden links in tests/share/fixtures and add v2 ones beside them.
 */
import { type BodyDecodeResult, decodeBodyV1 } from './body-v1';

/** Decodes one version's body into an answers document in the latest shape (validated later by the engine). */
export type BodyDecoder = (body: string) => BodyDecodeResult<unknown>;

const DECODERS_BY_VERSION: ReadonlyMap<number, BodyDecoder> = new Map<number, BodyDecoder>([[1, decodeBodyV1]]);

/** Link versions this build can read. */
export const READABLE_LINK_VERSIONS: readonly number[] = [...DECODERS_BY_VERSION.keys()];

export function isReadableLinkVersion(version: number): boolean {
  return DECODERS_BY_VERSION.has(version);
}

export type MigrateResult =
  | { readonly ok: true; readonly document: unknown }
  | { readonly ok: false; readonly kind: 'unknown-version' | 'corrupted'; readonly reason: string };

/** Turns a link body of the given version into an answers document of the latest shape. */
export function migrate(version: number, body: string): MigrateResult {
  const decode = DECODERS_BY_VERSION.get(version);
  if (decode === undefined) {
    return { ok: false, kind: 'unknown-version', reason: `no decoder for link version ${version}` };
  }
  const decoded = decode(body);
  return decoded.ok ? decoded : { ok: false, kind: 'corrupted', reason: decoded.reason };
}
