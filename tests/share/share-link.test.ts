import { describe, expect, it } from 'vitest';
import { type Answers, type AnswersInput, parseAnswers, regionCatalog } from '../../src/engine';
import {
  buildShareUrl,
  type DecodeResult,
  decodeAnswers,
  encodeAnswers,
  MAX_SHARE_PAYLOAD_CHARS,
  measureShareLinkLengths,
  readShareHash,
  type ShareLinkErrorKind,
  sampleEstateAnswers,
  sampleShareAnswers,
} from '../../src/share';
import { encodeBodyV1 } from '../../src/share/body-v1';
import { encodeBodyV2 } from '../../src/share/body-v2';
import { sealBody } from '../../src/share/frame';

const BASE = 'http://localhost:5173/';

function answers(input: AnswersInput): Answers {
  const parsed = parseAnswers(input);
  if (!parsed.ok) throw new Error(`test answers are invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

function errorOf(result: DecodeResult | null) {
  if (result === null || result.ok) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

const priorities = { singlePane: 4, multiClusterApps: 3, faultIsolation: 1, independentUpgrades: 0 };

/** Custom sites made of everything that could collide with the link or URL syntax. */
const awkwardSites = answers({
  version: 1,
  regions: [
    { id: 'plant/7?x=1&y=2#top', name: 'Zürich "HQ" #1 & co? 100% <ok>', lat: 47.3769, lon: 8.5417 },
    { id: '🚀 东京', name: "🚀 Edge 東京 — l'entrepôt 👩‍💻 🇩🇪", lat: 35.6762, lon: 139.6503, clusters: 12 },
    { id: 'AWS:US-EAST-1', name: 'Upper-case: not the catalog', lat: 39.04, lon: -77.49 },
    { id: 'aws:', name: 'only a prefix', lat: 1, lon: 2 },
    { id: 'under_score:colon.dot-dash', name: 'v1.12.L1O1 A_b__c %20 %zz', lat: 0, lon: 0 },
    { id: 'surrogates', name: '\ud83d alone, \ude00 alone, 😀 paired', lat: 10, lon: 20 },
  ],
  latencyToleranceMs: 200,
  opsEngineers: 3,
  crossRegionEnvironments: true,
  priorities,
});

const hundredCatalogRegions = answers({
  version: 1,
  regions: regionCatalog
    .slice(0, 100)
    .map((region, index) => ({ id: region.id, clusters: 1 + ((index * 97) % 10000) })),
  priorities,
});

/** The longest answers a person can give: every id and name at its limit and needing the longest escape. */
const largestAnswers = answers({
  version: 1,
  regions: Array.from({ length: 100 }, (_, index) => ({
    id: String.fromCharCode(0xe000 + index).repeat(120),
    name: '\uffff'.repeat(80),
    lat: -0.0000012345678901234567,
    lon: -0.0000012345678901234567,
    clusters: 10000,
  })),
  latencyToleranceMs: 1000.0000000000001,
  opsEngineers: 0.0000012345678901234567,
  crossRegionEnvironments: true,
  priorities,
});

/** Every estate answer, with free texts that collide with the link syntax and lists given but empty. */
const awkwardEstate = answers({
  ...awkwardSites,
  regions: awkwardSites.regions.map((region, index) => ({
    ...region,
    siteKind: (['cloud', 'datacenter', 'edge'] as const)[index % 3],
    connectivity: (['connected', 'intermittent', 'air-gapped'] as const)[index % 3],
    nodes: region.clusters * 3,
    jurisdiction: index % 2 === 0 ? 'EU/EEA: "GDPR"' : '中国 #2',
  })),
  nodesPerCluster: 7.5,
  provisionedPercent: 0,
  jurisdictions: [
    { id: 'EU/EEA: "GDPR"', name: 'Europe & co? 100%', keepManagementInside: false },
    { id: '中国 #2', name: '中国大陆 🇨🇳' },
  ],
  hub: { regionId: 'aws:eu-central-1' },
  latencies: [
    { from: 'aws:eu-central-1', to: '🚀 东京', ms: 240.25 },
    { from: 'plant/7?x=1&y=2#top', to: 'aws:eu-central-1', ms: 201 },
  ],
  decision: {
    title: 'Planes: "hub" or regional? #1',
    status: 'superseded',
    date: '2026-12-05',
    decisionMakers: [],
    consulted: ["Zoë O'Neil", '王伟'],
    author: 'A_b__c %20',
  },
});

const roundTripCases: [string, Answers][] = [
  ['the contract minimal document', answers({ version: 1, regions: [{ id: 'aws:us-east-1', clusters: 3 }] })],
  ['ten catalog regions, every answer set', sampleShareAnswers(10)],
  ['custom sites with Unicode, emoji, quotes and #&?%', awkwardSites],
  [
    'fractional numbers, negative zero and range edges',
    answers({
      version: 1,
      regions: [
        { id: 'gcp:asia-east1', name: 'Taiwan, our name', lat: -0, lon: 1e-7 },
        { id: 'pole', name: 'Pole', lat: -90, lon: 180, clusters: 10000 },
        { id: 'third', name: 'Third', lat: 1 / 3, lon: -2 / 3 },
      ],
      latencyToleranceMs: 87.5,
      opsEngineers: 0.1 + 0.2,
      priorities,
    }),
  ],
  ['100 catalog regions', hundredCatalogRegions],
  ['ten regions with every estate answer and a decision', sampleEstateAnswers(10)],
  ['estate answers in awkward text, empty lists and a hub outside the regions', awkwardEstate],
  ['the largest answers there can be', largestAnswers],
];

describe('encodeAnswers and decodeAnswers', () => {
  it.each(roundTripCases)('%s round-trip exactly', (_, value) => {
    const payload = encodeAnswers(value);
    expect(decodeAnswers(payload)).toEqual({ ok: true, value });
  });

  it.each(roundTripCases)('%s survive the URL and location.hash', (_, value) => {
    const url = buildShareUrl(value, BASE);
    const payload = encodeAnswers(value);
    expect(payload).toMatch(/^[A-Za-z0-9._-]+[A-Za-z0-9]$/);
    expect(new URL(url).hash).toBe(`#${payload}`);
    expect(new URL(url).href).toBe(url);
    expect(readShareHash(new URL(url).hash)).toEqual({ ok: true, value });
  });

  it('fits the largest answers under the payload limit', () => {
    const length = encodeAnswers(largestAnswers).length;
    expect(length).toBeLessThanOrEqual(MAX_SHARE_PAYLOAD_CHARS);
  });

  it('gives the same answers the same link, whatever order their fields were written in', () => {
    const shuffled = answers({
      priorities: { independentUpgrades: 0, faultIsolation: 1, multiClusterApps: 3, singlePane: 4 },
      crossRegionEnvironments: true,
      opsEngineers: 3,
      latencyToleranceMs: 200,
      regions: awkwardSites.regions.map(({ clusters, lon, lat, name, id }) => ({ clusters, lon, lat, name, id })),
      version: 1,
    });
    expect(encodeAnswers(shuffled)).toBe(encodeAnswers(awkwardSites));
    expect(encodeAnswers(awkwardSites)).toBe(encodeAnswers(awkwardSites));
  });

  it('keeps regions in the order given', () => {
    const reversed = answers({ ...hundredCatalogRegions, regions: [...hundredCatalogRegions.regions].reverse() });
    const decoded = decodeAnswers(encodeAnswers(reversed));
    expect(decoded.ok && decoded.value.regions.map((region) => region.id)).toEqual(
      reversed.regions.map((region) => region.id),
    );
    expect(encodeAnswers(reversed)).not.toBe(encodeAnswers(hundredCatalogRegions));
  });

  it('leaves the editor-only $schema field out of the link', () => {
    const minimal = answers({ version: 1, regions: [{ id: 'aws:us-east-1' }] });
    const withSchema = answers({
      $schema: '../public/answers.schema.json',
      version: 1,
      regions: [{ id: 'aws:us-east-1' }],
    });
    expect(encodeAnswers(withSchema)).toBe(encodeAnswers(minimal));
  });
});

