import type { SourceId } from '../sources';
import { STRATEGY_NAMES, type Strategy } from '../strategy';
import type { EngineMessages, InstallationSize } from './types';

// Simplified Chinese, as a platform architect in mainland China writes it: digits with a space on either side
// of CJK text, full-width punctuation, 毫秒 for every round trip, and the strategy's English name kept beside
// its Chinese one where it is first named (docs/i18n.md has the terminology).

const numberFormat = new Intl.NumberFormat('zh-CN');
const num = (value: number) => numberFormat.format(value);
const ms = (value: number) => `${num(Math.round(value))} 毫秒`;

const NAMES: Readonly<Record<Strategy, string>> = { 'hub-and-spoke': '中心辐射', regional: '按区域部署' };
const FULL_NAMES: Readonly<Record<Strategy, string>> = {
  'hub-and-spoke': `中心辐射（${STRATEGY_NAMES['hub-and-spoke']}）`,
  regional: `按区域部署（${STRATEGY_NAMES.regional}）`,
};
/** The strategy as the subject of a sentence: 中心辐射模式, 按区域部署模式. */
const mode = (strategy: Strategy) => `${NAMES[strategy]}模式`;
/** A space between CJK text and a following Latin letter or digit, as Chinese technical writing sets it. */
const spaced = (text: string) => (/^[0-9A-Za-z]/.test(text) ? ` ${text}` : text);
/** 一次, 两次, then digits: how a count of deployments reads after a verb. */
const timesOf = (count: number) => (count === 1 ? '一次' : count === 2 ? '两次' : ` ${num(count)} 次`);
const hubInterfaces = (hubInstallations: number) =>
  hubInstallations === 1 ? '同一个界面' : `${num(hubInstallations)} 个界面（受 Rancher 规模上限所限）`;
/** Factors in their clause form, joined as Chinese prose joins two noun phrases: A，以及 B. */
const joined = (clauses: readonly string[]) => clauses.join('，以及');
/** The app's 您 as the record's 我们: the team writes its own decision. */
const inOurVoice = (sentence: string) => sentence.replaceAll('您们', '我们').replaceAll('您', '我们');

const SERVER_SIZES: Readonly<Record<InstallationSize, string>> = {
  small: '小型',
  medium: '中型',
  large: '大型',
  'beyond-large': '超出大型',
};

const PRIORITY_LABELS = ['无所谓', '有则更好', '比较重要', '重要', '必须满足'] as const;

const PRIORITY_TOPICS = {
  singlePane: '一个界面管理所有区域',
  multiClusterApps: '一步将一个应用部署到多个区域',
  faultIsolation: '其他管理平面故障期间各区域仍能创建与配置集群',
  independentUpgrades: '逐个区域升级',
} as const;

const STRETCHED = 'Rancher 不支持将一个集群跨多个区域延伸部署（其原先“节点可跨区域”的优点已被撤回）';

const where = (p: { hub: string; farthest: string; worstMs: number }) =>
  `若中心管理平面设在 ${p.hub}，最远的区域 ${p.farthest} 的往返时延约为 ${ms(p.worstMs)}`;

