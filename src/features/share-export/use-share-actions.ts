import { useCallback, useState } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { prepareForPrint } from '../../components/print-preparation';
import type { Answers } from '../../engine';
import { ANSWERS_FILE_NAME, serializeAnswersFile } from '../../share/answers-file';
import { buildShareUrl } from '../../share/share-url';
import { copyText, downloadText } from './download';

/** What the last action did, said where it was asked for; `manual` when the browser refused the clipboard. */
export type ShareStatus = { readonly kind: 'done' | 'manual'; readonly text: string } | null;

export interface ManualCopy {
  readonly label: string;
  readonly text: string;
}

const currentPage = () => window.location.href;

/**
 * The exports every share surface offers (the action bar at the top of the result, the panel below it). Each
 * surface holds its own status, so "Link copied" appears beside the button that was pressed.
 */
export function useShareActions(answers: Answers) {
  const [status, setStatus] = useState<ShareStatus>(null);
  const [manualCopy, setManualCopy] = useState<ManualCopy | null>(null);
  const { locale, r } = useResultMessages();
  const m = r.share;

  const clear = useCallback(() => {
    setStatus(null);
    setManualCopy(null);
  }, []);

  const copy = async (label: string, text: string) => {
    if (await copyText(text)) {
      setManualCopy(null);
      setStatus({ kind: 'done', text: m.copied(label) });
    } else {
      setManualCopy({ label, text });
      setStatus({ kind: 'manual', text: m.copyManually(label) });
    }
  };

  const decisionRecord = async () => {
    const { buildDecisionRecord } = await import('./decision-record-file');
    return buildDecisionRecord(answers, currentPage(), locale);
  };

  return {
    status,
    manualCopy,
    setStatus,
    copyLink: () => copy(m.link, buildShareUrl(answers, currentPage())),
    copyRecord: async () => copy(m.record, (await decisionRecord()).text),
    downloadRecord: async () => {
      const { fileName, text } = await decisionRecord();
      downloadText(fileName, text, 'text/markdown;charset=utf-8');
      setManualCopy(null);
      setStatus({ kind: 'done', text: m.recordDownloaded(fileName) });
    },
    downloadAnswers: () => {
      const schemaUrl = new URL('answers.schema.json', document.baseURI).href;
      downloadText(ANSWERS_FILE_NAME, serializeAnswersFile(answers, schemaUrl), 'application/json');
      setManualCopy(null);
      setStatus({ kind: 'done', text: m.answersDownloaded(ANSWERS_FILE_NAME) });
    },
    print: async () => {
      await prepareForPrint();
      window.print();
    },
    clear,
  };
}
