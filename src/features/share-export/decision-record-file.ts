// Loaded on demand (the first click on a decision-record button), so the record's code stays out of the first bundle.
import {
  type Answers,
  type DecisionRecordOptions,
  type Locale,
  recommend,
  renderDecisionRecord,
  type Strategy,
} from '../../engine';
import { buildShareUrl } from '../../share/share-url';

/** The record's file name says what it decides and in which language: `rancher-strategy-adr-regional-zh-CN.md`. */
export function decisionRecordFileName(strategy: Strategy, locale: Locale): string {
  return `rancher-strategy-adr-${strategy}-${locale}.md`;
}

/**
 * The decision record for these answers in `locale`, linking back to the live recommendation at `pageUrl` (the
 * link carries answers only: it opens in its reader's language), with the name to save it under. Dated with the
 * answers' `decision.date`, else today; its other front matter comes from `decision` too. `more` adds the versions
 * compared.
 */
export function buildDecisionRecord(
  answers: Answers,
  pageUrl: string,
  locale: Locale,
  today: Date = new Date(),
  more: Pick<DecisionRecordOptions, 'comparedVersions'> = {},
): { readonly fileName: string; readonly text: string } {
  const recommendation = recommend(answers, { locale });
  const text = renderDecisionRecord(answers, recommendation, {
    date: answers.decision?.date ?? today.toISOString().slice(0, 10),
    shareUrl: buildShareUrl(answers, pageUrl),
    locale,
    ...more,
  });
  return { fileName: decisionRecordFileName(recommendation.strategy, locale), text };
}
