// The answers' ranges, defaults and scale words, without the schema: the first page load needs these, not zod.

/** Highest number of regions one answers document may hold (contract section 1). */
export const MAX_REGIONS = 100;
/** Highest downstream cluster count per region (contract section 1). */
export const MAX_CLUSTERS_PER_REGION = 10_000;
/** Rancher's browser-to-server guidance, used as the default tolerance (Rancher docs, "Installation Requirements"). */
export const DEFAULT_LATENCY_TOLERANCE_MS = 150;
/** A small team: two people share management-plane duty (contract default). */
export const DEFAULT_OPS_ENGINEERS = 2;
/** "matters" on the 0..4 priority scale (contract default). */
export const DEFAULT_PRIORITY = 2;

/** Words for the 0..4 priority scale, as the contract defines them. */
export const PRIORITY_LABELS = ['does not matter', 'nice to have', 'matters', 'important', 'must have'] as const;
export type PriorityLevel = 0 | 1 | 2 | 3 | 4;
