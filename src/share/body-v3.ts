/**
 * Version 3 of the share link body: version 2's body as it is, then, only when the answers use them, the answers
 * version 3 added after a "V" mark: the clusters expected in two years, each region's cluster kinds and each
 * jurisdiction's strict rule and allowed locations. FROZEN once released (see migrate.ts). Version 2 never writes a
 * "V" tag and text never holds a capital letter, so the first "V" of a body is where the extension starts.
 *
 * body      = v2-body [extension]
 * extension = "V" ["G" number]                                         ; clustersInTwoYears
 *             *("R" index ["P" number] ["I" number] ["H" number])     ; regions[index].clusterKinds
 *             *("J" index ["S" ("0" / "1")] [locations])              ; jurisdictions[index]
 * locations = "L" / 1*("L" text / "F" index)                           ; allowedLocations; the tag alone is []
 *
 * An allowed location that is one of the answers' own region ids is written as that region's index ("F3"), as the
 * ends of a measured round trip are in version 2: a region id may be 120 CJK characters, and 20 jurisdictions of 60
 * such places would make a link longer than any browser keeps. Catalog ids and country codes are written as text.
 */
import { decodeBodyV2, encodeBodyV2, type LinkDocumentV2 } from './body-v2';
import { type BodyDecodeResult, FieldReader, MalformedBody, readFields, required } from './field-reader';
import { escapeText, formatNumber, parseNumber, unescapeText } from './link-text';

type RegionV2 = LinkDocumentV2['regions'][number];
type JurisdictionV2 = NonNullable<LinkDocumentV2['jurisdictions']>[number];

/** A region's clusters by kind, as v3 writes them. */
interface ClusterKindsV3 {
  readonly provisioned?: number | undefined;
  readonly imported?: number | undefined;
  readonly hosted?: number | undefined;
}

/** The answers document a v3 link holds: v2's, and the answers v3 added. */
export interface LinkDocumentV3 extends Omit<LinkDocumentV2, 'regions' | 'jurisdictions'> {
  readonly regions: readonly (RegionV2 & { readonly clusterKinds?: ClusterKindsV3 | undefined })[];
  readonly jurisdictions?:
    | readonly (JurisdictionV2 & {
        readonly planesManageOnlyInside?: boolean | undefined;
        readonly allowedLocations?: readonly string[] | undefined;
      })[]
    | undefined;
  readonly clustersInTwoYears?: number | undefined;
}

/** The tag that starts v3's answers, after v2's body. */
const EXTENSION_MARK = 'V';
/** A position in a list, in the shortest decimal: "0", "12", never "012". */
const INDEX_TEXT = /^(?:0|[1-9][0-9]{0,5})$/;
const KIND_TAGS = [
  ['provisioned', 'P'],
  ['imported', 'I'],
  ['hosted', 'H'],
] as const;

const optionalNumber = (tag: string, value: number | undefined) =>
  value === undefined ? '' : tag + formatNumber(value);

/** Writes answers as a v3 body: v2's body, then v3's answers when there are any. */
export function encodeBodyV3(answers: LinkDocumentV3): string {
  const regionIndex = new Map(answers.regions.map((region, index) => [region.id, index]));
  const location = (place: string) => {
    const index = regionIndex.get(place);
    return index === undefined ? `L${escapeText(place)}` : `F${index}`;
  };
  let extension = optionalNumber('G', answers.clustersInTwoYears);
  answers.regions.forEach((region, index) => {
    if (region.clusterKinds === undefined) return;
    extension += `R${index}`;
    for (const [key, tag] of KIND_TAGS) extension += optionalNumber(tag, region.clusterKinds[key]);
  });
  (answers.jurisdictions ?? []).forEach((jurisdiction, index) => {
    const strict = jurisdiction.planesManageOnlyInside;
    const locations = jurisdiction.allowedLocations;
    if (strict === undefined && locations === undefined) return;
    extension += `J${index}${strict === undefined ? '' : `S${strict ? '1' : '0'}`}`;
    if (locations !== undefined) {
      extension += locations.length === 0 ? 'L' : locations.map(location).join('');
    }
  });
  const v2 = encodeBodyV2(answers);
  return extension === '' ? v2 : `${v2}${EXTENSION_MARK}${extension}`;
}

