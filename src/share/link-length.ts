/** Share link lengths for the size report: how long a link gets as the number of regions grows. */
import { type Answers, regionCatalog } from '../engine';
import { buildShareUrl } from './share-url';

/** The dev server's address, which the command line also uses as its default `--base`. */
export const DEFAULT_SHARE_BASE_URL = 'http://localhost:5173/';

/** Region counts the size report prints. */
export const SHARE_LINK_REGION_COUNTS = [1, 10, 100] as const;

/**
 * Answers with every field set away from its default: `regionCount` catalog regions (1..100) spread
 * over the catalog so all three providers appear, with one- to three-digit cluster counts.
 */
export function sampleShareAnswers(regionCount: number): Answers {
  const step = Math.max(1, Math.floor(regionCatalog.length / regionCount));
  const regions = Array.from({ length: regionCount }, (_, index) => {
    const region = regionCatalog[(index * step) % regionCatalog.length];
    return { id: region?.id ?? `site-${index}`, clusters: 2 + ((index * 37) % 240) };
  });
  return {
    version: 1,
    regions,
    latencyToleranceMs: 120,
    opsEngineers: 3.5,
    crossRegionEnvironments: true,
    priorities: { singlePane: 4, multiClusterApps: 3, faultIsolation: 1, independentUpgrades: 0 },
  };
}

/**
 * `sampleShareAnswers` with every estate answer set as well (valid: round trips above the fibre floor of any distance): each region's site kind, connectivity, nodes and
 * jurisdiction (two jurisdictions), a share of provisioned clusters, a pinned hub, a measured round trip from the
 * hub to every other region and a decision record's front matter.
 */
export function sampleEstateAnswers(regionCount: number): Answers {
  const base = sampleShareAnswers(regionCount);
  const hub = base.regions[0]?.id ?? '';
  return {
    ...base,
    regions: base.regions.map((region, index) => ({
      ...region,
      siteKind: index === 0 ? 'cloud' : 'datacenter',
      connectivity: index % 3 === 2 ? 'intermittent' : 'connected',
      nodes: region.clusters * 12,
      jurisdiction: index % 2 === 0 ? 'eu' : 'us',
    })),
    nodesPerCluster: 12,
    provisionedPercent: 60,
    jurisdictions: [
      { id: 'eu', name: 'European Union', keepManagementInside: true },
      { id: 'us', name: 'United States', keepManagementInside: false },
    ].slice(0, Math.min(2, regionCount)),
    hub: { regionId: hub },
    latencies: base.regions.slice(1).map((region, index) => ({ from: hub, to: region.id, ms: 210 + index * 7.5 })),
    decision: {
      title: 'Rancher management planes',
      status: 'accepted',
      date: '2026-12-05',
      decisionMakers: ['Ana Silva', 'Wei Zhang'],
      author: 'Platform team',
    },
  };
}

export interface ShareLinkLength {
  readonly regionCount: number;
  /** Characters in the whole URL, base included. */
  readonly urlChars: number;
  /** The same with every estate answer set (`sampleEstateAnswers`). */
  readonly estateUrlChars: number;
}

/** The whole-URL length of a sample share link for each region count (default 1, 10 and 100). */
export function measureShareLinkLengths(
  baseUrl: string = DEFAULT_SHARE_BASE_URL,
  regionCounts: readonly number[] = SHARE_LINK_REGION_COUNTS,
): readonly ShareLinkLength[] {
  return regionCounts.map((regionCount) => ({
    regionCount,
    urlChars: buildShareUrl(sampleShareAnswers(regionCount), baseUrl).length,
    estateUrlChars: buildShareUrl(sampleEstateAnswers(regionCount), baseUrl).length,
  }));
}
