import type { PlaneReason } from '../plane-kinds';
import type { SourceId } from '../sources';
import { STRATEGY_NAMES, type Strategy } from '../strategy';
import { joinChinese } from './chinese-spacing';
import type { EngineMessages, InstallationSize, KindsPicture, SummaryPlane, SummaryShape } from './types';

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

const CORRIDORS = {
  'china-cross-border': '跨越中国大陆边境',
  'africa-via-europe': '非洲经欧洲中转',
  'levant-via-europe': '黎凡特地区经欧洲中转',
  'south-america-via-us': '南美经美国中转',
  uncharted: '尚无公开测量数据的地区',
} as const;

const PRIORITY_TOPICS = {
  singlePane: '一个界面管理所有区域',
  multiClusterApps: '一步将一个应用部署到多个区域',
  faultIsolation: '其他管理平面故障期间各区域仍能创建与配置集群',
  independentUpgrades: '逐个区域升级',
} as const;

/** Where a plane's three nodes go: one per availability zone in a cloud region, one location in a data centre. */
const nodePlacement = (cloud: boolean) => (cloud ? '三个节点分别位于该区域的三个可用区' : '三个节点位于同一数据中心');
const NODE_PLACEMENTS = '云区域中每个可用区一个节点，数据中心中三个节点位于同一地点';
const sizeWords = (size: InstallationSize) =>
  size === 'beyond-large' ? '超出文档规定（见下文）' : `按 Rancher 要求中的“${SERVER_SIZES[size]}”`;
const listed = (items: readonly string[]) => items.join('、');

/** How many of the clusters the Authorized Cluster Endpoint reaches during an outage, as the answers give kinds. */
function kindsClause(kinds: KindsPicture): string {
  const covered = Math.round(kinds.provisioned);
  if (kinds.provisionedPercent !== null) {
    const percent = Math.round(kinds.provisionedPercent);
    if (percent >= 100) return '我们表示所有集群都由 Rancher 创建，因此该端点覆盖每一个集群';
    if (percent <= 0) {
      return '我们表示没有集群由 Rancher 创建，因此故障期间注册的 RKE2 或 K3s 集群需要手动配置端点，其余集群只能使用云服务商自己的工具';
    }
    return `我们表示约 ${num(percent)}% 的集群由 Rancher 创建，其余集群在故障期间需要使用云服务商自己的工具或手动配置端点`;
  }
  if (covered >= kinds.total) return '我们表示所有集群都由 Rancher 创建，因此该端点覆盖每一个集群';
  return `我们表示 ${num(kinds.total)} 个集群中有 ${num(covered)} 个由 Rancher 创建、可由该端点访问；其余 ${num(kinds.total - covered)} 个在故障期间需要手动配置端点（注册的 RKE2、K3s）或使用各自的工具`;
}

const STRETCHED = 'Rancher 不支持将一个集群跨多个区域延伸部署（其原先“节点可跨区域”的优点已被撤回）';

const where = (p: { hub: string; farthest: string; worstMs: number }) =>
  p.hub === p.farthest
    ? `所有区域与位于 ${p.hub} 的中心的往返时延都在约 ${ms(p.worstMs)}以内`
    : `若中心管理平面设在 ${p.hub}，最远的区域 ${p.farthest} 的往返时延约为 ${ms(p.worstMs)}`;

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
  'rancher-browser-latency': '浏览器到上游集群的往返时延（ping 时间）：不超过 150 毫秒。',
  'rancher-scale-geography':
    '时延除其他因素外也取决于地理距离：如果需要在全球各地部署集群或节点，请考虑使用多个 Rancher 安装实例。',
  'rancher-sizing-larger': '更大规模的部署通常可以通过专门的硬件建议和调优实现，可联系 Rancher 进行定制评估。',
  'rancher-large-estate-trouble':
    '一位用户在一个安装实例上运行 1,600 个下游集群，报告界面加载需要 30 到 40 秒（摘要）。',
  'rancher-tips-running':
    '为获得最佳性能，请将三个节点都运行在同一地理位置的数据中心；如果节点运行在云上（例如 AWS），请将每个节点放在不同的可用区。（另：生产环境至少三个节点，etcd 使用 SSD，使用专用集群。）',
  'rancher-staging':
    '强烈建议为运行 Rancher 的 Kubernetes 集群准备一个“预发布”环境，其软件和硬件配置应尽可能与生产环境一致。',
  'rancher-capacity':
    'Rancher 服务器的 Kubernetes 集群应尽量在系统和硬件要求之内运行；扩展 Rancher 时，最终应以基于监控指标的容量规划为准（摘要）。',
  'rancher-ace-registered':
    'Rancher 支持为注册的 RKE2 和 K3s 集群启用授权集群端点（ACE），但需要在下游集群上执行一些手动步骤。',
  'fleet-targets': 'GitRepo 通过其目标按集群标签、集群组或集群名称选择要部署到的下游集群（摘要）。',
  'aws-china-accounts':
    '要使用中国（北京）和中国（宁夏）区域的服务，需要这些区域专用的账户和凭据；其他亚马逊云科技区域的账户和凭据在中国区域无法使用。',
  'china-icp': '在中国大陆通过域名公开提供的网站或服务，须先完成 ICP 备案，由托管它的云服务商向主管部门提交（摘要）。',
  'rancher-backup-restore':
    'rancher-backup 运维组件用于在任何 Kubernetes 集群上备份和恢复 Rancher；该章节说明如何将 Rancher 迁移到新的 Kubernetes 集群。',
  'rancher-ace':
    '授权集群端点（ACE）让用户不经 Rancher 认证代理直接连接下游集群的 Kubernetes API 服务器，用于在 Rancher 与集群相距遥远时降低时延。它适用于由 Rancher 创建或注册的 RKE2 和 K3s 集群，不适用于 EKS 等托管集群（摘要）。',
  'rancher-keeps-running-faq':
    '即使 Rancher 被删除或无法恢复，由 Rancher 管理的下游 Kubernetes 集群中的所有工作负载仍会照常运行。',
  'rancher-multi-cluster-apps-deprecated': '自 Rancher v2.5 起，多集群应用已被弃用，现推荐使用 Fleet 跨集群部署应用。',
  'fleet-pull':
    'Fleet 控制器从 Git 拉取，集群代理再从 Fleet 控制器拉取。集群代理不假定拥有“始终在线”的连接，一旦能够连接就会恢复运行。',
  'rancher-disconnected-clusters':
    '在 Rancher 2.7 中，断开的下游集群超过约 50 个时，处理程序在它们身上超时会使工作队列饱和；该问题已通过跳过断开的集群修复（拉取请求 43582，并移植到 2.8 的 43570 和 2.9 的 44924）。每个重新连接的代理仍会给服务器带来工作量，且集群代理随服务器一起升级（摘要）。',
  'rancher-air-gap':
    '离线环境可能是 Rancher 服务器离线安装、位于防火墙或代理之后的环境；镜像来自私有镜像仓库（摘要）。',
} as const satisfies Record<SourceId, string>;

