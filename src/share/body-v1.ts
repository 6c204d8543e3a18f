/**
 * Version 1 of the share link body: the answers as a run of tagged fields. FROZEN: every v1 link ever
 * made must keep decoding to the same answers, so nothing here may change once released, not even to
 * follow the engine's defaults. A new body format is a new version (see migrate.ts).
 *
 * body    = "L" number "O" number "E" ("0" / "1") "P" 4priority *region
 * region  = id ["N" text] ["Y" number] ["X" number] ["C" number]
 * id      = ("A" / "Z" / "G" / "I") text     ; "aws:", "azure:", "gcp:" or no prefix, then the rest
 */
import { escapeText, formatNumber, parseNumber, unescapeText } from './link-text';

/** The answers document a v1 link holds, in the shape v1 wrote it. */
export interface LinkDocumentV1 {
  readonly version: 1;
  readonly regions: readonly {
    readonly id: string;
    readonly name?: string | undefined;
    readonly lat?: number | undefined;
    readonly lon?: number | undefined;
    readonly clusters: number;
  }[];
  readonly latencyToleranceMs: number;
  readonly opsEngineers: number;
  readonly crossRegionEnvironments: boolean;
  readonly priorities: {
    readonly singlePane: number;
    readonly multiClusterApps: number;
    readonly faultIsolation: number;
    readonly independentUpgrades: number;
  };
}

export type BodyDecodeResult<Document> =
  | { readonly ok: true; readonly document: Document }
  | { readonly ok: false; readonly reason: string };

/** A region without a "C" field has this many clusters: v1's own default, frozen with v1. */
const V1_DEFAULT_CLUSTERS = 1;

/** Region id prefixes written as one capital letter (catalog ids are `provider:code`). */
const ID_PREFIX_BY_TAG: ReadonlyMap<string, string> = new Map([
  ['A', 'aws:'],
  ['Z', 'azure:'],
  ['G', 'gcp:'],
]);
/** Tag of an id written in full. */
const PLAIN_ID_TAG = 'I';

/** Priority digits, in this order. */
const PRIORITY_ORDER = ['singlePane', 'multiClusterApps', 'faultIsolation', 'independentUpgrades'] as const;
const PRIORITIES_TEXT = /^[0-4]{4}$/;

function encodeId(id: string): string {
  for (const [tag, prefix] of ID_PREFIX_BY_TAG) {
    if (id.startsWith(prefix)) return tag + escapeText(id.slice(prefix.length));
  }
  return PLAIN_ID_TAG + escapeText(id);
}

/** Writes answers as a v1 body. Region order is kept; a field is left out only where v1 defines a default. */
export function encodeBodyV1(answers: LinkDocumentV1): string {
  const priorities = PRIORITY_ORDER.map((key) => formatNumber(answers.priorities[key])).join('');
  let body = `L${formatNumber(answers.latencyToleranceMs)}O${formatNumber(answers.opsEngineers)}`;
  body += `E${answers.crossRegionEnvironments ? '1' : '0'}P${priorities}`;
  for (const region of answers.regions) {
    body += encodeId(region.id);
    if (region.name !== undefined) body += `N${escapeText(region.name)}`;
    if (region.lat !== undefined) body += `Y${formatNumber(region.lat)}`;
    if (region.lon !== undefined) body += `X${formatNumber(region.lon)}`;
    if (region.clusters !== V1_DEFAULT_CLUSTERS) body += `C${formatNumber(region.clusters)}`;
  }
  return body;
}

interface Field {
  readonly tag: string;
  readonly value: string;
}

/** Reads fields in order; each take* returns null when the next field is missing or malformed. */
class FieldReader {
  private index = 0;
  constructor(private readonly fields: readonly Field[]) {}

  get done(): boolean {
    return this.index >= this.fields.length;
  }

  /** The next field's value when it has this tag (and moves past it); otherwise undefined. */
  takeOptional(tag: string): string | undefined {
    const field = this.fields[this.index];
    if (field?.tag !== tag) return undefined;
    this.index += 1;
    return field.value;
  }

