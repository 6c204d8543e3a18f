import fc from 'fast-check';
import {
  type Answers,
  CONNECTIVITY_KINDS,
  DECISION_STATUSES,
  findCatalogRegion,
  jurisdictionOf,
  MAINLAND_CHINA_JURISDICTION_ID,
  MAX_CLUSTERS_PER_REGION,
  MAX_REGIONS,
  parseAnswers,
  regionCatalog,
  SITE_KINDS,
} from '../../src/engine';

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

/** Round trips above the fibre floor of any two places on Earth (half the circumference: 200.2 ms). */
const measuredMs = fc.oneof(fc.integer({ min: 201, max: 2000 }), fc.double({ min: 201, max: 2000, noNaN: true }));
const personNames = fc.array(text(80), { maxLength: 3 });
const isoDate = fc
  .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const decision = fc.record(
  {
    title: text(120),
    status: fc.constantFrom(...DECISION_STATUSES),
    date: isoDate,
    decisionMakers: personNames,
    consulted: personNames,
    informed: personNames,
    author: text(80),
  },
  { requiredKeys: [] },
);

type Document = Omit<Answers, 'regions'> & { regions: Answers['regions'][number][] };

/**
 * The estate answers added to a document, each one there or not, all consistent: nodes at least the clusters,
 * jurisdictions declared and used, a hub that is no edge site, measurements between known regions, one per pair.
 */
