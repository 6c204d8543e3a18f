import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  type AnswersInput,
  catalogLabel,
  type FactorId,
  type Flip,
  findCatalogRegion,
  findFlips,
  type Locale,
  parseAnswers,
  type Recommendation,
  recommend,
  regionCatalog,
  renderDecisionRecord,
  SOURCES,
} from '../../src/engine';
import { validAnswers } from './arbitraries';

function parse(document: AnswersInput): Answers {
  const result = parseAnswers(document);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function example(name: string): Answers {
  return parse(JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')));
}

/** Answer sets that between them reach every factor's outcomes: one region, neighbours, continents, scale. */
const ANSWER_SETS: ReadonlyArray<readonly [string, Answers]> = [
  ['single-region', example('single-region')],
  ['one-continent', example('one-continent')],
  ['global', example('global')],
  ['edge-retail', example('edge-retail')],
  [
    'neighbours with a tight tolerance',
    parse({ version: 1, regions: [{ id: 'aws:us-east-1' }, { id: 'aws:us-east-2' }], latencyToleranceMs: 5 }),
  ],
  [
    'far apart, nothing matters',
    parse({
      version: 1,
      regions: [{ id: 'aws:us-east-1', clusters: 4 }, { id: 'aws:ap-southeast-2' }],
      opsEngineers: 2.5,
      crossRegionEnvironments: true,
      priorities: { singlePane: 0, multiClusterApps: 0, faultIsolation: 0, independentUpgrades: 0 },
    }),
  ],
  [
    'far apart, everything matters',
    parse({
      version: 1,
      regions: [{ id: 'aws:us-east-1', clusters: 30 }, { id: 'aws:eu-west-1', clusters: 12 }, { id: 'gcp:asia-east1' }],
      latencyToleranceMs: 60,
      opsEngineers: 0,
      crossRegionEnvironments: true,
      priorities: { singlePane: 4, multiClusterApps: 4, faultIsolation: 4, independentUpgrades: 4 },
    }),
  ],
  [
    'beyond one installation',
    parse({
      version: 1,
      regions: [
        { id: 'aws:us-east-1', clusters: 10_000 },
        { id: 'aws:us-east-2', clusters: 2_500 },
        { id: 'aws:eu-west-1', clusters: 700 },
      ],
    }),
  ],
];

const FACTOR_IDS: readonly FactorId[] = [
  'same-planes',
  'single-pane',
  'multi-cluster-apps',
  'cross-region-environments',
  'latency',
  'browser-latency',
  'fault-isolation',
  'independent-upgrades',
  'operating-load',
  'scale-ceiling',
  'workloads-keep-running',
];

const CJK = /[\u4e00-\u9fff]/;
/** Words that only an English sentence brings along. */
const ENGLISH_SENTENCE = /\b(because|would|region is|the|and|of|with|your|is|are|per|ms)\b/i;

/** Proper names a Chinese text may keep in Latin script: products, the strategies' English names, a page title. */
const PROPER_NAMES = [
  'Rancher Deployment Strategy',
  'Rancher Strategy Advisor',
  'Hub & Spoke',
  'Regional',
  // Tools and products, written as their makers write them in any language.
  'rancher-backup',
  'kubectl',
  'exec',
  'etcd',
  'GitRepo',
  'Git',
  'Fleet',
  'RKE2',
  'K3s',
  'EKS',
  'AKS',
  'GKE',
  'SSD',
  'SUSE',
  'URL',
  'ACE',
  'ping',
  'kubeconfig',
  'system-default-registry',
  'rancher/rancher',
  'Azure',
];

/** The text with names, ids and product names taken out: what is left must be Chinese. */
function withoutNames(text: string, answers: Answers): string {
  const regionWords = answers.regions.flatMap((region) => {
    const catalog = findCatalogRegion(region.id);
    const name = region.name ?? catalog?.name ?? region.id;
    // A catalog region's Chinese name keeps the provider's region code: "德国法兰克福（eu-central-1）".
    return [name, region.id, ...(catalog ? [catalog.code] : [])];
  });
  // A plan may name any catalog region (a standby, the nearest allowed region), with its metro.
  const catalogWords = regionCatalog.flatMap((region) => [
    catalogLabel(region),
    region.name,
    region.metro,
    region.id,
    region.code,
  ]);
  const names = [...regionWords, ...catalogWords, ...PROPER_NAMES].sort((a, b) => b.length - a.length);
  return names.reduce((rest, name) => rest.split(name).join(' '), text);
}

function expectChinese(text: string, answers: Answers): void {
  expect(text).toMatch(CJK);
  const rest = withoutNames(text, answers);
  expect(rest).not.toMatch(ENGLISH_SENTENCE);
  // Any lower-case Latin word left is a sentence fragment: names and ids have been taken out.
  expect(rest.replace(/\b(Rancher|Kubernetes)\b/g, '')).not.toMatch(/[a-z]{2,}/);
}

const withoutAreas = (plan: Recommendation['hubPlan']) => ({
  ...plan,
  groups: plan.groups.map((group) => ({ ...group, area: '' })),
});

const byLocale = (answers: Answers) => ({
  en: recommend(answers),
  zh: recommend(answers, { locale: 'zh-CN' }),
});

describe('the recommendation in Simplified Chinese', () => {
  const rows = ANSWER_SETS.flatMap(([name, answers]) => FACTOR_IDS.map((id) => [name, id, answers] as const));

  it.each(rows)('%s: factor %s has a Chinese title and explanation', (_name, id, answers) => {
    const factor = recommend(answers, { locale: 'zh-CN' }).factors.find((candidate) => candidate.id === id);
    expect(factor).toBeDefined();
    expectChinese(factor?.title ?? '', answers);
    expectChinese(factor?.explanation ?? '', answers);
  });

  it.each(ANSWER_SETS)('%s: the summary, every flip and the plan are Chinese', (_name, answers) => {
    const { zh } = byLocale(answers);
    expectChinese(zh.summary, answers);
    for (const item of zh.plan) expectChinese(item.text, answers);
    const flips = findFlips(answers, 'zh-CN');
    expect(flips).toHaveLength(7);
    for (const flip of flips) expectChinese(flip.explanation, answers);
  });

  it.each(ANSWER_SETS)('%s: the language changes the words, never the advice', (_name, answers) => {
    const { en, zh } = byLocale(answers);
    const advice = (recommendation: Recommendation) => ({
      ...recommendation,
      summary: '',
      factors: recommendation.factors.map((factor) => ({ ...factor, title: '', explanation: '' })),
      plan: recommendation.plan.map((item) => ({ ...item, text: '' })),
      // What each plane serves is named in the recommendation's language.
      hubPlan: withoutAreas(recommendation.hubPlan),
      regionalPlan: withoutAreas(recommendation.regionalPlan),
    });
    expect(advice(zh)).toEqual(advice(en));
    const flipAdvice = (flips: readonly Flip[]) => flips.map((flip) => ({ ...flip, explanation: '' }));
    expect(flipAdvice(findFlips(answers, 'zh-CN'))).toEqual(flipAdvice(findFlips(answers, 'en')));
    expect(zh.regionalPlan.groups.map((group) => group.area)).not.toEqual(en.regionalPlan.groups.map((g) => g.area));
    expect(zh.factors.map((factor) => factor.title)).not.toEqual(en.factors.map((factor) => factor.title));
  });

  it.each(ANSWER_SETS)('%s: English stays the default, word for word', (_name, answers) => {
    expect(recommend(answers, { locale: 'en' })).toEqual(recommend(answers));
  });

  it('names the strategy in full, English name included, where the summary first mentions it', () => {
    expect(recommend(example('global'), { locale: 'zh-CN' }).summary).toMatch(
      /^按区域部署（Regional）(明显|略微)?更符合/,
    );
    expect(recommend(example('one-continent'), { locale: 'zh-CN' }).summary).toMatch(/^中心辐射（Hub & Spoke）/);
  });

  it('writes numbers the Chinese way and round trips in 毫秒', () => {
    const zh = recommend(ANSWER_SETS[7]?.[1] as Answers, { locale: 'zh-CN' });
    const scale = zh.factors.find((factor) => factor.id === 'scale-ceiling');
    expect(scale?.explanation).toMatch(/13,200 个集群.*超出了 Rancher 文档规定的规格/);
    const latency = recommend(example('global'), { locale: 'zh-CN' }).factors.find((f) => f.id === 'latency');
    expect(latency?.explanation).toMatch(/约为 \d+ 毫秒；.*超出了 100 毫秒的容忍度/);
  });

  it('stays Chinese for any valid answers (custom sites named in Chinese)', () => {
    fc.assert(
      fc.property(validAnswers, (generated) => {
        const answers: Answers = {
          ...generated,
          regions: generated.regions.map((region, index) =>
            region.name === undefined ? region : { ...region, name: `站点${index}` },
          ),
        };
        const zh = recommend(answers, { locale: 'zh-CN' });
        for (const factor of zh.factors) {
          expectChinese(factor.title, answers);
          expectChinese(factor.explanation, answers);
        }
        expectChinese(zh.summary, answers);
        for (const flip of findFlips(answers, 'zh-CN')) expectChinese(flip.explanation, answers);
      }),
      { numRuns: 40 },
    );
  });
});

const SHARE_URL = 'http://localhost:5173/#v1.example';

function record(answers: Answers, locale: Locale): string {
  return renderDecisionRecord(answers, recommend(answers, { locale }), {
    date: '2026-11-24',
    shareUrl: SHARE_URL,
    decisionMakers: ['Platform architecture board'],
    locale,
  });
}

const frontMatter = (text: string) => text.split('\n---\n')[0];
const headings = (text: string, level: string) => text.split('\n').filter((line) => line.startsWith(`${level} `));

/**
 * The record with what may stay in Latin script taken out: front matter, the English halves of headings, MADR's
 * `Chosen option: "..."` lead-in, link titles and URLs, table rules, and the names and ids of the regions.
 */
function recordProse(text: string, answers: Answers): string {
  const body = text.slice((frontMatter(text) ?? '').length + '\n---\n'.length);
  const lines = body.split('\n').map((line) =>
    line
      .replace(/^(#{2,3}) [A-Z][A-Za-z ]+ \/ /, '$1 ')
      .replace(/^Chosen option: "(Hub & Spoke|Regional)"/, '')
      .replace(/\[[^\]]*\]\(https?:[^)]*\)/g, '')
      .replace(/<https?:[^>]*>/g, ''),
  );
  return withoutNames(lines.join('\n'), answers);
}

describe('the decision record in Simplified Chinese', () => {
  it.each(ANSWER_SETS)('%s: keeps the MADR structure of the English record', (_name, answers) => {
    const english = record(answers, 'en');
    const chinese = record(answers, 'zh-CN');
    expect(frontMatter(chinese)).toBe(frontMatter(english));
    expect(headings(chinese, '#')).toHaveLength(1);
    for (const level of ['##', '###']) {
      expect(headings(chinese, level)).toHaveLength(headings(english, level).length);
    }
    // MADR's section names lead each Chinese heading, so a reader who knows MADR finds them.
    for (const heading of headings(english, '##')) {
      expect(chinese.split('\n').some((line) => line.startsWith(`${heading} / `))).toBe(true);
    }
    expect(chinese).toMatch(/^Chosen option: "(Hub & Spoke|Regional)"。选定/m);
    expect(chinese).toMatch(/^\* 好，因为/m);
  });

  it.each(ANSWER_SETS)('%s: has no English sentence outside names, ids, links and MADR keys', (_name, answers) => {
    const prose = recordProse(record(answers, 'zh-CN'), answers);
    expect(prose).toMatch(CJK);
    expect(prose).not.toMatch(ENGLISH_SENTENCE);
    expect(prose.replace(/\b(Rancher|Kubernetes)\b/g, '')).not.toMatch(/[a-z]{2,}/);
  });

  it('quotes its sources as marked translations under their original titles and links', () => {
    const text = record(example('global'), 'zh-CN');
    const html = marked.parse(text, { async: false });
    for (const url of new Set(Object.values(SOURCES).map((source) => source.url))) {
      if (html.includes(url)) expect(html).toContain(`href="${url}"`);
    }
    const quotes = text.split('\n').filter((line) => line.startsWith('  * '));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toMatch(/（译文）$/);
  });

  it('leaves the English record byte for byte as it was', async () => {
    await expect(record(example('one-continent'), 'en')).toMatchFileSnapshot('./fixtures/one-continent-adr.md');
  });
});
