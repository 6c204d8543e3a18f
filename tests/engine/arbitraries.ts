import fc from 'fast-check';
import { type Answers, regionCatalog } from '../../src/engine';

/** Catalog ids in a fixed order, so shrinking is stable. */
const catalogIds = regionCatalog.map((region) => region.id);

const catalogRegion = fc.record({
  id: fc.constantFrom(...catalogIds),
  clusters: fc.integer({ min: 1, max: 600 }),
});

const customSite = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }).map((text) => `site-${text}`),
  name: fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim().length > 0),
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
  clusters: fc.integer({ min: 1, max: 600 }),
});

const priority = fc.integer({ min: 0, max: 4 });

/** Valid answers documents: 1 to 8 regions (catalog and custom), every other answer anywhere in its range. */
export const validAnswers: fc.Arbitrary<Answers> = fc.record({
  version: fc.constant(1 as const),
  regions: fc.uniqueArray(fc.oneof({ weight: 4, arbitrary: catalogRegion }, { weight: 1, arbitrary: customSite }), {
    minLength: 1,
    maxLength: 8,
    selector: (region) => region.id,
  }),
  latencyToleranceMs: fc.integer({ min: 1, max: 2000 }),
  opsEngineers: fc.integer({ min: 0, max: 1000 }),
  crossRegionEnvironments: fc.boolean(),
  priorities: fc.record({
    singlePane: priority,
    multiClusterApps: priority,
    faultIsolation: priority,
    independentUpgrades: priority,
  }),
}) as fc.Arbitrary<Answers>;
