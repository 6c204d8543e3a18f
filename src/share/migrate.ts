/**
 * Every share link version ever published, and how each one's body becomes today's answers document.
 * Old links are never re-encoded: they are decoded by their own frozen decoder and migrated forward.
 *
 * To add version 4:
 * 1. write body-v4.ts (encoder and decoder) and make SHARE_LINK_VERSION 4 in share-url.ts;
 * 2. add entry 4 below;
 * 3. make entry 3 decode with `decodeBodyV3` followed by a pure `migrateV3ToV4`, so every entry still produces
 *    the latest shape (the older entries then run through every migration after theirs);
 * 4. keep the older golden links in tests/share/fixtures and add v4 ones beside them.
 */
import {
  type BodyDecodeResult as BodyDecodeResultV1,
  decodeBodyV1,
  encodeBodyV1,
  type LinkDocumentV1,
} from './body-v1';
import { decodeBodyV2, encodeBodyV2, type LinkDocumentV2 } from './body-v2';
import { decodeBodyV3, encodeBodyV3, type LinkDocumentV3 } from './body-v3';
import type { BodyDecodeResult } from './field-reader';

/** The document shape of the version encodeAnswers writes. */
export type LatestLinkDocument = LinkDocumentV3;

/**
 * v1 knew none of v2's answers, so a v1 link means what it meant: every answer v2 added is absent (the engine's
 * defaults apply), and everything v1 said is kept as it was.
 */
export function migrateV1ToV2(v1: LinkDocumentV1): LinkDocumentV2 {
  return {
    version: 1,
    regions: v1.regions.map(({ id, name, lat, lon, clusters }) => ({
      id,
      ...(name === undefined ? {} : { name }),
      ...(lat === undefined ? {} : { lat }),
      ...(lon === undefined ? {} : { lon }),
      clusters,
    })),
    latencyToleranceMs: v1.latencyToleranceMs,
    opsEngineers: v1.opsEngineers,
    crossRegionEnvironments: v1.crossRegionEnvironments,
    priorities: { ...v1.priorities },
  };
}

/**
 * v2 knew none of v3's answers (cluster kinds, growth, a jurisdiction's strict rule and allowed locations), so a v2
 * link means what it meant: they are absent, and everything v2 said is kept. v3's document only adds optional
 * fields to v2's, so the migration is the document itself.
 */
export function migrateV2ToV3(v2: LinkDocumentV2): LinkDocumentV3 {
  return v2;
}

function then<From, To>(result: BodyDecodeResultV1<From>, step: (decoded: From) => To): BodyDecodeResult<To> {
  return result.ok ? { ok: true, document: step(result.document) } : result;
}

interface LinkVersion {
  /** The body -> an answers document in the latest shape (validated later by the engine). */
  readonly decode: (body: string) => BodyDecodeResult<LatestLinkDocument>;
  /** The version's own frozen encoder: a link is read only if it is exactly what this writes. */
  readonly encode: (document: LatestLinkDocument) => string;
}

const LINK_VERSIONS: ReadonlyMap<number, LinkVersion> = new Map<number, LinkVersion>([
  [
    1,
    {
      decode: (body) => then(decodeBodyV1(body), (v1) => migrateV2ToV3(migrateV1ToV2(v1))),
      encode: encodeBodyV1,
    },
  ],
  [2, { decode: (body) => then(decodeBodyV2(body), migrateV2ToV3), encode: encodeBodyV2 }],
  [3, { decode: decodeBodyV3, encode: encodeBodyV3 }],
]);

/** Link versions this build can read. */
export const READABLE_LINK_VERSIONS: readonly number[] = [...LINK_VERSIONS.keys()];

export function isReadableLinkVersion(version: number): boolean {
  return LINK_VERSIONS.has(version);
}

export type MigrateResult =
  | { readonly ok: true; readonly document: LatestLinkDocument }
  | { readonly ok: false; readonly kind: 'unknown-version' | 'corrupted'; readonly reason: string };

/** Turns a link body of the given version into an answers document of the latest shape. */
export function migrate(version: number, body: string): MigrateResult {
  const entry = LINK_VERSIONS.get(version);
  if (entry === undefined) {
    return { ok: false, kind: 'unknown-version', reason: `no decoder for link version ${version}` };
  }
  const decoded = entry.decode(body);
  return decoded.ok ? decoded : { ok: false, kind: 'corrupted', reason: decoded.reason };
}

/**
 * The body `version`'s own encoder writes for these answers, or undefined for a version this build cannot
 * read. Answers that came from a link of that version hold only what that version can say.
 */
export function encodeBodyAs(version: number, answers: LatestLinkDocument): string | undefined {
  return LINK_VERSIONS.get(version)?.encode(answers);
}
