import { memo, useCallback, useMemo } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { type Recommendation, strategyName } from '../../engine';
import { ChartCard, DEFAULT_CHART_WIDTH_PX } from './chart-card';
import { chartHeightPx } from './chart-layout';
import { ChartLegend } from './chart-parts';
import { FACTOR_ROW_HEIGHT_PX, type FactorChartRow, toFactorChartRows } from './factor-chart-data';
import { showFactorReason } from './factor-list';
import { FactorChart } from './lazy-charts';

/** What each factor adds to either strategy, as a chart with its table; each row leads to the factor's reason. */
export const FactorCard = memo(function FactorCard({
  recommendation,
  chartWidthPx,
}: {
  recommendation: Pick<Recommendation, 'factors'>;
  chartWidthPx: number | undefined;
}) {
  const { locale, r } = useResultMessages();
  const c = r.charts;
  const rows = useMemo(
    () => toFactorChartRows(recommendation, c.factorShortLabels),
    [recommendation, c.factorShortLabels],
  );
  const describePoints = useCallback(
    (row: FactorChartRow) => r.factors.pointsFor(row.points, strategyName(row.favors, locale, 'short')),
    [r, locale],
  );
  const showReason = useCallback((row: FactorChartRow) => showFactorReason(row.id), []);
  const height = chartHeightPx(rows.length, FACTOR_ROW_HEIGHT_PX);
  return (
    <ChartCard
      caption={rows.length > 0 ? c.factorCaption : c.factorCaptionEmpty}
      chart={
        <FactorChart
          axisTitle={c.factorAxisTitle}
          describePoints={describePoints}
          formatAxis={c.axisPoints}
          height={height}
          hint={c.factorBarHint}
          initialWidthPx={chartWidthPx ?? DEFAULT_CHART_WIDTH_PX}
          onSelect={showReason}
          rows={rows}
        />
      }
      headingId="factor-chart-heading"
      heightPx={height}
      legend={
        <ChartLegend
          items={[
            { swatch: 'swatch--hub', text: c.factorLegendHub },
            { swatch: 'swatch--regional', text: c.factorLegendRegional },
          ]}
          label={c.legend}
        />
      }
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
            {rows.map((row) => (
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
  );
});
