import { describe, expect, it } from 'vitest';
import { recommend, viewPlanes } from '../../src/engine';
import { figuresBasis, planeOfRegion } from '../../src/engine/planes';
import { shortPlaceName } from '../../src/engine/regions/region-names';
import { answersOf } from '../fixtures/answers';
import { CHINA, EU_RULE } from '../fixtures/constrained-estates';

const MEASURED = answersOf({
  regions: [
    { id: 'aws:us-east-1', clusters: 10 },
    { id: 'aws:eu-central-1', clusters: 4 },
  ],
  latencies: [{ from: 'aws:us-east-1', to: 'aws:eu-central-1', ms: 92 }],
});

describe('viewPlanes', () => {
  it('gives every region the round trip from the hub that manages it, never from another hub', () => {
    const recommendation = recommend(EU_RULE);
    const hub = viewPlanes(recommendation, EU_RULE)['hub-and-spoke'];
    expect(hub.planes.map((plane) => [plane.name, plane.reason, plane.jurisdiction])).toEqual(
      expect.arrayContaining([
        ['Frankfurt data centre', 'jurisdiction', 'European Union'],
        ['US East (N. Virginia)', 'rest', null],
      ]),
    );
    const ireland = hub.trips.find((trip) => trip.regionId === 'aws:eu-west-1');
    expect(ireland?.planeName).toBe('Frankfurt data centre');
    const euGroup = recommendation.hubPlan.groups.find((group) => group.regionIds.includes('aws:eu-west-1'));
    expect(ireland?.rttMs).toBe(euGroup?.rttMs['aws:eu-west-1']);
    expect(planeOfRegion(hub, 'aws:ap-southeast-1')?.name).toBe('US East (N. Virginia)');
    // No trip crosses the jurisdiction's border.
    for (const trip of hub.trips) {
      const inEu = ['aws:eu-west-1', 'fra-dc', 'stores'].includes(trip.regionId);
      expect(trip.planeRegionId === 'fra-dc').toBe(inEu);
    }
  });

  it('names mainland China as the reason for its own hub', () => {
    const hub = viewPlanes(recommend(CHINA), CHINA)['hub-and-spoke'];
    const china = hub.planes.find((plane) => plane.reason === 'mainland-china');
    expect(china?.regionIds).toEqual(expect.arrayContaining(['aws-cn:cn-north-1', 'alibaba:cn-shanghai']));
    expect(china?.jurisdiction).toBe('mainland China');
    expect(planeOfRegion(hub, 'aws:eu-west-1')?.reason).toBe('rest');
  });

  it('says how each figure is known', () => {
    const view = viewPlanes(recommend(MEASURED), MEASURED)['hub-and-spoke'];
    expect(view.trips.map((trip) => trip.basis).sort()).toEqual(['measured', 'own-site']);
    expect(figuresBasis(view.trips)).toBe('measured');
    const estimated = viewPlanes(recommend(CHINA), CHINA)['hub-and-spoke'];
    expect(figuresBasis(estimated.trips)).toBe('estimated');
  });

  it('names catalog regions in Chinese, with the provider code', () => {
    const view = viewPlanes(recommend(CHINA), CHINA, { locale: 'zh-CN', mainlandChinaName: '中国大陆' });
    const china = view['hub-and-spoke'].planes.find((plane) => plane.reason === 'mainland-china');
    expect(china?.name).toBe('中国北京（cn-north-1）');
    expect(china?.place).toBe('北京');
  });
});

describe('shortPlaceName', () => {
  it.each([
    ['US East (N. Virginia)', 'N. Virginia'],
    ['Europe (Frankfurt)', 'Frankfurt'],
    ['Frankfurt, Germany', 'Frankfurt'],
    ['West Europe', 'West Europe'],
    ['Frankfurt data centre', 'Frankfurt data centre'],
  ])('%s -> %s', (name, short) => {
    expect(shortPlaceName(name)).toBe(short);
  });
});

describe('the summary names every plane', () => {
  it.each([
    [
      'an EU rule',
      EU_RULE,
      ['Frankfurt data centre for the jurisdiction European Union', 'N. Virginia for the rest', 'two hubs'],
    ],
    ['mainland China', CHINA, ['Beijing for mainland China', 'Oregon for the rest', 'one per jurisdiction']],
  ])('%s', (_name, given, phrases) => {
    const summary = recommend(given).summary;
    for (const phrase of phrases) expect(summary).toContain(phrase);
    expect(summary).not.toMatch(/central management planes \(one per jurisdiction or air gap\) in/);
  });

  it('names the Chinese planes in Chinese', () => {
    const summary = recommend(CHINA, { locale: 'zh-CN' }).summary;
    expect(summary).toContain('北京负责中国大陆');
  });
});
