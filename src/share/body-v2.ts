/**
 * Version 2 of the share link body: every answer of the answers document, the estate's constraints and the
 * decision record's front matter included. FROZEN once released: every v2 link ever made must keep decoding to
 * the same answers, so nothing here may change, not even to follow the engine's defaults. A new body format is a
 * new version (see migrate.ts). The grammar, with examples, is in docs/share-link.md.
 *
 * body         = "L" number "O" number "E" ("0" / "1") "P" 4priority ["K" number] ["R" number]
 *                [jurisdictions] 1*region ["H" (index / "" id)] [latencies] [decision]
 * jurisdictions= "J" / 1*("J" text "N" text ["B" ("0" / "1")])      ; a lone empty "J" is an empty list
 * region       = id ["N" text] ["Y" number] ["X" number] ["C" number]
 *                ["S" ("c" / "d" / "e")] ["W" ("c" / "i" / "a")] ["U" number] ["J" text]
 * latencies    = "T" / 1*("T" number end end)                       ; a lone empty "T" is an empty list
 * end          = "F" index / "F" "h" / "F" id                        ; a region by position, the hub, any other id
 * decision     = "Q" ["N" text] ["S" status] ["D" text] [names "M"] [names "C"] [names "I"] ["A" text]
 * names tag    = tag / 1*(tag text)                                  ; a lone empty tag is an empty list
 * id           = ("A" / "Z" / "G" / "I") text                        ; "aws:", "azure:", "gcp:" or no prefix
 */
import { type BodyDecodeResult, FieldReader, MalformedBody, readFields, required } from './field-reader';
import { escapeText, formatNumber, parseNumber, unescapeText } from './link-text';

type SiteKindV2 = 'cloud' | 'datacenter' | 'edge';
type ConnectivityV2 = 'connected' | 'intermittent' | 'air-gapped';
type DecisionStatusV2 = 'proposed' | 'accepted' | 'rejected' | 'deprecated' | 'superseded';

