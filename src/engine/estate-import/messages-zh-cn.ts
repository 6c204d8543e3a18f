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

// Commands, file names, field names and region ids stay as they are written; numbers are grouped as in the rest of
// the Chinese text (docs/i18n.md).
const number = (value: number) => new Intl.NumberFormat('zh-CN').format(value);

const SOURCES_READ =
  'az aks list -o json、gcloud container clusters list --format=json、aws eks describe-cluster --output json、' +
  'kubectl get clusters.management.cattle.io -o json 的输出，或每行为 region,clusters[,nodes][,kind] 的 CSV';

const JSON_HINTS: Readonly<Record<UnknownJsonHint, string>> = {
  'eks-list-clusters':
    '这是 aws eks list-clusters 的输出，只有集群名称，没有区域：请逐个描述集群（aws eks describe-cluster --name 名称 --output json）后再导入',
  'rancher-provisioning':
    '这是 clusters.provisioning.cattle.io 的列表，其中没有位置信息：请在 Rancher 的 local 集群上改为导出 kubectl get clusters.management.cattle.io -o json',
  'answers-document': '这是答案文档，不是集群列表：请把它作为答案文件打开',
};

const TEXT_HINTS: Readonly<Record<UnknownTextHint, string>> = {
  yaml: '内容看起来是 YAML：请输出 JSON（kubectl … -o json、az … -o json、gcloud … --format=json）',
  'gcloud-table': '内容看起来是 gcloud 的表格：请运行 gcloud container clusters list --format=json',
  'az-table': '内容看起来是 Azure CLI 的表格：请运行 az aks list -o json',
  'kubectl-table': '内容看起来是 kubectl 的表格：请运行 kubectl get clusters.management.cattle.io -o json',
  'aws-table': '内容看起来是 AWS CLI 的表格或文本输出：请运行 aws eks describe-cluster --name 名称 --output json',
};

const COLUMN_NAMES: Readonly<Record<CsvColumn, string>> = {
  region: 'region（区域）',
  clusters: 'clusters（集群数）',
  nodes: 'nodes（节点数）',
  kind: 'kind（集群类型）',
  name: 'name（名称）',
  lat: 'lat（纬度）',
  lon: 'lon（经度）',
  siteKind: 'siteKind（站点类型）',
  connectivity: 'connectivity（连接方式）',
};

const COLUMN_TAKES: Readonly<Record<CsvColumn, string>> = {
  region: `目录 ID（例如 aws:eu-west-1）、云厂商的区域代码，或不超过 ${MAX_REGION_ID_CHARS} 个字符的自定义 ID`,
  clusters: `0（仅定义一个用于放置集群的站点）到 ${number(MAX_CLUSTERS_PER_REGION)} 之间的整数`,
  nodes: `1 到 ${number(MAX_NODES_PER_REGION)} 之间的整数，或留空`,
  kind: 'provisioned（由 Rancher 创建的 RKE2/K3s）、imported（导入）或 hosted（EKS、AKS、GKE 等托管集群），或留空',
  name: `1 到 ${MAX_NAME_CHARS} 个字符的名称`,
  lat: `${LATITUDE_RANGE.min} 到 ${LATITUDE_RANGE.max} 之间的纬度，例如 48.14`,
  lon: `${LONGITUDE_RANGE.min} 到 ${LONGITUDE_RANGE.max} 之间的经度，例如 11.58`,
  siteKind: 'cloud、datacenter 或 edge，或留空',
  connectivity: 'connected、intermittent 或 air-gapped，或留空',
};

const ENTRY_OF: Readonly<Record<string, string>> = {
  aks: 'az aks list 中的 AKS 集群',
  gke: 'gcloud container clusters list 中的 GKE 集群',
  eks: 'aws eks describe-cluster（或 describe-nodegroup）的文档',
  rancher: 'clusters.management.cattle.io 的 Cluster 对象',
};

function where(problem: Extract<ImportProblem, { kind: 'bad-entry' }>): string {
  if (problem.container === 'items') return `items[${problem.index}]`;
  if (problem.container === 'array') return `列表的第 ${problem.index + 1} 项`;
  return `第 ${problem.index + 1} 个文档`;
}

