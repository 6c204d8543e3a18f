import { describe, expect, it } from 'vitest';
import { findFlips, findSensitivity, recommend, type SensitivityCurve } from '../../../src/engine';
import {
  sensitivityTableRows,
  toSensitivityChartData,
} from '../../../src/features/recommendation/sensitivity-chart-data';
import { answersOf } from '../../fixtures/answers';

describe('how the answer moves: chart data', () => {
  const curve: SensitivityCurve = {
    answer: 'latencyToleranceMs',
    current: 150,
    flipValue: 226,
    flipTo: 'hub-and-spoke',
    min: 50,
    max: 400,
    points: [50, 100, 150, 200, 226, 300, 400].map((value) => {
      const hub = Math.min(54, 30 + value / 10);
      return {
        value,
        scores: { 'hub-and-spoke': hub, regional: 100 - hub },
        strategy: hub >= 50 ? 'hub-and-spoke' : 'regional',
      };
    }),
  };
  const data = toSensitivityChartData(curve);

  it('keeps every point in order with both scores', () => {
    expect(data.rows.map((row) => row.value)).toEqual([50, 100, 150, 200, 226, 300, 400]);
    expect(data.rows[0]).toMatchObject({ hubAndSpoke: 35, regional: 65, strategy: 'regional' });
  });

  it('marks the current value and the flip, and draws the range the engine chose', () => {
    expect(data).toMatchObject({ current: 150, flipValue: 226, flipTo: 'hub-and-spoke', xDomain: [50, 400] });
  });

  it('keeps a linear value axis while the marked values spread over it', () => {
    expect(data.xScale).toBe('linear');
  });

  it('widens the start of a long axis (square root) where the person’s value and the flip sit squeezed there', () => {
    const engineers = toSensitivityChartData({
      ...curve,
      answer: 'opsEngineers',
      current: 2,
      flipValue: 0.3,
      min: 0,
      max: 110,
    });
    expect(engineers.xScale).toBe('sqrt');
  });

  it('puts the score axis on round tens around both lines', () => {
    expect(data.yDomain).toEqual([30, 70]);
  });

  it('keeps the current value and the flip in the table, however few rows it has', () => {
    const many = toSensitivityChartData({
      ...curve,
      points: Array.from({ length: 48 }, (_, index) => ({
        value: 50 + index * 7,
        scores: { 'hub-and-spoke': 50, regional: 50 },
        strategy: 'hub-and-spoke' as const,
      })).concat([{ value: 226, scores: { 'hub-and-spoke': 50, regional: 50 }, strategy: 'hub-and-spoke' }]),
    });
    const values = sensitivityTableRows(many).map((row) => row.value);
    expect(values.length).toBeLessThanOrEqual(12);
    expect(values).toContain(226);
    expect(values[0]).toBe(50);
  });

  it('turns a real curve into chart data whose winner at the current value is the recommendation', () => {
    const answers = answersOf({
      version: 1,
      regions: [
        { id: 'aws:us-east-1', clusters: 12 },
        { id: 'aws:eu-central-1', clusters: 8 },
      ],
    });
    const recommendation = recommend(answers);
    for (const chart of findSensitivity(answers, findFlips(answers)).map(toSensitivityChartData)) {
      expect(chart.rows.find((row) => row.value === chart.current)?.strategy).toBe(recommendation.strategy);
    }
  });
});
