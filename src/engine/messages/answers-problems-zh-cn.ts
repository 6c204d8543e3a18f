// The answers' problems in Chinese, for the questionnaire and the command line: the schema's own messages are English
// sentences, so each field gets its own Chinese sentence here, by kind of problem.
import {
  type AnswerRange,
  CLUSTER_KIND_COUNT_RANGE,
  CLUSTERS_RANGE,
  EXPECTED_CLUSTERS_RANGE,
  LATENCY_TOLERANCE_RANGE_MS,
  LATITUDE_RANGE,
  LONGITUDE_RANGE,
  MAX_ALLOWED_LOCATIONS,
  MAX_DECISION_TITLE_CHARS,
  MAX_JURISDICTION_ID_CHARS,
  MAX_JURISDICTIONS,
  MAX_MEASURED_LATENCIES,
  MAX_NAME_CHARS,
  MAX_NAMES_PER_ROLE,
  MAX_PERSON_NAME_CHARS,
  MAX_REGION_ID_CHARS,
  MAX_REGIONS,
  MEASURED_RTT_RANGE_MS,
  NODES_PER_CLUSTER_RANGE,
  NODES_RANGE,
  OPS_ENGINEERS_RANGE,
  PRIORITY_RANGE,
  PROVISIONED_PERCENT_RANGE,
} from '../answer-limits';
import type { FieldProblemInput } from '../field-problem';
import type { AnswersProblemDetail } from '../problem-detail';

const number = new Intl.NumberFormat('zh-CN');

const PRIORITY_PROBLEM = `优先级必须是 ${PRIORITY_RANGE.min}（无所谓）到 ${PRIORITY_RANGE.max}（必须满足）之间的整数。`;

/** "1 到 2000": a range as the sentences below say it. */
const span = ({ min, max }: AnswerRange, format: (value: number) => string = String) =>
  `${format(min)} 到 ${format(max)}`;

const decimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** A problem found across fields, with the figures the English sentence names. */
function describeDetail(detail: AnswersProblemDetail): string {
  switch (detail.kind) {
    case 'duplicate-region':
      return '该区域已在列表中：每个区域只列一次，并把集群数相加。';
    case 'custom-site-needs':
      return {
        name: '自定义站点必须填写名称（如果您想选的是云区域，请检查其 ID 的拼写）。',
        lat: '自定义站点必须填写纬度。',
        lon: '自定义站点必须填写经度。',
      }[detail.field];
    case 'nodes-below-clusters':
      return `节点数（${number.format(detail.nodes)}）不能少于集群数（${number.format(detail.clusters)}）：每个集群至少有一个节点。请调高节点数或调低集群数。`;
    case 'unknown-jurisdiction':
      return `未知的司法辖区“${detail.jurisdiction}”：请在司法辖区中声明它，或把它移除。`;
    case 'duplicate-jurisdiction':
      return `司法辖区 ID“${detail.jurisdiction}”重复：请给每个司法辖区一个不同的 ID。`;
    case 'empty-jurisdiction':
      return `没有任何区域属于司法辖区“${detail.jurisdiction}”：请把区域标记为该辖区，或把它移除。`;
    case 'unknown-hub':
      return `“${detail.regionId}”既不是答案中的区域，也不是目录中的云区域：请把中心固定到您列出的区域或某个云区域（例如 aws:eu-west-1）。`;
    case 'edge-hub':
      return `“${detail.regionId}”是边缘站点，边缘站点不能承载管理平面：请把中心固定到云区域或数据中心。`;
    case 'mainland-china-hub':
      return `“${detail.regionId}”位于中国大陆，中国大陆的管理平面只管理中国大陆的区域，而您的区域都不在那里：请把中心固定到中国大陆以外。`;
    case 'unconnected-hub':
      return `“${detail.regionId}”${detail.connectivity === 'intermittent' ? '的网络连接时断时续' : '处于隔离网络中'}，不能承载管理其他区域的中心管理平面：请把中心固定到始终连接的云区域或数据中心。`;
    case 'unknown-latency-end':
      return `“${detail.regionId}”不是答案中的区域（也不是固定的中心）：请只测量您列出的区域之间的往返时延，或先添加该区域。`;
    case 'same-latency-ends':
      return '起点和终点是同一个区域：测得的往返时延必须在两个不同区域之间。';
    case 'duplicate-latency-pair':
      return `“${detail.from}”与“${detail.to}”之间的往返时延已经测量过了：每对区域只保留一个测量值。`;
    case 'cluster-kinds-exceed':
      return `按类型列出的集群共 ${number.format(detail.counted)} 个，多于该区域的 ${number.format(detail.clusters)} 个：请调低某一类的数量或调高集群数。`;
    case 'strict-without-inside':
      return `司法辖区“${detail.jurisdiction}”允许其区域由境外管理（keepManagementInside 为 false），因此无法让其管理平面只管理境内区域：请把 keepManagementInside 设为 true，或移除 planesManageOnlyInside。`;
    case 'unknown-location':
      return `未知的位置“${detail.location}”：请用两个字母的 ISO 代码表示国家（例如“DE”或“GB”），或写目录中的区域 ID（例如“aws:eu-west-2”）或您某个区域的 ID${detail.suggestion ? `（您是想写“${detail.suggestion}”吗？）` : ''}。`;
    case 'unknown-key':
      return detail.suggestion === undefined
        ? `未知的键“${detail.key}”：请删除它或检查拼写。`
        : `未知的键“${detail.key}”：您是不是想写“${detail.suggestion}”？`;
    case 'below-fibre-floor':
      return `${decimal.format(detail.ms)} 毫秒比光在光纤中走完“${detail.from}”与“${detail.to}”之间 ${number.format(detail.distanceKm)} 公里还快（至少需要 ${decimal.format(detail.floorMs)} 毫秒）：请检查该数值或站点的位置。`;
  }
}

