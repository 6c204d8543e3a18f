import type { ResultMessages } from '../../components/i18n';
import {
  type Answers,
  jurisdictionOf,
  MAINLAND_CHINA_JURISDICTION_ID,
  type PriorityKey,
  type RegionAnswer,
} from '../../engine';

/** One line of the printed answers: a question and the answer given. */
export interface AnswerRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

/** One region of the printed answers, with every further fact given for it (kind, link, nodes, jurisdiction). */
export interface RegionRow {
  readonly id: string;
  readonly name: string;
  readonly clusters: number;
  readonly details: readonly string[];
}

/** The words the summary needs; the app's questionnaire and result catalogs supply them. */
export interface AnswersSummaryWords {
  readonly tolerance: string;
  readonly toleranceValue: (ms: number) => string;
  readonly engineers: string;
  readonly engineersValue: (count: number) => string;
  readonly environments: string;
  readonly environmentsValue: (spanRegions: boolean) => string;
  readonly priorities: Readonly<Record<PriorityKey, string>>;
  readonly priorityLevels: readonly string[];
  /** The result catalog's words for constraints and the decision's fields. */
  readonly summary: ResultMessages['answersSummary'];
}

type RowMaker = (answers: Answers, words: AnswersSummaryWords, nameOf: (id: string) => string) => AnswerRow[];

/**
 * How each answer beyond the regions is said, in order: the questions, the estate's constraints, then the
 * decision's fields. An optional answer gives no row when it is not set, so the printout lists what was answered;
 * every answer that shapes the result (or names the decision) has its row. A new answer field is one more entry.
 */
const ANSWER_ROWS: readonly RowMaker[] = [
  (answers, words) => [
    { id: 'latencyToleranceMs', label: words.tolerance, value: words.toleranceValue(answers.latencyToleranceMs) },
    { id: 'opsEngineers', label: words.engineers, value: words.engineersValue(answers.opsEngineers) },
    {
      id: 'crossRegionEnvironments',
      label: words.environments,
      value: words.environmentsValue(answers.crossRegionEnvironments),
    },
  ],
  (answers, words) =>
    (Object.keys(words.priorities) as PriorityKey[]).map((key) => ({
      id: `priorities.${key}`,
      label: words.priorities[key],
      value: words.priorityLevels[answers.priorities[key]] ?? String(answers.priorities[key]),
    })),
  (answers, { summary: s }) => [
    ...(answers.nodesPerCluster === undefined
      ? []
      : [{ id: 'nodesPerCluster', label: s.nodesPerCluster, value: s.nodesPerClusterValue(answers.nodesPerCluster) }]),
    ...(answers.provisionedPercent === undefined
      ? []
      : [{ id: 'provisionedPercent', label: s.provisioned, value: s.provisionedValue(answers.provisionedPercent) }]),
  ],
  (answers, { summary: s }, nameOf) =>
    (answers.jurisdictions ?? []).map((jurisdiction) => ({
      id: `jurisdictions.${jurisdiction.id}`,
      label: s.jurisdiction(jurisdiction.name),
      value: s.jurisdictionValue(
        jurisdiction.keepManagementInside === false
          ? 'crossing'
          : jurisdiction.planesManageOnlyInside
            ? 'both-ways'
            : 'inside',
        (jurisdiction.allowedLocations ?? []).map((place) => nameOf(place)),
      ),
    })),
  (answers, { summary: s }, nameOf) =>
    answers.hub ? [{ id: 'hub.regionId', label: s.hubPinned, value: nameOf(answers.hub.regionId) }] : [],
  (answers, { summary: s }, nameOf) =>
    (answers.latencies ?? []).map((latency) => ({
      id: `latencies.${latency.from}.${latency.to}`,
      label: s.measured(nameOf(latency.from), nameOf(latency.to)),
      value: s.measuredValue(latency.ms),
    })),
  (answers, { summary: s }) => {
    const decision = answers.decision;
    if (!decision) return [];
    const names = (id: string, label: string, list: readonly string[] | undefined) =>
      list && list.length > 0 ? [{ id, label, value: s.names(list) }] : [];
    return [
      ...(decision.title ? [{ id: 'decision.title', label: s.decisionTitle, value: decision.title }] : []),
      ...(decision.status ? [{ id: 'decision.status', label: s.status, value: s.statuses[decision.status] }] : []),
      ...(decision.date ? [{ id: 'decision.date', label: s.date, value: decision.date }] : []),
      ...names('decision.decisionMakers', s.decisionMakers, decision.decisionMakers),
      ...names('decision.consulted', s.consulted, decision.consulted),
      ...names('decision.informed', s.informed, decision.informed),
      ...(decision.author ? [{ id: 'decision.author', label: s.author, value: decision.author }] : []),
    ];
  },
];

/** Further facts about one region, each left out when not given. A new per-region field is one more entry here. */
const REGION_DETAILS: readonly ((
  region: RegionAnswer,
  answers: Answers,
  words: AnswersSummaryWords,
) => string | null)[] = [
  (region, _answers, { summary: s }) =>
    region.lat !== undefined && region.lon !== undefined ? s.customSite(region.lat, region.lon) : null,
  (region, _answers, { summary: s }) => (region.siteKind ? s.siteKinds[region.siteKind] : null),
  (region, _answers, { summary: s }) => (region.connectivity ? s.connectivities[region.connectivity] : null),
  (region, _answers, { summary: s }) => (region.nodes === undefined ? null : s.nodes(region.nodes)),
  (region, answers, { summary: s }) => {
    const id = jurisdictionOf(region);
    if (id === undefined) return null;
    const declared = answers.jurisdictions?.find((jurisdiction) => jurisdiction.id === id);
    if (declared) return s.inJurisdiction(declared.name);
    return id === MAINLAND_CHINA_JURISDICTION_ID ? s.mainlandChinaByDefault : s.inJurisdiction(id);
  },
];

/** The answers as the printout lists them: the regions with their clusters and facts, then every other answer given. */
export function toAnswersSummary(
  answers: Answers,
  words: AnswersSummaryWords,
  nameOf: (regionId: string) => string,
): { readonly regions: readonly RegionRow[]; readonly rows: readonly AnswerRow[] } {
  return {
    regions: answers.regions.map((region) => ({
      id: region.id,
      name: nameOf(region.id),
      clusters: region.clusters,
      details: REGION_DETAILS.map((detail) => detail(region, answers, words)).filter((text) => text !== null),
    })),
    rows: ANSWER_ROWS.flatMap((row) => row(answers, words, nameOf)),
  };
}
