import { geoContains } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries10m from 'world-atlas/countries-10m.json' with { type: 'json' };
import {
  CONTINENT_NAMES,
  type Continent,
  findCatalogRegion,
  PROVIDER_NAMES,
  type Provider,
  regionCatalog,
} from '../../../src/engine/regions/catalog';
import { isInMainlandChina } from '../../../src/engine/regions/corridors';

const PROVIDERS = Object.keys(PROVIDER_NAMES) as Provider[];
const CONTINENTS = Object.keys(CONTINENT_NAMES) as Continent[];

describe('regionCatalog', () => {
  it('has unique ids', () => {
    const ids = regionCatalog.map((region) => region.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(regionCatalog.map((region) => [region.id, region] as const))('%s is provider:code', (id, region) => {
    expect(id).toBe(`${region.provider}:${region.code}`);
  });

  it.each(regionCatalog.map((region) => [region.id, region] as const))('%s has a place on the map', (_id, region) => {
    expect(region.lat).toBeGreaterThanOrEqual(-90);
    expect(region.lat).toBeLessThanOrEqual(90);
    expect(region.lon).toBeGreaterThanOrEqual(-180);
    expect(region.lon).toBeLessThanOrEqual(180);
    expect(region.name.trim()).not.toBe('');
    expect(region.metro.trim()).not.toBe('');
    expect(region.country.trim()).not.toBe('');
    expect(CONTINENTS).toContain(region.continent);
  });

  it.each([
    ['aws', 30],
    ['azure', 50],
    ['gcp', 35],
    ['aws-cn', 2],
    ['azure-cn', 6],
    ['alibaba', 25],
  ] as const)('lists at least %s %i public regions', (provider, minimum) => {
    expect(regionCatalog.filter((region) => region.provider === provider).length).toBeGreaterThanOrEqual(minimum);
  });

  it.each(PROVIDERS)('spells %s codes the way the provider does', (provider) => {
    const pattern = {
      aws: /^[a-z]{2}-[a-z]+-\d$/,
      azure: /^[a-z]+\d?$/,
      gcp: /^[a-z]+-[a-z]+\d+$/,
      'aws-cn': /^cn-[a-z]+-\d$/,
      'azure-cn': /^china(east|north)\d?$/,
      // Mainland and Hong Kong regions are cn-<city>; the others <area>-<direction>-<n>, as Alibaba writes them.
      alibaba: /^(cn-[a-z]+|[a-z]{2}-[a-z]+-\d)$/,
    }[provider];
    for (const region of regionCatalog.filter((entry) => entry.provider === provider)) {
      expect(region.code).toMatch(pattern);
    }
  });

  it.each(CONTINENTS)('has regions in %s', (continent) => {
    expect(regionCatalog.some((region) => region.continent === continent)).toBe(true);
  });

  it.each([
    ['aws:us-east-1', 'US East (N. Virginia)', 'north-america'],
    ['aws:mx-central-1', 'Mexico (Central)', 'north-america'],
    ['aws:il-central-1', 'Israel (Tel Aviv)', 'asia'],
    ['azure:westeurope', 'West Europe', 'europe'],
    ['azure:germanywestcentral', 'Germany West Central', 'europe'],
    ['gcp:asia-east1', 'Changhua County, Taiwan', 'asia'],
    ['gcp:me-central2', 'Dammam, Saudi Arabia', 'asia'],
    ['gcp:australia-southeast1', 'Sydney, Australia', 'oceania'],
    ['aws-cn:cn-north-1', 'China (Beijing)', 'asia'],
    ['aws-cn:cn-northwest-1', 'China (Ningxia)', 'asia'],
    ['azure-cn:chinanorth3', 'China North 3', 'asia'],
    ['alibaba:cn-hangzhou', 'China (Hangzhou)', 'asia'],
    ['alibaba:cn-hongkong', 'China (Hong Kong)', 'asia'],
    ['alibaba:eu-central-1', 'Germany (Frankfurt)', 'europe'],
    ['alibaba:us-west-1', 'US (Silicon Valley)', 'north-america'],
  ])('finds %s by id', (id, name, continent) => {
    expect(findCatalogRegion(id)).toMatchObject({ id, name, continent });
  });

  it.each(['us-east-1', 'aws:us-gov-west-1', 'aws:cn-north-1', 'azure:chinaeast', 'azure:WestEurope', 'alibaba:', ''])(
    'finds nothing for %j',
    (id) => {
      expect(findCatalogRegion(id)).toBeUndefined();
    },
  );

  it.each(['aws-cn:cn-north-1', 'aws-cn:cn-northwest-1', 'azure-cn:chinaeast', 'azure-cn:chinanorth3'])(
    '%s is in mainland China',
    (id) => {
      expect(findCatalogRegion(id)?.mainlandChina).toBe(true);
    },
  );

  it.each([
    'alibaba:cn-hongkong',
    'aws:ap-east-1',
    'azure:eastasia',
    'gcp:asia-east1',
    'aws:ap-east-2',
    'alibaba:ap-northeast-1',
  ])('%s is not in mainland China', (id) => {
    expect(findCatalogRegion(id)?.mainlandChina).toBe(false);
  });

  it('marks a region mainland China exactly when its country is China and its point lies on the mainland', () => {
    for (const region of regionCatalog) {
      expect(region.mainlandChina, region.id).toBe(region.country === 'China');
      expect(isInMainlandChina(region), region.id).toBe(region.mainlandChina);
    }
  });

  it('lists every Alibaba Cloud region the product names, in and outside mainland China', () => {
    const codes = regionCatalog.filter((region) => region.provider === 'alibaba').map((region) => region.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'cn-hangzhou',
        'cn-shanghai',
        'cn-beijing',
        'cn-shenzhen',
        'cn-zhangjiakou',
        'cn-qingdao',
        'cn-huhehaote',
        'cn-wulanchabu',
        'cn-chengdu',
        'cn-guangzhou',
        'cn-heyuan',
        'cn-hongkong',
        'ap-southeast-1',
        'ap-southeast-3',
        'ap-southeast-5',
        'ap-southeast-6',
        'ap-southeast-7',
        'ap-northeast-1',
        'ap-northeast-2',
        'us-west-1',
        'us-east-1',
        'eu-central-1',
        'eu-west-1',
        'me-east-1',
        'me-central-1',
      ]),
    );
  });
});

describe('catalog coordinates', () => {
  // Natural Earth 1:10m admin-0 (world-atlas): the coarser scales put Hong Kong's centre in the harbour and Shenzhen's
  // in Hong Kong. Checked for the China partitions' providers, where a wrong side of a border changes the advice.
  const atlas = countries10m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const outlines = new Map(
    (feature(atlas, atlas.objects.countries).features as Feature[]).map((outline) => [
      (outline.properties as { name: string }).name,
      outline,
    ]),
  );
  /** Natural Earth's names where the catalog's differ. */
  const NATURAL_EARTH_NAMES: Readonly<Record<string, string>> = { 'United States': 'United States of America' };
  const chinaPartitions = regionCatalog.filter((region) => ['aws-cn', 'azure-cn', 'alibaba'].includes(region.provider));

  it.each(chinaPartitions.map((region) => [region.id, region] as const))('%s lies in its country', (_id, region) => {
    const outline = outlines.get(NATURAL_EARTH_NAMES[region.country] ?? region.country);
    expect(outline, region.country).toBeDefined();
    if (outline) expect(geoContains(outline, [region.lon, region.lat])).toBe(true);
  });
});
