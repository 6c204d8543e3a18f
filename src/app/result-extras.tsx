import { useDeferredValue, useMemo } from 'react';
import { useResultMessages } from '../components/i18n/use-result-messages';
import { WhenVisible } from '../components/when-visible';
import { type Answers, recommend } from '../engine';
import { ShareActions } from '../features/share-export';
import { LazyTopologyMap } from '../features/topology-map';
import { buildShareUrl } from '../share';

export interface ResultExtrasProps {
  readonly answers: Answers;
  readonly onOpenAnswers: (answers: Answers) => void;
  readonly onOpenProblem: (message: string) => void;
}

/** What follows the verdict: the map, sharing and exports, and (in print) the link in full. */
export default function ResultExtras({ answers, onOpenAnswers, onOpenProblem }: ResultExtrasProps) {
  const { locale, r } = useResultMessages();
  const deferred = useDeferredValue(answers);
  const recommendation = useMemo(() => recommend(deferred, { locale }), [deferred, locale]);
  const link = buildShareUrl(answers, window.location.href);
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
      <ShareActions answers={answers} onOpenAnswers={onOpenAnswers} onOpenProblem={onOpenProblem} />
      <p className="print-only print-link">
        {r.share.printLink} <span className="print-link-url">{link}</span>
      </p>
    </>
  );
}