const PERSON_NAMES_PROBLEM = `最多 ${MAX_NAMES_PER_ROLE} 个名字，每个 1 到 ${MAX_PERSON_NAME_CHARS} 个字符。`;

/** The engine's messages are English sentences; here each field gets its own Chinese sentence, by kind of problem. */
export function describeAnswersProblemZhCN({ field, code, detail }: FieldProblemInput): string {
  if (detail !== undefined) return describeDetail(detail);
  switch (field) {
    case 'clusters':
      return `集群数必须是 ${span(CLUSTERS_RANGE)} 之间的整数。`;
    case 'lat':
      return code === 'custom' ? '自定义站点必须填写纬度。' : `纬度必须是 ${span(LATITUDE_RANGE)} 之间的数字。`;
    case 'lon':
      return code === 'custom' ? '自定义站点必须填写经度。' : `经度必须是 ${span(LONGITUDE_RANGE)} 之间的数字。`;
    case 'name':
      return code === 'custom'
        ? '自定义站点必须填写名称（如果您想选的是云区域，请检查其 ID 的拼写）。'
        : `名称必须是 1 到 ${MAX_NAME_CHARS} 个字符。`;
    case 'id':
      if (code === 'unknown_region')
        return '区域目录中没有这个区域：请检查 ID 的拼写；自定义站点的 ID 不要带云厂商前缀（如“aws:”），并填写名称、纬度和经度。';
      return code === 'custom'
        ? '该区域已在列表中：每个区域只列一次，并把集群数相加。'
        : `区域 ID 必须是 1 到 ${MAX_REGION_ID_CHARS} 个字符，例如“aws:eu-west-1”。`;
    case 'regions':
      return code === 'too_big' ? `最多只能列出 ${MAX_REGIONS} 个区域。` : '请至少列出一个区域。';
    case 'latencyToleranceMs':
      return `可接受的往返时延必须是 ${span(LATENCY_TOLERANCE_RANGE_MS)} 毫秒之间的数字。`;
    case 'opsEngineers':
      return `运维工程师人数必须是 ${span(OPS_ENGINEERS_RANGE)} 之间的数字。`;
    case 'crossRegionEnvironments':
      return '请选择“是”或“否”。';
    case 'singlePane':
    case 'multiClusterApps':
    case 'faultIsolation':
    case 'independentUpgrades':
      return PRIORITY_PROBLEM;
    case 'siteKind':
      return '站点类型必须是“云区域”、“数据中心”或“边缘站点”。';
    case 'connectivity':
      return '连接方式必须是“始终连接”、“间歇连接”或“物理隔离”。';
    case 'nodes':
      return `节点数必须是 ${span(NODES_RANGE, (value) => number.format(value))} 之间的整数。`;
    case 'jurisdiction':
      return '司法辖区必须是已声明的某个司法辖区的 ID。';
    case 'nodesPerCluster':
      return `每个集群的平均节点数必须是 ${span(NODES_PER_CLUSTER_RANGE)} 之间的数字。`;
    case 'provisionedPercent':
      return `由 Rancher 创建的集群占比必须是 ${span(PROVISIONED_PERCENT_RANGE)} 之间的数字。`;
    case 'jurisdictions':
      return `最多只能声明 ${MAX_JURISDICTIONS} 个司法辖区。`;
    case 'jurisdictions.id':
      return `司法辖区 ID 必须是 1 到 ${MAX_JURISDICTION_ID_CHARS} 个字符，例如“eu”。`;
    case 'jurisdictions.name':
      return `司法辖区名称必须是 1 到 ${MAX_NAME_CHARS} 个字符。`;
    case 'jurisdictions.keepManagementInside':
      return '“管理必须留在辖区内”只能是“是”或“否”。';
    case 'jurisdictions.planesManageOnlyInside':
      return '“辖区内的管理平面只管理辖区内的区域”只能是“是”或“否”。';
    case 'jurisdictions.allowedLocations':
      return `允许位置必须是 1 到 ${MAX_ALLOWED_LOCATIONS} 个国家代码（例如“DE”）或区域 ID（例如“aws:eu-west-1”）的列表。`;
    case 'clusterKinds':
      return '集群类型必须是一个对象，例如 {"provisioned": 4, "hosted": 2}。';
    case 'provisioned':
    case 'imported':
    case 'hosted':
      return `每类集群的数量必须是 ${span(CLUSTER_KIND_COUNT_RANGE, number.format)} 之间的整数。`;
    case 'clustersInTwoYears':
      return `两年后的集群数必须是 ${span(EXPECTED_CLUSTERS_RANGE, number.format)} 之间的整数。`;
    case 'hub':
    case 'regionId':
      return '固定的中心必须是某个区域的 ID。';
    case 'latencies':
      return `最多只能有 ${MAX_MEASURED_LATENCIES} 个测得的往返时延。`;
    case 'from':
    case 'to':
      return '请选择答案中的一个区域。';
    case 'ms':
      return `测得的往返时延必须是 ${span(MEASURED_RTT_RANGE_MS)} 毫秒之间的数字。`;
    case 'decision':
      return '决策信息必须是一个对象。';
    case 'title':
      return `标题必须是 1 到 ${MAX_DECISION_TITLE_CHARS} 个字符。`;
    case 'status':
      return '状态必须是 proposed、accepted、rejected、deprecated 或 superseded 之一。';
    case 'date':
      return code === 'custom'
        ? '日期必须是日历上存在的一天（例如 2 月没有 30 日和 31 日）。'
        : '日期必须写成 YYYY-MM-DD。';
    case 'decisionMakers':
    case 'consulted':
    case 'informed':
      return PERSON_NAMES_PROBLEM;
    case 'author':
      return `作者必须是 1 到 ${MAX_PERSON_NAME_CHARS} 个字符。`;
    default:
      return '此值无效，请检查。';
  }
}
