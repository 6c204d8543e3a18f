import { joinChinese } from '../../engine';
import { tidiedChineseCatalog } from '../../engine/messages/chinese-spacing';
import type { ReviewMessages } from './review-types';

const number = new Intl.NumberFormat('zh-CN');
const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const DETAILS = {
  name: '名称',
  position: '位置',
  siteKind: '站点类型',
  connectivity: '连接方式',
  nodes: '节点数',
  jurisdiction: '司法辖区',
} as const;

// The templates space every name as a Latin one; a Chinese name (a catalog region's) loses those spaces.
export const reviewZhCN: ReviewMessages = tidiedChineseCatalog({
  decisionForm: {
    heading: '决策记录',
    lede: '这些信息写入决策记录的开头，并随链接和回答文件一起传递；它们不会改变推荐结果。',
    title: '标题（可选）',
    status: '状态',
    statuses: {
      proposed: '已提议',
      accepted: '已接受',
      rejected: '已拒绝',
      deprecated: '已弃用',
      superseded: '已被取代',
    },
    date: '日期',
    decisionMakers: '决策者',
    consulted: '咨询对象',
    informed: '知会对象',
    namesHelp: '姓名之间用逗号分隔。',
    author: '此版本的作者',
    authorHelp: '您的名字：比较版本时用它来标注这个版本。',
    problem: (problem) => {
      switch (problem.kind) {
        case 'too-long':
          return `最多 ${number.format(problem.maxChars)} 个字符。`;
        case 'name-too-long':
          return `每个姓名最多 ${number.format(problem.maxChars)} 个字符。`;
        case 'too-many-names':
          return `最多 ${number.format(problem.maxNames)} 个姓名。`;
      }
    },
  },
  compare: {
    open: '比较版本',
    title: '比较版本',
    lede: '粘贴同一项决策的分享链接，并排查看每个版本的回答和推荐结果。所有内容都保存在链接中，不会发送到任何地方。',
    back: '返回顾问',
    pasteLabel: '要比较的分享链接',
    pasteHelp: '可以是完整地址，也可以只是“#”后面的部分；用空格分隔或每行一个。',
    add: '加入比较',
    addCurrent: '与当前回答比较',
    nothingPasted: '请先粘贴至少一个分享链接。',
    leftOut: (count, max) => `最多可并排比较 ${max} 个版本：另有 ${number.format(count)} 个链接未加入。`,
    copyLink: '复制此比较的链接',
    linkCopied: '已复制此比较的链接。',
    copyManually: '此处不允许复制：请选中下面的链接并复制。',
    empty: '还没有可比较的内容：请在上方粘贴分享链接，或加入当前回答。',
    addAnother: '再加入一个版本即可看到差异。',
    versionLabel: (position) => `版本 ${position}`,
    versionOf: (author) => `${author} 的版本`,
    identical: (label, sameAs) => `${joinChinese(label, '与', sameAs, '的回答相同')}：只显示一次。`,
    alreadyCompared: '该版本已在比较中（回答相同）：只显示一次。',
    planes: '管理平面',
    planeInAirGap: (place) => `${place}（位于其隔离网络内）`,
    planeServing: (place, serves) => `${place}（${joinChinese('负责', serves)}）`,
    planeForTheRest: (place) => `${place}（负责其余区域）`,
    planeList: (planes) => planes.join('；'),
    versionsHeading: '版本',
    openVersion: (label) => joinChinese('打开', label),
    ownVersionHelp:
      '制作您自己的版本：在顾问中打开一个版本，修改任意回答，在决策记录的“此版本的作者”中填写您的名字，然后把它的链接发回去。',
    removeVersion: (label) => `移除${label}`,
    downloadRecord: (label) => `${label}的决策记录（含比较过的版本）`,
    recordDownloaded: (label, fileName) => `已下载${label}的决策记录：${fileName}。`,
    unreadableTitle: (count) => `${number.format(count)} 个链接无法读取`,
    unreadable: (label, position, why) => `${label}（第 ${number.format(position)} 个链接）无法读取：${why}`,
    verdictsCaption: '每个版本的推荐策略、得分（满分 100）和把握程度',
    resultColumn: '结果',
    recommended: '推荐策略',
    scoreOf: (strategyName) => `${strategyName}得分`,
    confidence: '把握程度',
    score: (score) => oneDecimal.format(score),
    chartTitle: '各版本的得分',
    chartCaption: '两种策略的得分（满分 100），并标出推荐的策略。',
    bar: (strategyName, score, recommended) =>
      `${strategyName}：${oneDecimal.format(score)}${recommended ? '（推荐）' : ''}`,
    answersHeading: '不同的回答',
    answersCaption: '只列出各版本之间不同的回答；突出显示的值与第一个版本不同。',
    answerColumn: '回答',
    noDifferences: '各版本的回答相同。',
    changedMark: '（与第一个版本不同）',
    answers: {
      latencyToleranceMs: '可接受的最长往返时延',
      opsEngineers: '运维工程师',
      crossRegionEnvironments: '环境跨越多个区域',
      nodesPerCluster: '每个集群的节点数',
      provisionedPercent: '由 Rancher 创建的集群',
      hub: '中心管理平面固定在',
    },
    priority: (legend) => `优先级：${legend}`,
    regionClusters: (region) => `${region} 的集群数`,
    regionDetail: (region, detail) => `${region} 的${DETAILS[detail]}`,
    measuredRtt: (from, to) => `实测往返时延 ${from} – ${to}`,
    jurisdiction: (id) => `司法辖区“${id}”`,
    keepInside: (id) => `管理留在“${id}”之内`,
    siteKinds: { cloud: '云区域', datacenter: '数据中心', edge: '边缘站点' },
    connectivity: { connected: '始终连接', intermittent: '间歇连接', 'air-gapped': '物理隔离' },
    notIncluded: '未包含',
    notSet: '未设置',
    yes: '是',
    no: '否',
    ms: (value) => `${number.format(value)} 毫秒`,
    number: (value) => number.format(value),
    percent: (value) => `${number.format(value)}%`,
    factorsHeading: '变化最大的因素',
    factorsCaption: '各版本之间加分差别最大的因素，以及它们支持哪种策略',
    factorColumn: '因素',
    factorPoints: (points, strategyName) => `${strategyName} 加 ${oneDecimal.format(points)} 分`,
    noPoints: '不加分',
    noFactorChanges: '每个因素在各版本中的加分都相同。',
  },
});
