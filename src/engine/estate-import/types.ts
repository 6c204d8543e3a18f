import type { Connectivity, SiteKind } from '../answer-limits';
import type { ClusterKindsAnswer } from '../answers';

/**
 * The estate import's data: what a cluster list says, what could not be read, and what the import would change.
 * Everything here is plain data; `messages-en.ts` and `messages-zh-cn.ts` put it into words.
 */

/** The lists the import reads (docs/import.md names the command that prints each). */
export type SourceFormat =
  /** `az aks list -o json` (or `az aks show`) */
  | 'aks'
  /** `gcloud container clusters list --format=json` */
  | 'gke'
  /** `aws eks describe-cluster --output json`, one or several documents (and `describe-nodegroup` for nodes) */
  | 'eks'
  /** `kubectl get clusters.management.cattle.io -o json` on Rancher's local cluster (or Rancher's API) */
  | 'rancher'
  /** `region,clusters[,nodes][,kind]` rows for everything else */
  | 'csv'
  /** `[]`: an empty list from any of the CLIs */
  | 'empty-list';

/** How Rancher holds a cluster (the answers' `regions[].clusterKinds`). */
export type ClusterKind = 'provisioned' | 'imported' | 'hosted';
export const CLUSTER_KINDS: readonly ClusterKind[] = ['provisioned', 'imported', 'hosted'];

/** The answers' `regions[].clusterKinds`: clusters of each kind in the region; kinds with none are left out. */
export type ClusterKinds = ClusterKindsAnswer;

/** The clouds whose locations the import maps to catalog regions. */
export type CloudProvider = 'aws' | 'azure' | 'gcp' | 'alibaba';

/**
 * What a cluster is, as an architect would name it: hosted offerings, what Rancher provisions, what it imports.
 * `other-hosted` is a hosted offering of another cloud (a Rancher KEv1 or hosted driver the import does not map).
 */
export type ClusterFlavour =
  | 'eks'
  | 'aks'
  | 'gke'
  | 'ack'
  | 'other-hosted'
  | 'rke2'
  | 'k3s'
  | 'rke1'
  | 'imported-rke2'
  | 'imported-k3s'
  | 'harvester'
  | 'imported';

/** Where a cluster runs, as far as its list tells. */
export type ClusterLocation =
  /** A catalog region (`aws:eu-west-1`) or a custom site of a CSV. */
  | { readonly kind: 'region'; readonly regionId: string }
  /** A cloud location the catalog does not have (a new region, GovCloud): named so the person can place it. */
  | { readonly kind: 'unknown-location'; readonly provider: CloudProvider; readonly location: string }
  /**
   * The list does not say: machines Rancher provisions (custom or node-driver RKE2/K3s, RKE1), imported clusters,
   * EKS on an AWS Outpost (on the person's premises), a hosted cluster whose configuration names no location.
   */
  | { readonly kind: 'not-said'; readonly why: 'provisioned' | 'imported' | 'outpost' | 'hosted' };

/** One cluster as a list names it; a CSV row stands for `count` clusters. */
export interface FoundCluster {
  /** Unique within one import (`2/14`: source 2, entry 14): placements refer to it. */
  readonly key: string;
  /** The cluster's name (Rancher's display name), or `row 4` for a CSV row. */
  readonly name: string;
  /** The source it came from: a file name, or the name given to pasted text. */
  readonly source: string;
  /** The line of a CSV row (from 1). */
  readonly line?: number;
  readonly format: SourceFormat;
  /** Clusters it stands for: 1, or a CSV row's `clusters`. */
  readonly count: number;
  readonly kind?: ClusterKind;
  readonly flavour?: ClusterFlavour;
  /** Nodes in it (all of the row's clusters for a CSV row), when the list says. */
  readonly nodes?: number;
  readonly location: ClusterLocation;
  /**
   * The same cluster in another list carries the same identity: `eks|us-east-1|prod`. Clusters with equal
   * identities are counted once (a Rancher list and a cloud's list both name hosted clusters).
   */
  readonly identity?: string;
}

/**
 * What a CSV says of a region besides its clusters: a custom site's name and coordinates (required for one), and
 * for any region a site kind or connectivity when the CSV has those columns.
 */
export interface RegionDetails {
  readonly id: string;
  readonly name?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly siteKind?: SiteKind;
  readonly connectivity?: Connectivity;
}

/** A source that was read, and what it was. */
export interface ReadSource {
  readonly name: string;
  readonly format: SourceFormat;
  /** Clusters it lists (a CSV's rows add up their `clusters`). */
  readonly clusters: number;
}

/** Something the person should know about an import that went through. */
export type ImportNote =
  /** Rancher's own `local` cluster runs Rancher itself: it is the management plane, not a downstream cluster. */
  | { readonly kind: 'local-cluster-left-out'; readonly source: string; readonly name: string }
  /** The same cluster in two lists is counted once. */
  | { readonly kind: 'counted-once'; readonly name: string; readonly sources: readonly string[] };

