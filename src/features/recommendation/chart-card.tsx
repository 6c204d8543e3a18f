import { type ReactNode, Suspense, useState } from 'react';
import { ErrorBoundary } from '../../components/error-boundary';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { isSideBySide } from '../../components/layout';
import { useElementWidth } from '../../components/use-element-width';
import { WhenVisible } from '../../components/when-visible';

export interface ChartCardProps {
  headingId: string;
  title: string;
  caption: ReactNode;
  /** A legend in HTML, beside the chart. */
  legend?: ReactNode;
  heightPx: number;
  /** A fixed chart width in px; without it the card measures itself (jsdom cannot, so tests pass one). */
  fixedWidthPx?: number | undefined;
  /** The (lazily loaded) chart at the given width. */
  renderChart: (widthPx: number) => ReactNode;
  /** The same figures as a table: the chart's text alternative, and the view for anyone who prefers it. */
  table: ReactNode;
}

/**
 * A chart with its text alternative. The chart itself is hidden from assistive technology; the table is always
 * in the page (visually hidden until "Show table", or until focus moves into it). The chart area keeps its height
 * until its width is known and while the chart code loads. It is not `inert`: a chart's tooltips follow the mouse.
 */
export function ChartCard({
  headingId,
  title,
  caption,
  legend,
  heightPx,
  fixedWidthPx,
  renderChart,
  table,
}: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const { r } = useResultMessages();
  const [areaRef, measuredWidthPx] = useElementWidth<HTMLDivElement>();
  const widthPx = fixedWidthPx ?? measuredWidthPx;
  const placeholder = <div aria-hidden="true" className="chart-placeholder" style={{ height: heightPx }} />;
  return (
    <section aria-labelledby={headingId} className="card result-card chart-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id={headingId}>
          {title}
        </h3>
        <button
          className="button button--ghost button--small"
          onClick={() => setShowTable((shown) => !shown)}
          type="button"
        >
          {showTable ? r.charts.showChart : r.charts.showTable}{' '}
          <span className="visually-hidden">{r.charts.forChart(title)}</span>
        </button>
      </div>
      <p className="result-card-lede">{caption}</p>
      {legend}
      <div aria-hidden="true" className="chart-area" hidden={showTable} ref={areaRef} style={{ minHeight: heightPx }}>
        {widthPx > 0 ? (
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
              <Suspense fallback={placeholder}>{renderChart(widthPx)}</Suspense>
            </WhenVisible>
          </ErrorBoundary>
        ) : (
          placeholder
        )}
      </div>
      <div className={showTable ? 'chart-table' : 'chart-table chart-table--hidden'}>{table}</div>
    </section>
  );
}
