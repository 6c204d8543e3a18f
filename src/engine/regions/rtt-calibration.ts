/**
 * Published median round trips between cloud regions, used to fit and check the distance model in
 * `rtt-model.ts` (see docs/rtt-model.md). `a` is the side the measurement was taken from (the table row).
 */
export interface MeasuredRtt {
  /** Catalog id of the measuring region. */
  readonly a: string;
  /** Catalog id of the target region. */
  readonly b: string;
  /** Median round-trip time in ms. */
  readonly measuredRttMs: number;
  readonly source: string;
}

const AZURE_P50 =
  'Microsoft Learn, "Azure network round-trip latency statistics": monthly P50, 30 days to 2024-04-09 ' +
  '(learn.microsoft.com/azure/networking/azure-network-latency)';
const CLOUDPING_P50 =
  'cloudping.co AWS inter-region latency, 1-year P50, snapshot of 2025-05-29 ' +
  '(cloudping.co/api/latencies?percentile=p_50&timeframe=1Y, kept in github.com/oaustegard/oaustegard.github.io)';

function azure(a: string, b: string, measuredRttMs: number): MeasuredRtt {
  return { a: `azure:${a}`, b: `azure:${b}`, measuredRttMs, source: AZURE_P50 };
}

function aws(a: string, b: string, measuredRttMs: number): MeasuredRtt {
  return { a: `aws:${a}`, b: `aws:${b}`, measuredRttMs, source: CLOUDPING_P50 };
}

/**
 * Routes that broadly follow the great circle: short hops inside a continent, and long hauls over direct
 * cables. The distance model is fitted to these; it and `estimateRttBetweenMs` must stay within 30% of each.
 */
export const MEASURED_RTTS: readonly MeasuredRtt[] = [
  // Short, inside one continent.
  aws('us-east-1', 'us-east-2', 14.7),
  aws('ca-central-1', 'us-east-1', 16.2),
  aws('us-west-1', 'us-west-2', 21.9),
  aws('eu-west-1', 'eu-west-2', 13.9),
  aws('eu-west-2', 'eu-central-1', 17.9),
  aws('eu-central-1', 'eu-south-1', 12.1),
  aws('eu-central-1', 'eu-north-1', 22.8),
  aws('ap-northeast-1', 'ap-northeast-3', 10.0),
  aws('ap-southeast-2', 'ap-southeast-4', 13.3),
  azure('canadacentral', 'eastus', 22),
  azure('canadaeast', 'canadacentral', 15),
  azure('westeurope', 'northeurope', 19),
  azure('ukwest', 'uksouth', 8),
  azure('francecentral', 'germanywestcentral', 11),
  azure('japanwest', 'japaneast', 12),
  azure('koreacentral', 'japaneast', 33),
  azure('southindia', 'centralindia', 20),
  azure('australiasoutheast', 'australiaeast', 16),
  // Middle distances: across a continent or a short sea.
  aws('us-east-1', 'us-west-2', 64.3),
  azure('westus2', 'eastus', 67),
  azure('uaenorth', 'centralindia', 37),
  aws('ap-northeast-1', 'ap-southeast-1', 70.5),
  azure('australiaeast', 'southeastasia', 90),
  // Long, between continents.
  aws('us-east-1', 'eu-west-1', 69.6),
  azure('westeurope', 'eastus', 84),
  aws('us-west-2', 'ap-northeast-1', 98.0),
  azure('westus2', 'japaneast', 100),
  aws('us-east-1', 'sa-east-1', 115.2),
  azure('brazilsouth', 'eastus', 118),
  aws('eu-central-1', 'ap-south-1', 129.1),
  aws('us-east-1', 'ap-northeast-1', 149.4),
  azure('eastus', 'japaneast', 157),
  aws('eu-west-2', 'af-south-1', 150.9),
  azure('southeastasia', 'westeurope', 159),
  aws('eu-central-1', 'ap-southeast-1', 160.6),
  aws('eu-central-1', 'ap-southeast-2', 251.5),
];

/**
 * Routes whose cables run far from the great circle, from the same sources. `estimateRttBetweenMs` routes them the
 * way the traffic goes (Europe to East Asia through Singapore, Africa to Australia through Europe, South America to
 * Australia through the US) and must stay within 30% of each; the distance-only model underestimates them by 26% to
 * 62%.
 */
export const DETOUR_RTTS: readonly MeasuredRtt[] = [
  // Europe to Japan, Korea and Hong Kong: the Suez and Indian Ocean cables, not the great circle over Siberia.
  aws('eu-central-1', 'ap-northeast-1', 227.1),
  aws('eu-west-2', 'ap-northeast-1', 211.4),
  aws('eu-central-1', 'ap-northeast-2', 231.1),
  aws('eu-north-1', 'ap-northeast-2', 250.2),
  aws('eu-central-1', 'ap-east-1', 193.3),
  aws('eu-west-1', 'ap-east-1', 225.5),
  azure('westeurope', 'japaneast', 226),
  azure('northeurope', 'japaneast', 234),
  azure('francecentral', 'japaneast', 220),
  azure('germanywestcentral', 'koreacentral', 221),
  azure('swedencentral', 'koreacentral', 245),
  azure('westeurope', 'eastasia', 189),
  azure('uksouth', 'eastasia', 188),
  // Africa and South America to Australia: no cable crosses the Southern Ocean.
  aws('af-south-1', 'ap-southeast-2', 409.2),
  aws('sa-east-1', 'ap-southeast-2', 312.2),
  azure('brazilsouth', 'australiaeast', 310),
  azure('southafricanorth', 'australiaeast', 379),
];

/**
 * The old model's outliers, from the same sources: the traffic hairpins through a hub far off the great circle (Cape
 * Town to Asia, Australia and South America through Europe; Tel Aviv to the Gulf through Europe). The corridors of
 * corridors.ts now route them through those hubs, within 30% of each; routeUncertainty still marks them, because
 * other networks take direct routes there. docs/rtt-model.md says so.
 */
export const OUTLIER_RTTS: readonly MeasuredRtt[] = [
  aws('af-south-1', 'ap-southeast-4', 419.8),
  aws('af-south-1', 'ap-southeast-1', 315.8),
  aws('af-south-1', 'sa-east-1', 337.1),
  aws('il-central-1', 'me-central-1', 149.3),
];
