import fc from 'fast-check';
import { type Answers, MAX_CLUSTERS_PER_REGION, MAX_REGIONS, parseAnswers, regionCatalog } from '../../src/engine';

const catalogIds = regionCatalog.map((region) => region.id);

/** One "character" of generated text: link-syntax look-alikes, URL specials, any code point, lone surrogates. */
const textUnit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'aZ09 .-_:#&?%"\'/\\~!()*+,;=@[]{}<>|^`$\t'.split('')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('é', 'ß', 'Ω', '中', '東京', '😀', '👩‍💻', '🇩🇪', '\u200b', '\u00a0', '\ufeff'),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)) },
);

/** Text the schema keeps as it is: trimmed, 1..maxUnits UTF-16 units. */
const text = (maxUnits: number) =>
  fc
    .string({ unit: textUnit, minLength: 1, maxLength: 16 })
    .map((value) => value.trim())
    .filter((value) => value.length >= 1 && value.length <= maxUnits);

const latitude = fc.double({ min: -90, max: 90, noNaN: true });
const longitude = fc.double({ min: -180, max: 180, noNaN: true });
const clusters = fc.oneof(fc.constant(1), fc.integer({ min: 1, max: MAX_CLUSTERS_PER_REGION }));

const catalogRegion = fc.record(
  { id: fc.constantFrom(...catalogIds), name: text(80), lat: latitude, lon: longitude, clusters },
  { requiredKeys: ['id', 'clusters'] },
);

const customSite = fc.record({
  id: fc.oneof(
    text(120),
    text(40).map((rest) => `aws:${rest}`),
    text(40).map((rest) => `gcp:${rest}`),
  ),
  name: text(80),
  lat: latitude,
  lon: longitude,
  clusters,
});

const priority = fc.integer({ min: 0, max: 4 });

/** Valid answers as the engine returns them: catalog regions and custom sites, every answer anywhere in range. */
export function validAnswers(maxRegions = 12): fc.Arbitrary<Answers> {
  return fc
    .record({
      version: fc.constant(1),
      regions: fc.uniqueArray(fc.oneof(catalogRegion, customSite), {
        minLength: 1,
        maxLength: Math.min(maxRegions, MAX_REGIONS),
        selector: (region) => region.id,
      }),
      latencyToleranceMs: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 1, max: 2000, noNaN: true })),
      opsEngineers: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true })),
      crossRegionEnvironments: fc.boolean(),
      priorities: fc.record({
        singlePane: priority,
        multiClusterApps: priority,
        faultIsolation: priority,
        independentUpgrades: priority,
      }),
    })
    .map((document) => {
      const parsed = parseAnswers(document);
      if (!parsed.ok) throw new Error(`the arbitrary made invalid answers: ${JSON.stringify(parsed.problems)}`);
      return parsed.value;
    });
}
