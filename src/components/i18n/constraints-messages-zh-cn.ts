import { tidiedChineseCatalog } from '../../engine/messages/chinese-spacing';
import type { ConstraintsMessages } from './types';

const number = new Intl.NumberFormat('zh-CN');

// The templates space every name as a Latin one; a Chinese name (a catalog region's) loses those spaces.
export const constraintsZhCN: ConstraintsMessages = tidiedChineseCatalog({
  locale: 'zh-CN',
  lede: '除非这些条件确实适用于您的环境，否则保持原样即可：留空的每一项都使用默认值。',
  sitesHeading: '您的区域和站点',
  sitesHelp: '边缘站点（门店、工厂、船舶）从不承载管理平面。物理隔离的站点需要在隔离区内部署一个管理平面。',
  siteKindLabel: '站点类型',
  connectivityLabel: '连接方式',
  connectivities: { connected: '始终连接', intermittent: '间歇连接', 'air-gapped': '物理隔离' },
  byDefault: (choice) => `${choice}（默认）`,
  nodesLabel: '节点数',
  nodesAssumed: (nodes) => `按 ${number.format(nodes)} 个计`,
  jurisdictionLabel: '司法辖区',
  noJurisdiction: '无',
  undeclaredJurisdiction: (id) => `${id}（未声明）`,
  inferredChina: '中国大陆（推断）',
  inferredChinaHelp:
    '根据区域推断：该区域位于中国大陆，因此适用中国大陆规则。其集群只由中国大陆境内的管理平面管理，该管理平面也不管理境外的集群。如需自行指定，请选择一个司法辖区。',
  mainlandChina: '中国大陆',
  clusterKindsLegend: '按类型划分的集群',
  clusterKindsHelp:
    '按类型划分的集群（可选，按区域填写）：有多少由 Rancher 创建、有多少是导入的、有多少由云厂商托管。远处管理平面的 kubectl 可通过授权集群端点（ACE）访问 Rancher 创建的 RKE2/K3s 集群；托管的 EKS/AKS/GKE 集群使用其自身的 kubeconfig。未计入的集群按下方的整体比例计算。',
  clusterKinds: {
    provisioned: 'Rancher 创建（RKE2/K3s）',
    imported: '导入',
    hosted: '托管（EKS、AKS、GKE）',
  },
  clusterKindsCounted: (counted, clusters) =>
    counted === clusters
      ? `已计入该区域全部 ${number.format(clusters)} 个集群。`
      : `已计入 ${number.format(clusters)} 个集群中的 ${number.format(counted)} 个；其余 ${number.format(clusters - counted)} 个按整体比例计算。`,
  clusterKindsExceed: (counted, clusters) =>
    `这些数量合计 ${number.format(counted)} 个集群，多于该区域的 ${number.format(clusters)} 个：请调低某一类的数量，或在“您的区域”中调高该区域的集群数。`,
  estateHeading: '集群和节点',
  nodesPerClusterLabel: '每个集群的平均节点数',
  nodesPerClusterHelp: (defaultNodes) =>
    `用于没有填写节点数的区域。留空：${number.format(defaultNodes)}，即 Rancher 自己的比例（150 个集群 1,500 个节点）。`,
  nodesUnit: '个节点',
  provisionedLabel: '由 Rancher 创建的集群',
  provisionedHelp:
    '由 Rancher 创建（RKE2/K3s）的集群占比；其余为导入或托管的集群。填写了按类型划分集群数的区域以其为准。留空：未说明。',
  clustersInTwoYearsLabel: '两年后的集群数',
  clustersInTwoYearsHelp: (today) =>
    `您预计两年后所有区域共有的集群数：每个管理平面按其所占份额规划规格，使现在安装的规格届时仍然够用。留空：按目前的 ${number.format(today)} 个计。`,
  clustersInTwoYearsBelowToday: (today) => `少于目前的 ${number.format(today)} 个：管理平面按目前的规模规划规格。`,
  clustersUnit: '个集群',
  jurisdictionsHeading: '司法辖区',
  jurisdictionsHelp:
    '管理数据（集群凭据、用户、审计日志、kubectl 流量）必须留在其中的地区，例如欧盟或中国大陆。请在上方为区域标记所属的司法辖区。',
  jurisdictionLegend: (position) => `第 ${number.format(position)} 个司法辖区`,
  jurisdictionIdLabel: '简短 ID',
  jurisdictionIdPlaceholder: 'eu',
  jurisdictionNameLabel: '名称',
  jurisdictionNamePlaceholder: '欧盟',
  keepInsideLabel: '管理必须留在辖区内：其中的区域只由辖区内的管理平面管理',
  strictLabel: '双向：辖区内的管理平面只管理本辖区的区域，不管理辖区外的区域',
  strictNeedsInside: '双向规则需要同时勾选“管理必须留在辖区内”：请勾选该项，或取消勾选此项。',
  allowedLabel: '管理平面可部署的位置',
  allowedHelp: '国家、云区域或您自己的站点：该辖区区域的管理平面只部署在这些位置。',
  allowedPickerLabel: '添加位置',
  allowedPlaceholder: '国家、云区域或您的站点',
  allowedNone: '未选择：该辖区自己的区域及其所在的国家（中国大陆区域则为中国大陆）。',
  allowedFull: (max) => `已选择 ${number.format(max)} 个位置，这是一个司法辖区的上限。`,
  locationKinds: { country: '国家或地区', region: '云区域', site: '您的站点' },
  locationMatches: (count) => `找到 ${number.format(count)} 个匹配的位置。`,
  locationNoMatch: (query) => `没有与“${query}”匹配的国家、云区域或您的站点。`,
  addedLocation: (name) => `已添加 ${name}。`,
  removeLocation: (name) => `从管理平面可部署的位置中移除 ${name}`,
  unknownLocation: (location, suggestion) =>
    `“${location}”不是国家代码、云区域，也不是您的站点：请将其移除${suggestion === null ? '' : `（您是想写 ${suggestion} 吗？）`}。`,
  addJurisdiction: '添加司法辖区',
  removeJurisdiction: (position) => `移除第 ${number.format(position)} 个司法辖区`,
  hubHeading: '中心的位置',
  hubHelp: '把中心管理平面固定到您的某个区域，或固定到一个单独的云区域（其中没有下游集群）。不固定：由顾问选择位置。',
  hubSelectLabel: '把中心固定到',
  hubNotPinned: '不固定（由顾问选择）',
  hubYourRegions: '您的区域',
  hubOtherRegion: '其他云区域',
  hubPickerLabel: '或固定到其他云区域',
  hubPickerHelp: '按城市、国家、云厂商或代码搜索；按回车把中心固定到该区域。',
  hubPinned: (name) => `中心已固定到 ${name}。`,
  latenciesHeading: '实测往返时延',
  latenciesHelp: '您实际测得的往返时延（ping、云控制台）。每个测量值都会在结果中替换该对区域的估算值。',
  measurementLegend: (position) => `第 ${number.format(position)} 个实测往返时延`,
  fromLabel: '起点',
  toLabel: '终点',
  msLabel: '往返时延',
  chooseRegion: '请选择区域',
  addMeasurement: '添加测量值',
  removeMeasurement: (position) => `移除第 ${number.format(position)} 个实测往返时延`,
  pasteLabel: '粘贴测量值',
  pasteHelp:
    '每行一个：起点、终点和毫秒数，用逗号或制表符分隔（从电子表格复制时是制表符）。区域可写 ID 或名称，例如“aws:eu-west-1, aws:us-east-1, 72”。',
  pasteButton: '添加粘贴的行',
  pasteResult: (added, updated, failed) =>
    [
      added > 0 ? `已添加 ${number.format(added)} 个测量值。` : '',
      updated > 0 ? `已更新 ${number.format(updated)} 个测量值。` : '',
      failed > 0 ? `有 ${number.format(failed)} 行需要修改，已保留在输入框中。` : '',
      added + updated + failed === 0 ? '没有可添加的内容：输入框是空的。' : '',
    ].join(''),
  pasteLine: (line, problem) => `第 ${number.format(line)} 行：${problem}`,
  pasteProblems: {
    shape: '请写起点、终点和毫秒数，用逗号或制表符分隔。',
    unknownRegion: (text) => `“${text}”不是您的区域（也不是固定的中心）：请使用它的 ID 或名称。`,
    notNumber: (text) => `“${text}”不是毫秒数。`,
    sameRegion: '起点和终点是同一个区域。',
  },
  ms: '毫秒',
});