describe('link length', () => {
  it('keeps a link for 10 catalog regions with every answer set under 300 characters', () => {
    expect(buildShareUrl(sampleShareAnswers(10), BASE).length).toBeLessThan(300);
  });

  it('keeps the 10 longest catalog ids, three-digit cluster counts and fractional answers under 300 characters', () => {
    // v1 (frozen) writes the aws:, azure: and gcp: prefixes as one letter; the China partitions' ids (aws-cn:,
    // azure-cn:, alibaba:) go in full and wait for a link version with their own tags.
    const v1Tagged = regionCatalog.filter((region) => ['aws', 'azure', 'gcp'].includes(region.provider));
    const longest = [...v1Tagged].sort((a, b) => b.id.length - a.id.length || a.id.localeCompare(b.id));
    const worst = answers({
      version: 1,
      regions: longest.slice(0, 10).map((region, index) => ({ id: region.id, clusters: 900 + index })),
      latencyToleranceMs: 137.5,
      opsEngineers: 2.75,
      crossRegionEnvironments: true,
      priorities,
    });
    expect(buildShareUrl(worst, BASE).length).toBeLessThan(300);
  });

  it('reports the URL length for 1, 10 and 100 regions', () => {
    const lengths = measureShareLinkLengths();
    expect(lengths.map((row) => row.regionCount)).toEqual([1, 10, 100]);
    for (const row of lengths) {
      expect(row.urlChars).toBe(buildShareUrl(sampleShareAnswers(row.regionCount), BASE).length);
    }
  });
});

