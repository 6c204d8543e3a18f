import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, type PriorityKey, parseAnswers, recommend } from '../../src/engine';
import { validAnswers, validEstateAnswers } from './arbitraries';

/** Regional's lead over Hub & Spoke, in score points. */
const lead = (answers: Answers) => {
  const { scores } = recommend(answers);
  return scores.regional - scores['hub-and-spoke'];
};

const withPriority = (answers: Answers, key: PriorityKey, value: number): Answers => ({
  ...answers,
  priorities: { ...answers.priorities, [key]: value },
});

/** A global estate where every answer matters: three continents, one region split over two neighbours. */
const global = (() => {
  const result = parseAnswers({
    version: 1,
    regions: [
      { id: 'aws:us-east-1', clusters: 6 },
      { id: 'aws:us-east-2', clusters: 2 },
      { id: 'aws:eu-west-1', clusters: 5 },
      { id: 'aws:ap-southeast-1', clusters: 3 },
    ],
  });
  if (!result.ok) throw new Error('bad fixture');
  return result.value;
})();

type Rule = [
  string,
  (answers: Answers, low: number, high: number) => [Answers, Answers],
  number,
  number,
  'raises' | 'lowers',
];

// Each row: the answer, how to set it low and high, its range, and what raising it does to Regional's lead.
const rules: Rule[] = [
  [
    'latency tolerance',
    (a, low, high) => [
      { ...a, latencyToleranceMs: low },
      { ...a, latencyToleranceMs: high },
    ],
    1,
    2000,
    'lowers',
  ],
  [
    'operations engineers',
    (a, low, high) => [
      { ...a, opsEngineers: low },
      { ...a, opsEngineers: high },
    ],
    0,
    1000,
    'raises',
  ],
  [
    'fault isolation priority',
    (a, low, high) => [withPriority(a, 'faultIsolation', low), withPriority(a, 'faultIsolation', high)],
    0,
    4,
    'raises',
  ],
  [
    'independent upgrades priority',
    (a, low, high) => [withPriority(a, 'independentUpgrades', low), withPriority(a, 'independentUpgrades', high)],
    0,
    4,
    'raises',
  ],
  [
    'single-pane priority',
    (a, low, high) => [withPriority(a, 'singlePane', low), withPriority(a, 'singlePane', high)],
    0,
    4,
    'lowers',
  ],
  [
    'multi-cluster apps priority',
    (a, low, high) => [withPriority(a, 'multiClusterApps', low), withPriority(a, 'multiClusterApps', high)],
    0,
    4,
    'lowers',
  ],
  [
    'environments spanning regions',
    (a) => [
      { ...a, crossRegionEnvironments: false },
      { ...a, crossRegionEnvironments: true },
    ],
    0,
    1,
    'lowers',
  ],
];

