/** The engine's public API: pure functions from an answers document to a recommendation. */
export {
  DEFAULT_LATENCY_TOLERANCE_MS,
  DEFAULT_OPS_ENGINEERS,
  DEFAULT_PRIORITY,
  MAX_CLUSTERS_PER_REGION,
  MAX_REGIONS,
  PRIORITY_LABELS,
  type PriorityLevel,
} from './answer-limits';
export {
  type Answers,
  type AnswersInput,
  answersSchema,
  type FieldProblem,
  formatFieldPath,
  formatProblems,
  type ParseAnswersResult,
  type PriorityKey,
  parseAnswers,
  type RegionAnswer,
  regionAnswerSchema,
} from './answers';
export { type DecisionRecordOptions, escapeMarkdown, renderDecisionRecord } from './decision-record';
export type { FactorId } from './factors';
export { type Flip, type FlipAnswer, findFlips } from './flips';
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locale';
export { confidenceLabel, messagesFor, priorityLabel, sourceQuote, strategyName } from './messages';
export type { EngineMessages } from './messages/types';
export {
  type CoreRecommendation,
  type Factor,
  type Recommendation,
  type RecommendOptions,
  recommend,
  recommendCore,
} from './recommend';
export {
  type CatalogRegion,
  CONTINENT_NAMES,
  type Continent,
  findCatalogRegion,
  PROVIDER_NAMES,
  type Provider,
  regionCatalog,
} from './regions/catalog';
export { greatCircleDistanceKm } from './regions/geo';
export { estimateRttBetweenMs, estimateRttMs, findRouteDetour, type RouteDetour } from './regions/rtt-model';
export { type PlaceNames, searchCatalog } from './regions/search-catalog';
export { type Confidence, scoreAnswers } from './score';
export {
  findSensitivity,
  SENSITIVITY_ANSWERS,
  type SensitivityAnswer,
  type SensitivityCurve,
  type SensitivityPoint,
} from './sensitivity';
export { RANCHER_SERVER_SIZES, type ServerSize } from './sizing';
export { SOURCES, type SourceId, type SourceRef } from './sources';
export { type Favors, STRATEGIES, STRATEGY_NAMES, type Strategy } from './strategy';
export {
  analyzeTopology,
  REGIONAL_GROUP_MAX_RTT_MS,
  type RegionalGroup,
  type RegionalPlan,
  type Site,
  type StrategyFootprint,
  type Topology,
} from './topology';
export { BROWSER_RTT_GUIDANCE_MS } from './weights';
