import type { Answers, PriorityKey, RegionAnswer } from '../../engine';

/** One line of the printed answers: a question and the answer given. */
export interface AnswerRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

/** One region of the printed answers, with any further facts given for it ("own site at 48.14, 11.58"). */
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
  readonly customSite: (lat: number, lon: number) => string;
}

/**
 * How each answer beyond the regions is said, in order. An optional answer gives null when it is not set, so the
 * printout lists only what was answered. A new answer field is one more entry here.
 */
const ANSWER_ROWS: readonly ((
  answers: Answers,
  words: AnswersSummaryWords,
) => AnswerRow | readonly AnswerRow[] | null)[] = [
  (answers, words) => ({
    id: 'latencyToleranceMs',
    label: words.tolerance,
    value: words.toleranceValue(answers.latencyToleranceMs),
  }),
  (answers, words) => ({
    id: 'opsEngineers',
    label: words.engineers,
    value: words.engineersValue(answers.opsEngineers),
  }),
  (answers, words) => ({
    id: 'crossRegionEnvironments',
    label: words.environments,
    value: words.environmentsValue(answers.crossRegionEnvironments),
  }),
  (answers, words) =>
    (Object.keys(words.priorities) as PriorityKey[]).map((key) => ({
      id: `priorities.${key}`,
      label: words.priorities[key],
      value: words.priorityLevels[answers.priorities[key]] ?? String(answers.priorities[key]),
    })),
];

/** Further facts about one region, each null when not given. A new per-region field is one more entry here. */
const REGION_DETAILS: readonly ((region: RegionAnswer, words: AnswersSummaryWords) => string | null)[] = [
  (region, words) =>
    region.lat !== undefined && region.lon !== undefined ? words.customSite(region.lat, region.lon) : null,
];

/** The answers as the printout lists them: the regions with their clusters, then every other answer given. */
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
      details: REGION_DETAILS.map((detail) => detail(region, words)).filter((text) => text !== null),
    })),
    rows: ANSWER_ROWS.flatMap((row) => row(answers, words) ?? []),
  };
}
