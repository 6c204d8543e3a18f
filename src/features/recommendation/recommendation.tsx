import { memo, useEffect, useRef, useState } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { onPrepareForPrint } from '../../components/print-preparation';
import { useSettledValue } from '../../components/use-settled-value';
import { type Answers, confidenceLabel, type Recommendation, type Strategy, strategyName } from '../../engine';
import { AnswersSummary } from './answers-summary';
import { ConsequencesTable } from './consequences-table';
import { FactorCard } from './factor-card';
import { FactorList } from './factor-list';
import { FlipList } from './flip-list';
import { LatencyCard } from './latency-card';
import { loadCharts } from './lazy-charts';
import { PlanePlan } from './plane-plan';
import { RunPlan } from './run-plan';
import { SensitivityCard } from './sensitivity-card';
import { usePlanes } from './use-planes';
import { useWhatIfs, type WhatIfsState } from './use-what-ifs';
import { type PendingProblemNote, Verdict } from './verdict';
import { useViewportPlace, VerdictBar } from './verdict-bar';
import type { WhatIfs } from './what-ifs';
import './recommendation.css';

export interface RecommendationPanelProps {
  /** The last valid answers. */
  answers: Answers;
  /** Their recommendation in the reader's language (worked out once for the whole result). */
  recommendation: Recommendation;
  /**
   * What everything below the verdict shows: the same answers and recommendation, deferred by the caller
   * (useDeferredValue) so a keystroke's verdict is drawn first. The current ones when left out.
   */
  details?: ResultDetailsProps | undefined;
  /** Problems in the typed answers that keep them from being used; the result is marked as not updated. */
  pendingProblems?: readonly PendingProblemNote[];
  /** The charts' width until they are measured, px (jsdom cannot measure: tests pass one). */
  chartWidthPx?: number;
}

const NO_PROBLEMS: readonly PendingProblemNote[] = [];

/**
 * How long the verdict must stay the same before screen readers are told it, ms: long enough that typing "150"
 * does not announce the verdicts for "1" and "15" on the way, and that a screen reader's echo of the keys typed
 * does not cut the announcement off. GOV.UK's accessible-autocomplete waits as long for its status messages
 * (statusDebounceMillis, 1400 ms).
 */
export const ANNOUNCE_AFTER_MS = 1400;

/** The result page: verdict, charts, reasons, what would change it, consequences and where the planes sit. */
export function RecommendationPanel({
  answers,
  recommendation,
  details,
  pendingProblems = NO_PROBLEMS,
  chartWidthPx,
}: RecommendationPanelProps) {
  const { locale, r } = useResultMessages();
  const panelRef = useRef<HTMLDivElement>(null);
  // The bar points down to the verdict from the questionnaire; once the result is reached, the action bar at its
  // top is in reach instead, so the two never share the screen. The whole result is watched, not the verdict: a
  // jump from above the verdict to below it (a link, "end") changes nothing an observer of the verdict would see.
  const resultPlace = useViewportPlace(panelRef);
  // A printout made before the charts' code arrived waits for it (the print button, and the browser's own print).
  useEffect(() => onPrepareForPrint(loadCharts), []);
  const announcement = useSettledValue(
    r.verdict.announcement(
      strategyName(recommendation.strategy, locale),
      recommendation.confidence,
      confidenceLabel(recommendation.confidence, locale),
    ),
    ANNOUNCE_AFTER_MS,
  );
  return (
    <div className="recommendation" ref={panelRef}>
      <p aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {/* Print only, and first on paper: the answers the recommendation rests on. */}
      <AnswersSummary answers={details?.answers ?? answers} />
      <Verdict pendingProblems={pendingProblems} recommendation={recommendation} />
      <ResultDetails
        answers={details?.answers ?? answers}
        chartWidthPx={chartWidthPx}
        recommendation={details?.recommendation ?? recommendation}
      />
      <VerdictBar
        hidden={resultPlace !== 'below'}
        pending={pendingProblems.length > 0}
        recommendation={recommendation}
      />
    </div>
  );
}

interface ResultPartProps {
  answers: Answers;
  recommendation: Recommendation;
  chartWidthPx: number | undefined;
}

/**
 * What would change it and how the answer moves, from the worker. While new answers are worked out, the cards keep
 * their place (nothing below jumps) but show none of the earlier answers' figures: only that they are being updated.
 */
function WhatIfsCards({
  whatIfs,
  strategy,
  chartWidthPx,
}: {
  whatIfs: WhatIfsState;
  strategy: Strategy;
  chartWidthPx: number | undefined;
}) {
  const { r } = useResultMessages();
  // The last figures shown, to hold the cards' size while the next ones are worked out; never shown themselves.
  const [held, setHeld] = useState<WhatIfs | null>(null);
  if (whatIfs.status === 'done' && held !== whatIfs.whatIfs) setHeld(whatIfs.whatIfs);
  if (whatIfs.status === 'failed') {
    return (
      <div className="card notice notice--error" role="alert">
        <h3 className="card-title">{r.flips.failedTitle}</h3>
        <p>
          {r.flips.failed} <code>{whatIfs.message}</code>
        </p>
      </div>
    );
  }
  const updating = whatIfs.status === 'working';
  const shown = whatIfs.status === 'done' ? whatIfs.whatIfs : held;
  return (
    <div aria-busy={updating} className={updating ? 'what-ifs what-ifs--updating' : 'what-ifs'}>
      {updating ? (
        // Not a live region: it comes and goes with every keystroke, which a screen reader would read out each time.
        <p className="what-ifs-status">{r.flips.working}</p>
      ) : null}
      <div className="what-ifs-cards" style={updating ? { visibility: 'hidden' } : undefined}>
        <FlipList flips={shown?.flips ?? []} strategy={strategy} />
        <SensitivityCard chartWidthPx={chartWidthPx} sensitivity={shown?.curves ?? []} />
      </div>
    </div>
  );
}

export interface ResultDetailsProps {
  readonly answers: Answers;
  readonly recommendation: Recommendation;
}

/**
 * Everything below the verdict: charts, reasons, what would change it, consequences and the plans. Memoized: the
 * render that draws a keystroke's verdict finds its (deferred) props unchanged and leaves it for the next one. What
 * would change it and how the answer moves score the answers again for every value they try: a worker works them out.
 */
const ResultDetails = memo(function ResultDetails({ answers, recommendation, chartWidthPx }: ResultPartProps) {
  const { locale } = useResultMessages();
  const whatIfs = useWhatIfs(answers, locale);
  const planes = usePlanes(recommendation, answers);
  return (
    <>
      <FactorCard chartWidthPx={chartWidthPx} recommendation={recommendation} />
      <LatencyCard chartWidthPx={chartWidthPx} planes={planes} toleranceMs={answers.latencyToleranceMs} />
      <FactorList factors={recommendation.factors} />
      <WhatIfsCards chartWidthPx={chartWidthPx} strategy={recommendation.strategy} whatIfs={whatIfs} />
      <ConsequencesTable recommendation={recommendation} />
      <PlanePlan answers={answers} recommendation={recommendation} />
      <RunPlan recommendation={recommendation} />
    </>
  );
});