describe('buildShareUrl and readShareHash', () => {
  const value = sampleShareAnswers(3);
  const payload = encodeAnswers(value);

  it.each([
    ['http://localhost:5173/', `http://localhost:5173/#${payload}`],
    ['http://localhost:5173/#v1.old.link', `http://localhost:5173/#${payload}`],
    ['https://advisor.example/app/?lang=en#', `https://advisor.example/app/?lang=en#${payload}`],
  ])('puts the payload on %s', (base, expected) => {
    expect(buildShareUrl(value, base)).toBe(expected);
  });

  it.each(['', '#'])('treats the hash %j as a plain start', (hash) => {
    expect(readShareHash(hash)).toBeNull();
  });

  it.each([`#${payload}`, payload])('reads %s with or without its #', (hash) => {
    expect(readShareHash(hash)).toEqual({ ok: true, value });
  });

  it('reports a hash that is not a share link', () => {
    expect(errorOf(readShareHash('#main-content')).kind).toBe('corrupted');
  });
});

describe('damaged links', () => {
  const payload = encodeAnswers(sampleShareAnswers(10));
  const bodyStart = payload.indexOf('.', 3) + 1;
  const checksumStart = payload.length - 6;

  function kindOf(damaged: string): ShareLinkErrorKind {
    let result: DecodeResult | undefined;
    expect(() => {
      result = decodeAnswers(damaged);
    }).not.toThrow();
    return errorOf(result ?? null).kind;
  }

  /** Replaces one character with a different one from the link alphabet. */
  function flip(text: string, index: number): string {
    const replacement = text.charAt(index) === 'q' ? 'r' : 'q';
    return text.slice(0, index) + replacement + text.slice(index + 1);
  }

  it('rejects an empty payload', () => {
    expect(kindOf('')).toBe('empty');
  });

  it.each([1, 2, 3, 5, bodyStart, bodyStart + 1, Math.floor(payload.length / 2), checksumStart - 1, checksumStart, -1])(
    'reports a link cut off after %d characters as truncated',
    (end) => {
      expect(kindOf(payload.slice(0, end))).toBe('truncated');
    },
  );

  it.each([bodyStart, bodyStart + 5, Math.floor(payload.length / 2), checksumStart - 2, checksumStart + 3, -1])(
    'reports one changed character at %d as corrupted',
    (index) => {
      expect(kindOf(flip(payload, index < 0 ? payload.length + index : index))).toBe('corrupted');
    },
  );

  it.each(['v4.', 'v0.', 'v99.', 'v123456789.'])('reports the version prefix %s as an unknown version', (prefix) => {
    const error = errorOf(decodeAnswers(prefix + payload.slice(3)));
    expect(error.kind).toBe('unknown-version');
    expect(error.message).toContain(prefix.slice(1, -1));
  });

  it.each(['x', ')', '.', '%20', '&utm_source=chat', payload])('reports %j appended as corrupted', (junk) => {
    expect(kindOf(payload + junk)).toBe('corrupted');
  });

  it.each([
    ['a missing version', payload.slice(1)],
    ['a leading #', `#${payload}`],
    ['a percent-encoded character', payload.replace('.', '%2E')],
    ['a space', `${payload.slice(0, 20)} ${payload.slice(21)}`],
    ['plain text', 'hello world'],
  ])('reports %s as corrupted', (_, damaged) => {
    expect(kindOf(damaged)).toBe('corrupted');
  });

  it('rejects an oversized payload before reading it', () => {
    expect(kindOf(`v1.${'A'.repeat(MAX_SHARE_PAYLOAD_CHARS)}`)).toBe('too-large');
    const started = performance.now();
    expect(kindOf('x'.repeat(20_000_000))).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it.each<[ShareLinkErrorKind, string]>([
    ['empty', ''],
    ['truncated', payload.slice(0, 40)],
    ['corrupted', flip(payload, 40)],
    ['unknown-version', `v9.${payload.slice(3)}`],
    ['too-large', 'v'.repeat(MAX_SHARE_PAYLOAD_CHARS + 1)],
  ])('explains %s in plain words with a way forward', (kind, damaged) => {
    const error = errorOf(decodeAnswers(damaged));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(/^This share link /);
    expect(error.message).toContain('fresh link');
    expect(error.message).toContain('start over');
    // Without the advice, for the app's alert, which gives its own.
    expect(error.message.startsWith(error.reason)).toBe(true);
    expect(error.reason).not.toContain('fresh link');
  });
});

describe('links with a valid checksum that a person or program forged', () => {
  it.each([
    ['a latency out of range', 'L5000O2E0P2222Aus-east-1', 'latencyToleranceMs'],
    ['no regions', 'L150O2E0P2222', 'regions'],
    ['zero clusters', 'L150O2E0P2222Aus-east-1C0', 'regions[0].clusters'],
    ['fractional clusters', 'L150O2E0P2222Aus-east-1C1.5', 'regions[0].clusters'],
    ['a custom site without a location', 'L150O2E0P2222IplantN_plant', 'regions[0].lat'],
    ['a duplicate region', 'L150O2E0P2222Aus-east-1Aus-east-1', 'regions[1].id'],
  ])('reports %s as invalid answers naming the field', (_, body, path) => {
    const error = errorOf(decodeAnswers(sealBody(1, body)));
    expect(error.kind).toBe('invalid-answers');
    expect(error.message).toContain(path);
    expect(error.problems?.map((problem) => problem.path)).toContain(path);
  });

  it.each([
    ['the aws: prefix written in full', 'L150O2E0P2222Iaws_-us-east-1'],
    ['the default cluster count written out', 'L150O2E0P2222Aus-east-1C1'],
    ['a number with a trailing zero', 'L150.0O2E0P2222Aus-east-1'],
    ['a capital escaped as hex', 'L150O2E0P2222IplantN_250lantY1X1'],
    ['a name with a leading space', 'L150O2E0P2222IplantN_.plantY1X1'],
    ['fields out of order', 'L150O2E0P2222IplantX1Y1N_plant'],
    ['a field v1 does not know', 'L150O2E0P2222Aus-east-1Q1'],
    ['priorities out of range', 'L150O2E0P2225Aus-east-1'],
    ['a lowercase start', 'l150O2E0P2222Aus-east-1'],
  ])('reports %s as corrupted: only the exact text the advisor writes is read', (_, body) => {
    expect(errorOf(decodeAnswers(sealBody(1, body))).kind).toBe('corrupted');
  });

  it('reports a zero-padded version as corrupted', () => {
    const body = 'L150O2E0P2222Aus-east-1';
    expect(decodeAnswers(sealBody(1, body)).ok).toBe(true);
    expect(errorOf(decodeAnswers(sealBody('01' as unknown as number, body))).kind).toBe('corrupted');
  });
});

describe('link version 2', () => {
  it('writes answers without estate answers exactly as v1 did, so those links stay as short', () => {
    for (const value of [sampleShareAnswers(10), awkwardSites, hundredCatalogRegions]) {
      expect(encodeBodyV2(value)).toBe(encodeBodyV1(value));
    }
  });

  it('writes a measurement between two listed regions by their positions', () => {
    const value = answers({
      version: 1,
      regions: [{ id: 'aws:eu-west-1' }, { id: 'aws:us-east-1' }],
      latencies: [{ from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 72 }],
    });
    expect(encodeAnswers(value)).toMatch(/^v3\.\d+\.L150O2E0P2222Aeu-west-1Aus-east-1T72F0F1\./);
  });

  it('carries every answer version 3 added, after a "V" mark that only links using them have', () => {
    const value = answers({
      version: 1,
      regions: [
        { id: 'aws:eu-west-1', clusters: 9, jurisdiction: 'eu', clusterKinds: { provisioned: 5, hosted: 2 } },
        { id: 'aws:us-east-1', clusterKinds: {} },
      ],
      clustersInTwoYears: 30,
      jurisdictions: [
        { id: 'eu', name: 'EU', planesManageOnlyInside: false, allowedLocations: ['IE', 'aws:eu-west-2'] },
      ],
    });
    const payload = encodeAnswers(value);
    expect(payload).toMatch(
      /^v3\.\d+\.L150O2E0P2222JeuN_e_uAeu-west-1C9JeuAus-east-1VG30R0P5H2R1J0S0L_i_eLaws_-eu-west-2\./,
    );
    expect(decodeAnswers(payload)).toEqual({ ok: true, value });
    expect(encodeAnswers(answers({ version: 1, regions: [{ id: 'aws:us-east-1' }] }))).not.toContain('V');
  });

  it("writes an allowed location that is one of the answers' regions by its index, however long its id", () => {
    const id = '东京数据中心'.repeat(20);
    const value = answers({
      version: 1,
      regions: [
        { id: 'aws:eu-west-1', jurisdiction: 'jp' },
        { id, name: 'Tokyo DC', lat: 35.68, lon: 139.69, jurisdiction: 'jp' },
      ],
      jurisdictions: [{ id: 'jp', name: 'Japan', allowedLocations: ['JP', id, 'aws:eu-west-1'] }],
    });
    const payload = encodeAnswers(value);
    expect(payload).toMatch(/VJ0L_j_pF1F0\./);
    expect(decodeAnswers(payload)).toEqual({ ok: true, value });
  });

  it.each([
    ['an allowed region the link does not hold', 'L150O2E0P2222JeuN_euAeu-west-1JeuVJ0F1'],
    ['a mark with nothing after it', 'L150O2E0P2222Aeu-west-1V'],
    ['a jurisdiction entry that says nothing', 'L150O2E0P2222JeuN_euAeu-west-1JeuVJ0'],
    ['cluster kinds of a region the link does not hold', 'L150O2E0P2222Aeu-west-1VR1P1'],
    ['cluster kinds out of region order', 'L150O2E0P2222Aeu-west-1Aus-east-1VR1R0'],
    ['kinds in another order', 'L150O2E0P2222Aeu-west-1VR0H1P1'],
    ['growth after the kinds', 'L150O2E0P2222Aeu-west-1VR0G5'],
    ['a strict rule that is not 0 or 1', 'L150O2E0P2222JeuN_euAeu-west-1JeuVJ0S2'],
  ])('reports a version 3 link with %s as corrupted', (_, body) => {
    expect(errorOf(decodeAnswers(sealBody(3, body))).kind).toBe('corrupted');
  });

  it('names a version 3 answer the engine rejects by its path', () => {
    const error = errorOf(decodeAnswers(sealBody(3, 'L150O2E0P2222Aeu-west-1C2VR0P3')));
    expect(error.kind).toBe('invalid-answers');
    expect(error.problems?.map((problem) => problem.path)).toContain('regions[0].clusterKinds');
  });

  it('keeps opening a v1 link, with none of the answers v1 could not say', () => {
    const decoded = decodeAnswers(sealBody(1, 'L150O2E0P2222Aus-east-1C3'));
    expect(decoded).toEqual({
      ok: true,
      value: answers({ version: 1, regions: [{ id: 'aws:us-east-1', clusters: 3 }] }),
    });
    expect(decoded.ok && Object.keys(decoded.value)).not.toContain('latencies');
  });

  it.each([
    ['a measurement faster than light', 'L150O2E0P2222Aeu-west-1Aus-east-1T20F0F1', 'latencies[0].ms'],
    ['a measurement of a region with itself', 'L150O2E0P2222Aeu-west-1Aus-east-1T201F0F0', 'latencies[0].to'],
    ['a hub on an edge site', 'L150O2E0P2222Aeu-west-1SeAus-east-1H0', 'hub.regionId'],
    ['a jurisdiction nobody is in', 'L150O2E0P2222JeuN_euAeu-west-1', 'jurisdictions[0]'],
    ['an undeclared jurisdiction', 'L150O2E0P2222Aeu-west-1Jeu', 'regions[0].jurisdiction'],
    ['fewer nodes than clusters', 'L150O2E0P2222Aeu-west-1C5U3', 'regions[0].nodes'],
    ['a decision date that is no date', 'L150O2E0P2222Aeu-west-1QD2026-13-01', 'decision.date'],
  ])('reports %s as invalid answers naming the field', (_, body, path) => {
    const error = errorOf(decodeAnswers(sealBody(2, body)));
    expect(error.kind).toBe('invalid-answers');
    expect(error.problems?.map((problem) => problem.path)).toContain(path);
  });

  it.each([
    ['a measurement by id where a position says it', 'L150O2E0P2222Aeu-west-1Aus-east-1T201FAeu-west-1F1'],
    ['a hub by id where a position says it', 'L150O2E0P2222Aeu-west-1HAeu-west-1'],
    ['a position with a leading zero', 'L150O2E0P2222Aeu-west-1Aus-east-1T201F00F1'],
    ['a position past the last region', 'L150O2E0P2222Aeu-west-1Aus-east-1T201F0F2'],
    ['the hub mark without a hub', 'L150O2E0P2222Aeu-west-1Aus-east-1T201F0Fh'],
    ['an unknown site kind', 'L150O2E0P2222Aeu-west-1Sx'],
    ['an empty jurisdictions list and a jurisdiction', 'L150O2E0P2222JJeuN_euAeu-west-1Jeu'],
    ['an empty decision-makers list and a name', 'L150O2E0P2222Aeu-west-1QMM_ana'],
    ['estate answers out of order', 'L150O2E0P2222R50K10Aeu-west-1'],
    ['a region after the hub', 'L150O2E0P2222Aeu-west-1H0Aus-east-1'],
    ['a decision mark with a value', 'L150O2E0P2222Aeu-west-1Qx'],
  ])('reports %s as corrupted: only the exact text the advisor writes is read', (_, body) => {
    expect(errorOf(decodeAnswers(sealBody(2, body))).kind).toBe('corrupted');
  });
});
