import { describe, expect, it } from 'vitest';
import {
  type Answers,
  MAX_ALLOWED_LOCATIONS,
  MAX_DECISION_TITLE_CHARS,
  MAX_JURISDICTION_ID_CHARS,
  MAX_JURISDICTIONS,
  MAX_MEASURED_LATENCIES,
  MAX_NAME_CHARS,
  MAX_NAMES_PER_ROLE,
  MAX_PERSON_NAME_CHARS,
  MAX_REGION_ID_CHARS,
  MAX_REGIONS,
  parseAnswers,
  regionCatalog,
} from '../../src/engine';
import { decodeAnswers, encodeAnswers, MAX_SHARE_PAYLOAD_CHARS } from '../../src/share';
import { escapeText } from '../../src/share/link-text';

/** `length` CJK characters (each a six-character escape in a link), different for each `seed`. */
const cjk = (length: number, seed: number) =>
  Array.from({ length }, (_, index) => String.fromCharCode(0x4e00 + ((seed * 977 + index * 31) % 20_000))).join('');

/** A coordinate near 0 written with the most digits a double takes (`-0.0000012345678901234…`). */
const longCoordinate = (index: number) => -Number(`0.0000012345678901${String(1000 + index).padStart(4, '0')}`);

/** The largest valid answers document: every list at its limit, every text at its length in CJK, long numbers. */
function largestValidAnswers(): Answers {
  // The catalog ids that take the most link characters, as many as a jurisdiction may allow.
  const longestCatalogIds = regionCatalog
    .map(({ id }) => id)
    .sort((a, b) => escapeText(b).length - escapeText(a).length || a.localeCompare(b))
    .slice(0, MAX_ALLOWED_LOCATIONS);
  const jurisdictions = Array.from({ length: MAX_JURISDICTIONS }, (_, index) => ({
    id: cjk(MAX_JURISDICTION_ID_CHARS, 5000 + index),
    name: cjk(MAX_NAME_CHARS, 6000 + index),
    keepManagementInside: true,
    planesManageOnlyInside: true,
    allowedLocations: longestCatalogIds,
  }));
  const regions = Array.from({ length: MAX_REGIONS }, (_, index) => ({
    id: cjk(MAX_REGION_ID_CHARS, index),
    name: cjk(MAX_NAME_CHARS, 1000 + index),
    lat: longCoordinate(index),
    lon: longCoordinate(index + 500),
    clusters: 9_999,
    siteKind: 'datacenter' as const,
    // The pinned hub (the first region) must be on a steady link; every choice takes a link the same characters.
    connectivity: index === 0 ? ('connected' as const) : ('intermittent' as const),
    nodes: 9_999_999,
    jurisdiction: jurisdictions[index % MAX_JURISDICTIONS]?.id ?? '',
    clusterKinds: { provisioned: 3_333, imported: 3_333, hosted: 3_333 },
  }));
  const latencies: { from: string; to: string; ms: number }[] = [];
  for (let from = 0; from < MAX_REGIONS && latencies.length < MAX_MEASURED_LATENCIES; from++) {
    for (let to = from + 1; to < MAX_REGIONS && latencies.length < MAX_MEASURED_LATENCIES; to++) {
      latencies.push({ from: regions[from]?.id ?? '', to: regions[to]?.id ?? '', ms: 1999.9999999999998 });
    }
  }
  const names = (seed: number) =>
    Array.from({ length: MAX_NAMES_PER_ROLE }, (_, index) => cjk(MAX_PERSON_NAME_CHARS, seed + index));
  const result = parseAnswers({
    version: 1,
    regions,
    latencyToleranceMs: 1999.9999999999998,
    opsEngineers: 999.9999999999999,
    nodesPerCluster: 12.345678901234567,
    provisionedPercent: 12.345678901234567,
    jurisdictions,
    clustersInTwoYears: 999_999,
    hub: { regionId: regions[0]?.id },
    latencies,
    decision: {
      title: cjk(MAX_DECISION_TITLE_CHARS, 7000),
      status: 'superseded',
      date: '2026-12-31',
      decisionMakers: names(8000),
      consulted: names(8100),
      informed: names(8200),
      author: cjk(MAX_PERSON_NAME_CHARS, 8300),
    },
    crossRegionEnvironments: true,
    priorities: { singlePane: 4, multiClusterApps: 4, faultIsolation: 4, independentUpgrades: 4 },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.value;
}

describe('share link limits', () => {
  it('give the largest valid document a link that decodes to the same answers', () => {
    const largest = largestValidAnswers();
    expect(largest.latencies).toHaveLength(MAX_MEASURED_LATENCIES);
    const payload = encodeAnswers(largest);
    // Over the old fixed limit of 131,072 characters, which refused this document's link.
    expect(payload.length).toBeGreaterThan(131_072);
    expect(payload.length).toBeLessThanOrEqual(MAX_SHARE_PAYLOAD_CHARS);
    expect(decodeAnswers(payload)).toEqual({ ok: true, value: largest });
  });

  it('stay near the largest link there can be, so a pasted address with other text is still refused', () => {
    const length = encodeAnswers(largestValidAnswers()).length;
    expect(length).toBeGreaterThan(MAX_SHARE_PAYLOAD_CHARS * 0.8);
    const decoded = decodeAnswers(`v2.${'a'.repeat(MAX_SHARE_PAYLOAD_CHARS)}`);
    expect(!decoded.ok && decoded.error.kind).toBe('too-large');
  });
});
