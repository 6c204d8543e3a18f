import { describe, expect, it } from 'vitest';
import { type Factor, recommend } from '../../../src/engine';
import { FACTOR_SHORT_LABELS, toFactorChartRows } from '../../../src/features/recommendation/factor-chart-data';
import { THREE_REGIONS } from '../../fixtures/answers';

function factor(id: Factor['id'], favors: Factor['favors'], points: number): Factor {
  return {
    id,
    favors,
    weight: 0,
    title: `Title of ${id}`,
    explanation: `Why ${id} weighs`,
    sources: [],
    points: {
      'hub-and-spoke': favors === 'hub-and-spoke' ? points : 0,
      regional: favors === 'regional' ? points : 0,
    },
  };
}

describe('toFactorChartRows', () => {
  const factors = [
    factor('single-pane', 'hub-and-spoke', 10),
    factor('latency', 'regional', 12.5),
    factor('workloads-keep-running', 'neutral', 0),
    factor('operating-load', 'hub-and-spoke', 4.8),
  ];
  const rows = toFactorChartRows({ factors });

  it('leaves out factors that weigh for neither strategy', () => {
    expect(rows.map((row) => row.id)).not.toContain('workloads-keep-running');
    expect(rows).toHaveLength(3);
  });

  it('puts the heaviest factor first, whichever strategy it favours', () => {
    expect(rows.map((row) => row.id)).toEqual(['latency', 'single-pane', 'operating-load']);
  });

  it.each([
    ['single-pane', -10, 0],
    ['latency', 0, 12.5],
    ['operating-load', -4.8, 0],
  ] as const)('draws %s with Hub & Spoke %d (to the left) and Regional %d (to the right)', (id, hub, regional) => {
    const row = rows.find((candidate) => candidate.id === id);
    expect(row?.hubAndSpoke).toBe(hub);
    expect(row?.regional).toBe(regional);
    expect(row?.points).toBe(Math.abs(hub) + regional);
  });

  it('labels rows with the short names and keeps the full title for the table and the reason for the tooltip', () => {
    const row = rows.find((candidate) => candidate.id === 'latency');
    expect(row?.label).toBe(FACTOR_SHORT_LABELS.latency);
    expect(row?.title).toBe('Title of latency');
    expect(row?.explanation).toBe('Why latency weighs');
  });

  it('has one row per weighing factor of a real recommendation', () => {
    const recommendation = recommend(THREE_REGIONS);
    const weighing = recommendation.factors.filter((candidate) => candidate.favors !== 'neutral');
    expect(toFactorChartRows(recommendation)).toHaveLength(weighing.length);
  });
});
