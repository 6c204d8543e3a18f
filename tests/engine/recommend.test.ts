import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Answers, parseAnswers, recommend, SOURCES, type SourceId } from '../../src/engine';

function example(name: string): Answers {
  const result = parseAnswers(
    JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function answersFor(document: Record<string, unknown>): Answers {
  const result = parseAnswers({ version: 1, ...document });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('recommendations for the shipped examples', () => {
  it.each([
    ['single-region', 'hub-and-spoke', 'strong'],
    ['one-continent', 'hub-and-spoke', 'strong'],
    ['global', 'regional', 'strong'],
    ['edge-retail', 'hub-and-spoke', 'strong'],
  ])('%s recommends %s with %s confidence', (name, strategy, confidence) => {
    const recommendation = recommend(example(name));
    expect(recommendation.strategy).toBe(strategy);
    expect(recommendation.confidence).toBe(confidence);
  });

  it('says a single region needs one installation whichever strategy is named', () => {
    const recommendation = recommend(example('single-region'));
    const reason = recommendation.factors.find((factor) => factor.favors === 'hub-and-spoke');
    expect(reason?.explanation).toMatch(/the very plane Hub & Spoke runs/);
    expect(recommendation.consequences.regional.installations).toBe(1);
  });

  it('runs the retail edge estate from its cloud region, side by side past the documented size, with Fleet for the stores', () => {
    const recommendation = recommend(example('edge-retail'));
    expect(recommendation.hub.regionId).toBe('aws:us-east-2');
    const plan = recommendation.plan.map((item) => item.id);
    expect(plan).toEqual(expect.arrayContaining(['ha-hub', 'warm-standby', 'beyond-documented', 'intermittent']));
  });

  it('flips a global estate from Hub & Spoke to Regional as the latency tolerance tightens', () => {
    const base = {
      regions: [
        { id: 'aws:us-east-1', clusters: 30 },
        { id: 'aws:eu-west-1', clusters: 30 },
        { id: 'aws:ap-southeast-2', clusters: 30 },
      ],
    };
    expect(recommend(answersFor({ ...base, latencyToleranceMs: 1000 })).strategy).toBe('hub-and-spoke');
    expect(recommend(answersFor({ ...base, latencyToleranceMs: 50 })).strategy).toBe('regional');
  });
});

describe('factors', () => {
  const recommendation = recommend(example('global'));

  it("weighs every pro and con of Rancher's deployment-strategy page", () => {
    const cited = new Set(recommendation.factors.flatMap((factor) => factor.sources));
    const fromStrategyPage = (Object.keys(SOURCES) as SourceId[]).filter((id) => /^(hub|regional)-(pro|con)-/.test(id));
    expect(fromStrategyPage.length).toBeGreaterThanOrEqual(10);
    for (const id of fromStrategyPage) expect(cited).toContain(id);
  });

  it('never repeats the withdrawn "nodes across regions" pro as a benefit', () => {
    const factor = recommend(example('one-continent')).factors.find((f) => f.id === 'cross-region-environments');
    expect(factor?.explanation).toMatch(/does not support one cluster stretched across regions/);
    expect(factor?.explanation).toMatch(/withdrawn/);
  });

  it('gives each factor one sentence, a direction and a weight, with the weights of non-neutral factors adding to 1', () => {
    for (const factor of recommendation.factors) {
      expect(factor.explanation).toMatch(/^[A-Z"].*\.$/);
      expect(['hub-and-spoke', 'regional', 'neutral']).toContain(factor.favors);
      if (factor.favors === 'neutral') expect(factor.weight).toBe(0);
    }
    const total = recommendation.factors.reduce((sum, factor) => sum + factor.weight, 0);
    expect(total).toBeCloseTo(1, 2);
  });

  it("counts Rancher's documented scale only where the strategies differ", () => {
    const scaleOf = (regions: Array<Record<string, unknown>>) =>
      recommend(answersFor({ regions })).factors.find((factor) => factor.id === 'scale-ceiling');
    const split = scaleOf([
      { id: 'aws:us-east-1', clusters: 700 },
      { id: 'aws:eu-west-1', clusters: 600 },
    ]);
    expect(split?.favors).toBe('regional');
    expect(split?.explanation).toMatch(/One hub for 1300 clusters is beyond Rancher's documented sizes/);
    const oneRegion = scaleOf([{ id: 'aws:us-east-1', clusters: 1200 }]);
    expect(oneRegion?.favors).toBe('neutral');
    expect(oneRegion?.explanation).toMatch(/beyond Rancher's documented sizes under either strategy/);
  });

  it('weighs operating load against the team: fewer engineers, more weight for Hub & Spoke', () => {
    const base = { regions: [{ id: 'aws:us-east-1' }, { id: 'aws:eu-west-1' }] };
    const weightWith = (opsEngineers: number) =>
      recommend(answersFor({ ...base, opsEngineers })).factors.find((f) => f.id === 'operating-load')?.points[
        'hub-and-spoke'
      ] ?? 0;
    expect(weightWith(0)).toBeGreaterThan(weightWith(2));
    expect(weightWith(2)).toBeGreaterThan(weightWith(50));
  });

  it("flags Rancher's 150 ms browser guidance when the farthest region is beyond it", () => {
    const far = recommend(
      answersFor({
        regions: [
          { id: 'aws:us-east-1', clusters: 5 },
          { id: 'aws:ap-southeast-2', clusters: 5 },
        ],
      }),
    );
    const browser = far.factors.find((factor) => factor.id === 'browser-latency');
    expect(browser?.favors).toBe('regional');
    expect(browser?.explanation).toMatch(/150 ms/);
  });
});

describe('cluster kinds', () => {
  it.each([
    [undefined, /own credentials\.$/],
    [100, /endpoint covers every one\)\.$/],
    [
      40,
      /about 40% of our clusters are Rancher-provisioned; the rest need their provider's tools or the endpoint's manual set-up/,
    ],
    [0, /none of our clusters is Rancher-provisioned/],
  ])('say what an outage leaves reachable when %s%% are Rancher-provisioned', (provisionedPercent, text) => {
    const recommendation = recommend(
      answersFor({
        regions: [
          { id: 'aws:us-east-1', clusters: 200 },
          { id: 'aws:ap-southeast-2', clusters: 1 },
        ],
        ...(provisionedPercent === undefined ? {} : { provisionedPercent }),
      }),
    );
    const running = recommendation.factors.find((factor) => factor.id === 'workloads-keep-running');
    expect(running?.explanation).toMatch(text);
    const endpoint = recommendation.plan.find((item) => item.id === 'authorized-endpoint');
    if (provisionedPercent !== undefined) expect(endpoint?.text).toContain(`${provisionedPercent}% of our clusters`);
  });
});

describe('estimates on uncertain corridors', () => {
  const answers = (extra: Record<string, unknown> = {}) =>
    answersFor({
      regions: [
        { id: 'aws:ap-south-1', clusters: 20 },
        { id: 'aws:af-south-1', clusters: 5 },
      ],
      ...extra,
    });

  it('are marked, and the plan invites a measurement', () => {
    const recommendation = recommend(answers());
    expect(recommendation.hub.uncertainRtt).toEqual({ 'aws:af-south-1': 'africa-via-europe' });
    const step = recommendation.plan.find((item) => item.id === 'measure-uncertain');
    expect(step?.text).toMatch(/Africa \(Cape Town\).*Africa through Europe.*measure them/);
  });

  it('are no longer uncertain once measured', () => {
    const recommendation = recommend(
      answers({ latencies: [{ from: 'aws:af-south-1', to: 'aws:ap-south-1', ms: 272 }] }),
    );
    expect(recommendation.hub.uncertainRtt).toBeUndefined();
    expect(recommendation.hub.measuredRttRegionIds).toEqual(['aws:af-south-1']);
    expect(recommendation.plan.map((item) => item.id)).not.toContain('measure-uncertain');
  });
});

describe('the recommendation as the contract shapes it', () => {
  it('has scores from 0 to 100, the winner with the higher one, and a hub with a round trip to every region', () => {
    const recommendation = recommend(example('global'));
    const { scores } = recommendation;
    expect(scores.regional).toBeGreaterThan(scores['hub-and-spoke']);
    for (const score of Object.values(scores)) expect(score).toBeGreaterThanOrEqual(0);
    expect(Object.keys(recommendation.hub.rttMs)).toHaveLength(example('global').regions.length);
    expect(recommendation.summary).toMatch(/^Regional clearly fits/);
  });
});