/** The answers document a v2 link holds, in the shape v2 writes it. */
export interface LinkDocumentV2 {
  readonly version: 1;
  readonly regions: readonly {
    readonly id: string;
    readonly name?: string | undefined;
    readonly lat?: number | undefined;
    readonly lon?: number | undefined;
    readonly clusters: number;
    readonly siteKind?: SiteKindV2 | undefined;
    readonly connectivity?: ConnectivityV2 | undefined;
    readonly nodes?: number | undefined;
    readonly jurisdiction?: string | undefined;
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
  readonly nodesPerCluster?: number | undefined;
  readonly provisionedPercent?: number | undefined;
  readonly jurisdictions?:
    | readonly { readonly id: string; readonly name: string; readonly keepManagementInside?: boolean | undefined }[]
    | undefined;
  readonly hub?: { readonly regionId: string } | undefined;
  readonly latencies?: readonly { readonly from: string; readonly to: string; readonly ms: number }[] | undefined;
  readonly decision?:
    | {
        readonly title?: string | undefined;
        readonly status?: DecisionStatusV2 | undefined;
        readonly date?: string | undefined;
        readonly decisionMakers?: readonly string[] | undefined;
        readonly consulted?: readonly string[] | undefined;
        readonly informed?: readonly string[] | undefined;
        readonly author?: string | undefined;
      }
    | undefined;
}

type RegionV2 = LinkDocumentV2['regions'][number];
type DecisionV2 = NonNullable<LinkDocumentV2['decision']>;

/** A region without a "C" field has this many clusters: frozen with v2. */
const V2_DEFAULT_CLUSTERS = 1;

/** Region id prefixes written as one capital letter (the three big clouds' catalog ids are `provider:code`). */
const ID_PREFIX_BY_TAG: ReadonlyMap<string, string> = new Map([
  ['A', 'aws:'],
  ['Z', 'azure:'],
  ['G', 'gcp:'],
]);
const PLAIN_ID_TAG = 'I';

const PRIORITY_ORDER = ['singlePane', 'multiClusterApps', 'faultIsolation', 'independentUpgrades'] as const;
const PRIORITIES_TEXT = /^[0-4]{4}$/;
/** A region's position in the list, in the shortest decimal: "0", "12", never "012". */
const INDEX_TEXT = /^(?:0|[1-9][0-9]{0,5})$/;
/** The end of a measurement that is the pinned hub, when the hub is not one of the regions. */
const HUB_END = 'h';

/** One lowercase letter per value, each the value's first letter. */
const SITE_KIND_CODES: ReadonlyMap<SiteKindV2, string> = new Map([
  ['cloud', 'c'],
  ['datacenter', 'd'],
  ['edge', 'e'],
]);
const CONNECTIVITY_CODES: ReadonlyMap<ConnectivityV2, string> = new Map([
  ['connected', 'c'],
  ['intermittent', 'i'],
  ['air-gapped', 'a'],
]);
const STATUS_CODES: ReadonlyMap<DecisionStatusV2, string> = new Map([
  ['proposed', 'p'],
  ['accepted', 'a'],
  ['rejected', 'r'],
  ['deprecated', 'd'],
  ['superseded', 's'],
]);

const invert = <Value>(codes: ReadonlyMap<Value, string>): ReadonlyMap<string, Value> =>
  new Map([...codes].map(([value, code]) => [code, value]));
const SITE_KINDS_BY_CODE = invert(SITE_KIND_CODES);
const CONNECTIVITY_BY_CODE = invert(CONNECTIVITY_CODES);
const STATUS_BY_CODE = invert(STATUS_CODES);

/** Tags of the decision's name lists, in their order. */
const NAME_LIST_TAGS = [
  ['decisionMakers', 'M'],
  ['consulted', 'C'],
  ['informed', 'I'],
] as const;

function encodeId(id: string): string {
  for (const [tag, prefix] of ID_PREFIX_BY_TAG) {
    if (id.startsWith(prefix)) return tag + escapeText(id.slice(prefix.length));
  }
  return PLAIN_ID_TAG + escapeText(id);
}

const flag = (value: boolean) => (value ? '1' : '0');
const optional = (tag: string, value: string | undefined) => (value === undefined ? '' : tag + value);
const optionalNumber = (tag: string, value: number | undefined) =>
  optional(tag, value === undefined ? undefined : formatNumber(value));
const optionalText = (tag: string, value: string | undefined) =>
  optional(tag, value === undefined ? undefined : escapeText(value));
/** A list as one field per item; an empty list as the tag alone, so it differs from no list. */
const list = <Item>(tag: string, items: readonly Item[] | undefined, write: (item: Item) => string) => {
  if (items === undefined) return '';
  return items.length === 0 ? tag : items.map(write).join('');
};

function encodeRegion(region: RegionV2): string {
  return (
    encodeId(region.id) +
    optionalText('N', region.name) +
    optionalNumber('Y', region.lat) +
    optionalNumber('X', region.lon) +
    (region.clusters === V2_DEFAULT_CLUSTERS ? '' : `C${formatNumber(region.clusters)}`) +
    optional('S', region.siteKind && SITE_KIND_CODES.get(region.siteKind)) +
    optional('W', region.connectivity && CONNECTIVITY_CODES.get(region.connectivity)) +
    optionalNumber('U', region.nodes) +
    optionalText('J', region.jurisdiction)
  );
}

/** A measurement's end: the region's position when it is one, the hub's mark, or the id written out. */
function encodeEnd(id: string, answers: LinkDocumentV2): string {
  const index = answers.regions.findIndex((region) => region.id === id);
  if (index !== -1) return `F${index}`;
  return id === answers.hub?.regionId ? `F${HUB_END}` : `F${encodeId(id)}`;
}

function encodeDecision(decision: DecisionV2): string {
  let body = `Q${optionalText('N', decision.title)}`;
  body += optional('S', decision.status && STATUS_CODES.get(decision.status));
  body += optionalText('D', decision.date);
  for (const [key, tag] of NAME_LIST_TAGS) body += list(tag, decision[key], (name) => tag + escapeText(name));
  return body + optionalText('A', decision.author);
}

/** Writes answers as a v2 body. Order is kept everywhere; a field is left out when the answers leave it out. */
export function encodeBodyV2(answers: LinkDocumentV2): string {
  const priorities = PRIORITY_ORDER.map((key) => formatNumber(answers.priorities[key])).join('');
  let body = `L${formatNumber(answers.latencyToleranceMs)}O${formatNumber(answers.opsEngineers)}`;
  body += `E${flag(answers.crossRegionEnvironments)}P${priorities}`;
  body += optionalNumber('K', answers.nodesPerCluster) + optionalNumber('R', answers.provisionedPercent);
  body += list(
    'J',
    answers.jurisdictions,
    (jurisdiction) =>
      `J${escapeText(jurisdiction.id)}N${escapeText(jurisdiction.name)}` +
      optional(
        'B',
        jurisdiction.keepManagementInside === undefined ? undefined : flag(jurisdiction.keepManagementInside),
      ),
  );
  body += answers.regions.map(encodeRegion).join('');
  if (answers.hub !== undefined) {
    const index = answers.regions.findIndex((region) => region.id === answers.hub?.regionId);
    body += index === -1 ? `H${encodeId(answers.hub.regionId)}` : `H${index}`;
  }
  body += list(
    'T',
    answers.latencies,
    (latency) => `T${formatNumber(latency.ms)}${encodeEnd(latency.from, answers)}${encodeEnd(latency.to, answers)}`,
  );
  return answers.decision === undefined ? body : body + encodeDecision(answers.decision);
}

function readText(reader: FieldReader, tag: string, what: string): string {
  return required(unescapeText(required(reader.takeOptional(tag), `${what} is missing`)), `${what} is malformed`);
}

function readOptional<Value>(
  reader: FieldReader,
  tag: string,
  parse: (text: string) => Value | null | undefined,
  what: string,
): Value | undefined {
  const text = reader.takeOptional(tag);
  return text === undefined ? undefined : required(parse(text), `${what} is malformed`);
}

function readFlag(text: string): boolean | null {
  if (text === '1') return true;
  return text === '0' ? false : null;
}

/** Fields with `tag`, one item each; the tag alone is an empty list; undefined when there is none. */
function readList<Item>(reader: FieldReader, tag: string, readItem: (value: string) => Item): Item[] | undefined {
  if (!reader.nextIs(tag)) return undefined;
  if (reader.peekValue() === '') {
    reader.takeOptional(tag);
    return [];
  }
  const items: Item[] = [];
  while (reader.nextIs(tag) && reader.peekValue() !== '') items.push(readItem(reader.takeOptional(tag) ?? ''));
  return items;
}

function readId(reader: FieldReader, what: string): string {
  const field = required(reader.takeAny(), `${what} is missing`);
  const prefix = field.tag === PLAIN_ID_TAG ? '' : ID_PREFIX_BY_TAG.get(field.tag);
  if (prefix === undefined) throw new MalformedBody(`unexpected field "${field.tag}" where ${what} should start`);
  return prefix + required(unescapeText(field.value), `${what} is malformed`);
}

const isIdTag = (tag: string | undefined) => tag === PLAIN_ID_TAG || (tag !== undefined && ID_PREFIX_BY_TAG.has(tag));

function readRegion(reader: FieldReader, position: number): RegionV2 {
  const what = `region ${position + 1}`;
  const id = readId(reader, `${what}'s id`);
  const name = readOptional(reader, 'N', unescapeText, `${what}'s name`);
  const lat = readOptional(reader, 'Y', parseNumber, `${what}'s latitude`);
  const lon = readOptional(reader, 'X', parseNumber, `${what}'s longitude`);
  const clusters = readOptional(reader, 'C', parseNumber, `${what}'s cluster count`) ?? V2_DEFAULT_CLUSTERS;
  const siteKind = readOptional(reader, 'S', (code) => SITE_KINDS_BY_CODE.get(code), `${what}'s site kind`);
  const connectivity = readOptional(reader, 'W', (code) => CONNECTIVITY_BY_CODE.get(code), `${what}'s connectivity`);
  const nodes = readOptional(reader, 'U', parseNumber, `${what}'s node count`);
  const jurisdiction = readOptional(reader, 'J', unescapeText, `${what}'s jurisdiction`);
  return {
    id,
    ...(name === undefined ? {} : { name }),
    ...(lat === undefined ? {} : { lat }),
    ...(lon === undefined ? {} : { lon }),
    clusters,
    ...(siteKind === undefined ? {} : { siteKind }),
    ...(connectivity === undefined ? {} : { connectivity }),
    ...(nodes === undefined ? {} : { nodes }),
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
  };
}

function readEnd(reader: FieldReader, regions: readonly RegionV2[], hub: string | undefined, what: string): string {
  const value = required(reader.takeOptional('F'), `${what} is missing`);
  if (value === HUB_END) return required(hub, `${what} is the hub, but no hub is pinned`);
  if (value === '') return readId(reader, what);
  if (!INDEX_TEXT.test(value)) throw new MalformedBody(`${what} is malformed`);
  return required(regions[Number(value)], `${what} is region ${Number(value) + 1}, which the link does not hold`).id;
}

function readDecision(reader: FieldReader): DecisionV2 {
  const title = readOptional(reader, 'N', unescapeText, "the decision's title");
  const status = readOptional(reader, 'S', (code) => STATUS_BY_CODE.get(code), "the decision's status");
  const date = readOptional(reader, 'D', unescapeText, "the decision's date");
  const lists = NAME_LIST_TAGS.map(
    ([key, tag]) =>
      [key, readList(reader, tag, (value) => required(unescapeText(value), `a name in ${key} is malformed`))] as const,
  );
  const author = readOptional(reader, 'A', unescapeText, "the decision's author");
  return {
    ...(title === undefined ? {} : { title }),
    ...(status === undefined ? {} : { status }),
    ...(date === undefined ? {} : { date }),
    ...Object.fromEntries(lists.filter(([, names]) => names !== undefined)),
    ...(author === undefined ? {} : { author }),
  };
}

/**
 * Reads a v2 body back into the document it was written from. Checks the grammar only; the caller validates
 * the document with the engine's schema.
 */
export function decodeBodyV2(body: string): BodyDecodeResult<LinkDocumentV2> {
  const fields = readFields(body);
  if (fields === null) return { ok: false, reason: 'the body is not a run of tagged fields' };
  const reader = new FieldReader(fields);
  try {
    const latencyText = required(reader.takeOptional('L'), 'the latency tolerance is missing');
    const latencyToleranceMs = required(parseNumber(latencyText), 'the latency tolerance is not a number');
    const opsText = required(reader.takeOptional('O'), 'the number of operations engineers is missing');
    const opsEngineers = required(parseNumber(opsText), 'the number of operations engineers is not a number');
    const environments = readFlag(required(reader.takeOptional('E'), 'the cross-region environments are missing'));
    const priorityDigits = required(reader.takeOptional('P'), 'the priorities are missing');
    if (!PRIORITIES_TEXT.test(priorityDigits)) throw new MalformedBody('the priorities are not four digits 0..4');
    const [singlePane = 0, multiClusterApps = 0, faultIsolation = 0, independentUpgrades = 0] = [...priorityDigits].map(
      Number,
    );
    const nodesPerCluster = readOptional(reader, 'K', parseNumber, 'the nodes per cluster');
    const provisionedPercent = readOptional(reader, 'R', parseNumber, 'the share of provisioned clusters');
    const jurisdictions = readList(reader, 'J', (idText) => {
      const id = required(unescapeText(idText), "a jurisdiction's id is malformed");
      const name = readText(reader, 'N', `the name of jurisdiction "${id}"`);
      const keep = readOptional(reader, 'B', readFlag, `whether jurisdiction "${id}" keeps management inside`);
      return { id, name, ...(keep === undefined ? {} : { keepManagementInside: keep }) };
    });
    const regions: RegionV2[] = [];
    while (isIdTag(reader.peekTag())) regions.push(readRegion(reader, regions.length));
    let hub: string | undefined;
    if (reader.nextIs('H')) {
      const value = reader.takeOptional('H') ?? '';
      if (value === '') hub = readId(reader, 'the hub');
      else if (INDEX_TEXT.test(value)) hub = required(regions[Number(value)], 'the hub is not a region of the link').id;
      else throw new MalformedBody('the hub is malformed');
    }
    const latencies = readList(reader, 'T', (msText) => {
      const ms = required(parseNumber(msText), 'a measured round trip is not a number');
      const from = readEnd(reader, regions, hub, 'the start of a measured round trip');
      const to = readEnd(reader, regions, hub, 'the end of a measured round trip');
      return { from, to, ms };
    });
    const decisionMark = reader.takeOptional('Q');
    if (decisionMark !== undefined && decisionMark !== '') throw new MalformedBody('the decision mark is malformed');
    const decision = decisionMark === undefined ? undefined : readDecision(reader);
    if (!reader.done) throw new MalformedBody(`unexpected field "${reader.peekTag()}"`);
    return {
      ok: true,
      document: {
        version: 1,
        regions,
        latencyToleranceMs,
        opsEngineers,
        crossRegionEnvironments: required(environments, 'cross-region environments is not 0/1'),
        priorities: { singlePane, multiClusterApps, faultIsolation, independentUpgrades },
        ...(nodesPerCluster === undefined ? {} : { nodesPerCluster }),
        ...(provisionedPercent === undefined ? {} : { provisionedPercent }),
        ...(jurisdictions === undefined ? {} : { jurisdictions }),
        ...(hub === undefined ? {} : { hub: { regionId: hub } }),
        ...(latencies === undefined ? {} : { latencies }),
        ...(decision === undefined ? {} : { decision }),
      },
    };
  } catch (error) {
    if (error instanceof MalformedBody) return { ok: false, reason: error.message };
    throw error;
  }
}
