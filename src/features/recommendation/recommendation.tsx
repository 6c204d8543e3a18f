import { lazy, memo, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { useSettledValue } from '../../components/use-settled-value';
import {
  type Answers,
  confidenceLabel,
  type Recommendation,
  type SensitivityCurve,
  type Strategy,
  strategyName,
} from '../../engine';
import { AnswersSummary } from './answers-summary';
import { ChartCard } from './chart-card';
import {
  chartHeightPx,
  FACTOR_ROW_HEIGHT_PX,
  type FactorChartRow,
  hasMeasuredRtt,
  LATENCY_LABEL_ROOM_PX,
  LATENCY_ROW_HEIGHT_PX,
  SENSITIVITY_CHART_HEIGHT_PX,
  SENSITIVITY_HEADING_PX,
  sensitivityTableRows,
  toFactorChartRows,
  toLatencyChartRows,
  toSensitivityChartData,
} from './chart-data';
import { ConsequencesTable } from './consequences-table';
import { FactorList, showFactorReason } from './factor-list';
import { FlipList } from './flip-list';
import { PlanePlan } from './plane-plan';
import { regionNamer } from './region-names';
import { RunPlan } from './run-plan';
import { StrategyIcon } from './strategy-icon';
import { useWhatIfs, type WhatIfsState } from './use-what-ifs';
import { type PendingProblemNote, Verdict } from './verdict';
import type { WhatIfs } from './what-ifs';
import './recommendation.css';

// recharts is the largest dependency: its chunk loads after the first paint, never in the first bundle.
const loadCharts = () => import('./charts');
const FactorChart = lazy(() => loadCharts().then((module) => ({ default: module.FactorChart })));
const LatencyChart = lazy(() => loadCharts().then((module) => ({ default: module.LatencyChart })));
const SensitivityChart = lazy(() => loadCharts().then((module) => ({ default: module.SensitivityChart })));

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

/** The factor and round-trip charts, each with its table. Memoized: unchanged answers redraw nothing. */
const RecommendationCharts = memo(function RecommendationCharts({
  answers,
  recommendation,
  chartWidthPx,
}: ResultPartProps) {
  const { locale, r } = useResultMessages();
  const c = r.charts;
  const factorRows = useMemo(
    () => toFactorChartRows(recommendation, c.factorShortLabels),
    [recommendation, c.factorShortLabels],
  );
  const latencyRows = useMemo(() => toLatencyChartRows(recommendation, answers), [recommendation, answers]);
  const measured = hasMeasuredRtt(latencyRows);
  const nameOf = regionNamer(answers);
  const tolerance = answers.latencyToleranceMs;
  const describePoints = useCallback(
    (row: FactorChartRow) => r.factors.pointsFor(row.points, strategyName(row.favors, locale, 'short')),
    [r, locale],
  );
  const showReason = useCallback((row: FactorChartRow) => showFactorReason(row.id), []);
  const factorHeight = chartHeightPx(factorRows.length, FACTOR_ROW_HEIGHT_PX);
  const latencyHeight = chartHeightPx(latencyRows.length, LATENCY_ROW_HEIGHT_PX, LATENCY_LABEL_ROOM_PX);

  return (
    <>
      <ChartCard
        caption={factorRows.length > 0 ? c.factorCaption : c.factorCaptionEmpty}
        fixedWidthPx={chartWidthPx}
        headingId="factor-chart-heading"
        heightPx={factorHeight}
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
            axisTitle={c.factorAxisTitle}
            describePoints={describePoints}
            formatAxis={c.axisPoints}
            height={factorHeight}
            hint={c.factorBarHint}
            onSelect={showReason}
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
                  <th scope="row">
                    {/* The keyboard's way to what a click on the bar does: to this factor's reason. */}
                    <button className="link-button" onClick={() => showReason(row)} type="button">
                      {row.title}
                    </button>
                  </th>
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
            {c.latencyCaptionAfter(tolerance)} {measured ? c.latencyMeasured : c.latencyEstimated}
          </>
        }
        fixedWidthPx={chartWidthPx}
        headingId="latency-chart-heading"
        heightPx={latencyHeight}
        legend={
          <ul className="legend" aria-label={c.legend}>
            <li>
              <span aria-hidden="true" className="swatch swatch--hub" />
              {c.latencyLegendHub}
            </li>
            <li>
              <span aria-hidden="true" className="swatch swatch--regional" />
              {c.latencyLegendRegional}
            </li>
            <li>
              <span aria-hidden="true" className="swatch swatch--line" />
              {c.latencyLegendLine}
            </li>
            {measured ? (
              <li>
                <span aria-hidden="true" className="swatch swatch--measured" />
                {c.latencyLegendMeasured}
              </li>
            ) : null}
          </ul>
        }
        renderChart={(widthPx) => (
          <LatencyChart
            axisTitle={c.latencyAxisTitle}
            formatBar={c.barRtt}
            formatMs={c.ms}
            height={latencyHeight}
            rows={latencyRows}
            toleranceLabel={c.toleranceLine(tolerance)}
            toleranceMs={tolerance}
            width={widthPx}
          />
        )}
        table={
          <table className="data-table">
            <caption className="visually-hidden">
              {c.latencyTableCaption(nameOf(recommendation.hub.regionId), tolerance)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{c.regionColumn}</th>
                <th scope="col">{c.fromHubColumn}</th>
                <th scope="col">{c.fromPlaneColumn}</th>
              </tr>
            </thead>
            <tbody>
              {latencyRows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.name}
                    {row.isHub ? c.hubSuffix : ''}
                  </th>
                  <td>{c.rttCell(row.hubRttMs, row.hubRttMs <= tolerance, row.hubMeasured)}</td>
                  <td>
                    {c.rttCell(row.regionalRttMs, row.regionalRttMs <= tolerance, row.regionalMeasured, row.planeName)}
                  </td>
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

/** Height of the two "how the answer moves" charts with their headings. */
const SENSITIVITY_CARD_CHART_PX = 2 * (SENSITIVITY_CHART_HEIGHT_PX + SENSITIVITY_HEADING_PX);

/** Both scores as the tolerance and the engineers change: the what-ifs, drawn. */
function SensitivityCard({
  sensitivity,
  chartWidthPx,
}: {
  sensitivity: readonly SensitivityCurve[];
  chartWidthPx: number | undefined;
}) {
  const { locale, r } = useResultMessages();
  const c = r.charts;
  const curves = useMemo(() => sensitivity.map(toSensitivityChartData), [sensitivity]);
  const hubName = strategyName('hub-and-spoke', locale, 'short');
  const regionalName = strategyName('regional', locale, 'short');
  const marks = curves.map((data) => {
    const format = c.sensitivityValues[data.answer];
    return {
      current: c.currentMark(format(data.current)),
      flip:
        data.flipValue === null ? '' : c.flipMark(format(data.flipValue), strategyName(data.flipTo, locale, 'short')),
    };
  });
  return (
    <ChartCard
      caption={c.sensitivityCaption}
      fixedWidthPx={chartWidthPx}
      headingId="sensitivity-chart-heading"
      heightPx={SENSITIVITY_CARD_CHART_PX}
      legend={
        <ul className="legend" aria-label={c.legend}>
          <li>
            <span aria-hidden="true" className="swatch swatch--hub-line" />
            {c.legendHubScore}
          </li>
          <li>
            <span aria-hidden="true" className="swatch swatch--regional-line" />
            {c.legendRegionalScore}
          </li>
          <li>
            <span aria-hidden="true" className="swatch swatch--current" />
            {c.legendCurrent}
          </li>
          <li>
            <span aria-hidden="true" className="swatch swatch--flip" />
            {c.legendFlip}
          </li>
        </ul>
      }
      renderChart={(widthPx) => (
        <div className="sensitivity-charts">
          {curves.map((data, index) => (
            <div className="sensitivity-chart" key={data.answer}>
              <p className="sensitivity-chart-heading">
                {c.sensitivityHeadings[data.answer]}
                {data.flipValue === null ? <span className="sensitivity-chart-note">{c.noFlipMark}</span> : null}
              </p>
              <SensitivityChart
                axisTitle={c.sensitivityAxes[data.answer]}
                currentLabel={marks[index]?.current ?? ''}
                data={data}
                flipLabel={marks[index]?.flip ?? ''}
                formatTick={c.axisPoints}
                height={SENSITIVITY_CHART_HEIGHT_PX}
                scoreAxisTitle={c.scoreAxisTitle}
                width={widthPx}
              />
            </div>
          ))}
        </div>
      )}
      table={curves.map((data) => (
        <table className="data-table" key={data.answer}>
          <caption>{c.sensitivityTableCaption(c.sensitivityHeadings[data.answer])}</caption>
          <thead>
            <tr>
              <th scope="col">{c.sensitivityAxes[data.answer]}</th>
              <th scope="col">{hubName}</th>
              <th scope="col">{regionalName}</th>
              <th scope="col">{c.winnerColumn}</th>
            </tr>
          </thead>
          <tbody>
            {sensitivityTableRows(data).map((row) => (
              <tr key={row.value}>
                <th scope="row">
                  {c.sensitivityValues[data.answer](row.value)}
                  {row.value === data.current ? c.currentSuffix : ''}
                  {row.value === data.flipValue ? c.flipSuffix : ''}
                </th>
                <td>{c.score(row.hubAndSpoke)}</td>
                <td>{c.score(row.regional)}</td>
                <td>{row.strategy === 'regional' ? regionalName : hubName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      title={c.sensitivityTitle}
    />
  );
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
  return (
    <>
      <RecommendationCharts answers={answers} chartWidthPx={chartWidthPx} recommendation={recommendation} />
      <FactorList factors={recommendation.factors} />
      <WhatIfsCards chartWidthPx={chartWidthPx} strategy={recommendation.strategy} whatIfs={whatIfs} />
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
  recommendation: Recommendation;
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