  takeAny(): Field | undefined {
    const field = this.fields[this.index];
    if (field) this.index += 1;
    return field;
  }
}

/** Thrown inside decodeBodyV1 only, and turned into a result there: it keeps the field-by-field reading flat. */
class MalformedBody extends Error {}

function required<Value>(value: Value | null | undefined, what: string): Value {
  if (value === null || value === undefined) throw new MalformedBody(what);
  return value;
}

function readNumber(reader: FieldReader, tag: string, what: string): number {
  return required(parseNumber(required(reader.takeOptional(tag), `${what} is missing`)), `${what} is not a number`);
}

function readOptional<Value>(reader: FieldReader, tag: string, parse: (text: string) => Value | null, what: string) {
  const text = reader.takeOptional(tag);
  return text === undefined ? undefined : required(parse(text), `${what} is malformed`);
}

function readRegion(reader: FieldReader, position: number): LinkDocumentV1['regions'][number] {
  const idField = required(reader.takeAny(), 'a region is missing');
  const prefix = idField.tag === PLAIN_ID_TAG ? '' : ID_PREFIX_BY_TAG.get(idField.tag);
  const what = `region ${position + 1}`;
  if (prefix === undefined) throw new MalformedBody(`unexpected field "${idField.tag}" where ${what} should start`);
  const id = prefix + required(unescapeText(idField.value), `${what}'s id is malformed`);
  const name = readOptional(reader, 'N', unescapeText, `${what}'s name`);
  const lat = readOptional(reader, 'Y', parseNumber, `${what}'s latitude`);
  const lon = readOptional(reader, 'X', parseNumber, `${what}'s longitude`);
  const clusters = readOptional(reader, 'C', parseNumber, `${what}'s cluster count`) ?? V1_DEFAULT_CLUSTERS;
  return {
    id,
    ...(name === undefined ? {} : { name }),
    ...(lat === undefined ? {} : { lat }),
    ...(lon === undefined ? {} : { lon }),
    clusters,
  };
}

/**
 * Reads a v1 body back into the document it was written from. Checks the grammar only; the caller
 * validates the document with the engine's schema.
 */
export function decodeBodyV1(body: string): BodyDecodeResult<LinkDocumentV1> {
  if (!/^[A-Za-z0-9._-]*$/.test(body) || /^[^A-Z]/.test(body)) {
    return { ok: false, reason: 'the body is not a run of tagged fields' };
  }
  const fields = (body.match(/[A-Z][^A-Z]*/g) ?? []).map((text) => ({ tag: text.charAt(0), value: text.slice(1) }));
  const reader = new FieldReader(fields);
  try {
    const latencyToleranceMs = readNumber(reader, 'L', 'the latency tolerance');
    const opsEngineers = readNumber(reader, 'O', 'the number of operations engineers');
    const environments = required(reader.takeOptional('E'), 'the cross-region environments answer is missing');
    if (environments !== '0' && environments !== '1') throw new MalformedBody('cross-region environments is not 0/1');
    const priorityDigits = required(reader.takeOptional('P'), 'the priorities are missing');
    if (!PRIORITIES_TEXT.test(priorityDigits)) throw new MalformedBody('the priorities are not four digits 0..4');
    const [singlePane = 0, multiClusterApps = 0, faultIsolation = 0, independentUpgrades = 0] = [...priorityDigits].map(
      Number,
    );
    const regions: LinkDocumentV1['regions'][number][] = [];
    while (!reader.done) regions.push(readRegion(reader, regions.length));
    return {
      ok: true,
      document: {
        version: 1,
        regions,
        latencyToleranceMs,
        opsEngineers,
        crossRegionEnvironments: environments === '1',
        priorities: { singlePane, multiClusterApps, faultIsolation, independentUpgrades },
      },
    };
  } catch (error) {
    if (error instanceof MalformedBody) return { ok: false, reason: error.message };
    throw error;
  }
}
