// The result column, loaded as one chunk beside the questionnaire (the scoring stays out of the first bundle): the
// action bar, the recommendation, the map, sharing and exports, all from one recommendation worked out here.
import { memo, useDeferredValue, useEffect, useMemo } from 'react';
import { useResultMessages } from '../components/i18n/use-result-messages';
import { isSideBySide } from '../components/layout';
import { onPrepareForPrint } from '../components/print-preparation';
import { WhenVisible } from '../components/when-visible';
import { type Answers, type DecisionMetadata, type Recommendation, recommend } from '../engine';
import { type PendingProblemNote, RecommendationPanel } from '../features/recommendation';
import { ActionBar, DecisionRecordForm, ShareActions } from '../features/share-export';
import { LazyTopologyMap, prepareMapForPrint } from '../features/topology-map';

export interface ResultProps {
  /** The last valid answers; the recommendation is derived from them here, never stored. */
  readonly answers: Answers;
  /** Problems in the typed answers that keep them from being used; the result is marked as not updated. */
  readonly pendingProblems: readonly PendingProblemNote[];
  /** A fixed chart width in px, for environments that cannot measure (tests). */
  readonly chartWidthPx?: number | undefined;
  /** Opens an answers file in place of the current answers (the app says what is wrong with a bad one). */
  readonly onOpenFile: (file: File) => Promise<boolean>;
  /** Sets the answers' decision-record fields (they never change the recommendation). */
  readonly onDecisionChange: (decision: DecisionMetadata) => void;
}

/** Where the planes sit, drawn on a world map once it is near. Memoized: it follows the deferred answers only. */
const MapCard = memo(function MapCard({
  answers,
  recommendation,
}: {
  answers: Answers;
  recommendation: Recommendation;
}) {
  const { r } = useResultMessages();
  return (
    <section aria-labelledby="map-title" className="card map-card">
      <h2 className="card-title" id="map-title">
        {r.map.title}
      </h2>
      <p className="card-lede">{r.map.lede}</p>
      <WhenVisible placeholder={<div className="map-placeholder">{r.map.loading}</div>} whenIdle={isSideBySide()}>
        <LazyTopologyMap answers={answers} recommendation={recommendation} />
      </WhenVisible>
    </section>
  );
});

/**
 * Everything right of the questionnaire. The recommendation is worked out once per answers and language, on the main
 * thread, so a keystroke's verdict reaches the next frame; the what-ifs follow from a worker (the panel asks for them).
 */
export default function Result({ answers, pendingProblems, chartWidthPx, onOpenFile, onDecisionChange }: ResultProps) {
  const { locale } = useResultMessages();
  const recommendation = useMemo(() => recommend(answers, { locale }), [answers, locale]);
  const now = useMemo(() => ({ answers, recommendation }), [answers, recommendation]);
  // A keystroke's verdict is drawn first; everything below it (charts, reasons, plans, the map) follows in a render
  // of its own, which React drops when the next keystroke comes.
  const details = useDeferredValue(now);
  // A printout made before the map was scrolled to still shows it with its land.
  useEffect(() => onPrepareForPrint(prepareMapForPrint), []);
  return (
    <>
      <ActionBar answers={answers} />
      <RecommendationPanel
        answers={answers}
        pendingProblems={pendingProblems}
        details={details}
        recommendation={recommendation}
        {...(chartWidthPx === undefined ? {} : { chartWidthPx })}
      />
      <MapCard answers={details.answers} recommendation={details.recommendation} />
      <ShareActions answers={answers} onOpenFile={onOpenFile} />
      <DecisionRecordForm decision={answers.decision} onDecisionChange={onDecisionChange} />
    </>
  );
}
