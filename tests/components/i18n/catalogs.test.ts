import { describe, expect, it } from 'vitest';
import { en } from '../../../src/components/i18n/messages-en';
import { zhCN } from '../../../src/components/i18n/messages-zh-cn';
import { resultEn } from '../../../src/components/i18n/result-messages-en';
import { resultZhCN } from '../../../src/components/i18n/result-messages-zh-cn';

/**
 * Every leaf of a catalog as "path: kind", so two catalogs can be compared key for key. Place names are data keyed
 * by English names (none in English itself); the search tests check that Chinese has one for every place.
 */
function shape(value: unknown, path = ''): string[] {
  if (path === 'places.names') return [`${path}: place names`];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => shape(child, path === '' ? key : `${path}.${key}`));
  }
  return [`${path}: ${typeof value}`];
}

/** Every plain string of a catalog (functions are checked by calling them in the component tests). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('message catalogs', () => {
  it.each([
    ['first-load', en, zhCN],
    ['result', resultEn, resultZhCN],
  ] as const)(
    'the %s catalog has the same keys, of the same kinds, in English and Chinese',
    (_name, english, chinese) => {
      expect(shape(chinese)).toEqual(shape(english));
    },
  );

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

  it('tells an unknown catalog-like region id from a duplicate one in Chinese', () => {
    const unknown = zhCN.problems.message({ message: 'unknown region id…', field: 'id', code: 'unknown_region' });
    const duplicate = zhCN.problems.message({ message: 'duplicate region id…', field: 'id', code: 'custom' });
    expect(unknown).toMatch(/^区域目录中没有这个区域/);
    expect(duplicate).toMatch(/^该区域已在列表中/);
  });
});
