import {
  LATITUDE_RANGE,
  LONGITUDE_RANGE,
  MAX_CLUSTERS_PER_REGION,
  MAX_NAME_CHARS,
  MAX_NODES_PER_REGION,
  MAX_REGION_ID_CHARS,
} from '../answer-limits';
import type { EstateImportMessages } from './messages-types';
import type { CsvColumn, ImportProblem, UnknownJsonHint, UnknownTextHint } from './types';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The lists the import reads, as their CLIs print them. */
const SOURCES_READ =
  'az aks list -o json, gcloud container clusters list --format=json, aws eks describe-cluster --output json, ' +
  'kubectl get clusters.management.cattle.io -o json, or a CSV of region,clusters[,nodes][,kind] rows';

const JSON_HINTS: Readonly<Record<UnknownJsonHint, string>> = {
  'eks-list-clusters':
    'this is aws eks list-clusters, which names clusters without their regions: describe each one (aws eks describe-cluster --name NAME --output json) and import those',
  'rancher-provisioning':
    'this lists clusters.provisioning.cattle.io, which hold no locations: on Rancher’s local cluster, export kubectl get clusters.management.cattle.io -o json instead',
  'answers-document': 'this is an answers document, not a cluster list: open it as an answers file instead',
};

const TEXT_HINTS: Readonly<Record<UnknownTextHint, string>> = {
  yaml: 'it looks like YAML: ask for JSON (kubectl … -o json, az … -o json, gcloud … --format=json)',
  'gcloud-table': 'it looks like gcloud’s table: run gcloud container clusters list --format=json',
  'az-table': 'it looks like an Azure CLI table: run az aks list -o json',
  'kubectl-table': 'it looks like kubectl’s table: run kubectl get clusters.management.cattle.io -o json',
  'aws-table':
    'it looks like the AWS CLI’s table or text output: run aws eks describe-cluster --name NAME --output json',
};

/** What each CSV column takes, for a cell that is not that. */
const COLUMN_TAKES: Readonly<Record<CsvColumn, string>> = {
  region: `a catalog id such as aws:eu-west-1, a cloud’s region code, or an id of your own of at most ${MAX_REGION_ID_CHARS} characters`,
  clusters: `a whole number of clusters from 0 (a site to place clusters in) to ${MAX_CLUSTERS_PER_REGION}`,
  nodes: `a whole number of nodes from 1 to ${MAX_NODES_PER_REGION}, or nothing`,
  kind: 'provisioned (RKE2/K3s that Rancher creates), imported or hosted (EKS, AKS, GKE), or nothing',
  name: `a name of 1 to ${MAX_NAME_CHARS} characters`,
  lat: `a latitude in degrees from ${LATITUDE_RANGE.min} to ${LATITUDE_RANGE.max}, such as 48.14`,
  lon: `a longitude in degrees from ${LONGITUDE_RANGE.min} to ${LONGITUDE_RANGE.max}, such as 11.58`,
  siteKind: 'cloud, datacenter or edge, or nothing',
  connectivity: 'connected, intermittent or air-gapped, or nothing',
};

const ENTRY_OF: Readonly<Record<string, string>> = {
  aks: 'an AKS cluster of az aks list',
  gke: 'a GKE cluster of gcloud container clusters list',
  eks: 'an aws eks describe-cluster (or describe-nodegroup) document',
  rancher: 'a clusters.management.cattle.io Cluster',
};

function where(problem: Extract<ImportProblem, { kind: 'bad-entry' }>): string {
  if (problem.container === 'items') return `items[${problem.index}]`;
  if (problem.container === 'array') return `item ${problem.index + 1} of the list`;
  return `document ${problem.index + 1}`;
}

const at = (source: string, line: number) => `${source}, line ${line}`;

