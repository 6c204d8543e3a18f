import { describe, expect, it } from 'vitest';
import {
  CONTINENT_NAMES,
  type Continent,
  findCatalogRegion,
  PROVIDER_NAMES,
  type Provider,
  regionCatalog,
} from '../../../src/engine/regions/catalog';

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
  ] as const)('lists at least %s %i public regions', (provider, minimum) => {
    expect(regionCatalog.filter((region) => region.provider === provider).length).toBeGreaterThanOrEqual(minimum);
  });

  it.each(PROVIDERS)('spells %s codes the way the provider does', (provider) => {
    const pattern = { aws: /^[a-z]{2}-[a-z]+-\d$/, azure: /^[a-z]+\d?$/, gcp: /^[a-z]+-[a-z]+\d+$/ }[provider];
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
  ])('finds %s by id', (id, name, continent) => {
    expect(findCatalogRegion(id)).toMatchObject({ id, name, continent });
  });

  it.each(['us-east-1', 'aws:us-gov-west-1', 'aws:cn-north-1', 'azure:WestEurope', ''])(
    'finds nothing for %j',
    (id) => {
      expect(findCatalogRegion(id)).toBeUndefined();
    },
  );
});
