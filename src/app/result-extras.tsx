import { useDeferredValue, useMemo } from 'react';
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
  const deferred = useDeferredValue(answers);
  const recommendation = useMemo(() => recommend(deferred), [deferred]);
  const link = buildShareUrl(answers, window.location.href);
  return (
    <>
      <section aria-labelledby="map-title" className="card map-card">
        <h2 className="card-title" id="map-title">
          Where the planes would sit
        </h2>
        <p className="card-lede">
          Regions sized by clusters. Hub &amp; Spoke shows the hub's spokes coloured by round trip against your
          tolerance; Regional shows which regions share a plane.
        </p>
        <WhenVisible placeholder={<div className="map-placeholder">Loading map…</div>}>
          <LazyTopologyMap answers={deferred} recommendation={recommendation} />
        </WhenVisible>
      </section>
      <ShareActions answers={answers} onOpenAnswers={onOpenAnswers} onOpenProblem={onOpenProblem} />
      <p className="print-only print-link">
        Live recommendation (the answers are in the link): <span className="print-link-url">{link}</span>
      </p>
    </>
  );
}
