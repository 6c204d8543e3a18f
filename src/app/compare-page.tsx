// The compare view as the app composes it, in a chunk of its own: nothing of it loads until someone compares.
import { useCallback, useState } from 'react';
import { useI18n } from '../components/i18n';
import type { Answers, ComparedVersionSummary } from '../engine';
import { CompareView } from '../features/compare';
import { buildDecisionRecord } from '../features/share-export/decision-record-file';
import { downloadText } from '../features/share-export/download';
import { buildCompareUrl } from '../share/compare-link';

export interface ComparePageProps {
  /** The compare link's payloads; null to start empty (the current answers join only when asked). */
  readonly payloads: readonly string[] | null;
  readonly leftOut: number;
  readonly currentAnswers: Answers;
  /** Keeps the address bar's compare link in step with what is compared. */
  readonly syncAddress: boolean;
  readonly onOpenVersion: (answers: Answers) => void;
  readonly onClose: () => void;
}

export default function ComparePage({
  payloads,
  leftOut,
  currentAnswers,
  syncAddress,
  onOpenVersion,
  onClose,
}: ComparePageProps) {
  const { locale } = useI18n();
  // Taken once: later answers do not change what the person chose to compare. Without a compare link the view starts
  // empty: the current answers join when the person asks ("Compare with the current answers").
  const [initialPayloads] = useState<readonly string[]>(() => payloads ?? []);

  const writeAddress = useCallback(
    (compared: readonly string[]) => {
      if (!syncAddress) return;
      const next = buildCompareUrl(compared, window.location.href);
      if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
    },
    [syncAddress],
  );

  const downloadRecord = useCallback(
    async (answers: Answers, comparedVersions: readonly ComparedVersionSummary[]) => {
      const { fileName, text } = buildDecisionRecord(answers, window.location.href, locale, new Date(), {
        comparedVersions,
      });
      downloadText(fileName, text, 'text/markdown;charset=utf-8');
      return fileName;
    },
    [locale],
  );

  return (
    <CompareView
      currentAnswers={currentAnswers}
      initialPayloads={initialPayloads}
      leftOut={leftOut}
      onClose={onClose}
      onDownloadRecord={downloadRecord}
      onOpenVersion={onOpenVersion}
      onPayloadsChange={writeAddress}
    />
  );
}
