import type { Locale } from '../../engine';

/** What the import says before its panel's code has loaded (part of the first load, so kept short). */
export interface ImportLauncherMessages {
  readonly title: string;
  readonly lede: string;
  readonly open: string;
  readonly close: string;
  readonly loading: string;
  /** After an import is applied: what changed. */
  readonly applied: (added: number, changed: number, removed: number) => string;
  readonly undo: string;
  readonly undone: string;
  readonly dismiss: string;
}

const count = (value: number, one: string, many: string) => `${value} ${value === 1 ? one : many}`;

export const LAUNCHER_MESSAGES: Readonly<Record<Locale, ImportLauncherMessages>> = {
  en: {
    title: 'Start from the estate you run',
    lede: 'Import your clusters from Rancher, EKS, AKS, GKE or a CSV: regions, cluster and node counts, and how Rancher holds them.',
    open: 'Import clusters',
    close: 'Close the import',
    loading: 'Loading the import…',
    applied: (added, changed, removed) =>
      `Imported: ${count(added, 'region', 'regions')} added, ${changed} updated, ${removed} removed.`,
    undo: 'Undo import',
    undone: 'The import is undone: your regions are as they were before it.',
    dismiss: 'Dismiss',
  },
  'zh-CN': {
    title: '从现有环境开始',
    lede: '从 Rancher、EKS、AKS、GKE 或 CSV 导入集群：区域、集群数和节点数，以及 Rancher 管理它们的方式。',
    open: '导入集群',
    close: '关闭导入',
    loading: '正在加载导入功能…',
    applied: (added, changed, removed) => `已导入：新增 ${added} 个区域，更新 ${changed} 个，移除 ${removed} 个。`,
    undo: '撤销导入',
    undone: '已撤销导入：区域已恢复为导入之前的样子。',
    dismiss: '关闭提示',
  },
};