/** Each source's claim, translated; the label ("中心辐射的优点：") is added from the id. */
const SOURCE_CLAIMS = {
  'hub-pro-single-interface': '可以通过同一个界面管理所有区域和所有环境。',
  'hub-pro-keeps-running': 'Kubernetes 的运行不依赖 Rancher，能够容忍与 Rancher 服务器失去连接。',
  'hub-pro-nodes-across-regions-withdrawn':
    '原先的优点“环境可以拥有跨区域的节点和资源”已被撤回：Rancher 不支持将一个下游集群跨多个区域延伸部署。',
  'hub-con-latency': '受网络时延影响。',
  'hub-con-central-outage': '如果 Rancher 服务器宕机，全局的集群创建与配置都会受到影响；下游集群仍可单独管理。',
  'regional-pro-isolation': '某个区域的 Rancher 服务器宕机时，其他区域的 Rancher 功能仍能正常运行。',
  'regional-pro-latency': '网络时延大幅降低，Rancher 的性能随之提升。',
  'regional-pro-upgrades': '可以逐个区域独立升级 Rancher。',
  'regional-con-overhead': '需要承担管理多个 Rancher 安装实例的额外开销。',
  'regional-con-no-single-view': '要纵览全球各地的 Kubernetes 集群，需要使用多个界面或视图。',
  'regional-con-multi-cluster-apps': '部署多集群应用时，需要在每个 Rancher 服务器上重复同样的操作。',
  'rancher-sizing':
    'Rancher 服务器规格：小型最多管理 150 个下游集群（1,500 个节点），中型最多 300 个（3,000 个节点），大型最多 500 个（5,000 个节点）。',
  'rancher-ha': '在生产环境中，Rancher 安装在一个三节点的 Kubernetes 集群上，以实现高可用。',
  'rancher-browser-latency': 'Rancher 建议浏览器与 Rancher 服务器之间的往返时延不超过 150 毫秒。',
} as const satisfies Record<SourceId, string>;

/** The label a quote from Rancher's strategy page carries, read from its id (`hub-pro-...`). */
function quoteLabel(id: string): string {
  const match = /^(hub|regional)-(pro|con)-(?!.*-withdrawn$)/.exec(id);
  if (!match) return '';
  return `${match[1] === 'hub' ? NAMES['hub-and-spoke'] : NAMES.regional}的${match[2] === 'pro' ? '优点' : '缺点'}：`;
}

/** Marks a quote as this project's translation, not Rancher's own words. */
const TRANSLATION_MARK = '（译文）';

