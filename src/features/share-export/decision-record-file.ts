// Loaded on demand (the first click on a decision-record button), so the record's code stays out of the first bundle.
import { type Answers, type DecisionRecordOptions, type Locale, recommend, renderDecisionRecord } from '../../engine';
import { buildShareUrl } from '../../share/share-url';

export const DECISION_RECORD_FILE_NAME = 'rancher-deployment-strategy-adr.md';

/**
 * The decision record for these answers in `locale`, linking back to the live recommendation at `pageUrl` (the
 * link carries answers only: it opens in its reader's language). Dated with the answers' `decision.date`, else
 * today; its other front matter comes from `decision` too. `more` adds the versions compared.
 */
export function buildDecisionRecord(
  answers: Answers,
  pageUrl: string,
  locale: Locale,
  today: Date = new Date(),
  more: Pick<DecisionRecordOptions, 'comparedVersions'> = {},
): string {
  return renderDecisionRecord(answers, recommend(answers, { locale }), {
    date: answers.decision?.date ?? today.toISOString().slice(0, 10),
    shareUrl: buildShareUrl(answers, pageUrl),
    locale,
    ...more,
  });
}
