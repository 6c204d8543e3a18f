/**
 * Rancher's documented server sizes (Rancher docs, "Installation Requirements": RKE2/K3s CPU and memory tables).
 * Each size is bounded by downstream clusters and by downstream nodes; the larger of the two decides.
 */
export const RANCHER_SERVER_SIZES = [
  { size: 'small', maxClusters: 150, maxNodes: 1_500 },
  { size: 'medium', maxClusters: 300, maxNodes: 3_000 },
  { size: 'large', maxClusters: 500, maxNodes: 5_000 },
] as const;
export type ServerSize = (typeof RANCHER_SERVER_SIZES)[number]['size'];
/** A documented size, or more than the largest one: Rancher's larger tier, sized with SUSE's guidance and tuning. */
export type InstallationSize = ServerSize | 'beyond-large';

/** The most downstream clusters one documented installation manages (the "large" size). */
export const MAX_CLUSTERS_PER_INSTALLATION = 500;
/** The most downstream nodes one documented installation manages (the "large" size). */
export const MAX_NODES_PER_INSTALLATION = 5_000;
/** Three nodes per installation: Rancher's HA requirement for production (Rancher docs, "Install on a Kubernetes cluster"). */
export const NODES_PER_HA_INSTALLATION = 3;

/**
 * How full one installation would be against Rancher's largest documented size: 1 at 500 clusters or 5,000
 * nodes, whichever comes first; above 1 is beyond the documented sizes. Continuous, so one more cluster moves it
 * by a sliver, never across a wall.
 */
export function sizeRatio(clusters: number, nodes: number): number {
  return Math.max(clusters / MAX_CLUSTERS_PER_INSTALLATION, nodes / MAX_NODES_PER_INSTALLATION);
}

/** The smallest documented size that manages `clusters` downstream clusters and `nodes` nodes in one installation. */
export function sizeFor(clusters: number, nodes: number): InstallationSize {
  return (
    RANCHER_SERVER_SIZES.find((entry) => clusters <= entry.maxClusters && nodes <= entry.maxNodes)?.size ??
    'beyond-large'
  );
}

/**
 * Installations of the documented sizes that would manage this much side by side (co-located at one site). Beyond
 * the documented sizes one tuned installation is also possible (Rancher's larger tier): the plan says both.
 */
export function installationsFor(clusters: number, nodes: number): number {
  return Math.max(1, Math.ceil(sizeRatio(clusters, nodes) - 1e-9));
}

/** How full one installation of a documented size would be: the higher of its clusters' and nodes' shares, 0..1+. */
export function sizeShare(clusters: number, nodes: number, size: ServerSize): number {
  const entry = RANCHER_SERVER_SIZES.find((candidate) => candidate.size === size);
  return entry === undefined
    ? Number.POSITIVE_INFINITY
    : Math.max(clusters / entry.maxClusters, nodes / entry.maxNodes);
}

/** The documented size after `size`, or 'beyond-large' after the largest. */
export function nextSize(size: InstallationSize): InstallationSize {
  const index = RANCHER_SERVER_SIZES.findIndex((entry) => entry.size === size);
  return index < 0 ? 'beyond-large' : (RANCHER_SERVER_SIZES[index + 1]?.size ?? 'beyond-large');
}
