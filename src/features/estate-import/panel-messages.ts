import type { Locale } from '../../engine';
import type { RegionChange } from '../../engine/estate-import';

/** Everything the import panel says, in one language (the import's own sentences come from the engine). */
export interface ImportPanelMessages {
  readonly intro: string;
  /** Each source and the command that prints it. */
  readonly commands: readonly { readonly what: string; readonly command: string }[];
  readonly privacy: string;
  readonly pasteLabel: string;
  readonly pasteHelp: string;
  readonly openFiles: string;
  readonly fileInputLabel: string;
  readonly filesHeading: string;
  readonly remove: string;
  readonly pastedName: string;
  readonly tooLarge: (name: string, megabytes: number) => string;
  readonly preview: string;
  readonly cancel: string;
  readonly nothingToRead: string;
  readonly problemsTitle: string;
  readonly moreProblems: (count: number) => string;
  readonly previewTitle: string;
  readonly readHeading: string;
  readonly unplacedTitle: (count: number) => string;
  readonly unplacedHelp: string;
  readonly placeLabel: (name: string) => string;
  readonly leaveOut: string;
  readonly modeLegend: string;
  readonly modeMerge: string;
  readonly modeReplace: string;
  readonly modeHelp: string;
  readonly tableCaption: string;
  readonly columns: { readonly region: string; readonly clusters: string; readonly nodes: string };
  readonly change: Readonly<Record<RegionChange['change'], string>>;
  readonly estimatedNodes: string;
  readonly nodesEstimatedFor: (clusters: number) => string;
  readonly noKinds: string;
  /** "2 hosted" */
  readonly kindCount: (kind: string, count: number) => string;
  readonly listSeparator: string;
  readonly unchangedRegions: (count: number) => string;
  readonly noChanges: string;
  readonly alsoChanges: string;
  readonly cannotApply: string;
  readonly apply: string;
  readonly number: (value: number) => string;
}

const grouped = (locale: string) => {
  const format = new Intl.NumberFormat(locale);
  return (value: number) => format.format(value);
};

const en: ImportPanelMessages = {
  intro: 'Paste or open what one of these commands prints, or a CSV; several lists at once are read together.',
  commands: [
    { what: 'Azure AKS', command: 'az aks list -o json' },
    { what: 'Google GKE', command: 'gcloud container clusters list --format=json' },
    {
      what: 'Amazon EKS (one document per cluster; describe-nodegroup adds nodes)',
      command: 'aws eks describe-cluster --name NAME --output json',
    },
    { what: 'Rancher (on its local cluster)', command: 'kubectl get clusters.management.cattle.io -o json' },
    { what: 'Anything else, as CSV', command: 'region,clusters,nodes,kind,name,lat,lon' },
  ],
  privacy: 'Nothing is sent anywhere: the lists are read in this browser.',
  pasteLabel: 'Cluster list (JSON or CSV)',
  pasteHelp:
    'A CSV row per region or site: aws:eu-west-1,12,120,hosted, or a site of your own with its name and coordinates.',
  openFiles: 'Open files…',
  fileInputLabel: 'Cluster list files to open',
  filesHeading: 'Files to import',
  remove: 'Remove',
  pastedName: 'pasted text',
  tooLarge: (name, megabytes) => `${name} is ${megabytes} MB: larger than any cluster list the import reads`,
  preview: 'Preview',
  cancel: 'Cancel',
  nothingToRead: 'Paste a cluster list or open a file first.',
  problemsTitle: 'Nothing can be imported yet',
  moreProblems: (count) => `… and ${count} more.`,
  previewTitle: 'What the import changes',
  readHeading: 'Read',
  unplacedTitle: (count) => `${count === 1 ? '1 cluster has' : `${count} clusters have`} no region`,
  unplacedHelp:
    'Their lists do not say where they run, and nothing is guessed: place each in a region or site, or leave it out.',
  placeLabel: (name) => `Place ${name} in`,
  leaveOut: 'Leave out',
  modeLegend: 'Your regions now',
  modeMerge: 'Merge the import into them',
  modeReplace: 'Replace them with the import',
  modeHelp:
    'Merge updates the regions the import lists and adds new ones; the rest stay. Replace keeps only the imported regions.',
  tableCaption: 'Regions after the import',
  columns: { region: 'Region', clusters: 'Clusters, and how Rancher holds them', nodes: 'Nodes' },
  change: { added: 'Added', changed: 'Updated', removed: 'Removed', unchanged: 'Unchanged' },
  estimatedNodes: 'estimated',
  nodesEstimatedFor: (clusters) =>
    `${clusters === 1 ? '1 cluster' : `${clusters} clusters`} without a count, estimated`,
  noKinds: 'not said',
  kindCount: (kind, count) => `${count} ${kind}`,
  listSeparator: ', ',
  unchangedRegions: (count) =>
    count === 1 ? '1 other region stays as it is.' : `${count} other regions stay as they are.`,
  noChanges: 'The import changes no region.',
  alsoChanges: 'Also:',
  cannotApply: 'The import cannot be applied yet',
  apply: 'Apply import',
  number: grouped('en'),
};

const zhCN: ImportPanelMessages = {
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
  number: grouped('zh-CN'),
};

export const PANEL_MESSAGES: Readonly<Record<Locale, ImportPanelMessages>> = { en, 'zh-CN': zhCN };
