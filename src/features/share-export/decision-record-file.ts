// Loaded on demand (the first click on a decision-record button), so the record's code stays out of the first bundle.
import { type Answers, recommend, renderDecisionRecord } from '../../engine';
import { buildShareUrl } from '../../share';

export const DECISION_RECORD_FILE_NAME = 'rancher-deployment-strategy-adr.md';

/** The decision record for these answers, dated today, linking back to the live recommendation at `pageUrl`. */
export function buildDecisionRecord(answers: Answers, pageUrl: string, today: Date = new Date()): string {
  return renderDecisionRecord(answers, recommend(answers), {
    date: today.toISOString().slice(0, 10),
    shareUrl: buildShareUrl(answers, pageUrl),
  });
}
