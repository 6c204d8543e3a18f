// Loaded on demand (dynamic import) when the reader's language is Chinese: never part of the first bundle.

import { describeAnswersProblemZhCN, PLACE_NAMES_ZH_CN } from '../../engine';
import { tidiedChineseCatalog } from '../../engine/messages/chinese-spacing';
import type { ShareLinkErrorKind } from '../../share';
import { describeJsonProblemZhCN, describeYamlProblemZhCN } from '../../share/json-problem';
import type { UiMessages } from './types';

const number = new Intl.NumberFormat('zh-CN');

/** What is wrong with a share link, by kind; the codec's own sentences are English. */
const LINK_PROBLEMS: Readonly<Record<ShareLinkErrorKind, string>> = {
  empty: '链接中 # 之后没有任何答案。',
  truncated: '链接在复制或转发时被截断，缺少了一部分内容。',
  corrupted: '链接的内容被改动或损坏，校验未通过。',
  'unknown-version': '此链接由更新版本的顾问生成，当前版本无法读取；刷新页面可获取最新版本。',
  'too-large': '链接的长度远超任何真实答案所需，因此没有打开。',
  'invalid-answers': '链接可以读取，但其中的答案未通过校验。',
};

// The templates space every name as a Latin one; a Chinese name (a catalog region's) loses those spaces.
export const zhCN: UiMessages = tidiedChineseCatalog({
  locale: 'zh-CN',
  app: {
    documentTitle: 'Rancher 策略顾问：中心辐射还是按区域部署',
    skipToResult: '跳到推荐结果',
    brandName: 'Rancher 策略顾问',
    tagline:
      '用一个中心 Rancher 管理平面，还是每个区域各用一个？描述您的集群，获得有理有据的推荐，并附 Rancher 官方出处。',
    startOver: '重新开始',
    languageSwitcher: 'Language / 语言',
    resultRegion: '推荐结果',
    resultPlaceholderEyebrow: '推荐策略',
    resultPlaceholderText: '正在计算推荐…',
    resetNotice: '您的答案已被示例替换。在您做出修改之前，之前的答案会一直保留。',
    undoStartOver: '撤销重新开始',
    answersKeptNotice:
      '分享链接中的答案替换了屏幕上您的答案。您之前的答案已保留：可随时恢复（在您丢弃之前，它们一直保存在此浏览器中）。',
    restoreKeptAnswers: '恢复我之前的答案',
    discardKeptAnswers: '丢弃',
    answersRestoredNotice: '您之前的答案已恢复。点击“撤销”可重新显示链接中的答案。',
    undoRestore: '撤销',
    emptyNotice: '表单已清空：请添加集群所在的第一个区域。在您做出更改之前，之前的答案会一直保留。',
    startEmptyInstead: '改为从空白开始',
    startWithExampleInstead: '改为从示例开始',
    awaitingTitle: '尚未添加区域',
    awaitingText: '请添加集群所在的第一个区域（云区域或您自己的站点）：添加后即可看到推荐。',
    dismiss: '关闭',
    fileProblemTitle: '无法打开该文件',
    resultErrorTitle: '无法根据这些答案得出推荐',
    resultErrorText: '您的答案已保留；修改其中任意一项即可重试。如果问题持续出现，请附上以下信息报告：',
    footerBefore: '依据 Rancher 的最佳实践页面',
    footerLink: 'Rancher Deployment Strategy（Rancher 部署策略）',
    footerAfter:
      '及其文档中的服务器规格。往返时延按站点之间的典型路由估算（您实测的除外）。您的答案只保存在此浏览器中。',
    dropOverlay: '拖放答案文件（.json）即可打开',
    compareVersions: '比较版本',
    compareLoading: '正在打开比较…',
    skipToComparison: '跳到比较',
  },
  estateImport: {
    title: '从现有环境开始',
    lede: '从 Rancher、EKS、AKS、GKE 或 CSV 导入集群：区域、集群数和节点数，以及 Rancher 管理它们的方式。',
    open: '导入集群',
    close: '关闭导入',
    loading: '正在加载导入功能…',
  },
  newVersion: {
    title: '顾问有了新版本',
    text: '此标签页仍在运行旧版本，您打开的部分已不在服务器上。请重新加载以使用新版本：您的答案会保留。',
    reload: '重新加载',
  },
  crash: {
    title: '出错了',
    text: '顾问遇到意外问题，无法显示此页面。没有任何数据被发送出去。重新开始会以示例答案打开顾问。',
    startOver: '重新开始',
  },
  linkProblem: {
    headings: {
      empty: '此分享链接为空',
      truncated: '此分享链接不完整',
      corrupted: '此分享链接已损坏',
      'unknown-version': '此分享链接来自更新版本的顾问',
      'too-large': '此分享链接过长，不像是真实的链接',
      'invalid-answers': '此分享链接中的答案无法使用',
    },
    explain: (kind) => LINK_PROBLEMS[kind],
    keptDraft:
      '此链接中的内容均未显示：表单中是您自己保存的答案，未作改动。请让发送者重新发送链接，或继续使用您的答案。',
    keptExample: '此链接中的内容均未显示：表单中是示例答案。请让发送者重新发送链接，或从示例开始。',
    continueDraft: '继续使用我的答案',
    continueExample: '继续使用示例',
    startOverWithExample: '用示例重新开始',
    withheldTitle: '暂不显示推荐',
    withheldDraft:
      '链接无法打开，因此没有发送者的推荐可以显示。表单中是您自己保存的答案：继续使用或修改其中任一项，即可看到它们的推荐。',
    withheldExample:
      '链接无法打开，因此没有发送者的推荐可以显示。表单中是示例答案：继续使用或修改其中任一项，即可看到它们的推荐。',
    showDraftResult: '显示我的答案的推荐',
    showExampleResult: '显示示例的推荐',
  },
  files: {
    notJson: (fileName, problem) =>
      `${fileName} 不是有效的 JSON：${describeJsonProblemZhCN(problem)}。您当前的答案没有改变。`,
    notText: (fileName) =>
      `${fileName} 不是文本文件（其中是二进制数据）：答案文件是 JSON 或 YAML 文本。您当前的答案没有改变。`,
    notYaml: (fileName, problem) =>
      `${fileName} 不是有效的 YAML：${describeYamlProblemZhCN(problem)}。您当前的答案没有改变。`,
    invalid: (fileName) => `${fileName} 不是有效的答案文件。您当前的答案没有改变。`,
    tooLarge: (fileName, sizeKb) =>
      `${fileName} 大小为 ${number.format(sizeKb)} KB；答案文件通常只有几 KB 的 JSON。您当前的答案没有改变。`,
    wrongType: (fileName) =>
      `${fileName} 不是 .json、.yaml 或 .yml 文件。请打开用本工具保存的答案文件（或任何 JSON 或 YAML 格式的答案文档）。您当前的答案没有改变。`,
    notADocument: '答案文档必须是一个 JSON 对象。',
    wrongVersion: 'version 必须是 1（目前只有这一种答案格式）：请写上 "version": 1。',
  },
  field: { problemPrefix: '问题：' },
  places: {
    names: PLACE_NAMES_ZH_CN,
    // Chinese names a place from the larger to the smaller: "德国法兰克福".
    place: (metro, country) => {
      const metroName = PLACE_NAMES_ZH_CN[metro] ?? metro;
      const countryName = PLACE_NAMES_ZH_CN[country] ?? country;
      return metro === country ? countryName : `${countryName}${metroName}`;
    },
  },
  questionnaire: {
    formLabel: '您的环境',
    regionsTitle: '您的集群运行在哪里',
    regionsLede: '管理平面要管理的下游集群所在的每个云区域或站点。它们之间的距离决定了时延估算。',
    latencyTitle: '时延与团队',
    latencyLede: '中心管理平面离其集群最远可以多远，以及由谁来运维。',
    latencyLabel: '可接受的最高往返时延',
    latencyHelp: (guidanceMs) =>
      `您的团队能接受的管理平面与下游集群之间最慢的往返时延。Rancher 要求浏览器与 Rancher 服务器之间的往返时延不超过 ${number.format(guidanceMs)} 毫秒；如果没有自己的测量数据，这是一个稳妥的起点。`,
    msUnit: '毫秒',
    opsLabel: '运维工程师',
    opsHelp:
      '能够升级、备份和监控管理平面安装实例的全职人力（可以填 1.5 这样的小数）。每多一个安装实例，都会给他们增加一份日常工作。',
    opsUnit: '人',
    workTitle: '您的工作方式',
    workLede: '您对管理平面有哪些需求，从“无所谓”到“必须满足”。',
    environmentsLegend: '是否有环境跨越多个区域？',
    environmentsHelpBefore:
      '环境是指一个产品或团队的一组集群、项目和应用。如果某些环境由多个区域中的独立集群组成，并作为一个整体运行，请回答“是”。Rancher 不支持把一个集群拉伸到多个区域：它原先列出的“节点可以跨区域”这一优势已被撤回（',
    environmentsHelpLink: 'rancher-docs issue 220',
    environmentsHelpAfter: '）。',
    environmentsNo: '否',
    environmentsYes: '是，有一些',
    priorityLevels: ['无所谓', '有则更好', '比较重要', '重要', '必须满足'],
    priorities: {
      singlePane: {
        legend: '用一个界面查看所有区域和集群',
        help: '中心辐射（Hub & Spoke）只需一个 Rancher 界面管理一切；按区域部署（Regional）则每个管理平面各有一个界面。',
      },
      multiClusterApps: {
        legend: '一步把一个应用部署到多个区域的集群',
        help: '在按区域部署模式下，跨区域的应用要在每个 Rancher 安装实例中分别部署一次。',
      },
      faultIsolation: {
        legend: '另一个管理平面宕机时，各区域仍能继续预配集群',
        help: '无论哪种方式，没有 Rancher 时集群上的工作负载都会继续运行；故障只会中断预配和集中管理。',
      },
      independentUpgrades: {
        legend: '按各区域自己的时间表，逐个区域升级 Rancher',
        help: '按区域部署模式让您先在一个区域试用每个 Rancher 新版本；中心枢纽则会一次升级所有区域。',
      },
    },
    constraintsSummary: '约束条件：管理平面可部署的位置、司法辖区、连接方式、集群类型、节点数、实测往返时延',
    constraintsSet: (count) => `已设置 ${number.format(count)} 项`,
    constraintsNoneSet: '未设置',
    constraintsInferredChina: '适用中国大陆规则（根据您的区域推断）',
    constraintsLoading: '正在加载约束条件…',
  },
  problems: {
    clustersIn: (region) => `${region} 的集群数`,
    nameOf: (region) => `${region} 的名称`,
    latitudeOf: (region) => `${region} 的纬度`,
    longitudeOf: (region) => `${region} 的经度`,
    siteKindOf: (region) => `${region} 的站点类型`,
    connectivityOf: (region) => `${region} 的连接方式`,
    nodesIn: (region) => `${region} 的节点数`,
    jurisdictionOf: (region) => `${region} 所属的司法辖区`,
    clusterKindsIn: (region) => `${region} 的集群类型`,
    jurisdictionAt: (position) => `第 ${number.format(position)} 个司法辖区`,
    measurementAt: (position) => `第 ${number.format(position)} 个实测往返时延`,
    regions: '区域',
    questions: {
      nodesPerCluster: '每个集群的节点数',
      provisionedPercent: '由 Rancher 创建的集群',
      clustersInTwoYears: '两年后的集群数',
      jurisdictions: '司法辖区',
      'hub.regionId': '固定的中心',
      latencies: '实测往返时延',
      latencyToleranceMs: '可接受的最高往返时延',
      opsEngineers: '运维工程师',
      crossRegionEnvironments: '跨区域的环境',
      'priorities.singlePane': '统一界面管理所有区域',
      'priorities.multiClusterApps': '一步把应用部署到多个区域',
      'priorities.faultIsolation': '故障期间各区域继续工作',
      'priorities.independentUpgrades': '逐个区域升级',
    },
    aRegion: '某个区域',
    customSite: (siteId) => `自定义站点 ${siteId}`,
    message: describeAnswersProblemZhCN,
  },
  regions: {
    pickerLabel: '添加云区域',
    pickerHelp:
      '输入城市、国家（中英文均可）、云厂商或区域代码，例如“法兰克福”、“eu-central”或“东京”。用方向键选择，按回车添加。',
    pickerFull: (maxRegions) => `您已列出 ${number.format(maxRegions)} 个区域，这是一份答案文档的上限。`,
    pickerPlaceholder: '搜索区域：城市、国家、云厂商或代码',
    matchingRegions: '匹配的区域',
    added: '已添加',
    noMatch: (query) => `没有与“${query}”匹配的云区域。如果是数据中心或边缘站点，请在下方添加自定义站点。`,
    noMatchStatus: '没有匹配的区域。',
    matchCount: (count) => `找到 ${number.format(count)} 个匹配的区域。`,
    addedRegion: (name) => `已添加 ${name}。`,
    listHeading: '您的区域',
    listTotal: (regions, clusters) => `${number.format(regions)} 个区域 · ${number.format(clusters)} 个集群`,
    remove: (name) => `移除 ${name}`,
    removed: (name) => `已移除 ${name}。`,
    clustersLabel: '集群数',
    inRegion: (name) => `（${name}）`,
    ofRegion: (name) => `（${name}）`,
    ofCustomSite: (siteId) => `（自定义站点 ${siteId}）`,
    newCustomSite: '新的自定义站点',
    customSiteBadge: '自定义站点',
    customSiteMeta: (siteId) => `本地数据中心或边缘站点 · ID ${siteId}`,
    nameLabel: '名称',
    namePlaceholder: '例如：慕尼黑工厂',
    latitudeLabel: '纬度',
    longitudeLabel: '经度',
    empty: '还没有区域。请在上方搜索，或添加自定义站点。',
    addCustomSite: '添加您自己的站点',
    addCustomSiteHelp:
      '用于不属于云区域的地点：先选择站点类型，再填写名称和位置，位置用十进制度数表示（北纬和东经为正；慕尼黑是 48.14, 11.58）。',
    addedCustomSite: (kind) => `已添加自定义站点（${kind}）。请填写名称、纬度和经度。`,
    addSiteOfKind: { datacenter: '添加数据中心', edge: '添加边缘站点', cloud: '添加私有云区域' },
    siteKindLabel: '站点类型',
    siteKindHelp: '边缘站点（门店、工厂、船舶）不会承载管理平面。',
    siteKinds: { datacenter: '数据中心', edge: '边缘站点', cloud: '云区域' },
    providers: {
      aws: '亚马逊云科技（AWS）',
      azure: '微软 Azure',
      gcp: '谷歌云（Google Cloud）',
      'aws-cn': '亚马逊云科技（中国）',
      'azure-cn': '由世纪互联运营的 Microsoft Azure',
      alibaba: '阿里云',
    },
    continents: {
      africa: '非洲',
      asia: '亚洲',
      europe: '欧洲',
      'north-america': '北美洲',
      oceania: '大洋洲',
      'south-america': '南美洲',
    },
  },
});
