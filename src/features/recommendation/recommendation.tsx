import { memo, useEffect, useRef } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { onPrepareForPrint } from '../../components/print-preparation';
import { useSettledValue } from '../../components/use-settled-value';
import { useValueAfterPaint } from '../../components/use-value-after-paint';
import {
  type Answers,
  type CoreRecommendation,
  confidenceLabel,
  type Recommendation,
  strategyName,
} from '../../engine';
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
import { useCoreRecommendation, useRecommendation } from './use-recommendation';
import { type PendingProblemNote, Verdict } from './verdict';
import { useViewportPlace, VerdictBar } from './verdict-bar';
import './recommendation.css';

export interface RecommendationPanelProps {
  /** The last valid answers; the recommendation is derived from them here, never stored. */
  answers: Answers;
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
  pendingProblems = NO_PROBLEMS,
  chartWidthPx,
}: RecommendationPanelProps) {
  const { locale, r } = useResultMessages();
  // Three stages, each after the last one's paint, so a keystroke's verdict reaches the very next frame:
  // 1. the verdict, from the recommendation without its what-ifs (a fraction of a millisecond);
  // 2. the factor and round-trip charts, from that same recommendation (recharts takes tens of milliseconds);
  // 3. the what-ifs and how the answer moves (most of the engine's work), the reasons, consequences and map.
  const recommendation = useCoreRecommendation(answers, locale);
  const chartAnswers = useValueAfterPaint(answers);
  const chartRecommendation = useCoreRecommendation(chartAnswers, locale);
  const laterAnswers = useValueAfterPaint(chartAnswers);
  const laterRecommendation = useRecommendation(laterAnswers, locale);
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
      <AnswersSummary answers={answers} />
      <Verdict pendingProblems={pendingProblems} recommendation={recommendation} />
      <RecommendationCharts answers={chartAnswers} chartWidthPx={chartWidthPx} recommendation={chartRecommendation} />
      <RecommendationReasons answers={laterAnswers} chartWidthPx={chartWidthPx} recommendation={laterRecommendation} />
      <VerdictBar
        hidden={resultPlace !== 'below'}
        pending={pendingProblems.length > 0}
        recommendation={recommendation}
      />
    </div>
  );
}

interface ResultPartProps<R extends CoreRecommendation = Recommendation> {
  answers: Answers;
  recommendation: R;
  chartWidthPx: number | undefined;
}

/** The factor and round-trip charts, each with its table. Memoized: unchanged answers redraw nothing. */
const RecommendationCharts = memo(function RecommendationCharts({
  answers,
  recommendation,
  chartWidthPx,
}: ResultPartProps<CoreRecommendation>) {
  const planes = usePlanes(recommendation, answers);
  return (
    <>
      <FactorCard chartWidthPx={chartWidthPx} recommendation={recommendation} />
      <LatencyCard chartWidthPx={chartWidthPx} planes={planes} toleranceMs={answers.latencyToleranceMs} />
    </>
  );
});

/**
 * Reasons, what-ifs, consequences and the plan with its map. Memoized: a keystroke first renders the page with
 * the previous (later) answers, and this part then has nothing to redo until the new answers arrive.
 */
const RecommendationReasons = memo(function RecommendationReasons({
  answers,
  recommendation,
  chartWidthPx,
}: ResultPartProps) {
  return (
    <>
      <FactorList factors={recommendation.factors} />
      <FlipList flips={recommendation.flips} strategy={recommendation.strategy} />
      <SensitivityCard answers={answers} chartWidthPx={chartWidthPx} />
      <ConsequencesTable recommendation={recommendation} />
      <PlanePlan answers={answers} recommendation={recommendation} />
      <RunPlan recommendation={recommendation} />
    </>
  );
});