function withEstateAnswers(document: Document): fc.Arbitrary<Document> {
  const regionCount = document.regions.length;
  const regionExtras = fc.array(
    fc.record(
      {
        siteKind: fc.constantFrom(...SITE_KINDS),
        connectivity: fc.constantFrom(...CONNECTIVITY_KINDS),
        extraNodes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000 })),
        jurisdiction: fc.nat(2),
        // Link v3: the region's clusters by kind, each count there or not, together at most its clusters.
        clusterKinds: fc.record(
          { provisioned: fc.nat(4), imported: fc.nat(4), hosted: fc.nat(4) },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    { minLength: regionCount, maxLength: regionCount },
  );
  return fc
    .record(
      {
        extras: regionExtras,
        jurisdictionIds: fc.uniqueArray(text(40), { minLength: 3, maxLength: 3 }),
        jurisdictionNames: fc.array(text(80), { minLength: 3, maxLength: 3 }),
        keepInside: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: 3, maxLength: 3 }),
        declareEmptyJurisdictions: fc.boolean(),
        nodesPerCluster: fc.option(fc.double({ min: 1, max: 10_000, noNaN: true }), { nil: undefined }),
        provisionedPercent: fc.option(
          fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
          { nil: undefined },
        ),
        hub: fc.option(fc.oneof(fc.nat(regionCount - 1), fc.constantFrom(...catalogIds)), { nil: undefined }),
        latencies: fc.option(
          fc.array(fc.tuple(fc.nat(regionCount), fc.nat(regionCount), measuredMs), { maxLength: 6 }),
          {
            nil: undefined,
          },
        ),
        decision: fc.option(decision, { nil: undefined }),
        clustersInTwoYears: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
        strict: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: 3, maxLength: 3 }),
        places: fc.array(
          fc.option(
            // A number stands for one of the answers' own regions (a link writes it by index).
            fc.uniqueArray(
              fc.oneof(fc.constantFrom('DE', 'FR', 'GB', 'US', 'CN', ...catalogIds.slice(0, 20)), fc.nat(9)),
              {
                minLength: 1,
                maxLength: 5,
              },
            ),
            { nil: undefined },
          ),
          { minLength: 3, maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    )
    .map((estate) => {
      const regions = document.regions.map((region, index) => {
        const extra = estate.extras?.[index] ?? {};
        const jurisdiction =
          extra.jurisdiction === undefined ? undefined : estate.jurisdictionIds?.[extra.jurisdiction];
        const kinds = extra.clusterKinds;
        const counted = (kinds?.provisioned ?? 0) + (kinds?.imported ?? 0) + (kinds?.hosted ?? 0);
        return {
          ...region,
          ...(extra.siteKind === undefined ? {} : { siteKind: extra.siteKind }),
          ...(extra.connectivity === undefined ? {} : { connectivity: extra.connectivity }),
          ...(extra.extraNodes === undefined ? {} : { nodes: region.clusters + extra.extraNodes }),
          ...(jurisdiction === undefined ? {} : { jurisdiction }),
          ...(kinds === undefined || counted > region.clusters ? {} : { clusterKinds: kinds }),
        };
      });
      const used = new Set(regions.map((region) => region.jurisdiction));
      const jurisdictions = (estate.jurisdictionIds ?? [])
        .map((id, index) => {
          const keep = estate.keepInside?.[index];
          const strict = keep === false ? undefined : estate.strict?.[index];
          const named = estate.places?.[index]?.map((place) =>
            typeof place === 'number' ? (regions[place % regions.length]?.id ?? 'DE') : place,
          );
          const places = named === undefined ? undefined : [...new Set(named)];
          return {
            id,
            name: estate.jurisdictionNames?.[index] ?? id,
            ...(keep === undefined ? {} : { keepManagementInside: keep }),
            ...(strict === undefined ? {} : { planesManageOnlyInside: strict }),
            ...(places === undefined ? {} : { allowedLocations: places }),
          };
        })
        .filter((jurisdiction) => used.has(jurisdiction.id));
      const hubCandidate = typeof estate.hub === 'number' ? regions[estate.hub]?.id : estate.hub;
      const pinned = regions.find((region) => region.id === hubCandidate);
      // A catalog pin in mainland China needs a region there (its planes manage only mainland China).
      const inChina = (id: string) => findCatalogRegion(id)?.mainlandChina === true;
      const chinaAlone =
        pinned === undefined &&
        hubCandidate !== undefined &&
        inChina(hubCandidate) &&
        !regions.some((region) => inChina(region.id) || jurisdictionOf(region) === MAINLAND_CHINA_JURISDICTION_ID);
      const hubId =
        chinaAlone || pinned?.siteKind === 'edge' || (pinned?.connectivity ?? 'connected') !== 'connected'
          ? undefined
          : hubCandidate;
      // Position regionCount stands for the hub, so measurements to a hub outside the regions come up too.
      const endId = (position: number) => (position < regionCount ? regions[position]?.id : hubId);
      const pairs = new Set<string>();
      const latencies = (estate.latencies ?? []).flatMap(([from, to, ms]) => {
        const fromId = endId(from);
        const toId = endId(to);
        if (fromId === undefined || toId === undefined || fromId === toId) return [];
        const pair = [fromId, toId].sort().join('\n');
        if (pairs.has(pair)) return [];
        pairs.add(pair);
        return [{ from: fromId, to: toId, ms }];
      });
      return {
        ...document,
        regions,
        ...(estate.nodesPerCluster === undefined ? {} : { nodesPerCluster: estate.nodesPerCluster }),
        ...(estate.provisionedPercent === undefined ? {} : { provisionedPercent: estate.provisionedPercent }),
        ...(jurisdictions.length > 0 || estate.declareEmptyJurisdictions === true ? { jurisdictions } : {}),
        ...(hubId === undefined ? {} : { hub: { regionId: hubId } }),
        ...(estate.latencies === undefined ? {} : { latencies }),
        ...(estate.decision === undefined ? {} : { decision: estate.decision }),
        ...(estate.clustersInTwoYears === undefined ? {} : { clustersInTwoYears: estate.clustersInTwoYears }),
      };
    });
}

/**
 * Valid answers as the engine returns them: catalog regions and custom sites, every answer anywhere in range,
 * and each estate answer (site kinds, connectivity, nodes, jurisdictions, a hub, measurements, a decision) there
 * or not.
 */
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
    .chain((document) => withEstateAnswers(document as Document))
    .map((document) => {
      const parsed = parseAnswers(document);
      if (!parsed.ok) throw new Error(`the arbitrary made invalid answers: ${JSON.stringify(parsed.problems)}`);
      return parsed.value;
    });
}
