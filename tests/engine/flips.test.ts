import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, type Flip, findFlips, recommend } from '../../src/engine';
import { validAnswers } from './arbitraries';

function apply(answers: Answers, flip: Flip, value: number | boolean): Answers {
  if (flip.answer.startsWith('priorities.')) {
    const key = flip.answer.slice('priorities.'.length);
    return { ...answers, priorities: { ...answers.priorities, [key]: value } };
  }
  return { ...answers, [flip.answer]: value };
}

describe('what would change the recommendation', () => {
  it('names one entry per answer', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(findFlips(answers).map((flip) => flip.answer)).toEqual([
          'latencyToleranceMs',
          'opsEngineers',
          'crossRegionEnvironments',
          'priorities.singlePane',
          'priorities.multiClusterApps',
          'priorities.faultIsolation',
          'priorities.independentUpgrades',
        ]);
      }),
      { numRuns: 20 },
    );
  });

  it('gives values that really flip it, and none nearer that would', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const { strategy } = recommend(answers);
        const flips = findFlips(answers);
        for (const flip of flips) {
          if (flip.value === null) continue;
          expect(recommend(apply(answers, flip, flip.value)).strategy).toBe(flip.to);
          expect(flip.to).not.toBe(strategy);
          if (typeof flip.value === 'number' && typeof flip.current === 'number') {
            const step = flip.answer === 'opsEngineers' ? 0.1 : 1;
            const nearer = flip.value + (flip.current > flip.value ? step : -step);
            if (
              Math.abs(nearer - flip.current) > 1e-9 &&
              Math.sign(nearer - flip.current) === Math.sign(flip.value - flip.current)
            ) {
              expect(recommend(apply(answers, flip, Math.round(nearer * 10) / 10)).strategy).toBe(strategy);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('says plainly when no value in range would change it', () => {
    const flips = findFlips({
      version: 1,
      regions: [{ id: 'aws:us-east-1', clusters: 3 }],
      latencyToleranceMs: 150,
      opsEngineers: 2,
      crossRegionEnvironments: false,
      priorities: { singlePane: 2, multiClusterApps: 2, faultIsolation: 2, independentUpgrades: 2 },
    });
    const engineers = flips.find((flip) => flip.answer === 'opsEngineers');
    expect(engineers?.value).toBeNull();
    expect(engineers?.explanation).toMatch(/^No number of operations engineers/);
  });
});
