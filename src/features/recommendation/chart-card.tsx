import { type ReactNode, Suspense, useState } from 'react';
import { ErrorBoundary } from '../../components/error-boundary';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { wordGap } from '../../components/i18n/word-gap';
import { isSideBySide } from '../../components/layout';
import { WhenVisible } from '../../components/when-visible';

/** Width a chart is drawn at until recharts' ResponsiveContainer has measured its box (and in jsdom), px. */
export const DEFAULT_CHART_WIDTH_PX = 640;

export interface ChartCardProps {
  headingId: string;
  title: string;
  caption: ReactNode;
  /** A legend in HTML, beside the chart. */
  legend?: ReactNode;
  heightPx: number;
  /** The (lazily loaded) chart. */
  chart: ReactNode;
  /** The same figures as a table: the chart's text alternative, and the view for anyone who prefers it. */
  table: ReactNode;
  /** What prints: the chart, or its table where exact figures serve the meeting better. */
  paper?: 'chart' | 'table';
}

/**
 * A chart with its text alternative. The chart itself is hidden from assistive technology; the table is always
 * in the page (visually hidden until "Show table", or until focus moves into it). The chart area keeps its height
 * while the chart code loads; a printout shows the table instead of a chart not yet drawn (print CSS), never an
 * empty box. The area is not `inert`: a chart's tooltips follow the mouse.
 */
export function ChartCard({
  headingId,
  title,
  caption,
  legend,
  heightPx,
  chart,
  table,
  paper = 'chart',
}: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const { locale, r } = useResultMessages();
  const placeholder = <div className="chart-placeholder" style={{ height: heightPx }} />;
  return (
    <section
      aria-labelledby={headingId}
      className={
        paper === 'table' ? 'card result-card chart-card chart-card--paper-table' : 'card result-card chart-card'
      }
    >
      <div className="result-card-head">
        <h3 className="result-card-title" id={headingId}>
          {title}
        </h3>
        <button
          className="button button--ghost button--small"
          onClick={() => setShowTable((shown) => !shown)}
          type="button"
        >
          {showTable ? r.charts.showChart : r.charts.showTable}
          {wordGap(locale, r.charts.showTable, r.charts.forChart(title))}
          <span className="visually-hidden">{r.charts.forChart(title)}</span>
        </button>
      </div>
      <p className="result-card-lede">{caption}</p>
      {legend}
      <div aria-hidden="true" className="chart-area" hidden={showTable} style={{ minHeight: heightPx }}>
        <ErrorBoundary
          fallback={() => (
            <p className="chart-error" style={{ height: heightPx }}>
              {r.charts.chartError}
            </p>
          )}
        >
          {/* recharts (its chunk, its drawing) waits until the card is near, or (beside the questionnaire, where a
          print from the browser's menu should find it drawn) the browser is idle: on a phone the result is far below. */}
          <WhenVisible placeholder={placeholder} whenIdle={isSideBySide()}>
            <Suspense fallback={placeholder}>{chart}</Suspense>
          </WhenVisible>
        </ErrorBoundary>
      </div>
      <div className={showTable ? 'chart-table' : 'chart-table chart-table--hidden'}>{table}</div>
    </section>
  );
}