const at = (source: string, line: number) => `${source} 第 ${line} 行`;

function problem(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'empty':
      return `${problem.source} 是空的：请粘贴或打开命令行工具输出的 JSON，或一个 CSV`;
    case 'not-text':
      return `${problem.source} 不是文本文件（其中是二进制数据）：导入只读取 JSON 或 CSV 文本`;
    case 'bad-json':
      return `${problem.source} 不是有效的 JSON：${problem.place ? `第 ${problem.place.line} 行第 ${problem.place.column} 列：` : ''}${problem.detail}。请重新导出，或检查内容是否完整复制`;
    case 'unknown-json':
      return problem.hint
        ? `${problem.source} 不是导入能读取的集群列表：${JSON_HINTS[problem.hint]}`
        : `${problem.source} 是 JSON，但不是导入能读取的列表：请提供 ${SOURCES_READ}`;
    case 'unknown-text':
      return problem.hint
        ? `${problem.source} 既不是 JSON 也不是 CSV：${TEXT_HINTS[problem.hint]}`
        : `${problem.source} 既不是 JSON，也不是带有 region 和 clusters 列的 CSV（例如 aws:eu-west-1,12）：请提供 ${SOURCES_READ}`;
    case 'bad-entry':
      return `${problem.source}：${where(problem)}不是${ENTRY_OF[problem.format] ?? '与第一项相同的条目'}，而第一项是：请用同一个命令重新完整导出列表`;
    case 'site-conflict':
      return `${problem.source} 对站点“${problem.id}”的描述与 ${problem.firstSource} 不同：同一个站点只能有一个名称、位置和类型`;
    case 'csv-unknown-column':
      return `${at(problem.source, problem.line)}：“${problem.column}”不是可用的列：可用的列有 region、clusters、nodes、kind、name、lat、lon、siteKind 和 connectivity`;
    case 'csv-missing-column':
      return `${problem.source}：标题行中没有 ${COLUMN_NAMES[problem.column]} 列：region 和 clusters 是必需的`;
    case 'csv-duplicate-column':
      return `${at(problem.source, problem.line)}：列“${problem.column}”出现了两次：请只保留一个`;
    case 'csv-too-many-cells':
      return `${at(problem.source, problem.line)}有 ${problem.cells} 个单元格，而只有 ${problem.columns} 列：含逗号的名称请加引号（"Munich, DC"）`;
    case 'csv-open-quote':
      return `${at(problem.source, problem.line)}的引号没有闭合：请用 " 闭合`;
    case 'csv-bad-value':
      return `${at(problem.source, problem.line)}：${COLUMN_NAMES[problem.column]}“${problem.value}”无效，应为${COLUMN_TAKES[problem.column]}`;
    case 'csv-missing-value':
      return `${at(problem.source, problem.line)}缺少 ${COLUMN_NAMES[problem.column]}：应为${COLUMN_TAKES[problem.column]}`;
    case 'csv-nodes-below-clusters':
      return `${at(problem.source, problem.line)}：节点数（${number(problem.nodes)}）不能少于集群数（${number(problem.clusters)}）：每个集群至少有一个节点`;
    case 'csv-ambiguous-region':
      return `${at(problem.source, problem.line)}：“${problem.value}”是多个云的区域代码（${problem.candidates.join('、')}）：请写出目录 ID`;
    case 'csv-unknown-region':
      return `${at(problem.source, problem.line)}：区域目录中没有“${problem.value}”：请检查拼写；自定义站点的 ID 不要带云厂商前缀，并填写 name、lat 和 lon`;
    case 'csv-site-needs':
      return `${at(problem.source, problem.line)}：“${problem.value}”不是目录中的区域，因此按自定义站点读取，需要填写 ${problem.missing.join('、')}（没有标题行时，列的顺序为 region,clusters,nodes,kind,name,lat,lon）`;
    case 'csv-site-conflict':
      return `${at(problem.source, problem.line)}对“${problem.id}”的描述与第 ${problem.firstLine} 行不同：同一个站点只能有一个名称、位置和类型`;
    case 'csv-no-rows':
      return `${problem.source} 只有标题行，下面没有数据行`;
  }
}

export const importMessagesZhCN: EstateImportMessages = {
  formatName: {
    aks: 'Azure AKS 集群列表（az aks list）',
    gke: 'Google GKE 集群列表（gcloud container clusters list）',
    eks: 'Amazon EKS 集群描述（aws eks describe-cluster）',
    rancher: 'Rancher 集群列表（clusters.management.cattle.io）',
    csv: 'CSV',
    'empty-list': '空列表',
  },
  flavourName: {
    eks: 'EKS',
    aks: 'AKS',
    gke: 'GKE',
    ack: '阿里云 ACK',
    'other-hosted': '其他云的托管 Kubernetes',
    rke2: 'RKE2',
    k3s: 'K3s',
    rke1: 'RKE1',
    'imported-rke2': '导入的 RKE2',
    'imported-k3s': '导入的 K3s',
    harvester: 'Harvester',
    imported: '导入的集群',
  },
  kindName: { provisioned: '由 Rancher 创建', imported: '导入', hosted: '托管' },
  sourceSummary: (source) =>
    `${source.name}：${importMessagesZhCN.formatName[source.format]}，${number(source.clusters)} 个集群`,
  problem,
  note: (note) =>
    note.kind === 'local-cluster-left-out'
      ? `${note.source} 中的“${note.name}”是 Rancher 的 local 集群，即 Rancher 自身运行的集群：它是管理平面，不是下游集群，因此不计入`
      : `“${note.name}”同时出现在 ${note.sources.join(' 和 ')} 中：只计一次`,
  whyUnplaced: (cluster) => {
    const flavour = cluster.flavour ? importMessagesZhCN.flavourName[cluster.flavour] : '集群';
    const { location } = cluster;
    if (location.kind === 'unknown-location') return `${flavour}，位于区域目录中没有的“${location.location}”`;
    if (location.kind === 'region') return flavour;
    switch (location.why) {
      case 'provisioned':
        return `由 Rancher 创建的 ${flavour}（自定义集群或节点驱动）：Rancher 的列表没有说明其机器在哪里运行`;
      case 'imported':
        return `${flavour}：Rancher 的列表没有说明导入的集群在哪里运行`;
      case 'outpost':
        return '运行在 AWS Outpost 上的 EKS：它在您自己的机房中运行，而不是在其 ARN 所写的区域';
      case 'hosted':
        return `${flavour}：列表中没有写明位置`;
    }
  },
  planProblem: (problem, regionName) => {
    switch (problem.kind) {
      case 'nothing-placed':
        return '还没有任何集群有所属区域：请至少放置一个后再应用';
      case 'too-many-regions':
        return `导入后将有 ${number(problem.count)} 个区域，而答案最多只能有 ${number(problem.max)} 个：请少导入一些列表，或把站点合并放置`;
      case 'unknown-placement':
        return `“${problem.cluster}”被放在“${regionName(problem.regionId)}”，它既不是目录中的区域，也不是导入内容或答案中的站点`;
      case 'invalid-answers':
        return `导入后的答案将无效：${problem.problems.map((each) => `${each.path}：${each.message}`).join('；')}`;
    }
  },
  adjustment: (adjustment, regionName) => {
    switch (adjustment.kind) {
      case 'latency-dropped':
        return `${regionName(adjustment.from)} 与 ${regionName(adjustment.to)} 之间的实测往返时延随区域一起移除`;
      case 'jurisdiction-dropped':
        return `司法辖区“${adjustment.name}”已没有区域，因此移除`;
      case 'hub-unpinned':
        return `中心原本固定在 ${regionName(adjustment.regionId)}，该区域已移除：中心不再固定`;
    }
  },
  clusters: (count) => `${number(count)} 个集群`,
  nodes: (count) => `${number(count)} 个节点`,
};
