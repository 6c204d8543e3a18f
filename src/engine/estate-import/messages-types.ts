import type { ImportAdjustment, PlanProblem } from './plan';
import type {
  ClusterFlavour,
  ClusterKind,
  FoundCluster,
  ImportNote,
  ImportProblem,
  ReadSource,
  SourceFormat,
} from './types';

/** The name a person knows a region by (the catalog's or the site's name); the id when there is none. */
export type RegionNamer = (regionId: string) => string;

/**
 * Everything the import says, in one language: the command line writes it to standard error, the app shows it.
 * Each sentence names its source (and line) and says how to fix what it reports. A missing translation fails the
 * type check.
 */
export interface EstateImportMessages {
  /** What a source is, as its CLI prints it: "Rancher cluster list (kubectl get clusters.management.cattle.io)". */
  readonly formatName: Readonly<Record<SourceFormat, string>>;
  /** "EKS", "RKE2", "imported K3s" … */
  readonly flavourName: Readonly<Record<ClusterFlavour, string>>;
  /** "Rancher-provisioned", "imported", "hosted" */
  readonly kindName: Readonly<Record<ClusterKind, string>>;
  /** "rancher.json: Rancher cluster list, 14 clusters" */
  readonly sourceSummary: (source: ReadSource) => string;
  readonly problem: (problem: ImportProblem) => string;
  readonly note: (note: ImportNote) => string;
  /** Why a cluster has no region: "RKE2 that Rancher provisions: its list does not say where its machines run". */
  readonly whyUnplaced: (cluster: FoundCluster) => string;
  readonly planProblem: (problem: PlanProblem, regionName: RegionNamer) => string;
  readonly adjustment: (adjustment: ImportAdjustment, regionName: RegionNamer) => string;
  /** "14 clusters" */
  readonly clusters: (count: number) => string;
  /** "120 nodes" */
  readonly nodes: (count: number) => string;
}