function readIndex(value: string, count: number, what: string): number {
  if (!INDEX_TEXT.test(value) || Number(value) >= count) throw new MalformedBody(`${what} is malformed`);
  return Number(value);
}

/** Reads a v3 body back into the document it was written from (grammar only; the engine validates). */
export function decodeBodyV3(body: string): BodyDecodeResult<LinkDocumentV3> {
  const mark = body.indexOf(EXTENSION_MARK);
  const base = decodeBodyV2(mark === -1 ? body : body.slice(0, mark));
  if (!base.ok || mark === -1) return base;
  const { document: v2 } = base;
  const fields = readFields(body.slice(mark));
  if (fields === null) return { ok: false, reason: 'the version 3 answers are not a run of tagged fields' };
  const reader = new FieldReader(fields);
  try {
    if (reader.takeOptional(EXTENSION_MARK) !== '') throw new MalformedBody('the version 3 mark is malformed');
    const growth = reader.takeOptional('G');
    const clustersInTwoYears =
      growth === undefined ? undefined : required(parseNumber(growth), 'the clusters in two years are not a number');
    const regions = v2.regions.map((region) => ({ ...region })) as {
      -readonly [K in keyof LinkDocumentV3['regions'][number]]: LinkDocumentV3['regions'][number][K];
    }[];
    let lastRegion = -1;
    while (reader.nextIs('R')) {
      const index = readIndex(reader.takeOptional('R') ?? '', regions.length, "a region's cluster kinds");
      if (index <= lastRegion) throw new MalformedBody('cluster kinds are not in region order');
      lastRegion = index;
      const kinds: Record<string, number> = {};
      for (const [key, tag] of KIND_TAGS) {
        const value = reader.takeOptional(tag);
        if (value !== undefined) kinds[key] = required(parseNumber(value), `the ${key} clusters are not a number`);
      }
      (regions[index] as { clusterKinds?: ClusterKindsV3 }).clusterKinds = kinds;
    }
    const jurisdictions = v2.jurisdictions?.map((jurisdiction) => ({ ...jurisdiction })) as
      | { -readonly [K in keyof NonNullable<LinkDocumentV3['jurisdictions']>[number]]: unknown }[]
      | undefined;
    let lastJurisdiction = -1;
    while (reader.nextIs('J')) {
      const count = jurisdictions?.length ?? 0;
      const index = readIndex(reader.takeOptional('J') ?? '', count, 'a jurisdiction of version 3');
      if (index <= lastJurisdiction) throw new MalformedBody('jurisdictions are not in order');
      lastJurisdiction = index;
      const target = (jurisdictions ?? [])[index] as Record<string, unknown>;
      const strict = reader.takeOptional('S');
      if (strict !== undefined) {
        if (strict !== '0' && strict !== '1') throw new MalformedBody('the strict rule is not 0/1');
        target.planesManageOnlyInside = strict === '1';
      }
      if (reader.nextIs('L') || reader.nextIs('F')) {
        const locations: string[] = [];
        if (reader.nextIs('L') && reader.peekValue() === '') reader.takeOptional('L');
        else {
          while ((reader.nextIs('L') && reader.peekValue() !== '') || reader.nextIs('F')) {
            if (reader.nextIs('F')) {
              const at = readIndex(reader.takeOptional('F') ?? '', regions.length, 'an allowed region');
              locations.push(regions[at]?.id ?? '');
            } else {
              locations.push(
                required(unescapeText(reader.takeOptional('L') ?? ''), 'an allowed location is malformed'),
              );
            }
          }
        }
        target.allowedLocations = locations;
      }
    }
    if (!reader.done) throw new MalformedBody(`unexpected field "${reader.peekTag()}" in the version 3 answers`);
    return {
      ok: true,
      document: {
        ...v2,
        regions,
        ...(jurisdictions === undefined ? {} : { jurisdictions: jurisdictions as LinkDocumentV3['jurisdictions'] }),
        ...(clustersInTwoYears === undefined ? {} : { clustersInTwoYears }),
      },
    };
  } catch (error) {
    if (error instanceof MalformedBody) return { ok: false, reason: error.message };
    throw error;
  }
}
