import { useMemo } from 'react';
import { useResultMessages } from '../components/i18n/use-result-messages';
import { useValueAfterPaint } from '../components/use-value-after-paint';
import { WhenVisible } from '../components/when-visible';
import type { Answers, DecisionMetadata } from '../engine';
import { useRecommendation } from '../features/recommendation/use-recommendation';
import { DecisionRecordForm, ShareActions } from '../features/share-export';
import { LazyTopologyMap } from '../features/topology-map';
import { buildShareUrl } from '../share/share-url';

export interface ResultExtrasProps {
  readonly answers: Answers;
  /** Opens an answers file in place of the current answers (the app says what is wrong with a bad one). */
  readonly onOpenFile: (file: File) => Promise<boolean>;
  /** Sets the answers' decision-record fields (they never change the recommendation). */
  readonly onDecisionChange: (decision: DecisionMetadata) => void;
}

/** What follows the verdict: the map, sharing and exports, and (in print) the link in full. */
export default function ResultExtras({ answers, onOpenFile, onDecisionChange }: ResultExtrasProps) {
  const { locale, r } = useResultMessages();
  const deferred = useValueAfterPaint(answers);
  const recommendation = useRecommendation(deferred, locale);
  // For print only: it may trail a keystroke behind, like the map.
  const link = useMemo(() => buildShareUrl(deferred, window.location.href), [deferred]);
  return (
    <>
      <section aria-labelledby="map-title" className="card map-card">
        <h2 className="card-title" id="map-title">
          {r.map.title}
        </h2>
        <p className="card-lede">{r.map.lede}</p>
        <WhenVisible placeholder={<div className="map-placeholder">{r.map.loading}</div>}>
          <LazyTopologyMap answers={deferred} recommendation={recommendation} />
        </WhenVisible>
      </section>
      <ShareActions answers={answers} onOpenFile={onOpenFile} />
      <DecisionRecordForm decision={answers.decision} onDecisionChange={onDecisionChange} />
      <p className="print-only print-link">
        {r.share.printLink} <span className="print-link-url">{link}</span>
      </p>
    </>
  );
}
