/** Rancher's documented server sizes (Rancher docs, "Installation Requirements": RKE2/K3s CPU and memory tables). */
export const RANCHER_SERVER_SIZES = [
  { size: 'small', maxClusters: 150, maxNodes: 1_500 },
  { size: 'medium', maxClusters: 300, maxNodes: 3_000 },
  { size: 'large', maxClusters: 500, maxNodes: 5_000 },
] as const;
export type ServerSize = (typeof RANCHER_SERVER_SIZES)[number]['size'];

/** The most downstream clusters one documented installation manages (the "large" size). */
export const MAX_CLUSTERS_PER_INSTALLATION = 500;
/** Three nodes per installation: Rancher's HA requirement for production (Rancher docs, "Install on a Kubernetes cluster"). */
export const NODES_PER_HA_INSTALLATION = 3;

/** The smallest documented size that manages `clusters` downstream clusters in one installation. */
export function sizeForClusters(clusters: number): ServerSize | 'beyond-large' {
  return RANCHER_SERVER_SIZES.find((entry) => clusters <= entry.maxClusters)?.size ?? 'beyond-large';
}

/** Installations needed so that none exceeds the documented "large" size. */
export function installationsForClusters(clusters: number): number {
  return Math.max(1, Math.ceil(clusters / MAX_CLUSTERS_PER_INSTALLATION));
}