/** The label a quote from Rancher's strategy page carries, read from its id (`hub-pro-...`). */
function quoteLabel(id: string): string {
  const match = /^(hub|regional)-(pro|con)-(?!.*-withdrawn$)/.exec(id);
  if (!match) return '';
  return `${match[1] === 'hub' ? NAMES['hub-and-spoke'] : NAMES.regional}的${match[2] === 'pro' ? '优点' : '缺点'}：`;
}

/** Marks a quote as this project's translation, not Rancher's own words. */
const TRANSLATION_MARK = '（译文）';

const WHY_WORDS = { geography: '地理区域', jurisdiction: '司法管辖区', 'air-gap': '隔离网络' } as const;

/** Why a plane exists: "负责 European Union，其管理须留在境内". */
const PLANE_WHY: Readonly<Record<PlaneReason, (serves: string | null) => string>> = {
  jurisdiction: (serves) => `负责${spaced(serves ?? '其司法管辖区')}，其管理须留在境内`,
  'mainland-china': (serves) => `负责${spaced(serves ?? '中国大陆')}，其管理须留在境内`,
  'air-gap': () => '位于其隔离网络内',
  geography: (serves) => (serves ? `负责${spaced(serves)}` : ''),
  central: () => '负责所有区域',
  rest: (serves) => `负责${spaced(serves ?? '其余区域')}`,
};

/** Planes the summary names one by one; the rest are counted (as in English). */
const SUMMARY_MAX_PLANES = 5;
/** One plane in the summary: "法兰克福负责欧盟"、"Secure lab 位于其隔离网络内". */
function summaryPlane(plane: SummaryPlane): string {
  const side = plane.installations > 1 ? `（${num(plane.installations)} 个安装实例并列）` : '';
  if (plane.reason === 'air-gap') return joinChinese(plane.place, '位于其隔离网络内', side);
  if (plane.serves) return joinChinese(plane.place, '负责', plane.serves, side);
  if (plane.reason === 'rest') return joinChinese(plane.place, '负责其余区域', side);
  if (plane.others.length > 0) return joinChinese(plane.place, '，同时负责', plane.others.join('、'), side);
  return joinChinese(plane.place, side);
}

