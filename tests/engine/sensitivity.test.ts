import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, findFlips, findSensitivity, recommend, type SensitivityCurve } from '../../src/engine';
import { validAnswers } from './arbitraries';

const threeRegions: Answers = {
  version: 1,
  regions: [
    { id: 'aws:us-east-1', clusters: 5 },
    { id: 'aws:eu-west-1', clusters: 5 },
    { id: 'aws:ap-southeast-1', clusters: 5 },
  ],
  latencyToleranceMs: 150,
  opsEngineers: 2,
  crossRegionEnvironments: true,
  priorities: { singlePane: 2, multiClusterApps: 2, faultIsolation: 3, independentUpgrades: 1 },
};

function pointAt(curve: SensitivityCurve, value: number) {
  const point = curve.points.find((candidate) => candidate.value === value);
  if (!point) throw new Error(`no point at ${value}`);
  return point;
}

describe('how the answer moves', () => {
  it('draws the tolerance, then the engineers, each in ascending order from min to max', () => {
    const curves = findSensitivity(threeRegions);
    expect(curves.map((curve) => curve.answer)).toEqual(['latencyToleranceMs', 'opsEngineers']);
    for (const curve of curves) {
      const values = curve.points.map((point) => point.value);
      expect(values).toEqual([...values].sort((a, b) => a - b));
      expect(values[0]).toBe(curve.min);
      expect(values.at(-1)).toBe(curve.max);
    }
  });

  it('gives, at the current value, the scores and the winner that recommend() gives', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const recommendation = recommend(answers);
        for (const curve of findSensitivity(answers, findFlips(answers))) {
          const now = pointAt(curve, curve.current);
          expect(now.strategy).toBe(recommendation.strategy);
          expect(now.scores).toEqual(recommendation.scores);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('crosses where the what-ifs say the verdict flips, and not before', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const recommendation = recommend(answers);
        const flips = findFlips(answers);
        for (const curve of findSensitivity(answers, flips)) {
          const flip = flips.find((candidate) => candidate.answer === curve.answer);
          expect(curve.flipValue).toBe(flip?.value);
          if (curve.flipValue === null) continue;
          expect(pointAt(curve, curve.flipValue).strategy).toBe(curve.flipTo);
          expect(curve.flipTo).not.toBe(recommendation.strategy);
          // Every drawn value between now and the flip keeps today's winner.
          const [from, to] = [curve.current, curve.flipValue].sort((a, b) => a - b) as [number, number];
          for (const point of curve.points) {
            if (point.value > from && point.value < to) expect(point.strategy).toBe(recommendation.strategy);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('takes in the range where the scores still move: the three regions’ tolerance curve rises and settles', () => {
    const [tolerance] = findSensitivity(threeRegions);
    if (!tolerance) throw new Error('no tolerance curve');
    const first = tolerance.points[0];
    const last = tolerance.points.at(-1);
    // A tighter tolerance helps Regional; a looser one helps Hub & Spoke.
    expect(first?.scores.regional).toBeGreaterThan(last?.scores.regional ?? 100);
    expect(first?.strategy).toBe('regional');
    expect(last?.strategy).toBe('hub-and-spoke');
    expect(tolerance.min).toBeLessThan(tolerance.current);
    expect(tolerance.max).toBeLessThan(2000);
  });

  it('finds the flips itself when none are passed', () => {
    expect(findSensitivity(threeRegions).map((curve) => curve.flipValue)).toEqual(
      findFlips(threeRegions)
        .slice(0, 2)
        .map((flip) => flip.value),
    );
  });
});
