import { describe, expect, it } from 'vitest';
import { en } from '../../../src/components/i18n/messages-en';
import { zhCN } from '../../../src/components/i18n/messages-zh-cn';
import { resultZhCN } from '../../../src/components/i18n/result-messages-zh-cn';
import { problemField } from '../../../src/engine';

/** Every plain string of a catalog (functions are checked by calling them in the component tests). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('message catalogs', () => {
  it.each([
    ['first-load', zhCN],
    ['result', resultZhCN],
  ] as const)('the Chinese %s catalog has no empty text', (_name, catalog) => {
    for (const text of strings(catalog)) expect(text.trim()).not.toBe('');
  });

  it('formats numbers in the reader’s language', () => {
    expect(en.regions.listTotal(1, 1234)).toBe('1 region · 1234 clusters');
    expect(zhCN.regions.listTotal(1, 1234)).toBe('1 个区域 · 1,234 个集群');
    expect(resultZhCN.charts.ms(150)).toBe('150 毫秒');
  });

  it('states field problems in Chinese by field and kind, and keeps the engine’s words in English', () => {
    const problem = { message: 'clusters must be at least 1', field: 'clusters', code: 'too_small' };
    expect(en.problems.message(problem)).toBe('Clusters must be at least 1.');
    expect(zhCN.problems.message(problem)).toBe('集群数必须是 1 到 10000 之间的整数。');
    expect(zhCN.problems.message({ message: 'latitude is required…', field: 'lat', code: 'custom' })).toBe(
      '自定义站点必须填写纬度。',
    );
  });

  it.each([
    [{ kind: 'unknown-jurisdiction', jurisdiction: 'eu' }, '未知的司法辖区“eu”：请在司法辖区中声明它，或把它移除。'],
    [
      { kind: 'empty-jurisdiction', jurisdiction: 'eu' },
      '没有任何区域属于司法辖区“eu”：请把区域标记为该辖区，或把它移除。',
    ],
    [
      { kind: 'duplicate-jurisdiction', jurisdiction: 'eu', firstIndex: 0 },
      '司法辖区 ID“eu”重复：请给每个司法辖区一个不同的 ID。',
    ],
    [
      { kind: 'edge-hub', regionId: 'store-12' },
      '“store-12”是边缘站点，边缘站点不能承载管理平面：请把中心固定到云区域或数据中心。',
    ],
    [
      {
        kind: 'below-fibre-floor',
        ms: 20,
        from: 'aws:eu-west-1',
        to: 'aws:us-east-1',
        distanceKm: 5462,
        floorMs: 54.7,
      },
      '20 毫秒比光在光纤中走完“aws:eu-west-1”与“aws:us-east-1”之间 5,462 公里还快（至少需要 54.7 毫秒）：请检查该数值或站点的位置。',
    ],
    [
      { kind: 'nodes-below-clusters', nodes: 3, clusters: 5 },
      '节点数（3）不能少于集群数（5）：每个集群至少有一个节点。请调高节点数或调低集群数。',
    ],
  ] as const)('says a problem across fields in Chinese with its figures (%j)', (detail, sentence) => {
    expect(zhCN.problems.message({ message: 'the English sentence', field: 'any', code: 'custom', detail })).toBe(
      sentence,
    );
  });

  it.each([
    ['jurisdictions[1].id', '司法辖区 ID 必须是 1 到 40 个字符，例如“eu”。'],
    ['regions[0].id', '区域 ID 必须是 1 到 120 个字符，例如“aws:eu-west-1”。'],
    ['latencies.3.ms', '测得的往返时延必须是 0.1 到 2000 毫秒之间的数字。'],
  ])('tells a jurisdiction’s id from a region’s in Chinese (%s)', (path, sentence) => {
    expect(zhCN.problems.message({ message: 'x', field: problemField(path), code: 'too_small' })).toBe(sentence);
  });

  it('tells an unknown catalog-like region id from a duplicate one in Chinese', () => {
    const unknown = zhCN.problems.message({ message: 'unknown region id…', field: 'id', code: 'unknown_region' });
    const duplicate = zhCN.problems.message({ message: 'duplicate region id…', field: 'id', code: 'custom' });
    expect(unknown).toMatch(/^区域目录中没有这个区域/);
    expect(duplicate).toMatch(/^该区域已在列表中/);
  });
});
