import { describe, expect, it } from 'vitest';
import { regionCatalog } from '../../../src/engine/regions/catalog';
import { PLACE_NAMES_ZH_CN } from '../../../src/engine/regions/place-names-zh-cn';
import { DEFAULT_SEARCH_LIMIT, searchCatalog } from '../../../src/engine/regions/search-catalog';

const ids = (query: string, limit?: number) => searchCatalog(query, limit).map((region) => region.id);

describe('searchCatalog', () => {
  it.each([
    ['frank', ['aws:eu-central-1', 'azure:germanywestcentral', 'gcp:europe-west3']],
    ['Tokyo', ['aws:ap-northeast-1', 'azure:japaneast', 'gcp:asia-northeast1']],
    ['azure west europe', ['azure:westeurope']],
    ['sao paulo', ['aws:sa-east-1', 'azure:brazilsouth', 'gcp:southamerica-east1']],
    ['MONTREAL', ['aws:ca-central-1', 'gcp:northamerica-northeast1']],
  ])('finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['eu-central', 'aws:eu-central-1'],
    ['us-east-1', 'aws:us-east-1'],
    ['westeurope', 'azure:westeurope'],
    ['azure west europe', 'azure:westeurope'],
    ['gcp:asia-east1', 'gcp:asia-east1'],
    ['asia-east1', 'gcp:asia-east1'],
    ['west us', 'azure:westus'],
  ])('ranks %j first as %s', (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  it.each([
    ['frank', 'Frankfurt'],
    ['Tokyo', 'Tokyo'],
  ])('only returns regions that match %j', (query, metro) => {
    expect(searchCatalog(query).every((region) => region.metro === metro)).toBe(true);
  });

  it('requires every token to match somewhere', () => {
    expect(ids('azure frankfurt')).toEqual(['azure:germanywestcentral']);
    expect(ids('aws tokyo')).toEqual(['aws:ap-northeast-1']);
    expect(ids('google tokyo')).toEqual(['gcp:asia-northeast1']);
    expect(ids('frankfurt atlantis')).toEqual([]);
  });

  it('puts code prefixes ahead of words found elsewhere', () => {
    const results = ids('eu-central');
    expect(results.slice(0, 2)).toEqual(['aws:eu-central-1', 'aws:eu-central-2']);
  });

  it.each(['', '   ', '\t\n'])('returns nothing for the empty query %j', (query) => {
    expect(searchCatalog(query)).toEqual([]);
  });

  it('honours the limit', () => {
    expect(searchCatalog('azure')).toHaveLength(DEFAULT_SEARCH_LIMIT);
    expect(searchCatalog('azure', 3)).toHaveLength(3);
    expect(searchCatalog('azure', 0)).toEqual([]);
    // "Azure operated by 21Vianet" is Azure too.
    expect(searchCatalog('azure', regionCatalog.length).length).toBe(
      regionCatalog.filter((region) => region.provider === 'azure' || region.provider === 'azure-cn').length,
    );
  });
});

describe('searchCatalog in the China partitions', () => {
  it.each([
    ['Ningxia', ['aws-cn:cn-northwest-1']],
    ['hangzhou', ['alibaba:cn-hangzhou']],
    ['cn-north-1', ['aws-cn:cn-north-1']],
    ['chinanorth3', ['azure-cn:chinanorth3']],
    ['21vianet beijing', ['azure-cn:chinanorth', 'azure-cn:chinanorth2']],
    ['alibaba frankfurt', ['alibaba:eu-central-1']],
    ['aws china', ['aws-cn:cn-north-1', 'aws-cn:cn-northwest-1']],
  ])('finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('finds every Alibaba Cloud region by the provider name, and every region in Beijing by the city', () => {
    const alibaba = regionCatalog.filter((region) => region.provider === 'alibaba').map((region) => region.id);
    expect(ids('alibaba cloud', regionCatalog.length)).toEqual(alibaba);
    expect(ids('beijing')).toEqual(
      regionCatalog.filter((region) => region.metro === 'Beijing').map((region) => region.id),
    );
  });

  it('ranks the exact code first across providers', () => {
    expect(ids('cn-beijing')[0]).toBe('alibaba:cn-beijing');
    expect(ids('chinaeast')[0]).toBe('azure-cn:chinaeast');
  });
});

describe('searchCatalog with the Chinese place names', () => {
  const chineseIds = (query: string) => searchCatalog(query, undefined, PLACE_NAMES_ZH_CN).map((region) => region.id);

  it.each([
    ['东京', 'Tokyo'],
    ['法兰克福', 'Frankfurt'],
    ['圣保罗', 'São Paulo'],
    ['孟买', 'Mumbai'],
  ])('finds every region in the metro typed in Chinese ("%s" finds %s)', (query, metro) => {
    const found = searchCatalog(query, undefined, PLACE_NAMES_ZH_CN);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((region) => region.metro === metro)).toBe(true);
    expect(found.map((region) => region.id)).toEqual(
      regionCatalog.filter((region) => region.metro === metro).map((region) => region.id),
    );
  });

  it('finds a country, and a country and city written together as in Chinese', () => {
    expect(chineseIds('日本').length).toBe(regionCatalog.filter((region) => region.country === 'Japan').length);
    expect(chineseIds('日本东京')).toEqual(chineseIds('东京'));
    expect(chineseIds('德国 aws')).toEqual(['aws:eu-central-1']);
  });

  it.each([
    ['北京', 'Beijing'],
    ['杭州', 'Hangzhou'],
    ['宁夏', 'Ningxia'],
    ['乌兰察布', 'Ulanqab'],
    ['硅谷', 'Silicon Valley'],
  ])('finds the China partitions\' regions in Chinese ("%s" finds %s)', (query, metro) => {
    expect(chineseIds(query)).toEqual(
      regionCatalog.filter((region) => region.metro === metro).map((region) => region.id),
    );
  });

  it('finds a provider by its Chinese name', () => {
    const alibaba = regionCatalog.filter((region) => region.provider === 'alibaba').map((region) => region.id);
    expect(searchCatalog('阿里云', regionCatalog.length, PLACE_NAMES_ZH_CN).map((region) => region.id)).toEqual(
      alibaba,
    );
    expect(chineseIds('阿里云 杭州')).toEqual(['alibaba:cn-hangzhou']);
    expect(chineseIds('世纪互联 上海')).toEqual(['azure-cn:chinaeast', 'azure-cn:chinaeast2', 'azure-cn:chinaeast3']);
    expect(chineseIds('中国香港')).toEqual(
      regionCatalog.filter((region) => region.country === 'Hong Kong').map((region) => region.id),
    );
  });

  it('still finds places by their English names, and finds nothing in Chinese without the names', () => {
    expect(chineseIds('tokyo')).toEqual(ids('tokyo'));
    expect(ids('东京')).toEqual([]);
  });

  it('has a Chinese name for every metro and country in the catalog', () => {
    const places = new Set(regionCatalog.flatMap((region) => [region.metro, region.country]));
    const missing = [...places].filter((place) => !PLACE_NAMES_ZH_CN[place]);
    expect(missing).toEqual([]);
  });
});