/** Why a source could not be read. Each names its source, and where it can, the line. */
export type ImportProblem =
  | { readonly kind: 'empty'; readonly source: string }
  | { readonly kind: 'not-text'; readonly source: string }
  /** It starts like JSON but is not: where it breaks, and the parser's words. */
  | {
      readonly kind: 'bad-json';
      readonly source: string;
      /** Where it breaks, when the JSON parser says (browsers differ). */
      readonly place?: { readonly line: number; readonly column: number };
      readonly detail: string;
    }
  /** JSON, but no list the import knows; `hint` says what it looks like when that is known. */
  | { readonly kind: 'unknown-json'; readonly source: string; readonly hint?: UnknownJsonHint }
  /** Neither JSON nor a CSV; `hint` says what it looks like when that is known. */
  | { readonly kind: 'unknown-text'; readonly source: string; readonly hint?: UnknownTextHint }
  /** One entry of a known list is not what the first one is: `items[3]` of a Rancher list, `[2]`, document 4. */
  | {
      readonly kind: 'bad-entry';
      readonly source: string;
      readonly format: SourceFormat;
      readonly container: 'items' | 'array' | 'documents';
      /** From 0. */
      readonly index: number;
    }
  /** Two CSVs describe one custom site differently. */
  | { readonly kind: 'site-conflict'; readonly source: string; readonly id: string; readonly firstSource: string }
  | CsvProblem;

export type UnknownJsonHint =
  /** `aws eks list-clusters`: names without regions. */
  | 'eks-list-clusters'
  /** `kubectl get clusters.provisioning.cattle.io`: the provisioning clusters, which hold no locations. */
  | 'rancher-provisioning'
  /** An answers document of this tool. */
  | 'answers-document';

export type UnknownTextHint = 'yaml' | 'gcloud-table' | 'az-table' | 'kubectl-table' | 'aws-table';

/** The columns a CSV may have (docs/import.md). */
export const CSV_COLUMNS = [
  'region',
  'clusters',
  'nodes',
  'kind',
  'name',
  'lat',
  'lon',
  'siteKind',
  'connectivity',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export type CsvProblem =
  /** A header names a column the CSV format does not have. */
  | { readonly kind: 'csv-unknown-column'; readonly source: string; readonly line: number; readonly column: string }
  | { readonly kind: 'csv-missing-column'; readonly source: string; readonly column: 'region' | 'clusters' }
  | { readonly kind: 'csv-duplicate-column'; readonly source: string; readonly line: number; readonly column: string }
  /** A row with more cells than there are columns. */
  | {
      readonly kind: 'csv-too-many-cells';
      readonly source: string;
      readonly line: number;
      readonly cells: number;
      readonly columns: number;
    }
  /** A quoted cell that never closes. */
  | { readonly kind: 'csv-open-quote'; readonly source: string; readonly line: number }
  /** A cell that is not what its column takes; `value` is the text as written. */
  | {
      readonly kind: 'csv-bad-value';
      readonly source: string;
      readonly line: number;
      readonly column: CsvColumn;
      readonly value: string;
    }
  | { readonly kind: 'csv-missing-value'; readonly source: string; readonly line: number; readonly column: CsvColumn }
  /** `nodes` below `clusters`: every cluster has at least one node. */
  | {
      readonly kind: 'csv-nodes-below-clusters';
      readonly source: string;
      readonly line: number;
      readonly nodes: number;
      readonly clusters: number;
    }
  /** A bare region code that more than one cloud uses (`ap-southeast-1`: AWS and Alibaba Cloud). */
  | {
      readonly kind: 'csv-ambiguous-region';
      readonly source: string;
      readonly line: number;
      readonly value: string;
      readonly candidates: readonly string[];
    }
  /** Looks like a catalog id (`aws:eu-west-9`), and the catalog has no such region. */
  | { readonly kind: 'csv-unknown-region'; readonly source: string; readonly line: number; readonly value: string }
  /** Not a catalog region, so a custom site, which needs a name and coordinates. */
  | {
      readonly kind: 'csv-site-needs';
      readonly source: string;
      readonly line: number;
      readonly value: string;
      readonly missing: readonly ('name' | 'lat' | 'lon')[];
    }
  /** A custom site given twice with a different name, place or kind. */
  | {
      readonly kind: 'csv-site-conflict';
      readonly source: string;
      readonly line: number;
      readonly id: string;
      readonly firstLine: number;
    }
  /** A header and nothing under it. */
  | { readonly kind: 'csv-no-rows'; readonly source: string };

/** A read source, or every problem that kept it from being read. */
export type SourceResult =
  | {
      readonly ok: true;
      readonly source: ReadSource;
      readonly clusters: readonly FoundCluster[];
      readonly regions: readonly RegionDetails[];
      readonly notes: readonly ImportNote[];
    }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };
