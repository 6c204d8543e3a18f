import { tidiedChineseCatalog } from '../../engine/messages/chinese-spacing';
import type { EstateImportMessages } from './estate-import-types';

const grouped = (locale: string) => {
  const format = new Intl.NumberFormat(locale);
  return (value: number) => format.format(value);
};

// The templates space every name as a Latin one; a Chinese name (a catalog region's) loses those spaces.
export const estateImportZhCN: EstateImportMessages = tidiedChineseCatalog({
  intro: '粘贴或打开以下命令的输出，或一个 CSV；可同时读取多个列表。',
  commands: [
    { what: 'Azure AKS', command: 'az aks list -o json' },
    { what: 'Google GKE', command: 'gcloud container clusters list --format=json' },
    {
      what: 'Amazon EKS（每个集群一个文档；describe-nodegroup 提供节点数）',
      command: 'aws eks describe-cluster --name 名称 --output json',
    },
    { what: 'Rancher（在其 local 集群上运行）', command: 'kubectl get clusters.management.cattle.io -o json' },
    { what: '其他环境，使用 CSV', command: 'region,clusters,nodes,kind,name,lat,lon' },
  ],
  privacy: '不会发送任何内容：列表只在本浏览器中读取。',
  pasteLabel: '集群列表（JSON 或 CSV）',
  pasteHelp: 'CSV 每行一个区域或站点：aws:eu-west-1,12,120,hosted；自定义站点需写明名称和坐标。',
  openFiles: '打开文件…',
  fileInputLabel: '要打开的集群列表文件',
  filesHeading: '要导入的文件',
  remove: '移除',
  pastedName: '粘贴的文本',
  tooLarge: (name, megabytes) => `${name} 有 ${megabytes} MB：超过了任何集群列表的大小`,
  preview: '预览',
  cancel: '取消',
  nothingToRead: '请先粘贴集群列表或打开文件。',
  problemsTitle: '暂时无法导入',
  moreProblems: (count) => `……另有 ${count} 个问题。`,
  previewTitle: '导入将带来的变化',
  readHeading: '已读取',
  unplacedTitle: (count) => `有 ${count} 个集群没有所属区域`,
  unplacedHelp: '它们的列表没有说明其运行位置，导入不会猜测：请把每个集群放到某个区域或站点，或不计入。',
  placeLabel: (name) => `把 ${name} 放到`,
  leaveOut: '不计入',
  modeLegend: '您现有的区域',
  modeMerge: '把导入内容合并进去',
  modeReplace: '用导入内容替换',
  modeHelp: '合并：更新导入列表中已有的区域并新增其余区域，其他区域保持不变。替换：只保留导入的区域。',
  tableCaption: '导入后的区域',
  columns: { region: '区域', clusters: '集群数及 Rancher 管理方式', nodes: '节点数' },
  change: { added: '新增', changed: '更新', removed: '移除', unchanged: '不变' },
  estimatedNodes: '估算',
  nodesEstimatedFor: (clusters) => `其中 ${clusters} 个集群没有节点数，为估算值`,
  noKinds: '未说明',
  kindCount: (kind, count) => `${kind} ${count} 个`,
  listSeparator: '，',
  unchangedRegions: (count) => `其余 ${count} 个区域保持不变。`,
  noChanges: '导入不会改变任何区域。',
  alsoChanges: '此外：',
  cannotApply: '暂时无法应用导入',
  apply: '应用导入',
  applied: (added, changed, removed) => `已导入：新增 ${added} 个区域，更新 ${changed} 个，移除 ${removed} 个。`,
  undo: '撤销导入',
  undone: '已撤销导入：区域已恢复为导入之前的样子。',
  dismiss: '关闭提示',
  number: grouped('zh-CN'),
});
