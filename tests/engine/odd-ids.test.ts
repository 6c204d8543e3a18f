import { describe, expect, it } from 'vitest';
import { parseAnswers, type Recommendation, recommend } from '../../src/engine';

/**
 * Region ids that are names of Object.prototype's members (issue 22): a record keyed by region id must hold every
 * one as plain data, with a number for each, in the recommendation and in the JSON the command line prints.
 */
const ODD_IDS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

const answers = (() => {
  const parsed = parseAnswers({
    version: 1,
    regions: [
      { id: '__proto__', name: 'Proto DC', lat: 40.7, lon: -74, clusters: 5 },
      { id: 'constructor', name: 'Constructor DC', lat: 51.5, lon: -0.1, clusters: 4 },
      { id: 'toString', name: 'ToString DC', lat: 35.7, lon: 139.7, clusters: 3 },
      { id: 'valueOf', name: 'ValueOf DC', lat: -33.9, lon: 151.2, clusters: 2 },
      { id: 'hasOwnProperty', name: 'HasOwnProperty DC', lat: 1.3, lon: 103.8, clusters: 2 },
    ],
    latencies: [{ from: '__proto__', to: 'constructor', ms: 90 }],
    hub: { regionId: '__proto__' },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
})();

function expectEveryRegionMeasured(record: Readonly<Record<string, number>>, ids: readonly string[]) {
  expect(Object.keys(record).sort()).toEqual([...ids].sort());
  for (const id of ids) {
    expect(Object.hasOwn(record, id)).toBe(true);
    expect(typeof record[id]).toBe('number');
    expect(Number.isFinite(record[id])).toBe(true);
  }
}

describe.each([
  ['the recommendation', (recommendation: Recommendation) => recommendation],
  ['the JSON the command line prints', (recommendation: Recommendation) => JSON.parse(JSON.stringify(recommendation))],
])('ids named like Object.prototype members, in %s', (_where, view) => {
  const recommendation: Recommendation = view(recommend(answers));

  it('gives a finite round trip from the hub to every region, the measured one as measured', () => {
    expect(recommendation.hub.regionId).toBe('__proto__');
    expectEveryRegionMeasured(recommendation.hub.rttMs, ODD_IDS);
    expect(recommendation.hub.rttMs.constructor).toBe(90);
    expect(recommendation.hub.worstRttMs).toBe(Math.max(...Object.values(recommendation.hub.rttMs)));
    expect(recommendation.hub.measuredRttRegionIds).toEqual(['constructor']);
  });

  it('marks no region uncertain that is not', () => {
    const uncertain = recommendation.hub.uncertainRtt ?? {};
    for (const id of ODD_IDS) {
      if (Object.hasOwn(uncertain, id)) expect(typeof uncertain[id]).toBe('string');
    }
    expect(Object.keys(uncertain).every((id) => (ODD_IDS as readonly string[]).includes(id))).toBe(true);
  });

  it("holds each plane's round trips to exactly its own regions", () => {
    for (const group of [...recommendation.hubPlan.groups, ...recommendation.regionalPlan.groups]) {
      expectEveryRegionMeasured(group.rttMs, group.regionIds);
      expect(group.worstRttMs).toBe(Math.max(...group.regionIds.map((id) => group.rttMs[id] ?? Number.NaN)));
    }
  });

  it('names every region in the factors and the plan, never a function', () => {
    const text = [
      ...recommendation.factors.map((factor) => factor.explanation),
      ...recommendation.plan.map((item) => item.text),
    ];
    for (const sentence of text) expect(sentence).not.toMatch(/function|\[object|NaN|undefined/);
  });
});
