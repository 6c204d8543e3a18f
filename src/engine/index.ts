/** The engine's public API: pure functions from an answers document to a recommendation. */

export { jurisdictionOf, siteKindOf } from './answer-defaults';
export {
  type AnswerRange,
  CLUSTER_KIND_COUNT_RANGE,
  CLUSTERS_RANGE,
  CONNECTIVITY_KINDS,
  type Connectivity,
  DECISION_STATUSES,
  DEFAULT_LATENCY_TOLERANCE_MS,
  DEFAULT_NODES_PER_CLUSTER,
  DEFAULT_OPS_ENGINEERS,
  DEFAULT_PRIORITY,
  type DecisionStatus,
  EXPECTED_CLUSTERS_RANGE,
  LATENCY_TOLERANCE_RANGE_MS,
  LATITUDE_RANGE,
  LONGITUDE_RANGE,
  MAINLAND_CHINA_JURISDICTION_ID,
  MAX_ALLOWED_LOCATIONS,
  MAX_CLUSTERS_PER_REGION,
  MAX_DECISION_TITLE_CHARS,
  MAX_EXPECTED_CLUSTERS,
  MAX_JURISDICTION_ID_CHARS,
  MAX_JURISDICTIONS,
  MAX_MEASURED_LATENCIES,
  MAX_NAME_CHARS,
  MAX_NAMES_PER_ROLE,
  MAX_NODES_PER_REGION,
  MAX_PERSON_NAME_CHARS,
  MAX_REGION_ID_CHARS,
  MAX_REGIONS,
  MEASURED_RTT_RANGE_MS,
  NODES_PER_CLUSTER_RANGE,
  NODES_RANGE,
  OPS_ENGINEERS_RANGE,
  PRIORITY_KEYS,
  PRIORITY_LABELS,
  PRIORITY_RANGE,
  PROVISIONED_PERCENT_RANGE,
  type PriorityLevel,
  SITE_KINDS,
  type SiteKind,
} from './answer-limits';
export {
  type Answers,
  type AnswersInput,
  answersSchema,
  type ClusterKindsAnswer,
  type DecisionMetadata,
  type FieldProblem,
  formatFieldPath,
  formatProblems,
  type Jurisdiction,
  type MeasuredLatency,
  type ParseAnswersResult,
  type PriorityKey,
  parseAnswers,
  type RegionAnswer,
  regionAnswerSchema,
} from './answers';
export { isCalendarDate } from './calendar-date';
export {
  type ComparedVersionSummary,
  type DecisionRecordOptions,
  escapeMarkdown,
  renderDecisionRecord,
} from './decision-record';
export { type FieldProblemInput, problemField } from './field-problem';
export { type Flip, type FlipAnswer, findFlips } from './flips';
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locale';
export { confidenceLabel, messagesFor, priorityLabel, sourceQuote, strategyName } from './messages';
export { describeAnswersProblemZhCN } from './messages/answers-problems-zh-cn';
export { joinChinese } from './messages/chinese-spacing';
export type { EngineMessages } from './messages/types';
export { ownValue } from './own-value';
export type { PlanItem, PlanItemId } from './plan';
export {
  figuresBasis,
  type PlaneReason,
  type PlanesSource,
  type PlanesView,
  type PlaneView,
  planeOfRegion,
  type RegionTrip,
  type RttBasis,
  type StrategyPlanes,
  viewPlanes,
} from './planes';
export { type AnswersProblemDetail, toProblemDetail } from './problem-detail';
export { type Factor, type Recommendation, type RecommendOptions, recommend } from './recommend';
export {
  type CatalogRegion,
  CONTINENT_NAMES,
  type Continent,
  findCatalogRegion,
  PROVIDER_NAMES,
  type Provider,
  regionCatalog,
} from './regions/catalog';
export { type Gateway, isInMainlandChina, type RouteZone } from './regions/corridors';
export { countryAt, isCountryCode } from './regions/countries';
export { greatCircleDistanceKm } from './regions/geo';
export { PLACE_NAMES_ZH_CN } from './regions/place-names-zh-cn';
export { regionDisplayName } from './regions/region-display-name';
export {
  catalogLabel,
  catalogRegionName,
  regionNamer,
  shortPlaceName,
} from './regions/region-names';
export {
  CHINA_CROSS_BORDER_PENALTY_MS,
  estimateRttBetweenMs,
  estimateRttMs,
  findRoute,
  type Route,
  type RouteUncertainty,
  routeUncertainty,
  type UncertainCorridor,
} from './regions/rtt-model';
export { type PlaceNames, searchCatalog } from './regions/search-catalog';
export { scoreAnswers } from './score';
export {
  findSensitivity,
  SENSITIVITY_ANSWERS,
  type SensitivityAnswer,
  type SensitivityCurve,
  type SensitivityPoint,
} from './sensitivity';
export { type InstallationSize, RANCHER_SERVER_SIZES, type ServerSize } from './sizing';
export { NODES_ACROSS_REGIONS_WITHDRAWN_URL, STRATEGY_PAGE } from './source-pages';
export { SOURCES, type SourceId, type SourceRef } from './sources';
export { type Confidence, type FactorId, type Favors, STRATEGIES, STRATEGY_NAMES, type Strategy } from './strategy';
export {
  analyzeTopology,
  BROAD_GROUP_RTT_MS,
  GEOGRAPHY_GROUP_RTT_MS,
  type LayoutName,
  type PlaneConstraint,
  type RegionalGroup,
  type RegionalPlan,
  type Site,
  type StrategyFootprint,
  type Topology,
} from './topology';
export { BROWSER_RTT_GUIDANCE_MS } from './weights';
