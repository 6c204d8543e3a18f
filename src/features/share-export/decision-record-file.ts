// Loaded on demand (the first click on a decision-record button), so the record's code stays out of the first bundle.
import { type Answers, type Locale, recommend, renderDecisionRecord } from '../../engine';
import { buildShareUrl } from '../../share/share-url';

export const DECISION_RECORD_FILE_NAME = 'rancher-deployment-strategy-adr.md';

/**
 * The decision record for these answers in `locale`, dated today, linking back to the live recommendation at
 * `pageUrl` (the link carries answers only: it opens in its reader's language).
 */
export function buildDecisionRecord(
  answers: Answers,
  pageUrl: string,
  locale: Locale,
  today: Date = new Date(),
): string {
  return renderDecisionRecord(answers, recommend(answers, { locale }), {
    date: today.toISOString().slice(0, 10),
    shareUrl: buildShareUrl(answers, pageUrl),
    locale,
  });
}
