import type { ReviewMessages } from '../../components/i18n/review-types';
import type { UiMessages } from '../../components/i18n/types';
import type { AnswerDifference, AnswerValue } from './answer-diff';

/** What a row of "Answers that differ" is about, in the reader's language. */
export function answerLabel(
  difference: AnswerDifference,
  m: ReviewMessages['compare'],
  t: UiMessages,
  regionName: (regionId: string) => string,
): string {
  const key = difference.key;
  switch (key.kind) {
    case 'answer':
      return m.answers[key.answer];
    case 'priority':
      return m.priority(t.questionnaire.priorities[key.priority].legend);
    case 'region-clusters':
      return m.regionClusters(key.regionName);
    case 'region-detail':
      return m.regionDetail(key.regionName, key.detail);
    case 'measured-rtt':
      return m.measuredRtt(regionName(key.from), regionName(key.to));
    case 'jurisdiction':
      return key.field === 'name' ? m.jurisdiction(key.id) : m.keepInside(key.id);
  }
}

/** One version's value of an answer, in the reader's language. */
export function answerValue(
  difference: AnswerDifference,
  value: AnswerValue,
  m: ReviewMessages['compare'],
  t: UiMessages,
  regionName: (regionId: string) => string,
): string {
  const key = difference.key;
  if (value === null) return key.kind === 'region-clusters' ? m.notIncluded : m.notSet;
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (key.kind === 'priority' && typeof value === 'number')
    return t.questionnaire.priorityLevels[value] ?? String(value);
  if (key.kind === 'answer' && key.answer === 'hub' && typeof value === 'string') return regionName(value);
  if (key.kind === 'answer' && key.answer === 'provisionedPercent' && typeof value === 'number')
    return m.percent(value);
  if (typeof value === 'number') {
    const isMs = key.kind === 'measured-rtt' || (key.kind === 'answer' && key.answer === 'latencyToleranceMs');
    return isMs ? m.ms(value) : m.number(value);
  }
  if (key.kind === 'region-detail' && key.detail === 'siteKind') {
    return m.siteKinds[value as keyof typeof m.siteKinds] ?? value;
  }
  if (key.kind === 'region-detail' && key.detail === 'connectivity') {
    return m.connectivity[value as keyof typeof m.connectivity] ?? value;
  }
  return value;
}
