import fc from 'fast-check';
import {
  type Answers,
  CONNECTIVITY_KINDS,
  findCatalogRegion,
  jurisdictionOf,
  MAINLAND_CHINA_JURISDICTION_ID,
  parseAnswers,
  regionCatalog,
  SITE_KINDS,
} from '../../src/engine';

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

/** Round trips above the fibre floor of any two places on Earth (half the circumference: 200.2 ms). */
const measuredMs = fc.integer({ min: 201, max: 2000 });

/**
 * Valid answers with the estate's constraints: each region's kind of site, connectivity, nodes and jurisdiction,
 * nodes per cluster, the share of provisioned clusters, jurisdictions that keep management inside or not, a hub
 * pinned to a region or a catalog region, and measured round trips (one per pair).
 */
export const validEstateAnswers: fc.Arbitrary<Answers> = validAnswers.chain((answers) => {
  const count = answers.regions.length;
  return fc
    .record({
      sites: fc.array(
        fc.record({
          siteKind: fc.option(fc.constantFrom(...SITE_KINDS), { nil: undefined }),
          connectivity: fc.option(fc.constantFrom(...CONNECTIVITY_KINDS), { nil: undefined }),
          extraNodes: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
          jurisdiction: fc.option(fc.constantFrom('eu', 'cn'), { nil: undefined }),
        }),
        { minLength: count, maxLength: count },
      ),
      keepInside: fc.tuple(fc.boolean(), fc.boolean()),
      nodesPerCluster: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      provisionedPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      hub: fc.option(fc.oneof(fc.nat(count - 1), fc.constantFrom(...catalogIds)), { nil: undefined }),
      latencies: fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1), measuredMs), { maxLength: 6 }),
    })
    .map((estate) => {
      const regions = answers.regions.map((region, index) => {
        const site = estate.sites[index];
        return {
          ...region,
          ...(site?.siteKind === undefined ? {} : { siteKind: site.siteKind }),
          ...(site?.connectivity === undefined ? {} : { connectivity: site.connectivity }),
          ...(site?.extraNodes === undefined ? {} : { nodes: region.clusters + site.extraNodes }),
          ...(site?.jurisdiction === undefined ? {} : { jurisdiction: site.jurisdiction }),
        };
      });
      const used = new Set(regions.map((region) => region.jurisdiction));
      const jurisdictions = (['eu', 'cn'] as const)
        .map((id, index) => ({ id, name: id.toUpperCase(), keepManagementInside: estate.keepInside[index] ?? true }))
        .filter((jurisdiction) => used.has(jurisdiction.id));
      const hubId = typeof estate.hub === 'number' ? regions[estate.hub]?.id : estate.hub;
      const pinned = regions.find((region) => region.id === hubId);
      const pairs = new Set<string>();
      const latencies = estate.latencies.flatMap(([from, to, ms]) => {
        const fromId = regions[from]?.id;
        const toId = regions[to]?.id;
        const pair = [fromId, toId].sort().join('\n');
        if (fromId === undefined || toId === undefined || fromId === toId || pairs.has(pair)) return [];
        pairs.add(pair);
        return [{ from: fromId, to: toId, ms }];
      });
      const document = {
        ...answers,
        regions,
        ...(estate.nodesPerCluster === undefined ? {} : { nodesPerCluster: estate.nodesPerCluster }),
        ...(estate.provisionedPercent === undefined ? {} : { provisionedPercent: estate.provisionedPercent }),
        ...(jurisdictions.length === 0 ? {} : { jurisdictions }),
        ...(hubId === undefined ||
        pinned?.siteKind === 'edge' ||
        (pinned?.connectivity ?? 'connected') !== 'connected' ||
        pinnedInChinaAlone(hubId, pinned, regions)
          ? {}
          : { hub: { regionId: hubId } }),
        ...(latencies.length === 0 ? {} : { latencies }),
      };
      const parsed = parseAnswers(document);
      if (!parsed.ok) throw new Error(`the arbitrary made invalid answers: ${JSON.stringify(parsed.problems)}`);
      return parsed.value;
    });
});

/** A catalog pin in mainland China where no region is: an error of the answers (its planes manage only mainland China). */
function pinnedInChinaAlone(
  hubId: string,
  pinned: unknown,
  regions: readonly {
    id: string;
    jurisdiction?: string | undefined;
    lat?: number | undefined;
    lon?: number | undefined;
  }[],
): boolean {
  if (pinned !== undefined || findCatalogRegion(hubId)?.mainlandChina !== true) return false;
  return !regions.some(
    (region) =>
      findCatalogRegion(region.id)?.mainlandChina === true || jurisdictionOf(region) === MAINLAND_CHINA_JURISDICTION_ID,
  );
}
