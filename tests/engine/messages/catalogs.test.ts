import { describe, expect, it } from 'vitest';
import {
  confidenceLabel,
  DEFAULT_LOCALE,
  isLocale,
  LOCALES,
  messagesFor,
  priorityLabel,
  SOURCES,
  type SourceId,
  STRATEGY_NAMES,
  sourceQuote,
  strategyName,
} from '../../../src/engine';
import { tidyChinese } from '../../../src/engine/messages/chinese-spacing';
import { en } from '../../../src/engine/messages/en';
import { zhCN } from '../../../src/engine/messages/zh-cn';

const CJK = /[\u4e00-\u9fff]/;
const sourceIds = Object.keys(SOURCES) as SourceId[];

describe('message catalogs', () => {
  it.each(LOCALES)('%s has a catalog', (locale) => {
    expect(messagesFor(locale).factors.latency.title).not.toBe('');
  });

  it('defaults to English', () => {
    expect(DEFAULT_LOCALE).toBe('en');
    expect(messagesFor()).toBe(en);
    // The Chinese catalog, with the spaces its templates set around names dropped where a name is Chinese.
    expect(messagesFor('zh-CN').strategyName).toEqual(zhCN.strategyName);
  });

  it('spaces a Latin name in Chinese text, and drops the spaces around a Chinese one', () => {
    expect(tidyChinese('设在 Frankfurt 运行')).toBe('设在 Frankfurt 运行');
    expect(tidyChinese('设在 德国法兰克福（eu-central-1） 运行，共 3 个')).toBe(
      '设在德国法兰克福（eu-central-1）运行，共 3 个',
    );
    const planeIn = (place: string) => messagesFor('zh-CN').plan.siteToChoose({ near: place });
    expect(planeIn('Munich plant')).toBe('Munich plant 附近的数据中心');
    expect(planeIn('德国慕尼黑')).toBe('德国慕尼黑附近的数据中心');
  });

  it.each([
    ['en', true],
    ['zh-CN', true],
    ['zh-cn', false],
    ['fr', false],
    [undefined, false],
    [42, false],
  ])('isLocale(%j) is %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});

describe('names, labels and quotes', () => {
  it.each([
    ['hub-and-spoke', 'en', 'Hub & Spoke', 'Hub & Spoke'],
    ['regional', 'en', 'Regional', 'Regional'],
    ['hub-and-spoke', 'zh-CN', '中心辐射（Hub & Spoke）', '中心辐射'],
    ['regional', 'zh-CN', '按区域部署（Regional）', '按区域部署'],
  ] as const)('names %s in %s as %s, then %s', (strategy, locale, full, short) => {
    expect(strategyName(strategy, locale)).toBe(full);
    expect(strategyName(strategy, locale, 'short')).toBe(short);
  });

  it('keeps STRATEGY_NAMES English, as the contract names the strategies', () => {
    expect(STRATEGY_NAMES).toEqual({ 'hub-and-spoke': 'Hub & Spoke', regional: 'Regional' });
    expect(strategyName('regional')).toBe('Regional');
  });

  it.each([
    ['strong', 'Strong fit', '明显更合适'],
    ['moderate', 'Moderate fit', '较为合适'],
    ['close-call', 'Close call', '难分高下'],
  ] as const)('labels %s confidence', (confidence, english, chinese) => {
    expect(confidenceLabel(confidence)).toBe(english);
    expect(confidenceLabel(confidence, 'zh-CN')).toBe(chinese);
  });

  it('labels every priority level in both languages', () => {
    expect([0, 1, 2, 3, 4].map((level) => priorityLabel(level as 0))).toEqual([
      'does not matter',
      'nice to have',
      'matters',
      'important',
      'must have',
    ]);
    for (const level of [0, 1, 2, 3, 4] as const) expect(priorityLabel(level, 'zh-CN')).toMatch(CJK);
  });

  it.each(sourceIds)('quotes %s as Rancher wrote it in English and as a marked translation in Chinese', (id) => {
    expect(sourceQuote(id)).toBe(SOURCES[id].quote);
    expect(sourceQuote(id, 'en')).toBe(SOURCES[id].quote);
    const chinese = sourceQuote(id, 'zh-CN');
    expect(chinese).toMatch(CJK);
    expect(chinese.endsWith('（译文）')).toBe(true);
    expect(chinese).not.toMatch(/\b(the|and|of|is|are|can|be)\b/);
  });

  it('labels a translated pro or con with its strategy, as the English quote does', () => {
    expect(sourceQuote('hub-con-latency', 'zh-CN')).toBe('中心辐射的缺点：受网络时延影响。（译文）');
    expect(sourceQuote('regional-pro-upgrades', 'zh-CN')).toMatch(/^按区域部署的优点：/);
    expect(sourceQuote('rancher-ha', 'zh-CN')).not.toMatch(/优点|缺点/);
  });
});

describe("the decision record's chosen-option sentence", () => {
  const base = { chosen: 'regional', other: 'hub-and-spoke', chosenScore: 77.3, otherScore: 22.7 } as const;

  it('agrees its verb with one reason or two, and names each reason as a phrase that reads in the sentence', () => {
    const one = en.decisionRecord.chosenOption({
      ...base,
      reasons: [en.factorClauses['fault-isolation']],
      confidence: 'strong',
    });
    expect(one).toBe(
      'Chosen option: "Regional", because each region keeping its plane when another one is down outweighs the case for Hub & Spoke (scores 77.3 to 22.7, strong confidence).',
    );
    const two = en.decisionRecord.chosenOption({
      ...base,
      reasons: [en.factorClauses.latency, en.factorClauses['fault-isolation']],
      confidence: 'strong',
    });
    expect(two).toContain(
      'because the round trip from a central plane to the clusters and each region keeping its plane when another one is down outweigh the case',
    );
  });

  it('reads as Chinese prose: the reasons joined as phrases, not quoted titles', () => {
    const two = zhCN.decisionRecord.chosenOption({
      ...base,
      reasons: [zhCN.factorClauses.latency, zhCN.factorClauses['independent-upgrades']],
      confidence: 'moderate',
    });
    expect(two).toBe(
      'Chosen option: "Regional"。选定按区域部署（Regional），因为中心管理平面到各集群的往返时延过长，以及可以逐个区域升级，这两点比支持中心辐射的理由更有分量（得分 77.3 比 22.7，把握中等）。',
    );
    expect(two).not.toMatch(/[「」]/);
  });

  it('says a tie plainly, without weighing reasons it does not have', () => {
    const tie = en.decisionRecord.chosenOption({ ...base, reasons: [], confidence: 'close-call' });
    expect(tie).toBe(
      'Chosen option: "Regional", because it is the simpler of two equal options (scores 77.3 to 22.7, a close call).',
    );
  });

  it.each([
    ['Regional lets you upgrade on your own schedule.', 'Regional lets us upgrade on our own schedule.'],
    ['You said it does not matter to you.', 'We said it does not matter to us.'],
    [
      'Every region is within your tolerance; you can keep one plane.',
      'Every region is within our tolerance; we can keep one plane.',
    ],
  ])('puts "%s" in the record\'s voice', (sentence, ours) => {
    expect(en.decisionRecord.inOurVoice(sentence)).toBe(ours);
  });

  it("puts Chinese sentences in the record's voice", () => {
    expect(zhCN.decisionRecord.inOurVoice('更符合您的回答')).toBe('更符合我们的回答');
  });

  it('keeps proper names capitalised as the clause after "because"', () => {
    expect(en.decisionRecord.asClause('Rancher says so')).toBe('Rancher says so');
    expect(en.decisionRecord.asClause('A region keeps working')).toBe('a region keeps working');
    expect(en.decisionRecord.asClause('UI latency')).toBe('UI latency');
  });
});

describe('numbers pasted into English sentences agree with their nouns', () => {
  it.each([
    [
      en.factors['operating-load'].favorsHub({
        regionalInstallations: 3,
        regionalNodes: 9,
        extraEngineers: 1,
        opsEngineers: 2,
      }),
      "about 1 more engineer's worth",
    ],
    [
      en.factors['operating-load'].favorsHub({
        regionalInstallations: 3,
        regionalNodes: 9,
        extraEngineers: 2,
        opsEngineers: 2,
      }),
      "about 2 more engineers' worth",
    ],
    [en.flips.engineers({ to: 'regional', value: 1 }), 'with 1 operations engineer or more'],
    [en.flips.engineers({ to: 'hub-and-spoke', value: 3 }), 'with 3 operations engineers or fewer'],
    [
      en.decisionRecord.footprint({
        installations: 1,
        managementNodes: 3,
        largestClusters: 1,
        size: 'small',
        clustersLosingProvisioning: 1,
      }),
      'Neutral: 1 installation with 3 management nodes (three-node HA each); the largest manages 1 cluster, a small Rancher server; one plane outage stops provisioning for up to 1 cluster,',
    ],
  ])('%s', (sentence, expected) => {
    expect(sentence).toContain(expected);
  });
});