function problem(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'empty':
      return `${problem.source} is empty: paste or open the JSON a CLI printed, or a CSV`;
    case 'not-text':
      return `${problem.source} is not a text file (it holds binary data): the import reads JSON or CSV text`;
    case 'bad-json':
      return `${problem.source} is not valid JSON: ${problem.place ? `line ${problem.place.line}, column ${problem.place.column}: ` : ''}${problem.detail}. Export it again, or check that it was copied whole`;
    case 'unknown-json':
      return problem.hint
        ? `${problem.source} is not a cluster list the import reads: ${JSON_HINTS[problem.hint]}`
        : `${problem.source} is JSON, but not a list the import reads: give the output of ${SOURCES_READ}`;
    case 'unknown-text':
      return problem.hint
        ? `${problem.source} is neither JSON nor a CSV: ${TEXT_HINTS[problem.hint]}`
        : `${problem.source} is neither JSON nor a CSV with region and clusters columns (such as aws:eu-west-1,12): give the output of ${SOURCES_READ}`;
    case 'bad-entry':
      return `${problem.source}: ${where(problem)} is not ${ENTRY_OF[problem.format] ?? 'like the first entry'}, as the first entry is: export the list again, whole, from one command`;
    case 'site-conflict':
      return `${problem.source} describes the site "${problem.id}" differently from ${problem.firstSource}: give a site one name, place and kind`;
    case 'csv-unknown-column':
      return `${at(problem.source, problem.line)}: "${problem.column}" is not a column: the columns are region, clusters, nodes, kind, name, lat, lon, siteKind and connectivity`;
    case 'csv-missing-column':
      return `${problem.source}: the header row has no ${problem.column} column: region and clusters are required`;
    case 'csv-duplicate-column':
      return `${at(problem.source, problem.line)}: the column "${problem.column}" is named twice: keep one`;
    case 'csv-too-many-cells':
      return `${at(problem.source, problem.line)} has ${problem.cells} cells, and there are ${problem.columns} columns: put a name that holds a comma in quotes ("Munich, DC")`;
    case 'csv-open-quote':
      return `${at(problem.source, problem.line)} opens a quote that never closes: close it with "`;
    case 'csv-bad-value':
      return `${at(problem.source, problem.line)}: ${problem.column} "${problem.value}" is not ${COLUMN_TAKES[problem.column]}`;
    case 'csv-missing-value':
      return `${at(problem.source, problem.line)} has no ${problem.column}: write ${COLUMN_TAKES[problem.column]}`;
    case 'csv-nodes-below-clusters':
      return `${at(problem.source, problem.line)}: nodes (${problem.nodes}) must be at least clusters (${problem.clusters}): every cluster has at least one node`;
    case 'csv-ambiguous-region':
      return `${at(problem.source, problem.line)}: "${problem.value}" is a region code of more than one cloud (${problem.candidates.join(', ')}): write the catalog id`;
    case 'csv-unknown-region':
      return `${at(problem.source, problem.line)}: the catalog has no region "${problem.value}": check the spelling, or give a site of your own an id without a cloud’s prefix, and a name, lat and lon`;
    case 'csv-site-needs':
      return `${at(problem.source, problem.line)}: "${problem.value}" is not a catalog region, so it is read as a site of your own, which needs ${problem.missing.join(', ')} (without a header row: region,clusters,nodes,kind,name,lat,lon)`;
    case 'csv-site-conflict':
      return `${at(problem.source, problem.line)} describes "${problem.id}" differently from line ${problem.firstLine}: give a site one name, place and kind`;
    case 'csv-no-rows':
      return `${problem.source} has a header row and no rows under it`;
  }
}

export const importMessagesEn: EstateImportMessages = {
  formatName: {
    aks: 'Azure AKS list (az aks list)',
    gke: 'Google GKE list (gcloud container clusters list)',
    eks: 'Amazon EKS descriptions (aws eks describe-cluster)',
    rancher: 'Rancher cluster list (clusters.management.cattle.io)',
    csv: 'CSV',
    'empty-list': 'empty list',
  },
  flavourName: {
    eks: 'EKS',
    aks: 'AKS',
    gke: 'GKE',
    ack: 'Alibaba Cloud ACK',
    'other-hosted': 'hosted Kubernetes of another cloud',
    rke2: 'RKE2',
    k3s: 'K3s',
    rke1: 'RKE1',
    'imported-rke2': 'imported RKE2',
    'imported-k3s': 'imported K3s',
    harvester: 'Harvester',
    imported: 'imported cluster',
  },
  kindName: { provisioned: 'Rancher-provisioned', imported: 'imported', hosted: 'hosted' },
  sourceSummary: (source) =>
    `${source.name}: ${importMessagesEn.formatName[source.format]}, ${plural(source.clusters, 'cluster', 'clusters')}`,
  problem,
  note: (note) =>
    note.kind === 'local-cluster-left-out'
      ? `"${note.name}" in ${note.source} is Rancher’s local cluster, where Rancher itself runs: it is the management plane, not a downstream cluster, and is left out`
      : `"${note.name}" is in ${note.sources.join(' and ')}: counted once`,
  whyUnplaced: (cluster) => {
    const flavour = cluster.flavour ? importMessagesEn.flavourName[cluster.flavour] : 'cluster';
    const { location } = cluster;
    if (location.kind === 'unknown-location') {
      return `${flavour} in "${location.location}", which the region catalog does not have`;
    }
    if (location.kind === 'region') return flavour;
    switch (location.why) {
      case 'provisioned':
        return `${flavour} that Rancher provisions (custom or node driver): Rancher’s list does not say where its machines run`;
      case 'imported':
        return `${flavour}: Rancher’s list does not say where an imported cluster runs`;
      case 'outpost':
        return 'EKS on an AWS Outpost: it runs on your premises, not in its ARN’s region';
      case 'hosted':
        return `${flavour}: its list names no location`;
    }
  },
  planProblem: (problem, regionName) => {
    switch (problem.kind) {
      case 'nothing-placed':
        return 'No cluster has a region yet: place at least one before applying';
      case 'too-many-regions':
        return `The import would make ${problem.count} regions, and the answers hold at most ${problem.max}: import fewer lists, or place sites together`;
      case 'unknown-placement':
        return `"${problem.cluster}" is placed in "${regionName(problem.regionId)}", which is neither a catalog region nor a site of the import or the answers`;
      case 'invalid-answers':
        return `The answers would not be valid: ${problem.problems.map((each) => `${each.path}: ${each.message}`).join('; ')}`;
    }
  },
  adjustment: (adjustment, regionName) => {
    switch (adjustment.kind) {
      case 'latency-dropped':
        return `The measured round trip between ${regionName(adjustment.from)} and ${regionName(adjustment.to)} is removed with its region`;
      case 'jurisdiction-dropped':
        return `The jurisdiction "${adjustment.name}" has no region left and is removed`;
      case 'hub-unpinned':
        return `The hub was pinned to ${regionName(adjustment.regionId)}, which is removed: it is no longer pinned`;
    }
  },
  clusters: (count) => plural(count, 'cluster', 'clusters'),
  nodes: (count) => plural(count, 'node', 'nodes'),
};