export const zhCN: EngineMessages = {
  formatNumber: num,
  formatMs: ms,
  strategyName: NAMES,
  strategyFullName: FULL_NAMES,
  confidenceLabel: { strong: '明显更合适', moderate: '较为合适', 'close-call': '难分高下' },
  priorityLabels: PRIORITY_LABELS,
  serverSize: SERVER_SIZES,
  sourceQuote: Object.fromEntries(
    Object.entries(SOURCE_CLAIMS).map(([id, claim]) => [id, `${quoteLabel(id)}${claim}${TRANSLATION_MARK}`]),
  ) as Record<SourceId, string>,
  sourceClaim: SOURCE_CLAIMS,

  factors: {
    'one-installation-suffices': {
      title: '一个安装实例即可覆盖所有区域',
      tooFarApart: (p) =>
        `您的各个区域相距太远，无法由同一个本地管理平面覆盖，因此按区域部署模式需要 ${num(p.regionalInstallations)} 个安装实例。`,
      allWithinOnePlane: (p) =>
        `您的所有区域彼此之间的往返时延都在 ${ms(p.groupMaxRttMs)}以内，因此“按区域部署”也只是同一个安装实例：一个中心管理平面就是完整的答案。`,
    },
    'single-pane': {
      title: '一个界面管理所有区域',
      sameInstallations: (p) =>
        `两种策略在这里需要的安装实例数量相同（${hubInterfaces(p.hubInstallations)}），因此哪一种都不会让您在一处看到更多内容。`,
      doesNotMatter: '您表示单一界面并不重要，因此按区域部署模式下彼此独立的多个视图不会给您带来额外代价。',
      favorsHub: (p) =>
        `中心辐射模式在${spaced(hubInterfaces(p.hubInstallations))}中展示全部 ${num(p.totalClusters)} 个集群；按区域部署模式则把它们分散到 ${num(p.regionalInstallations)} 个界面中。`,
    },
    'multi-cluster-apps': {
      title: '将一个应用部署到多个区域',
      sameInstallations: '两种策略需要的安装实例相同，因此多集群应用在两种策略下的部署次数也相同。',
      doesNotMatter: '您表示一步将应用部署到多个区域并不重要，因此在每个安装实例上重复部署对您来说代价不大。',
      favorsHub: (p) =>
        `采用按区域部署模式时，每个跨区域的应用都要部署${timesOf(p.regionalInstallations)}，每个安装实例各一次；中心辐射模式只需部署${timesOf(p.hubInstallations)}。`,
    },
    'cross-region-environments': {
      title: '跨区域的环境',
      noneSpan: `${STRETCHED}；您表示没有跨区域的环境，因此这一点对两种策略都没有影响。`,
      sameInstallations: `${STRETCHED}；两种策略都会把您各环境的集群置于相同的安装实例之下，因此这一点不计入权重。`,
      favorsHub: (p) =>
        `${STRETCHED}，但由多个区域中彼此独立的集群组成的环境，只有通过一个中心管理平面才能作为一个整体来运维；按区域部署模式会把它拆分到 ${num(p.regionalInstallations)} 个安装实例中。`,
    },
    latency: {
      title: '中心管理平面到各集群的往返时延',
      sameForBoth: (p) =>
        `两种策略下的时延相同，因为一个管理平面即可服务您的所有区域：${where(p)}${p.beyondTolerance ? `，即便如此也超出了您 ${ms(p.toleranceMs)}的容忍度` : ''}。`,
      noConcern: (p) => `时延不成问题：${where(p)}，远在您 ${ms(p.toleranceMs)}的容忍度之内。`,
      favorsRegional: (p) =>
        `中心辐射模式受网络时延影响：${where(p)}，${
          p.beyondTolerance
            ? `超出了您 ${ms(p.toleranceMs)}的容忍度，而按区域部署的管理平面离各自的集群很近`
            : `接近您 ${ms(p.toleranceMs)}的容忍度，而按区域部署的管理平面能留出更多余量`
        }。`,
    },
    'browser-latency': {
      title: 'Rancher 对浏览器访问时延的建议',
      withinGuidance: (p) =>
        `在您任一区域附近工作的人员访问中心 Rancher 时，往返时延都在 Rancher 建议的浏览器访问上限 ${ms(p.guidanceMs)}之内（最多约 ${ms(p.worstMs)}）。`,
      beyondGuidance: (p) =>
        `在 ${p.farthest} 附近工作的人员访问中心 Rancher 时，往返时延约为 ${ms(p.worstMs)}，超出了 Rancher 建议的浏览器访问上限 ${ms(p.guidanceMs)}；按区域部署的管理平面能让界面离他们更近。`,
    },
    'fault-isolation': {
      title: '一个管理平面故障时，其他区域照常工作',
      oneInstallation:
        '无论采用哪种策略，都由同一个安装实例覆盖您的所有区域，因此它一旦故障，两种策略下所有区域的集群创建与配置都会停止。',
      doesNotMatter: '您表示其他管理平面故障期间各区域能否继续创建与配置集群并不重要，因此这一点不计入权重。',
      favorsRegional: (p) =>
        `中心管理平面一旦故障，全部 ${num(p.totalClusters)} 个集群的创建与配置都会停止（每个集群仍可直接管理）；采用按区域部署模式时，任一管理平面故障，至少 ${num(p.protectedPercent)}% 的集群仍保有自己的管理平面。`,
    },
    'blast-radius': {
      title: '故障影响范围（单个管理平面故障时）',
      sameForBoth: (p) => `无论采用哪种策略，一次故障都会使最多 ${num(p.hubLoss)} 个集群的创建与配置停止。`,
      favorsRegional: (p) =>
        `采用中心辐射模式时，一次故障会使最多 ${num(p.hubLoss)} 个集群的创建与配置停止；采用按区域部署模式时，受影响的集群最多只有 ${num(p.regionalLoss)} 个。`,
    },
    'independent-upgrades': {
      title: '逐个区域升级',
      oneInstallation: '所有区域共用一个安装实例时，无论采用哪种策略，每次升级都会同时作用于所有区域。',
      doesNotMatter: '您表示各区域按自己的节奏升级并不重要，因此所有区域统一升级也可以接受。',
      favorsRegional: (p) =>
        `按区域部署模式让您可以在 ${num(p.places)} 处按各自的节奏升级 Rancher，每个新版本先在一个区域试用；中心辐射模式则会同时升级所有区域。`,
    },
    'operating-load': {
      title: '运维多个安装实例',
      sameInstallations: '两种策略在这里运行的安装实例数量相同，因此哪一种都不会增加运维工作。',
      favorsHub: (p) =>
        `按区域部署模式意味着要升级、备份和监控 ${num(p.regionalInstallations)} 个安装实例（共 ${num(p.regionalNodes)} 个管理节点，均为三节点高可用），比只运行一个中心管理平面多出约 ${num(p.extraEngineers)} 名工程师的日常工作量，而您的团队共有 ${num(p.opsEngineers)} 人。`,
    },
    'scale-ceiling': {
      title: '单个 Rancher 安装实例的文档规模上限',
      favorsRegional: (p) =>
        `${num(p.totalClusters)} 个集群超出了 Rancher 文档中最大服务器规格所支持的 ${num(p.maxClustersPerInstallation)} 个，因此中心辐射模式无论如何都需要 ${num(p.hubInstallations)} 个中心管理平面，也就失去了统一视图；按区域拆分是自然的划分方式。`,
      fitsOneInstallation: (p) =>
        `一个安装实例即可在 Rancher 文档规定的规格内管理全部 ${num(p.totalClusters)} 个集群（${SERVER_SIZES[p.size]}规格的服务器即可胜任）。`,
    },
    'workloads-keep-running': {
      title: '集群在没有管理平面时照常运行',
      explanation:
        '无论采用哪种策略，管理平面不可达时，下游 Kubernetes 集群都会继续运行其工作负载；故障只会停止集群创建与配置和集中管理，不会影响您的应用。',
    },
  },

  factorClauses: {
    'one-installation-suffices': '一个安装实例已能覆盖所有区域',
    'single-pane': '一个界面即可管理所有区域',
    'multi-cluster-apps': '一步即可将应用部署到多个区域',
    'cross-region-environments': '能把跨区域的环境作为一个整体来运维',
    latency: '中心管理平面到最远集群的往返时延过长',
    'browser-latency': '用户浏览器到中心 Rancher 的往返时延过长',
    'fault-isolation': '一个管理平面故障时，其他区域仍保有自己的管理平面',
    'blast-radius': '单次故障波及的集群更少',
    'independent-upgrades': '可以逐个区域升级',
    'operating-load': '运维多个安装实例的工作量',
    'scale-ceiling': '集群数量超出了一个 Rancher 安装实例的管理能力',
    'workloads-keep-running': '集群在没有管理平面时仍照常运行',
  },

  summary: (p) => {
    const shape =
      p.shape.strategy === 'regional'
        ? p.shape.planes === 1
          ? '建议运行一个管理平面'
          : `建议运行 ${num(p.shape.planes)} 个区域管理平面`
        : p.shape.installations === 1
          ? `建议在 ${p.shape.hubName} 运行一个中心管理平面`
          : `建议在 ${p.shape.hubName} 运行 ${num(p.shape.installations)} 个中心管理平面（集群数量超出了一个 Rancher 安装实例的管理能力）`;
    const degree = { strong: '明显更', moderate: '更', 'close-call': '略微更' }[p.confidence];
    const why = p.reasons.length > 0 ? `，主要是因为${joined(p.reasons)}` : '';
    const against = p.counter ? `对${FULL_NAMES[p.loser]}最有利的一点是${p.counter}。` : '';
    return `${FULL_NAMES[p.winner]}${degree}符合您的回答（${num(p.winnerScore)} 比 ${num(p.loserScore)}）${why}。${shape}。${against}`;
  },

  flips: {
    toleranceNone: (p) =>
      `时延容忍度在 ${num(p.minMs)} 到 ${num(p.maxMs)} 毫秒之间取任何值，都不会让${mode(p.to)}胜出。`,
    tolerance: (p) =>
      `如果您的时延容忍度为 ${num(p.valueMs)} 毫秒或${p.to === 'regional' ? '更低' : '更高'}，${mode(p.to)}将胜出。`,
    engineersNone: (p) => `运维工程师人数在 ${num(p.min)} 到 ${num(p.max)} 之间取任何值，都不会让${mode(p.to)}胜出。`,
    engineers: (p) =>
      p.to === 'regional'
        ? `如果运维工程师增加到 ${num(p.value)} 人或更多，${mode(p.to)}将胜出。`
        : `如果运维工程师减少到 ${num(p.value)} 人${p.value === 0 ? '' : '或更少'}，${mode(p.to)}将胜出。`,
    environments: (p) =>
      p.spanning
        ? `如果有环境跨越多个区域，${mode(p.to)}将胜出。`
        : `如果您的环境都不跨越多个区域，${mode(p.to)}将胜出。`,
    environmentsNone: '环境是否跨越多个区域不会改变推荐结果。',
    priorityTopics: PRIORITY_TOPICS,
    priorityNone: (p) => `无论「${PRIORITY_TOPICS[p.key]}」的优先级设为多少，${mode(p.to)}都不会胜出。`,
    priority: (p) =>
      `如果「${PRIORITY_TOPICS[p.key]}」的优先级是“${PRIORITY_LABELS[p.value]}”（${p.value}）而不是“${PRIORITY_LABELS[p.current]}”（${p.current}），${mode(p.to)}将胜出。`,
  },

  decisionRecord: {
    title: (p) =>
      p.strategy === 'regional'
        ? `为 ${num(p.regions)} 个区域分别运行 Rancher 管理平面：${FULL_NAMES.regional}`
        : `为 ${num(p.regions)} 个区域运行一个中心 Rancher 管理平面：${FULL_NAMES['hub-and-spoke']}`,
    // MADR's own section names stay in English before the Chinese, so readers and tools that know MADR find them.
    headings: {
      context: 'Context and Problem Statement / 背景与问题',
      drivers: 'Decision Drivers / 决策驱动因素',
      options: 'Considered Options / 备选方案',
      outcome: 'Decision Outcome / 决策结果',
      consequences: 'Consequences / 影响',
      confirmation: 'Confirmation / 确认方式',
      prosAndCons: 'Pros and Cons of the Options / 各方案的优缺点',
      moreInformation: 'More Information / 更多信息',
      weightedCriteria: '加权评估标准',
      hubRoundTrips: '中心位置与估算的往返时延',
      regionalPlan: '按区域部署规划',
      sources: '参考资料',
    },
    context: (p) =>
      `我们在 ${num(p.regions)} 个区域中运行 ${num(p.totalClusters)} 个下游 Kubernetes 集群，需要决定管理平面（Rancher）部署在哪里：是采用${FULL_NAMES['hub-and-spoke']}模式，由一个中心安装实例管理所有区域，还是采用${FULL_NAMES.regional}模式，每个区域各部署一个安装实例。两者的取舍参见 Rancher 最佳实践页面“Rancher Deployment Strategy”。`,
    regionColumns: ['区域', '集群数'],
    toleranceDriver: (p) => `管理平面与下游集群之间的往返时延不超过 ${ms(p.toleranceMs)}。`,
    engineersDriver: (p) => `有 ${num(p.engineers)} 名工程师（全职当量）负责运维管理平面的安装实例。`,
    environmentsDriver: (p) =>
      p.spanning ? '部分环境跨越多个区域的集群，并作为一个整体运维。' : '没有环境跨越多个区域的集群。',
    priorityDrivers: {
      singlePane: '一个界面管理所有区域和集群',
      multiClusterApps: '一步将一个应用部署到多个区域',
      faultIsolation: '其他管理平面故障期间各区域仍能创建与配置集群',
      independentUpgrades: '逐个区域升级管理平面',
    },
    priorityDriver: (p) => `${p.driver}：${PRIORITY_LABELS[p.level as 0] ?? num(p.level)}（${p.level}/4）。`,
    consideredOptions: {
      'hub-and-spoke': `${FULL_NAMES['hub-and-spoke']}：由一个中心 Rancher 安装实例管理所有区域的集群`,
      regional: `${FULL_NAMES.regional}：每个区域一个 Rancher 安装实例（相邻区域共用一个）`,
    },
    chosenOption: (p) => {
      const confidence = { strong: '把握很大', moderate: '把握中等', 'close-call': '难分高下' }[p.confidence];
      const scores = `得分 ${num(p.chosenScore)} 比 ${num(p.otherScore)}，${confidence}`;
      const lead = `Chosen option: "${STRATEGY_NAMES[p.chosen]}"。选定${FULL_NAMES[p.chosen]}`;
      if (p.reasons.length === 0) return `${lead}，因为它是两个同等方案中较简单的一个（${scores}）。`;
      const these = p.reasons.length === 1 ? '这一点' : '这两点';
      return `${lead}，因为${joined(p.reasons)}，${these}比支持${NAMES[p.other]}的理由更有分量（${scores}）。`;
    },
    asClause: (sentence) => sentence,
    inOurVoice,
    good: (p) => `好，因为${spaced(p.reasonMarkdown)}`,
    bad: (p) => `坏，因为${spaced(p.reasonMarkdown)}`,
    neutral: (p) => `中性，因为${spaced(p.reasonMarkdown)}`,
    footprint: (p) =>
      `中性：${num(p.installations)} 个安装实例，共 ${num(p.managementNodes)} 个管理节点（每个安装实例均为三节点高可用）；最大的安装实例管理 ${num(p.largestClusters)} 个集群，需要${SERVER_SIZES[p.size]}规格的 Rancher 服务器；一个管理平面故障最多会使 ${num(p.clustersLosingProvisioning)} 个集群的创建与配置停止，但它们的工作负载会继续运行。`,
    confirmation: (p) =>
      `上线前我们将确认：实测${p.chosen === 'regional' ? '规划中的各区域管理平面到其集群' : '中心到最远区域'}的真实往返时延（下文数字是根据距离估算的），对照 Rancher 文档中的规格上限评估每个安装实例的规模，并检查浏览器访问 Rancher 的往返时延在 ${ms(p.guidanceMs)}以内。`,
    reEvaluate: '如果以下任一情况发生变化，我们将重新评估此决策：',
    noTriggers: '任何一项回答在其取值范围内变化都不会改变此决策；增加或移除区域时我们将重新评估。',
    optionFootprint: {
      'hub-and-spoke': (p) =>
        `在 ${p.hubMarkdown} 部署一个安装实例${p.installations > 1 ? `（受 Rancher 规模上限所限，实际为 ${num(p.installations)} 个）` : ''}，共 ${num(p.managementNodes)} 个管理节点。`,
      regional: (p) => `${num(p.installations)} 个安装实例，共 ${num(p.managementNodes)} 个管理节点。`,
    },
    criteriaColumns: ['评估标准', '权重', '倾向', '理由'],
    favoursNeither: '均不倾向',
    hubRoundTrips: (p) =>
      `单一中心将设在 ${p.hubMarkdown}；其最差的估算往返时延为 ${ms(p.worstMs)}（容忍度 ${ms(p.toleranceMs)}）。`,
    roundTripColumns: ['区域', '从中心出发的估算往返时延'],
    regionalPlan: (p) => `彼此往返时延在 ${ms(p.groupMaxRttMs)}以内的区域共用一个区域管理平面：`,
    planeGroup: (p) => {
      const size = `${num(p.clusters)} 个集群${p.installations > 1 ? `，${num(p.installations)} 个安装实例` : ''}`;
      return p.othersMarkdown.length === 0
        ? `管理平面设在 ${p.planeMarkdown}，只服务本区域（${size}）`
        : `管理平面设在 ${p.planeMarkdown}，同时服务 ${p.othersMarkdown.join('、')}（共 ${size}）`;
    },
    shareLink: (p) => `在线查看推荐结果（回答已包含在链接中）：<${p.url}>`,
    footer: '由 Rancher Strategy Advisor 生成；往返时延是根据大圆距离估算的。',
  },
};
