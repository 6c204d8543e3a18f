import type { ClusterEntry } from './cloud-lists';
import { arrayAt, countAt, isRecord, recordAt, textAt } from './json-values';
import { locateCloudRegion, regionOfArn } from './locations';
import type { ClusterLocation } from './types';

// `aws eks describe-cluster --name X --output json` prints `{ "cluster": { "name", "arn", … } }`; the region is the
// ARN's (`arn:aws:eks:eu-west-1:111122223333:cluster/prod`). It gives no node count: `aws eks describe-nodegroup`
// documents (`{ "nodegroup": { "clusterName", "nodegroupArn", "scalingConfig": { "desiredSize" } } }`) given beside
// them add their desired sizes to their cluster. EKS on an AWS Outpost (`outpostConfig`) runs on the person's
// premises, so its ARN's region is not where it is.

const EKS_ARN = /^arn:aws[a-z-]*:eks:/;

/** A described cluster, the whole document or the `cluster` inside it (`--query cluster`). */
function clusterOf(value: unknown): Record<string, unknown> | undefined {
  const cluster = recordAt(value, 'cluster') ?? (isRecord(value) ? value : undefined);
  return cluster !== undefined && EKS_ARN.test(textAt(cluster, 'arn') ?? '') && textAt(cluster, 'name') !== undefined
    ? cluster
    : undefined;
}

function nodegroupOf(value: unknown): Record<string, unknown> | undefined {
  const group = recordAt(value, 'nodegroup');
  return group !== undefined && EKS_ARN.test(textAt(group, 'nodegroupArn') ?? '') ? group : undefined;
}

/** An `aws eks describe-cluster` or `describe-nodegroup` document. */
export const isEksDocument = (value: unknown): boolean =>
  clusterOf(value) !== undefined || nodegroupOf(value) !== undefined;

/** `aws eks list-clusters`: `{ "clusters": ["a", "b"] }`, names without regions. */
export const isEksClusterNameList = (value: unknown): boolean =>
  isRecord(value) &&
  Object.keys(value).every((key) => key === 'clusters' || key === 'nextToken') &&
  (arrayAt(value, 'clusters')?.every((name) => typeof name === 'string') ?? false);

export const eksIdentity = (region: string, name: string) => `eks|${region}|${name}`;

/** The clusters that EKS documents describe, each with the desired sizes of its node groups when given. */
export function readEksDocuments(documents: readonly unknown[]): ClusterEntry[] {
  const nodesByCluster = new Map<string, number>();
  const groupOnlyClusters = new Map<string, { name: string; region: string }>();
  const groupsSeen = new Set<string>();
  for (const document of documents) {
    const group = nodegroupOf(document);
    const arn = textAt(group, 'nodegroupArn') ?? '';
    const region = regionOfArn(arn);
    const clusterName = textAt(group, 'clusterName');
    // A node group described twice is one node group.
    if (group === undefined || region === undefined || clusterName === undefined || groupsSeen.has(arn)) continue;
    groupsSeen.add(arn);
    const identity = eksIdentity(region, clusterName);
    const desired = countAt(recordAt(group, 'scalingConfig'), 'desiredSize') ?? 0;
    nodesByCluster.set(identity, (nodesByCluster.get(identity) ?? 0) + desired);
    groupOnlyClusters.set(identity, { name: clusterName, region });
  }

  const entries: ClusterEntry[] = [];
  const seen = new Set<string>();
  for (const document of documents) {
    const cluster = clusterOf(document);
    if (cluster === undefined) continue;
    const name = textAt(cluster, 'name') as string;
    const region = regionOfArn(textAt(cluster, 'arn') ?? '');
    const identity = region === undefined ? undefined : eksIdentity(region, name);
    // The same cluster described twice (a file appended to twice) is one cluster.
    if (identity !== undefined && seen.has(identity)) continue;
    if (identity !== undefined) seen.add(identity);
    const nodes = identity === undefined ? undefined : nodesByCluster.get(identity);
    const location: ClusterLocation =
      recordAt(cluster, 'outpostConfig') !== undefined
        ? { kind: 'not-said', why: 'outpost' }
        : region === undefined
          ? { kind: 'not-said', why: 'hosted' }
          : locateCloudRegion('aws', region);
    entries.push({
      name,
      count: 1,
      kind: 'hosted',
      flavour: 'eks',
      ...(nodes === undefined ? {} : { nodes }),
      location,
      ...(identity === undefined ? {} : { identity }),
    });
  }
  // Node groups of a cluster that was not described still say it exists, where, and with how many nodes.
  for (const [identity, { name, region }] of groupOnlyClusters) {
    if (seen.has(identity)) continue;
    entries.push({
      name,
      count: 1,
      kind: 'hosted',
      flavour: 'eks',
      nodes: nodesByCluster.get(identity) ?? 0,
      location: locateCloudRegion('aws', region),
      identity,
    });
  }
  return entries;
}
