import { lazy, type RefObject, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { type Answers, type Recommendation, recommend, STRATEGY_NAMES } from '../../engine';
import { ChartCard } from './chart-card';
import {
  chartHeightPx,
  FACTOR_ROW_HEIGHT_PX,
  LATENCY_LABEL_ROOM_PX,
  LATENCY_ROW_HEIGHT_PX,
  toFactorChartRows,
  toLatencyChartRows,
} from './chart-data';
import { ConsequencesTable } from './consequences-table';
import { FactorList } from './factor-list';
import { FlipList } from './flip-list';
import { PlanePlan } from './plane-plan';
import { regionNamer } from './region-names';
import { StrategyIcon } from './strategy-icon';
import { type PendingProblemNote, Verdict } from './verdict';
import './recommendation.css';

// recharts is the largest dependency: its chunk loads after the first paint, never in the first bundle.
const FactorChart = lazy(() => import('./charts').then((module) => ({ default: module.FactorChart })));
const LatencyChart = lazy(() => import('./charts').then((module) => ({ default: module.LatencyChart })));

export interface RecommendationPanelProps {
  /** The last valid answers; the recommendation is derived from them here, never stored. */
  answers: Answers;
  /** Problems in the typed answers that keep them from being used; the result is marked as not updated. */
  pendingProblems?: readonly PendingProblemNote[];
  /** A fixed chart width in px, for environments that cannot measure (tests). */
  chartWidthPx?: number;
}

const NO_PROBLEMS: readonly PendingProblemNote[] = [];

/** The result page: verdict, charts, reasons, what would change it, consequences and where the planes sit. */
export function RecommendationPanel({
  answers,
  pendingProblems = NO_PROBLEMS,
  chartWidthPx,
}: RecommendationPanelProps) {
  // Typing stays responsive with many regions: the result may trail a keystroke behind.
  const deferredAnswers = useDeferredValue(answers);
  const recommendation = useMemo(() => recommend(deferredAnswers), [deferredAnswers]);
  return (
    <RecommendationReport
      answers={deferredAnswers}
      chartWidthPx={chartWidthPx}
      pendingProblems={pendingProblems}
      recommendation={recommendation}
    />
  );
}

interface ReportProps {
  answers: Answers;
  recommendation: Recommendation;
  pendingProblems: readonly PendingProblemNote[];
  chartWidthPx: number | undefined;
}

function RecommendationReport({ answers, recommendation, pendingProblems, chartWidthPx }: ReportProps) {
  const factorRows = useMemo(() => toFactorChartRows(recommendation), [recommendation]);
  const latencyRows = useMemo(() => toLatencyChartRows(recommendation, answers), [recommendation, answers]);
  const nameOf = regionNamer(answers);
  const verdictRef = useRef<HTMLDivElement>(null);
  const verdictVisible = useIsVisible(verdictRef);
  const announcement = `Recommended strategy: ${STRATEGY_NAMES[recommendation.strategy]}, ${recommendation.confidence === 'close-call' ? 'a close call' : `${recommendation.confidence} fit`}.`;

  return (
    <div className="recommendation">
      <p aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      <div ref={verdictRef}>
        <Verdict pendingProblems={pendingProblems} recommendation={recommendation} />
      </div>

      <ChartCard
        caption={
          factorRows.length > 0
            ? 'Points each factor adds to a strategy’s case: Hub & Spoke to the left, Regional to the right. Longer bars weigh more.'
            : 'No factor weighs for either strategy with these answers.'
        }
        fixedWidthPx={chartWidthPx}
        headingId="factor-chart-heading"
        heightPx={chartHeightPx(factorRows.length, FACTOR_ROW_HEIGHT_PX)}
        legend={
          <ul className="legend" aria-label="Legend">
            <li>
              <span aria-hidden="true" className="swatch swatch--hub" />← Hub &amp; Spoke (solid)
            </li>
            <li>
              <span aria-hidden="true" className="swatch swatch--regional" />
              Regional (hatched) →
            </li>
          </ul>
        }
        renderChart={(widthPx) => (
          <FactorChart
            height={chartHeightPx(factorRows.length, FACTOR_ROW_HEIGHT_PX)}
            rows={factorRows}
            width={widthPx}
          />
        )}
        table={
          <table className="data-table">
            <caption className="visually-hidden">Points each factor adds to each strategy</caption>
            <thead>
              <tr>
                <th scope="col">Factor</th>
                <th scope="col">Hub &amp; Spoke</th>
                <th scope="col">Regional</th>
              </tr>
            </thead>
            <tbody>
              {factorRows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.title}</th>
                  <td>{row.favors === 'hub-and-spoke' ? `+${row.points}` : '–'}</td>
                  <td>{row.favors === 'regional' ? `+${row.points}` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        title="Why: what each factor adds"
      />

      <ChartCard
        caption={
          <>
            Estimated round trip from a central plane in <strong>{nameOf(recommendation.hub.regionId)}</strong> (the
            best-placed hub) to each region, against your {answers.latencyToleranceMs} ms tolerance. Estimates from
            distance, not measurements.
          </>
        }
        fixedWidthPx={chartWidthPx}
        headingId="latency-chart-heading"
        heightPx={chartHeightPx(latencyRows.length, LATENCY_ROW_HEIGHT_PX, LATENCY_LABEL_ROOM_PX)}
        legend={
          <ul className="legend" aria-label="Legend">
            <li>
              <span aria-hidden="true" className="swatch swatch--within" />
              Within tolerance (solid)
            </li>
            <li>
              <span aria-hidden="true" className="swatch swatch--beyond" />
              Beyond tolerance (cross-hatched)
            </li>
            <li>
              <span aria-hidden="true" className="swatch swatch--line" />
              Your tolerance
            </li>
          </ul>
        }
        renderChart={(widthPx) => (
          <LatencyChart
            height={chartHeightPx(latencyRows.length, LATENCY_ROW_HEIGHT_PX, LATENCY_LABEL_ROOM_PX)}
            rows={latencyRows}
            toleranceMs={answers.latencyToleranceMs}
            width={widthPx}
          />
        )}
        table={
          <table className="data-table">
            <caption className="visually-hidden">
              Estimated round trip from a hub in {nameOf(recommendation.hub.regionId)} to each region
            </caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Round trip</th>
                <th scope="col">Against your {answers.latencyToleranceMs} ms</th>
              </tr>
            </thead>
            <tbody>
              {latencyRows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.name}
                    {row.isHub ? ' (hub)' : ''}
                  </th>
                  <td>{Math.round(row.rttMs)} ms</td>
                  <td>{row.withinTolerance ? 'within' : 'beyond'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        title="Round trip from a central plane"
      />

      <FactorList factors={recommendation.factors} />
      <FlipList flips={recommendation.flips} strategy={recommendation.strategy} />
      <ConsequencesTable recommendation={recommendation} />
      <PlanePlan answers={answers} recommendation={recommendation} />

      <VerdictBar hidden={verdictVisible} pending={pendingProblems.length > 0} recommendation={recommendation} />
    </div>
  );
}

/** Whether the element is on screen; true where IntersectionObserver is missing (the bar then stays hidden). */
function useIsVisible(ref: RefObject<HTMLElement | null>): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[0];
      if (entry) setVisible(entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return visible;
}

/** On narrow screens, the verdict follows the questionnaire in a bar at the bottom, with a link to the result. */
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
  return (
    <div className={`verdict-bar verdict-bar--${strategy}`} data-hidden={hidden || undefined}>
      <StrategyIcon strategy={strategy} />
      <span className="verdict-bar-text">
        <span className="verdict-bar-label">{pending ? 'Not updated · ' : 'Recommended · '}</span>
        <strong>{STRATEGY_NAMES[strategy]}</strong>{' '}
        <span className="verdict-bar-scores">
          {scores[strategy].toFixed(1)} to {scores[strategy === 'regional' ? 'hub-and-spoke' : 'regional'].toFixed(1)}
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
        See why
      </button>
    </div>
  );
}
