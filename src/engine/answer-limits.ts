// The answers' ranges, defaults and scale words, without the schema: the first page load needs these, not zod.

/** Highest number of regions one answers document may hold (contract section 1). */
export const MAX_REGIONS = 100;
/** Highest downstream cluster count per region (contract section 1). */
export const MAX_CLUSTERS_PER_REGION = 10_000;

/** The values a numeric answer may take, both ends included. */
export interface AnswerRange {
  readonly min: number;
  readonly max: number;
}

/** `regions[].clusters` (contract section 1). */
export const CLUSTERS_RANGE: AnswerRange = { min: 1, max: MAX_CLUSTERS_PER_REGION };
/** `latencyToleranceMs`, ms (contract section 1). */
export const LATENCY_TOLERANCE_RANGE_MS: AnswerRange = { min: 1, max: 2000 };
/** `opsEngineers`, full-time equivalents (contract section 1). */
export const OPS_ENGINEERS_RANGE: AnswerRange = { min: 0, max: 1000 };
/** Each of `priorities`: 0 does not matter .. 4 must have (contract section 1). */
export const PRIORITY_RANGE: AnswerRange = { min: 0, max: 4 };
/** `latencies[].ms`: a measured round trip, ms; the fibre floor between the two sites is checked apart. */
export const MEASURED_RTT_RANGE_MS: AnswerRange = { min: 0.1, max: 2000 };
/** `nodesPerCluster`: average downstream nodes per cluster. */
export const NODES_PER_CLUSTER_RANGE: AnswerRange = { min: 1, max: 10_000 };
/** `provisionedPercent`: share of clusters Rancher provisions, %. */
export const PROVISIONED_PERCENT_RANGE: AnswerRange = { min: 0, max: 100 };
/** `regions[].lat` and `regions[].lon`, degrees. */
export const LATITUDE_RANGE: AnswerRange = { min: -90, max: 90 };
export const LONGITUDE_RANGE: AnswerRange = { min: -180, max: 180 };
/** Longest region id, and longest display name of a region or a jurisdiction, in characters. */
export const MAX_REGION_ID_CHARS = 120;
export const MAX_NAME_CHARS = 80;
/** Longest jurisdiction id, in characters. */
export const MAX_JURISDICTION_ID_CHARS = 40;
/** Rancher's browser-to-server guidance, used as the default tolerance (Rancher docs, "Installation Requirements"). */
export const DEFAULT_LATENCY_TOLERANCE_MS = 150;
/** A small team: two people share management-plane duty (contract default). */
export const DEFAULT_OPS_ENGINEERS = 2;
/** "matters" on the 0..4 priority scale (contract default). */
export const DEFAULT_PRIORITY = 2;

/** The four priorities (the schema's `priorities`), in the order the questionnaire asks them and every list names them. */
export const PRIORITY_KEYS = ['singlePane', 'multiClusterApps', 'faultIsolation', 'independentUpgrades'] as const;

/** Words for the 0..4 priority scale, as the contract defines them. */
export const PRIORITY_LABELS = ['does not matter', 'nice to have', 'matters', 'important', 'must have'] as const;
export type PriorityLevel = 0 | 1 | 2 | 3 | 4;

/** Average downstream nodes per cluster where a region gives no node count: Rancher's own ratio (1,500 nodes / 150 clusters). */
export const DEFAULT_NODES_PER_CLUSTER = 10;
/** Highest downstream node count per region. */
export const MAX_NODES_PER_REGION = 10_000_000;
/** `regions[].nodes`: at least one node, and at least the region's clusters (checked apart). */
export const NODES_RANGE: AnswerRange = { min: 1, max: MAX_NODES_PER_REGION };
/** Most jurisdictions one answers document may declare. */
export const MAX_JURISDICTIONS = 20;
/** Most measured round trips one answers document may hold. */
export const MAX_MEASURED_LATENCIES = 1_000;

/** Where a management plane may run: an edge location (stores, factories, vessels) never hosts one. */
export const SITE_KINDS = ['cloud', 'datacenter', 'edge'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
/** How a region is linked to the rest of the estate. */
export const CONNECTIVITY_KINDS = ['connected', 'intermittent', 'air-gapped'] as const;
export type Connectivity = (typeof CONNECTIVITY_KINDS)[number];
/** Decision-record statuses (MADR 4.0). */
export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** Longest decision-record title, in characters (the answers schema's `decision.title`). */
export const MAX_DECISION_TITLE_CHARS = 120;
/** Longest name of a person or group in the decision record (`decisionMakers`, `consulted`, `informed`, `author`). */
export const MAX_PERSON_NAME_CHARS = 80;
/** Most names per decision-record role: a longer list is a mailing list, not people (the team's judgement). */
export const MAX_NAMES_PER_ROLE = 20;
/** The jurisdiction mainland-China catalog regions are in when the answers give them none (an id nobody must declare). */
export const MAINLAND_CHINA_JURISDICTION_ID = 'cn-mainland';
/** Most places one jurisdiction may name for its planes: the EU's 27 countries and their cloud regions fit (team's judgement). */
export const MAX_ALLOWED_LOCATIONS = 60;
/** Highest expected cluster count in two years: as many as one answers document can hold today. */
export const MAX_EXPECTED_CLUSTERS = MAX_REGIONS * MAX_CLUSTERS_PER_REGION;
/** `clustersInTwoYears`: at least one cluster, at most what one answers document can hold. */
export const EXPECTED_CLUSTERS_RANGE: AnswerRange = { min: 1, max: MAX_EXPECTED_CLUSTERS };
/** Each count of `regions[].clusterKinds` (provisioned, imported, hosted): none up to a region's most clusters. */
export const CLUSTER_KIND_COUNT_RANGE: AnswerRange = { min: 0, max: MAX_CLUSTERS_PER_REGION };
/** Lowest latency tolerance an answers document may give (contract section 1). */
export const MIN_LATENCY_TOLERANCE_MS = 1;
