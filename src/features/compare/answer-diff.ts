import type { ComparedAnswer } from '../../components/i18n/review-types';
import { type Answers, PRIORITY_KEYS, type PriorityKey, type RegionAnswer, regionDisplayName } from '../../engine';

/** Which answer a row of the comparison is about; the view words it in the reader's language. */
export type AnswerKey =
  | { readonly kind: 'answer'; readonly answer: ComparedAnswer }
  | { readonly kind: 'priority'; readonly priority: PriorityKey }
  | { readonly kind: 'region-clusters'; readonly regionId: string; readonly regionName: string }
  | {
      readonly kind: 'region-detail';
      readonly regionId: string;
      readonly regionName: string;
      readonly detail: RegionDetail;
    }
  | { readonly kind: 'measured-rtt'; readonly from: string; readonly to: string }
  | { readonly kind: 'jurisdiction'; readonly id: string; readonly field: 'name' | 'keepManagementInside' };

type RegionDetail = 'name' | 'position' | 'siteKind' | 'connectivity' | 'nodes' | 'jurisdiction';

/**
 * One version's value of an answer: a number, yes/no, text (an id, a name, "lat, lon"), or null where the version
 * does not have it (a region it does not include, an optional answer it leaves unset).
 */
export type AnswerValue = number | boolean | string | null;

export interface AnswerDifference {
  /** Stable and unique: a React key and a test handle. */
  readonly id: string;
  readonly key: AnswerKey;
  /** One value per version, in the versions' order. */
  readonly values: readonly AnswerValue[];
}

const REGION_DETAILS: readonly RegionDetail[] = [
  'name',
  'position',
  'siteKind',
  'connectivity',
  'nodes',
  'jurisdiction',
];

function regionDetail(region: RegionAnswer | undefined, detail: RegionDetail): AnswerValue {
  if (region === undefined) return null;
  switch (detail) {
    case 'name':
      return region.name ?? null;
    case 'position':
      return region.lat === undefined || region.lon === undefined ? null : `${region.lat}, ${region.lon}`;
    default:
      return region[detail] ?? null;
  }
}

/** Ids in order of first appearance across the versions. */
function unionInOrder(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** A measured round trip's pair, the same whichever way it was written. */
function pairId(from: string, to: string): string {
  return from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
}

/**
 * The answers in which the versions differ, and nothing else, in the questionnaire's order: the questions, then
 * each region (in the order the versions first name them), then measured round trips and jurisdictions. A row
 * holds every version's value, null where a version does not have the answer. The decision record's own fields
 * are not answers: they name a version (its author) but never change the advice.
 */
export function diffAnswers(versions: readonly Answers[]): AnswerDifference[] {
  const rows: AnswerDifference[] = [];
  const add = (id: string, key: AnswerKey, values: AnswerValue[]) => {
    if (values.some((value) => value !== values[0])) rows.push({ id, key, values });
  };
  const answer = (name: ComparedAnswer, read: (answers: Answers) => AnswerValue) =>
    add(name, { kind: 'answer', answer: name }, versions.map(read));

  answer('latencyToleranceMs', (answers) => answers.latencyToleranceMs);
  answer('opsEngineers', (answers) => answers.opsEngineers);
  answer('crossRegionEnvironments', (answers) => answers.crossRegionEnvironments);
  for (const priority of PRIORITY_KEYS) {
    add(
      `priorities.${priority}`,
      { kind: 'priority', priority },
      versions.map((answers) => answers.priorities[priority]),
    );
  }
  answer('nodesPerCluster', (answers) => answers.nodesPerCluster ?? null);
  answer('provisionedPercent', (answers) => answers.provisionedPercent ?? null);
  answer('hub', (answers) => answers.hub?.regionId ?? null);

  const regionIds = unionInOrder(versions.map((answers) => answers.regions.map((region) => region.id)));
  for (const regionId of regionIds) {
    const regions = versions.map((answers) => answers.regions.find((region) => region.id === regionId));
    const regionName = regionDisplayName(regions.find((region) => region?.name !== undefined) ?? { id: regionId });
    add(
      `regions.${regionId}.clusters`,
      { kind: 'region-clusters', regionId, regionName },
      regions.map((region) => region?.clusters ?? null),
    );
    for (const detail of REGION_DETAILS) {
      // A region one version leaves out already shows as "not included" in its clusters row.
      const present = regions.filter((region) => region !== undefined);
      add(
        `regions.${regionId}.${detail}`,
        { kind: 'region-detail', regionId, regionName, detail },
        regions.map((region) =>
          region === undefined ? regionDetail(present[0], detail) : regionDetail(region, detail),
        ),
      );
    }
  }

  const pairs = unionInOrder(
    versions.map((answers) => (answers.latencies ?? []).map((latency) => pairId(latency.from, latency.to))),
  );
  for (const pair of pairs) {
    const [from = '', to = ''] = pair.split('\u0000');
    add(
      `latencies.${from}.${to}`,
      { kind: 'measured-rtt', from, to },
      versions.map(
        (answers) => answers.latencies?.find((latency) => pairId(latency.from, latency.to) === pair)?.ms ?? null,
      ),
    );
  }

  const jurisdictionIds = unionInOrder(versions.map((answers) => (answers.jurisdictions ?? []).map((item) => item.id)));
  for (const id of jurisdictionIds) {
    const found = versions.map((answers) => answers.jurisdictions?.find((item) => item.id === id));
    add(
      `jurisdictions.${id}.name`,
      { kind: 'jurisdiction', id, field: 'name' },
      found.map((item) => item?.name ?? null),
    );
    add(
      `jurisdictions.${id}.keepManagementInside`,
      { kind: 'jurisdiction', id, field: 'keepManagementInside' },
      // The schema's default: a jurisdiction keeps management inside unless it says otherwise.
      found.map((item) => (item === undefined ? null : (item.keepManagementInside ?? true))),
    );
  }
  return rows;
}