function summaryShape(shape: SummaryShape): string {
  const planes = shape.planes;
  const first = planes[0];
  if (planes.length === 1 && first) {
    const side = first.installations > 1 ? `，以 ${num(first.installations)} 个安装实例并列运行` : '';
    return shape.strategy === 'regional'
      ? joinChinese('建议在', first.place, '运行一个管理平面', side, '：您的区域同属一个地理区域')
      : joinChinese('建议在', first.place, '运行一个中心管理平面', side);
  }
  const jurisdictions = planes.some((plane) => plane.reason === 'jurisdiction' || plane.reason === 'mainland-china');
  const airGaps = planes.some((plane) => plane.reason === 'air-gap');
  const why = [
    ...(shape.strategy === 'regional' ? ['地理区域'] : []),
    ...(jurisdictions ? ['司法管辖区'] : []),
    ...(airGaps ? ['隔离网络'] : []),
  ];
  const named = planes.slice(0, SUMMARY_MAX_PLANES).map(summaryPlane);
  const more = planes.length - named.length;
  const kind = shape.strategy === 'regional' ? '个区域管理平面' : '个中心管理平面';
  const per = why.length > 0 ? `，每个${why.join('或')}一个` : '';
  return `建议运行 ${num(planes.length)} ${kind}${per}：${named.join('；')}${more > 0 ? `；另有 ${num(more)} 个` : ''}`;
}

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
    'same-planes': {
      title: '按区域部署也只是同样的管理平面',
      differs: (p) =>
        `按我们的回答以最佳方式布局时，按区域部署意味着 ${num(p.regionalPlanes)} 个管理平面（${listed(p.planes.map((plane) => `${plane.plane} ${joinChinese('负责', plane.area)}`))}），而中心辐射只需 ${num(p.hubPlanes)} 个中心。`,
      same: (p) =>
        p.regions === 1
          ? '我们只运行一个区域，因此“按区域部署”与中心辐射运行的是同一个管理平面：改称按区域部署并无收益。'
          : `每个区域到${p.planes === 1 ? '中心' : '其所属中心'}的往返时延都在 ${ms(p.worstMs)}以内，足够近：按我们的回答以最佳方式布局时，按区域部署不会多出任何管理平面，与中心辐射运行的是同样的 ${num(p.planes)} 个管理平面，改称按区域部署并无收益。`,
    },
    'single-pane': {
      title: '一个界面管理所有区域',
      sameInstallations: '两种策略在这里运行同样的安装实例，因此哪一种都不会让我们在一处看到更多内容。',
      doesNotMatter: '我们表示单一界面并不重要，因此按区域部署下彼此独立的多个视图不会带来额外代价。',
      favorsHub: (p) =>
        `中心辐射模式在 ${num(p.hubPlanes)} 个界面中展示全部 ${num(p.totalClusters)} 个集群；按区域部署模式则把它们分散到 ${num(p.regionalPlanes)} 个界面中。`,
    },
    'multi-cluster-apps': {
      title: '将一个应用部署到多个区域',
      sameInstallations: '两种策略运行同样的安装实例，因此应用的发布方式相同。',
      doesNotMatter: '我们表示一步将应用部署到多个区域并不重要，因此在每个安装实例上重复配置代价不大。',
      favorsHub: (p) =>
        `Rancher 旧版的多集群应用已被弃用；使用 Fleet 时，${num(p.regionalPlanes)} 个安装实例都可以跟随同样的 Git 仓库，但每个实例仍需各自维护 GitRepo 资源、集群组和密钥，而一个中心只需维护一次。`,
    },
    'cross-region-environments': {
      title: '跨区域的环境',
      noneSpan: `${STRETCHED}；我们表示没有跨区域的环境，因此这一点对两种策略都没有影响。`,
      sameInstallations: `${STRETCHED}；两种策略都会把各环境的集群置于相同的安装实例之下，因此这一点不计入权重。`,
      favorsHub: (p) =>
        `${STRETCHED}，但由多个区域中彼此独立的集群组成的环境，只有通过一个中心管理平面才能作为一个整体来运维；按区域部署模式会把它拆分到 ${num(p.regionalPlanes)} 个安装实例中。`,
    },
    latency: {
      title: '中心管理平面到各集群的往返时延',
      sameForBoth: (p) =>
        `两种策略下的往返时延相同，因为服务各区域的是同样的管理平面：${where(p)}${p.beyondClusters > 0 ? `，其中 ${num(p.beyondClusters)} 个集群超出了我们 ${ms(p.toleranceMs)}的容忍度` : ''}。`,
      noConcern: (p) => `时延不成问题：${where(p)}，远在我们 ${ms(p.toleranceMs)}的容忍度之内。`,
      favorsRegional: (p) =>
        p.beyondClusters > 0
          ? `中心辐射模式受网络时延影响：${where(p)}；我们 ${num(p.totalClusters)} 个集群中有 ${num(p.beyondClusters)} 个（${num(Math.round((100 * p.beyondClusters) / p.totalClusters))}%）与中心的往返时延超出了 ${ms(p.toleranceMs)}的容忍度，而改为按区域部署后只有 ${num(p.regionalBeyondClusters)} 个。`
          : `中心辐射模式受网络时延影响：${where(p)}，虽在我们 ${ms(p.toleranceMs)}的容忍度之内，但已超过其一半，按区域部署的管理平面能留出更多余量。`,
    },
    'browser-latency': {
      title: 'Rancher 对浏览器访问时延的建议',
      withinGuidance: (p) =>
        `在我们任一区域附近工作的人员访问中心 Rancher 时，往返时延都在 Rancher 建议的浏览器访问上限 ${ms(p.guidanceMs)}之内（最多约 ${ms(p.worstMs)}）。`,
      beyondGuidance: (p) =>
        `在 ${p.farthest} 附近工作的人员访问中心 Rancher 时，往返时延约为 ${ms(p.worstMs)}，超出了 Rancher 建议的浏览器访问上限 ${ms(p.guidanceMs)}（${num(p.totalClusters)} 个集群中有 ${num(p.beyondClusters)} 个位于这样远的地方）；按区域部署的管理平面能让界面离他们更近。`,
    },
    'fault-isolation': {
      title: '一个管理平面故障时，其他区域照常工作',
      sameForBoth: (p) =>
        `两种策略运行同样的管理平面，因此一次故障在两种策略下都会使最多 ${num(p.hubLoss)} 个集群的创建与配置停止；集群上的工作负载照常运行。`,
      doesNotMatter: '我们表示其他管理平面故障期间各区域能否继续创建与配置集群并不重要，因此这一点不计入权重。',
      favorsRegional: (p) =>
        `中心站点一旦故障，${p.hubLoss === p.totalClusters ? '全部 ' : ''}${num(p.hubLoss)} 个集群的创建与配置都会停止（工作负载照常运行）；采用按区域部署时，最大的管理平面故障只会影响 ${num(p.regionalLoss)} 个集群。${
          p.standbyCoversMost
            ? `我们的集群与中心的平均往返时延约为 ${ms(p.meanRttMs)}，因此在第二个区域用 rancher-backup 恢复的温备份能覆盖其中大部分风险。`
            : `我们的集群与中心的平均往返时延约为 ${ms(p.meanRttMs)}，温备份能应对站点故障，却无法应对让中心与远方区域失联的长途网络问题。`
        }`,
    },
    'independent-upgrades': {
      title: '逐个区域升级 Rancher',
      oneInstallation: '两种策略运行同样的管理平面，因此 Rancher 的每次升级都会同时作用于同样的集群。',
      doesNotMatter: '我们表示各区域按自己的节奏升级并不重要，因此所有区域统一升级也可以接受。',
      favorsRegional: (p) =>
        `按区域部署让我们可以在 ${num(p.places)} 处按各自的节奏升级 Rancher，每个新版本先在最小的管理平面上试用；中心辐射模式下，中心的升级会同时作用于所有区域（下游集群在两种策略下都是逐个升级）。`,
    },
    'operating-load': {
      title: '运维多个安装实例',
      sameInstallations: '两种策略在这里运行同样的安装实例，因此哪一种都不会增加运维工作。',
      favorsHub: (p) =>
        `按区域部署意味着要升级、备份和监控 ${num(p.regionalInstallations)} 个安装实例（共 ${num(p.regionalNodes)} 个管理节点，均为三节点高可用），比只运行中心多出约 ${num(p.extraEngineers)} 名工程师的日常工作量，而我们的团队共有 ${num(p.opsEngineers)} 人。`,
    },
    'scale-ceiling': {
      title: '单个 Rancher 安装实例的文档规模',
      withinDocumented: (p) =>
        `最大的管理平面管理 ${num(p.hubClusters)} 个集群，在 Rancher 文档规定的规格之内（${SERVER_SIZES[p.hubSize]}规格的服务器）。`,
      beyondForBoth: (p) =>
        `同一站点的 ${num(p.hubClusters)} 个集群在两种策略下都超出了 Rancher 文档规定的规格：可以在该处并排运行多个安装实例，或按 SUSE 的规格指导并经过调优运行一个实例。`,
      favorsRegional: (p) =>
        `由一个中心管理 ${num(p.hubClusters)} 个集群超出了 Rancher 文档规定的规格（500 个集群或 5,000 个节点；更大规模需经调优）；按区域部署时最大的管理平面管理 ${num(p.regionalClusters)} 个集群${p.regionalSize === 'beyond-large' ? '，仍超出规格' : `（${SERVER_SIZES[p.regionalSize]}规格的服务器）`}。`,
    },
    'hard-constraints': {
      title: '硬性约束：司法辖区与隔离网络',
      mainlandChina: '中国大陆',
      explanation: (p) => {
        const parts = [
          ...(p.inside.length > 0
            ? [
                `${joinChinese(listed(p.inside), '的区域只能由其境内的管理平面管理')}${p.separate.length > 0 ? `，${joinChinese('因此', listed(p.separate), '各有自己的管理平面')}` : ''}`,
              ]
            : []),
          ...(p.airGapped.length > 0 ? [`${listed(p.airGapped)} 处于隔离网络中，需要在隔离网络内部署管理平面`] : []),
        ];
        return `Rancher 保存每个集群的凭据，并代理 kubectl、exec 和日志访问，因此${parts.join('；')}。两种策略都保留这些管理平面（至少 ${num(p.hubPlanes)} 个中心），评分只衡量其余部分。`;
      },
    },
    'workloads-keep-running': {
      title: '没有管理平面时集群照常运行',
      explanation: (p) =>
        `无论采用哪种策略，管理平面不可达时下游 Kubernetes 都会照常运行其工作负载；故障只会停止通过 Rancher 进行的创建、配置与管理。在此期间，若已启用授权集群端点（ACE），仍可直接访问 RKE2 和 K3s 集群；托管的 EKS、AKS 或 GKE 集群则使用云服务商自己的凭据访问${p.kinds === null ? '' : `（${kindsClause(p.kinds)}）`}。`,
    },
  },

  plan: {
    measureUncertain: (p) =>
      `我们到 ${listed(p.regions)} 的往返时延是估算值，所经线路（${p.corridors.map((corridor) => CORRIDORS[corridor]).join('、')}）因网络而差异很大：请实测（在站点之间 ping，或查看云服务商的时延面板），并在“约束”中的实测往返时延里填写。`,
    haHub: (p) => {
      const [only] = p.planes;
      if (p.planes.length === 1 && only) {
        return `将位于 ${only.plane} 的中心部署为专供 Rancher 使用的三节点高可用 Kubernetes 集群，${nodePlacement(only.cloud)}，etcd 使用 SSD，规格${sizeWords(only.size)}。`;
      }
      return `将每个中心部署为专供 Rancher 使用的三节点高可用 Kubernetes 集群（${NODE_PLACEMENTS}），etcd 使用 SSD：${p.planes.map((plane) => `${plane.plane} ${joinChinese('负责', plane.area)}，规格${sizeWords(plane.size)}`).join('；')}。`;
    },
    regionalPlanes: (p) =>
      `运行 ${num(p.planes.length)} 个管理平面：${p.planes.map((plane) => `${plane.plane} ${joinChinese('负责', plane.area)}（规格${sizeWords(plane.size)}）`).join('；')}；每个都是专供 Rancher 使用的三节点高可用 Kubernetes 集群（${NODE_PLACEMENTS}），etcd 使用 SSD。`,
    warmStandby: (p) => {
      const [only] = p.standbys;
      const inside = (within: string | null) => (within ? `（${joinChinese('位于', within, '境内')}）` : '');
      if (p.standbys.length === 1 && only) {
        return `为 ${only.plane} 在 ${only.standby} 保留一个温备份：用 rancher-backup 将 Rancher 备份到 ${only.standby} 的对象存储${inside(only.within)}，并演练以相同的服务器 URL 将其恢复到那里的备用集群，这样失去 ${only.plane} 只需数小时即可恢复，而不必重建。`;
      }
      return `为每个管理平面保留一个温备份：${p.standbys.map((standby) => `${standby.plane} 的位于 ${standby.standby}${inside(standby.within)}`).join('；')}。用 rancher-backup 将每个平面备份到其温备份所在区域的对象存储，并在那里演练以相同的服务器 URL 恢复，这样失去某个平面所在的区域只需数小时即可恢复，而不必重建。`;
    },
    backupsInside: (p) =>
      p.planes
        .map((plane) =>
          plane.airGapped
            ? `${plane.plane} 的隔离网络内没有第二个站点：用 rancher-backup 将其管理平面备份到隔离网络内的存储（另一个机柜，或留在现场的存储介质），并演练据此重建管理平面。`
            : plane.within
              ? `${joinChinese(plane.within, '境内没有可供')} ${plane.plane} 使用的第二个站点：用 rancher-backup ${joinChinese('备份到', plane.within, '境内的对象存储')}，并演练恢复到重建的集群上；若在境内增加第二个站点，即可保留温备份。`
              : `在我们的容忍度之内，没有第二个区域可以为 ${plane.plane} 保留温备份：用 rancher-backup 备份到另一个区域的对象存储，并演练恢复到重建的集群上。`,
        )
        .join(''),
    jurisdictionHubs: (p) =>
      `让管理留在各司法辖区之内：${p.jurisdictions.map((jurisdiction) => `${joinChinese(jurisdiction.name, '的区域由')} ${listed(jurisdiction.planes)} 管理`).join('；')}。Rancher 保存这些集群的凭据并代理 kubectl，因此用户、审计日志和这些流量都留在辖区之内。`,
    pinnedOutsideJurisdiction: (p) =>
      `我们将中心固定在 ${p.pinned}，${joinChinese('它位于', listed(p.jurisdictions), '之外')}，而这些辖区的区域必须由境内管理：因此中心改为运行在 ${p.hub}。请把固定位置移到辖区之内；如果 ${p.pinned} 其实是允许的，请把它加入该辖区的允许位置。`,
    jurisdictionNeedsSite: (p) =>
      `${joinChinese(p.jurisdiction, '境内没有已知的地点可以承载其管理平面')}（其区域都是边缘站点或连接不稳定，且其允许位置中没有目录中的云区域）：${joinChinese('请在', p.jurisdiction, '境内的数据中心或云区域运行其管理平面')}，并把它写入该辖区的允许位置。`,
    airGapPlanes: (p) =>
      `在 ${listed(p.sites)} 的隔离网络内部署管理平面，从私有镜像仓库安装（Rancher 的离线安装方式）；隔离网络外的管理平面无法访问它。`,
    beyondDocumented: (p) =>
      `位于 ${p.plane} 的管理平面管理 ${num(p.clusters)} 个集群和 ${num(p.nodes)} 个节点${p.clustersInTwoYears === null ? '' : `（两年后约 ${num(p.clustersInTwoYears)} 个集群）`}，超出了 Rancher 文档中的最大规格（500 个集群、5,000 个节点）：可以在该处并排运行 ${num(p.installations)} 个安装实例，或按 SUSE 的硬件指导并经过调优运行一个超出文档规格的实例。`,
    headroom: (p) => {
      const growth =
        p.clustersInTwoYears === null
          ? ''
          : `我们预计两年后有 ${num(p.clustersInTwoYears)} 个集群，因此每个管理平面都按其所占份额来规划规格。`;
      const planes = p.planes.map((plane) =>
        plane.plannedSize === 'beyond-large'
          ? `位于 ${plane.plane} 的管理平面将管理 ${num(plane.clusters)} 个集群和 ${num(plane.nodes)} 个节点，达到文档中最大的“大型”规格的 ${num(plane.percent)}%：请在它超过 500 个集群或 5,000 个节点之前规划拆分（第二个安装实例，或一个区域管理平面）。`
          : `位于 ${plane.plane} 的管理平面将管理 ${num(plane.clusters)} 个集群和 ${num(plane.nodes)} 个节点，达到 Rancher“${SERVER_SIZES[plane.size]}”规格的 ${num(plane.percent)}%：请按“${SERVER_SIZES[plane.plannedSize]}”规格安装，为增长留出余量。`,
      );
      return `${growth}${planes.join('')}${planes.length === 0 ? '每个管理平面都在其文档规格的 80% 以内。' : ''}`;
    },
    understaffed: (p) =>
      `${num(p.installations)} 个安装实例对应 ${num(p.engineers)} 名工程师：它们的日常工作（每年数次升级、经过测试的恢复、证书、监控）约需 ${num(p.neededEngineers)} 名工程师的时间，超过团队的一半${p.engineers < 2 ? '，而且有人缺席时无人顶替' : ''}。请增加人手、把日常工作自动化（从 Git 升级、定期恢复到预发布 Rancher），或减少安装实例。`,
    authorizedEndpoint: (p) => {
      const where = `${listed(p.regions)} 的 ${num(p.clusters)} 个集群与管理平面的往返时延最高约 ${ms(p.worstMs)}，超出了我们 ${ms(p.toleranceMs)}的容忍度`;
      const k = p.kinds;
      if (k === null) {
        return `${where}：请启用授权集群端点（ACE），让 kubectl 直接访问各集群。ACE 适用于由 Rancher 创建的 RKE2 和 K3s 集群（RKE2 上默认关闭），并可通过手动步骤用于注册的 RKE2 和 K3s 集群；托管的 EKS、AKS 或 GKE 集群则改用云服务商自己的 kubeconfig 访问。`;
      }
      if (k.provisionedPercent !== null) {
        const percent = Math.round(k.provisionedPercent);
        if (percent >= 100) {
          return `${where}：请为它们启用授权集群端点（ACE），让 kubectl 直接访问各集群（我们表示 100% 的集群由 Rancher 创建；RKE2 上默认关闭）。`;
        }
        if (percent <= 0) {
          return `${where}，而我们表示 0% 的集群由 Rancher 创建：注册的 RKE2 和 K3s 集群需通过手动步骤启用授权集群端点（ACE），其余集群使用各自的 kubeconfig 访问。`;
        }
        return `${where}：请为其中由 Rancher 创建的集群启用授权集群端点（ACE，我们表示约 ${num(percent)}% 的集群由 Rancher 创建；RKE2 上默认关闭）；其余导入或托管的集群需要 ACE 的手动步骤（注册的 RKE2、K3s）或各自的 kubeconfig。`;
      }
      const count = (value: number) => Math.round(value);
      if (count(k.provisioned) >= p.clusters) {
        return `${where}：请为它们启用授权集群端点（ACE，均由 Rancher 创建；RKE2 上默认关闭），让 kubectl 直接访问各集群。`;
      }
      const parts = [
        ...(count(k.provisioned) > 0
          ? [`为其中 ${num(count(k.provisioned))} 个由 Rancher 创建的集群启用授权集群端点（ACE，RKE2 上默认关闭）`]
          : []),
        ...(count(k.imported) > 0
          ? [
              `${num(count(k.imported))} 个导入的集群只有在运行 RKE2 或 K3s 时才能通过 ACE 的手动步骤启用（其余使用各自的 kubeconfig）`,
            ]
          : []),
        ...(count(k.hosted) > 0
          ? [`${num(count(k.hosted))} 个托管集群（EKS、AKS、GKE）使用云服务商自己的 kubeconfig 访问`]
          : []),
        ...(count(k.notProvisioned) > 0
          ? [
              `其余 ${num(count(k.notProvisioned))} 个导入或托管的集群需要 ACE 的手动步骤（注册的 RKE2、K3s）或各自的 kubeconfig`,
            ]
          : []),
        ...(count(k.unknown) > 0
          ? [`另有 ${num(count(k.unknown))} 个未说明类型的集群：若由 Rancher 创建则用 ACE，否则用各自的 kubeconfig`]
          : []),
      ];
      return `${where}：${parts.join('；')}。`;
    },
    hostedKubeconfig: (p) =>
      `${listed(p.regions)} 的 ${num(p.clusters)} 个集群与管理平面的往返时延最高约 ${ms(p.worstMs)}，超出了我们 ${ms(p.toleranceMs)}的容忍度，而且都是托管集群（EKS、AKS、GKE）：它们不支持授权集群端点，因此人员使用云服务商自己的 kubeconfig 访问，Rancher 则继续远程管理它们。`,
    pinnedHub: (p) => {
      const sentences: string[] = [];
      if (p.best !== null) {
        sentences.push(
          `我们将中心固定在 ${p.pinned}：按集群数加权，它到所管理集群的平均往返时延为 ${ms(p.meanMs)}（最差 ${ms(p.worstMs)}），而设在 ${p.best}（原本的最佳位置）时为 ${ms(p.bestMeanMs)}（最差 ${ms(p.bestWorstMs)}）。`,
        );
        const costs = p.costs.map((cost) => `${cost.region} 的 ${num(cost.clusters)} 个集群增加 ${ms(cost.addedMs)}`);
        if (p.more) {
          costs.push(
            `另外 ${num(p.more.regions)} 个区域的 ${num(p.more.clusters)} 个集群最多增加 ${ms(p.more.upToMs)}`,
          );
        }
        if (costs.length > 0) sentences.push(`与最佳位置相比，固定位置使每次往返时延：${listed(costs)}。`);
      }
      if (p.outside.length > 0) {
        const lead = p.best === null ? `我们将中心固定在 ${p.pinned}，它` : '它';
        const managed = p.outside.map((outside) =>
          joinChinese(outside.jurisdiction, '的区域由境内的', listed(outside.planes), '管理'),
        );
        sentences.push(
          `${joinChinese(lead, '位于', listed(p.outside.map((outside) => outside.jurisdiction)), '之外')}，${joinChinese('因此', managed.join('，'))}，固定的中心管理其余区域。`,
        );
      }
      return sentences.join('');
    },
    siteToChoose: (p) => joinChinese(p.near, '附近的数据中心'),
    planeOutsideAnswers: (p) =>
      `${listed(p.regions)} 都不能承载管理平面（边缘站点或连接不稳定）：请在允许的最近云区域 ${p.plane}，或其附近我们自己的数据中心运行它。`,
    intermittent: (p) =>
      `${listed(p.sites)} 的网络连接时断时续（共 ${num(p.clusters)} 个集群）：使用 Fleet 向它们部署，其代理以拉取方式工作，重新连接后即可恢复。每个重新连接的代理都会给 Rancher 服务器带来工作量，且代理随服务器一起升级，因此请错开升级时间，并移除已永久下线的集群（Rancher 2.7 在约 50 个集群断开时曾使工作队列饱和，已在 rancher/rancher 拉取请求 43582 中修复）。`,
    fleetHub: (p) =>
      `使用 Fleet 从${p.hubs === 1 ? '中心' : '每个中心'}向 ${num(p.regions)} 个区域部署应用，而不是已弃用的多集群应用：每个仓库${p.hubs === 1 ? '' : '在每个中心上'}一个 GitRepo，用目标按标签或集群组选择集群，这样一次提交即可到达所有区域。`,
    fleetSharedGit: (p) =>
      `使用 Fleet 而非已弃用的多集群应用来部署应用：为 ${num(p.planes)} 个安装实例分别创建指向同样仓库的 GitRepo，并用目标按标签选择各区域的集群，这样一次提交即可到达所有区域。`,
    stagingRancher: (p) => {
      const hub = p.strategy === 'hub-and-spoke';
      if (!hub && p.planes > 1) {
        return `运行一个与各管理平面一致的预发布 Rancher（相同的版本和配置，外加几个测试集群），这正是 Rancher 最佳实践文档强烈建议的做法，并在升级第一个管理平面之前先在其上演练每次升级和恢复。`;
      }
      const mirrored = p.planes > 1 ? '各中心' : hub ? '中心' : '管理平面';
      const safely = p.planes > 1 ? '各中心也可以这样安全地升级' : '单个安装实例也可以这样安全地升级';
      return `运行一个与${mirrored}一致的预发布 Rancher（相同的版本和配置，外加几个测试集群），这正是 Rancher 最佳实践文档强烈建议的做法，并先在其上演练每次升级和恢复${p.mustHave ? `：既然按自己的节奏升级是必须满足的要求，${safely}` : ''}。`;
    },
    stagedUpgrades: (p) => `先在最小的管理平面（${p.first}）上升级 Rancher，待新版本运行一段时间后再升级其他管理平面。`,
    crossBorder: (p) =>
      `${listed(p.regions)} 位于中国大陆，却由境外的管理平面管理：跨境链路受到过滤、丢包严重且受监管，除非已经核实，否则请在中国大陆境内保留一个管理平面。`,
    chinaOperations: (p) =>
      `对于位于中国大陆境内 ${listed(p.planes)} 的管理平面：其云上资源使用中国区的账户运行（亚马逊云科技中国区的北京、宁夏区域，由世纪互联运营的 Azure，以及阿里云的中国区域都需要各自专用的账户和凭据，全球账户在那里无法使用）；从中国大陆境内可访问的镜像仓库拉取 Rancher 和集群的镜像（将 Rancher 的 system-default-registry 指向它）；并在 Rancher 界面通过公开域名提供访问之前完成 ICP 备案。`,
  },

  areas: {
    zones: {
      'north-america': '北美',
      'south-america': '南美',
      europe: '欧洲',
      'north-africa': '北非',
      'middle-east': '中东',
      africa: '非洲',
      'south-asia': '南亚',
      'southeast-asia': '东南亚',
      'east-asia': '东亚',
      'mainland-china': '中国大陆',
      oceania: '大洋洲',
    },
    macros: { americas: '美洲', emea: '欧洲、中东和非洲', apac: '亚太地区' },
    part: (p) => {
      if (p.zone === 'north-america' && p.part === 'west') return '北美西海岸';
      return `${p.area}${{ north: '北部', south: '南部', east: '东部', west: '西部', central: '中部' }[p.part]}`;
    },
    rest: '其余所有区域',
    estate: '所有区域',
    jurisdiction: (name) => name,
  },

  factorClauses: {
    'same-planes': '两种策略下都由同样的管理平面服务所有区域',
    'hard-constraints': '司法辖区与隔离网络的硬性约束',
    'single-pane': '一个界面即可管理所有区域',
    'multi-cluster-apps': '一步即可将应用部署到多个区域',
    'cross-region-environments': '能把跨区域的环境作为一个整体来运维',
    latency: '中心管理平面到各集群的往返时延过长',
    'browser-latency': '用户浏览器到中心 Rancher 的往返时延过长',
    'fault-isolation': '一个管理平面故障时，其他区域仍保有自己的管理平面',
    'independent-upgrades': '可以逐个区域升级',
    'operating-load': '运维多个安装实例的工作量',
    'scale-ceiling': '同一站点的集群数超出了 Rancher 文档中一个安装实例的规格',
    'workloads-keep-running': '集群在没有管理平面时仍照常运行',
  },

  summary: (p) => {
    const degree = { strong: '明显更', moderate: '更', 'close-call': '略微更' }[p.confidence];
    const why = p.reasons.length > 0 ? `，主要是因为${joined(p.reasons)}` : '';
    const against = p.counter ? `对${FULL_NAMES[p.loser]}最有利的一点是${p.counter}。` : '';
    return `${FULL_NAMES[p.winner]}${degree}符合您的回答（${num(p.winnerScore)} 比 ${num(p.loserScore)}）${why}。${summaryShape(p.shape)}。${against}`;
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
    title: (p) => {
      const per = p.why.length > 0 ? `（每个${p.why.map((kind) => WHY_WORDS[kind]).join('或')}一个）` : '';
      if (p.strategy === 'regional') {
        return p.planes === 1
          ? `为 ${num(p.regions)} 个区域运行一个 Rancher 管理平面：${FULL_NAMES.regional}`
          : `为 ${num(p.regions)} 个区域运行 ${num(p.planes)} 个区域 Rancher 管理平面${per}：${FULL_NAMES.regional}`;
      }
      return p.planes === 1
        ? `为 ${num(p.regions)} 个区域运行一个中心 Rancher 管理平面：${FULL_NAMES['hub-and-spoke']}`
        : `为 ${num(p.regions)} 个区域运行 ${num(p.planes)} 个中心 Rancher 管理平面${per}：${FULL_NAMES['hub-and-spoke']}`;
    },
    // MADR's own section names stay in English before the Chinese, so readers and tools that know MADR find them.
    headings: {
      context: 'Context and Problem Statement / 背景与问题',
      drivers: 'Decision Drivers / 决策驱动因素',
      options: 'Considered Options / 备选方案',
      outcome: 'Decision Outcome / 决策结果',
      consequences: 'Consequences / 影响',
      confirmation: 'Confirmation / 确认方式',
      plan: 'How we run it / 实施方式',
      prosAndCons: 'Pros and Cons of the Options / 各方案的优缺点',
      moreInformation: 'More Information / 更多信息',
      weightedCriteria: '加权评估标准',
      hubRoundTrips: '中心辐射：管理平面与往返时延',
      regionalPlan: '按区域部署：管理平面与往返时延',
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
    confirmation: (p) => {
      const target =
        p.chosen === 'regional'
          ? '规划中的各区域管理平面到其集群'
          : p.planes === 1
            ? '中心到最远区域'
            : '各中心到其最远区域';
      const figures =
        p.figures === 'measured'
          ? '下文数字均为我们的实测值，上线前在规划的管理平面上复测'
          : p.figures === 'mixed'
            ? '下文数字除标明实测的以外，均按常见网络线路估算'
            : '下文数字均按常见网络线路估算';
      return `上线前我们将确认：实测${target}的真实往返时延（${figures}），对照 Rancher 文档中的规格上限评估每个安装实例的规模，并检查浏览器访问 Rancher 的往返时延在 ${ms(p.guidanceMs)}以内。`;
    },
    reEvaluate: '如果以下任一情况发生变化，我们将重新评估此决策：',
    noTriggers: '任何一项回答在其取值范围内变化都不会改变此决策；增加或移除区域时我们将重新评估。',
    optionFootprint: {
      'hub-and-spoke': (p) =>
        p.planesMarkdown.length > 1
          ? `${num(p.installations)} 个安装实例，共 ${num(p.managementNodes)} 个管理节点：${p.planesMarkdown.join('；')}。`
          : `在 ${p.hubMarkdown} 部署一个中心${p.installations > 1 ? `（超出 Rancher 文档规格，${num(p.installations)} 个安装实例并列运行）` : ''}，共 ${num(p.managementNodes)} 个管理节点。`,
      regional: (p) => `${num(p.installations)} 个安装实例，共 ${num(p.managementNodes)} 个管理节点。`,
    },
    criteriaColumns: ['评估标准', '权重', '倾向', '理由'],
    favoursNeither: '均不倾向',
    hubRoundTrips: (p) =>
      p.planes === 1
        ? `中心将设在 ${p.hubMarkdown}；其最差的往返时延为 ${ms(p.worstMs)}（容忍度 ${ms(p.toleranceMs)}）。`
        : `硬性约束使中心辐射模式需要 ${num(p.planes)} 个中心；每个区域由其所属的中心管理，最差的往返时延为 ${ms(p.worstMs)}（容忍度 ${ms(p.toleranceMs)}）。`,
    roundTripColumns: ['区域', '管理平面', '往返时延', '来源'],
    roundTripBasis: {
      'own-site': '管理平面所在地（估算）',
      measured: '实测',
      estimated: '按常见线路估算',
      uncertain: '估算（线路不确定，请实测）',
    },
    regionalPlan: (p) =>
      `按区域部署按架构师针对我们的回答的画法布局（每个洲级区域一个管理平面，或由中心管理其可达范围内的区域、范围之外的区域各设一个；只有当时延容忍度或 Rancher 的规格要求时，才按约 ${ms(p.groupMaxRttMs)}的地理区域设置管理平面）：`,
    planeLine: (p) => {
      const size = `${num(p.clusters)} 个集群${p.installations > 1 ? `，${num(p.installations)} 个安装实例并列运行` : ''}`;
      const why = PLANE_WHY[p.reason](p.servesMarkdown);
      const serving = p.othersMarkdown.length === 0 ? '只服务本区域' : `同时服务${spaced(p.othersMarkdown.join('、'))}`;
      const standby = p.standbyMarkdown ? `，热备位于${spaced(p.standbyMarkdown)}` : '';
      return `管理平面设在${spaced(p.planeMarkdown)}${why ? `，${why}` : ''}，${serving}${standby}（${p.othersMarkdown.length > 0 ? '共 ' : ''}${size}）`;
    },
    author: (p) => `${joinChinese('此版本的回答由', p.authorMarkdown, '提供')}。`,
    shareLink: (p) => `在线查看推荐结果（回答已包含在链接中）：<${p.url}>`,
    footer: (p) =>
      `由 Rancher Strategy Advisor 生成；${
        p.figures === 'measured'
          ? '站点之间的往返时延均为我们的实测值。'
          : p.figures === 'mixed'
            ? '往返时延标明实测的为我们的实测值，其余按站点之间的常见网络线路估算。'
            : '往返时延按站点之间的常见网络线路估算，并非实测值。'
      }`,
    versionsCompared: {
      heading: '比较过的版本',
      intro: (p) => `我们并排比较了这项决策的 ${num(p.count)} 个回答版本：`,
      columns: ['版本', '推荐策略', '中心辐射得分', '按区域部署得分', '链接'],
      openLink: (p) => `[打开](<${p.url}>)`,
    },
  },
};