describe('each answer moves the scores the way its meaning says', () => {
  it.each(rules)("raising %s never moves Regional's lead the wrong way", (_name, set, min, max, direction) => {
    fc.assert(
      fc.property(validAnswers, fc.integer({ min, max }), fc.integer({ min, max }), (answers, x, y) => {
        const [lowAnswers, highAnswers] = set(answers, Math.min(x, y), Math.max(x, y));
        const change = lead(highAnswers) - lead(lowAnswers);
        if (direction === 'raises') expect(change).toBeGreaterThanOrEqual(0);
        else expect(change).toBeLessThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it.each(rules)('%s changes the scores somewhere in its range', (_name, set, min, max, direction) => {
    const [lowAnswers, highAnswers] = set(global, min, max);
    const change = lead(highAnswers) - lead(lowAnswers);
    expect(direction === 'raises' ? change : -change).toBeGreaterThan(0);
  });
});

/** The difference between the two scores, Regional minus Hub & Spoke. */
const difference = (answers: Answers) => lead(answers);

/** Largest change of the score difference that one tiny change of an answer may cause (issue: no cliffs). */
const MAX_STEP_POINTS = 5;

const clustersOf = (answers: Answers) => answers.regions.reduce((sum, region) => sum + region.clusters, 0);

/**
 * One cluster more or less is a tiny change only where it is a small share of the estate: at most a twentieth of it
 * (estates of 20 clusters or more), where it may move the difference by MAX_STEP_POINTS. In a smaller estate one
 * cluster is a real change of the answers, not a nudge: one of four clusters is a quarter of the estate (and half of a
 * region of two), the latency factor's stake is meant to grow fastest over the first clusters a nearer plane serves
 * (`LATENCY_FULL_STAKE_CLUSTERS`, on a log scale), and with every priority at "does not matter" the scores are shares
 * of a few points, so an honest answer moves by more. There it may move the difference by a point per percent of the
 * estate the cluster is (a quarter: 25 points): proportionate, never a cliff. The same rule at 20 clusters and up is
 * the 5 points; a cliff (a whole plane switching on with one cluster) moves the difference by tens of points.
 */
const clusterStepPoints = (answers: Answers, nudged: Answers) =>
  Math.max(MAX_STEP_POINTS, 100 / Math.max(clustersOf(answers), clustersOf(nudged)));

type Nudge = [
  string,
  (answers: Answers, index: number, sign: 1 | -1) => Answers | null,
  ((answers: Answers, nudged: Answers) => number)?,
];

const nudges: Nudge[] = [
  [
    'one cluster more or less in one region (under 20 clusters: a point per percent of the estate)',
    (answers, index, sign) => {
      const region = answers.regions[index % answers.regions.length];
      if (!region) return null;
      const clusters = region.clusters + sign;
      if (clusters < 1 || clusters > 10_000) return null;
      return { ...answers, regions: answers.regions.map((r) => (r === region ? { ...r, clusters } : r)) };
    },
    clusterStepPoints,
  ],
  [
    '1 ms of tolerance',
    (answers, _index, sign) => {
      const latencyToleranceMs = answers.latencyToleranceMs + sign;
      return latencyToleranceMs < 1 || latencyToleranceMs > 2000 ? null : { ...answers, latencyToleranceMs };
    },
  ],
  [
    'a tenth of an engineer',
    (answers, _index, sign) => {
      const opsEngineers = Math.round((answers.opsEngineers + sign * 0.1) * 10) / 10;
      return opsEngineers < 0 ? null : { ...answers, opsEngineers };
    },
  ],
  [
    "0.1 degree of a site's position",
    (answers, index, sign) => {
      const sites = answers.regions.filter((region) => region.lat !== undefined && region.lon !== undefined);
      const site = sites[index % Math.max(1, sites.length)];
      if (!site || site.lat === undefined || site.lon === undefined) return null;
      const moved = index % 2 === 0 ? { lat: site.lat + sign * 0.1 } : { lon: site.lon + sign * 0.1 };
      const lat = moved.lat ?? site.lat;
      const lon = moved.lon ?? site.lon;
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
      return { ...answers, regions: answers.regions.map((r) => (r === site ? { ...r, lat, lon } : r)) };
    },
  ],
];

describe('small changes make small changes', () => {
  it.each(nudges)('%s never moves the score difference by more than 5 points', (_name, nudge, stepPoints) => {
    fc.assert(
      fc.property(validAnswers, fc.nat(), fc.constantFrom(1 as const, -1 as const), (answers, index, sign) => {
        const nudged = nudge(answers, index, sign);
        if (nudged === null) return;
        const allowed = stepPoints?.(answers, nudged) ?? MAX_STEP_POINTS;
        expect(Math.abs(difference(nudged) - difference(answers))).toBeLessThanOrEqual(allowed);
      }),
      { numRuns: 400 },
    );
  });

  it('one cluster more or less between two equally good hubs far apart moves the difference by slivers', () => {
    // 70 clusters in South Africa and 72 in London: the hub shares its round trips between the two places, 170 ms
    // apart. A hub's reach judged from the blended round trip once moved a whole area across the reach's fade with
    // one cluster (the difference jumped by 6 points between 69 and 70).
    const estate = (southAfrica: number) => {
      const result = parseAnswers({
        version: 1,
        regions: [
          { id: 'azure:southafricawest', clusters: southAfrica },
          { id: 'gcp:europe-west2', clusters: 72 },
        ],
        latencyToleranceMs: 89,
        opsEngineers: 81,
        priorities: { singlePane: 0, multiClusterApps: 0, faultIsolation: 0, independentUpgrades: 3 },
      });
      if (!result.ok) throw new Error('bad fixture');
      return result.value;
    };
    for (let clusters = 66; clusters < 78; clusters++) {
      const step = Math.abs(difference(estate(clusters + 1)) - difference(estate(clusters)));
      expect(step, `${clusters} to ${clusters + 1} clusters`).toBeLessThanOrEqual(1);
    }
  });
});

describe('determinism', () => {
  it('gives the same recommendation whatever the order of regions', () => {
    fc.assert(
      fc.property(validAnswers, fc.infiniteStream(fc.nat()), (answers, randomness) => {
        const shuffled = [...answers.regions]
          .map((region) => ({ region, key: randomness.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ region }) => region);
        expect(recommend({ ...answers, regions: shuffled })).toEqual(recommend(answers));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['any answers', validAnswers],
    ["answers with the estate's constraints", validEstateAnswers],
  ])('keeps scores within 0..100, names the higher one, and ties go to Hub & Spoke, for %s', (_kind, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (answers) => {
        const { scores, strategy, confidence } = recommend(answers);
        for (const score of Object.values(scores)) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(strategy).toBe(scores.regional > scores['hub-and-spoke'] ? 'regional' : 'hub-and-spoke');
        const margin = Math.abs(scores.regional - scores['hub-and-spoke']);
        expect(confidence).toBe(margin >= 20 ? 'strong' : margin >= 8 ? 'moderate' : 'close-call');
      }),
      { numRuns: 100 },
    );
  });
});
