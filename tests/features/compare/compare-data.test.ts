import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS } from '../../../src/app/default-answers';
import { type Answers, type Factor, parseAnswers, recommend } from '../../../src/engine';
import { diffAnswers } from '../../../src/features/compare/answer-diff';
import { MAX_CHANGED_FACTORS, rankFactorChanges } from '../../../src/features/compare/factor-changes';
import { toScoreChartRows } from '../../../src/features/compare/score-chart-data';

function answers(input: unknown): Answers {
  const parsed = parseAnswers(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const base = answers({
  version: 1,
  regions: [
    { id: 'aws:us-east-1', clusters: 3 },
    { id: 'plant-lyon', name: 'Lyon plant', lat: 45.76, lon: 4.84, clusters: 2 },
  ],
});

describe('diffAnswers', () => {
  it('finds nothing between equal versions, whatever their decision-record fields say', () => {
    expect(diffAnswers([base, { ...base, decision: { author: 'Rui', status: 'accepted' } }])).toEqual([]);
  });

  it.each([
    ['the tolerance', { ...base, latencyToleranceMs: 250 }, 'latencyToleranceMs', [150, 250]],
    ['the engineers', { ...base, opsEngineers: 5 }, 'opsEngineers', [2, 5]],
    ['spanning environments', { ...base, crossRegionEnvironments: true }, 'crossRegionEnvironments', [false, true]],
    [
      'a priority',
      { ...base, priorities: { ...base.priorities, faultIsolation: 0 } },
      'priorities.faultIsolation',
      [2, 0],
    ],
    ['a pinned hub', { ...base, hub: { regionId: 'aws:eu-west-1' } }, 'hub', [null, 'aws:eu-west-1']],
    ['an optional answer set in one version', { ...base, nodesPerCluster: 30 }, 'nodesPerCluster', [null, 30]],
  ] as const)('lists %s, and nothing else', (_what, other, id, values) => {
    expect(diffAnswers([base, answers(other)])).toEqual([expect.objectContaining({ id, values })]);
  });

  it('shows a region one version leaves out as absent there, in the order the versions name regions', () => {
    const other = answers({ ...base, regions: [{ id: 'gcp:asia-east1', clusters: 4 }, base.regions[0]] });
    expect(diffAnswers([base, other]).map((row) => [row.id, row.values])).toEqual([
      ['regions.plant-lyon.clusters', [2, null]],
      ['regions.gcp:asia-east1.clusters', [null, 4]],
    ]);
  });

  it('lists a moved custom site and a changed cluster count of the same region', () => {
    const other = answers({
      ...base,
      regions: [base.regions[0], { id: 'plant-lyon', name: 'Lyon plant', lat: 45.7, lon: 4.84, clusters: 5 }],
    });
    expect(diffAnswers([base, other]).map((row) => [row.id, row.values])).toEqual([
      ['regions.plant-lyon.clusters', [2, 5]],
      ['regions.plant-lyon.position', ['45.76, 4.84', '45.7, 4.84']],
    ]);
  });

  it('pairs measured round trips whichever way they were written', () => {
    const one = answers({ ...base, latencies: [{ from: 'aws:us-east-1', to: 'plant-lyon', ms: 80 }] });
    const two = answers({ ...base, latencies: [{ from: 'plant-lyon', to: 'aws:us-east-1', ms: 80 }] });
    const three = answers({ ...base, latencies: [{ from: 'plant-lyon', to: 'aws:us-east-1', ms: 95 }] });
    expect(diffAnswers([one, two])).toEqual([]);
    expect(diffAnswers([one, three]).map((row) => row.values)).toEqual([[80, 95]]);
  });

  it('holds one value per version for three versions', () => {
    const rows = diffAnswers([base, { ...base, latencyToleranceMs: 250 }, base]);
    expect(rows.map((row) => row.values)).toEqual([[150, 250, 150]]);
  });
});

function factor(id: Factor['id'], favors: Factor['favors'], points: number): Factor {
  return {
    id,
    favors,
    weight: 0,
    explanation: '',
    title: id,
    points: {
      'hub-and-spoke': favors === 'hub-and-spoke' ? points : 0,
      regional: favors === 'regional' ? points : 0,
    },
    sources: [],
  };
}

describe('rankFactorChanges', () => {
  it('puts the largest change first, counting a change of side both ways, and leaves out unchanged factors', () => {
    const one = {
      factors: [
        factor('latency', 'regional', 5),
        factor('single-pane', 'hub-and-spoke', 10),
        factor('operating-load', 'hub-and-spoke', 3),
      ],
    };
    const two = {
      factors: [
        factor('latency', 'hub-and-spoke', 4),
        factor('single-pane', 'hub-and-spoke', 16),
        factor('operating-load', 'hub-and-spoke', 3),
      ],
    };
    expect(rankFactorChanges([one, two]).map((change) => [change.id, change.spread])).toEqual([
      ['latency', 9],
      ['single-pane', 6],
    ]);
    expect(rankFactorChanges([one, two])[0]?.byVersion).toEqual([
      { favors: 'regional', points: 5 },
      { favors: 'hub-and-spoke', points: 4 },
    ]);
  });

  it('takes a factor missing from a version as no points', () => {
    const one = { factors: [factor('scale-ceiling', 'regional', 7)] };
    expect(rankFactorChanges([one, { factors: [] }])).toEqual([
      expect.objectContaining({
        id: 'scale-ceiling',
        byVersion: [
          { favors: 'regional', points: 7 },
          { favors: 'neutral', points: 0 },
        ],
      }),
    ]);
  });

  it(`lists at most ${MAX_CHANGED_FACTORS}, for real recommendations that differ in the tolerance`, () => {
    const changes = rankFactorChanges([
      recommend(DEFAULT_ANSWERS),
      recommend({ ...DEFAULT_ANSWERS, latencyToleranceMs: 1000 }),
    ]);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.length).toBeLessThanOrEqual(MAX_CHANGED_FACTORS);
    expect(changes.map((change) => change.id)).toContain('latency');
  });
});

describe('toScoreChartRows', () => {
  it('gives each version a bar per strategy in a fixed order, the recommended one marked', () => {
    const rows = toScoreChartRows([
      {
        position: 1,
        label: 'Ana',
        recommendation: { strategy: 'regional', scores: { 'hub-and-spoke': 38.5, regional: 61.5 } },
      },
      {
        position: 3,
        label: 'Rui',
        recommendation: { strategy: 'hub-and-spoke', scores: { 'hub-and-spoke': 70, regional: 30 } },
      },
    ]);
    expect(rows).toEqual([
      {
        position: 1,
        label: 'Ana',
        bars: [
          { strategy: 'hub-and-spoke', score: 38.5, widthPercent: 38.5, recommended: false },
          { strategy: 'regional', score: 61.5, widthPercent: 61.5, recommended: true },
        ],
      },
      {
        position: 3,
        label: 'Rui',
        bars: [
          { strategy: 'hub-and-spoke', score: 70, widthPercent: 70, recommended: true },
          { strategy: 'regional', score: 30, widthPercent: 30, recommended: false },
        ],
      },
    ]);
  });
});
