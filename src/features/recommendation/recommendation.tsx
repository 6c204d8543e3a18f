import { memo, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
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
import { ChartCard } from './chart-card';
import {
  chartHeightPx,
  FACTOR_ROW_HEIGHT_PX,
  LATENCY_LABEL_ROOM_PX,
  LATENCY_ROW_HEIGHT_PX,
  toFactorChartRows,
  toLatencyChartRows,
} from './chart-data';
import { FactorChart, LatencyChart } from './charts';
import { ConsequencesTable } from './consequences-table';
import { FactorList } from './factor-list';
import { FlipList } from './flip-list';
import { PlanePlan } from './plane-plan';
import { regionNamer } from './region-names';
import { RunPlan } from './run-plan';
import { StrategyIcon } from './strategy-icon';
import { useCoreRecommendation, useRecommendation } from './use-recommendation';
import { type PendingProblemNote, Verdict } from './verdict';
import './recommendation.css';

export interface RecommendationPanelProps {
  /** The last valid answers; the recommendation is derived from them here, never stored. */
  answers: Answers;
  /** Problems in the typed answers that keep them from being used; the result is marked as not updated. */
  pendingProblems?: readonly PendingProblemNote[];
  /** A fixed chart width in px, for environments that cannot measure (tests). */
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
  // The verdict and the charts follow every change at once, in the frame after the keystroke: scoring them takes
  // a fraction of a millisecond and both charts about 2 ms. The what-ifs (most of the engine's work) and the
  // reasons, consequences and map, long text below that costs more to lay out, follow once that frame is painted,
  // so neither typing nor it waits for them.
  const recommendation = useCoreRecommendation(answers, locale);
  const laterAnswers = useValueAfterPaint(answers);
  const laterRecommendation = useRecommendation(laterAnswers, locale);
  const panelRef = useRef<HTMLDivElement>(null);
  // The bar points down to the verdict from the questionnaire; once the result is reached, the action bar at its
  // top is in reach instead, so the two never share the screen. The whole result is watched, not the verdict: a
  // jump from above the verdict to below it (a link, "end") changes nothing an observer of the verdict would see.
  const resultPlace = useViewportPlace(panelRef);
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
      <RecommendationCharts answers={answers} chartWidthPx={chartWidthPx} recommendation={recommendation} />
      <RecommendationReasons answers={laterAnswers} recommendation={laterRecommendation} />
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
}

/** The two charts, each with its table. Memoized: a change that leaves the answers alone redraws nothing. */
const RecommendationCharts = memo(function RecommendationCharts({
  answers,
  recommendation,
  chartWidthPx,
}: ResultPartProps<CoreRecommendation> & { chartWidthPx: number | undefined }) {
  const { locale, r } = useResultMessages();
  const c = r.charts;
  const factorRows = useMemo(
    () => toFactorChartRows(recommendation, c.factorShortLabels),
    [recommendation, c.factorShortLabels],
  );
  const latencyRows = useMemo(() => toLatencyChartRows(recommendation, answers), [recommendation, answers]);
  const nameOf = regionNamer(answers);

  return (
    <>
      <ChartCard
        axisTitle={factorRows.length > 0 ? c.factorAxisTitle : undefined}
        caption={factorRows.length > 0 ? c.factorCaption : c.factorCaptionEmpty}
        fixedWidthPx={chartWidthPx}
        headingId="factor-chart-heading"
        heightPx={chartHeightPx(factorRows.length, FACTOR_ROW_HEIGHT_PX)}
        legend={
          <ul className="legend" aria-label={c.legend}>
            <li>
              <span aria-hidden="true" className="swatch swatch--hub" />
              {c.factorLegendHub}
            </li>
            <li>
              <span aria-hidden="true" className="swatch swatch--regional" />
              {c.factorLegendRegional}
            </li>
          </ul>
        }
        renderChart={(widthPx) => (
          <FactorChart
            height={chartHeightPx(factorRows.length, FACTOR_ROW_HEIGHT_PX)}
            formatAxis={c.axisPoints}
            rows={factorRows}
            width={widthPx}
          />
        )}
        table={
          <table className="data-table">
            <caption className="visually-hidden">{c.factorTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.factorColumn}</th>
                <th scope="col">{strategyName('hub-and-spoke', locale, 'short')}</th>
                <th scope="col">{strategyName('regional', locale, 'short')}</th>
              </tr>
            </thead>
            <tbody>
              {factorRows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.title}</th>
                  <td>{row.favors === 'hub-and-spoke' ? c.points(row.points) : c.noPoints}</td>
                  <td>{row.favors === 'regional' ? c.points(row.points) : c.noPoints}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        title={c.factorTitle}
      />

      <ChartCard
        caption={
          <>
            {c.latencyCaptionBefore} <strong>{nameOf(recommendation.hub.regionId)}</strong>{' '}
            {c.latencyCaptionAfter(answers.latencyToleranceMs)}
          </>
        }
        fixedWidthPx={chartWidthPx}
        headingId="latency-chart-heading"
        heightPx={chartHeightPx(latencyRows.length, LATENCY_ROW_HEIGHT_PX, LATENCY_LABEL_ROOM_PX)}
        legend={
          <ul className="legend" aria-label={c.legend}>
            <li>
              <span aria-hidden="true" className="swatch swatch--within" />
              {c.latencyLegendWithin}
            </li>
            <li>
              <span aria-hidden="true" className="swatch swatch--beyond" />
              {c.latencyLegendBeyond}
            </li>
            <li>
              <span aria-hidden="true" className="swatch swatch--line" />
              {c.latencyLegendLine}
            </li>
          </ul>
        }
        renderChart={(widthPx) => (
          <LatencyChart
            height={chartHeightPx(latencyRows.length, LATENCY_ROW_HEIGHT_PX, LATENCY_LABEL_ROOM_PX)}
            formatBar={c.barRtt}
            formatMs={c.ms}
            rows={latencyRows}
            toleranceLabel={c.toleranceLine(answers.latencyToleranceMs)}
            toleranceMs={answers.latencyToleranceMs}
            width={widthPx}
          />
        )}
        table={
          <table className="data-table">
            <caption className="visually-hidden">{c.latencyTableCaption(nameOf(recommendation.hub.regionId))}</caption>
            <thead>
              <tr>
                <th scope="col">{c.regionColumn}</th>
                <th scope="col">{c.roundTripColumn}</th>
                <th scope="col">{c.againstColumn(answers.latencyToleranceMs)}</th>
              </tr>
            </thead>
            <tbody>
              {latencyRows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.name}
                    {row.isHub ? c.hubSuffix : ''}
                  </th>
                  <td>{c.ms(Math.round(row.rttMs))}</td>
                  <td>{row.withinTolerance ? c.within : c.beyond}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        title={c.latencyTitle}
      />
    </>
  );
});

/**
 * Reasons, what-ifs, consequences and the plan with its map. Memoized: a keystroke first renders the page with
 * the previous (later) answers, and this part then has nothing to redo until the new answers arrive.
 */
const RecommendationReasons = memo(function RecommendationReasons({ answers, recommendation }: ResultPartProps) {
  return (
    <>
      <FactorList factors={recommendation.factors} />
      <FlipList flips={recommendation.flips} strategy={recommendation.strategy} />
      <ConsequencesTable recommendation={recommendation} />
      <PlanePlan answers={answers} recommendation={recommendation} />
      <RunPlan recommendation={recommendation} />
    </>
  );
});

/**
 * Where the element is against the viewport: on screen, or scrolled past above, or still to come below. "visible"
 * where IntersectionObserver is missing (the bar then stays hidden).
 */
function useViewportPlace(ref: RefObject<HTMLElement | null>): 'visible' | 'above' | 'below' {
  const [place, setPlace] = useState<'visible' | 'above' | 'below'>('visible');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[0];
      if (!entry) return;
      const below = entry.boundingClientRect.top > 0;
      setPlace(entry.isIntersecting ? 'visible' : below ? 'below' : 'above');
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return place;
}

/**
 * On narrow screens, the verdict follows the questionnaire in a bar at the bottom, with a link to the result; it
 * leaves once the result is reached.
 */
function VerdictBar({
  recommendation,
  pending,
  hidden,
}: {
  recommendation: CoreRecommendation;
  pending: boolean;
  hidden: boolean;
}) {
  const { strategy, scores } = recommendation;
  const { locale, r } = useResultMessages();
  const m = r.verdict;
  return (
    <div className={`verdict-bar verdict-bar--${strategy}`} data-hidden={hidden || undefined}>
      <StrategyIcon strategy={strategy} />
      <span className="verdict-bar-text">
        <span className="verdict-bar-label">{pending ? m.barNotUpdated : m.barRecommended}</span>
        <strong>{strategyName(strategy, locale, 'short')}</strong>{' '}
        <span className="verdict-bar-scores">
          {m.barScores(scores[strategy], scores[strategy === 'regional' ? 'hub-and-spoke' : 'regional'])}
        </span>
      </span>
      <button
        className="verdict-bar-link"
        type="button"
        onClick={() => {
          const heading = document.getElementById('verdict-heading');
          if (!heading) return;
          heading.scrollIntoView({ behavior: 'smooth', block: 'start' });
          heading.focus({ preventScroll: true });
        }}
      >
        {m.seeWhy}
      </button>
    </div>
  );
}
