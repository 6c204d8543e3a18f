import { useMemo } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { type SensitivityCurve, strategyName } from '../../engine';
import { ChartCard, DEFAULT_CHART_WIDTH_PX } from './chart-card';
import { ChartLegend } from './chart-parts';
import { SensitivityChart } from './lazy-charts';
import { SENSITIVITY_CHART_HEIGHT_PX, sensitivityTableRows, toSensitivityChartData } from './sensitivity-chart-data';

/** The gap and the heading above each of the two sensitivity charts, px. */
const SENSITIVITY_HEADING_PX = 30;
/** Height of the two "how the answer moves" charts with their headings. */
const SENSITIVITY_CARD_CHART_PX = 2 * (SENSITIVITY_CHART_HEIGHT_PX + SENSITIVITY_HEADING_PX);

/** Both scores as the tolerance and the engineers change: the what-ifs, drawn, each with its table. */
export function SensitivityCard({
  sensitivity,
  chartWidthPx,
}: {
  /** The curves the what-ifs worker worked out (what-ifs.ts). */
  sensitivity: readonly SensitivityCurve[];
  chartWidthPx: number | undefined;
}) {
  const { locale, r } = useResultMessages();
  const c = r.charts;
  const curves = useMemo(() => sensitivity.map(toSensitivityChartData), [sensitivity]);
  const hubName = strategyName('hub-and-spoke', locale, 'short');
  const regionalName = strategyName('regional', locale, 'short');
  return (
    <ChartCard
      caption={c.sensitivityCaption}
      chart={
        <div className="sensitivity-charts">
          {curves.map((data) => {
            const format = c.sensitivityValues[data.answer];
            return (
              <div className="sensitivity-chart" key={data.answer}>
                <p className="sensitivity-chart-heading">
                  {c.sensitivityHeadings[data.answer]}
                  {data.flipValue === null ? <span className="sensitivity-chart-note">{c.noFlipMark}</span> : null}
                </p>
                <SensitivityChart
                  axisTitle={c.sensitivityAxes[data.answer]}
                  currentLabel={c.currentMark(format(data.current))}
                  data={data}
                  flipLabel={
                    data.flipValue === null
                      ? ''
                      : c.flipMark(format(data.flipValue), strategyName(data.flipTo, locale, 'short'))
                  }
                  formatTick={c.axisPoints}
                  height={SENSITIVITY_CHART_HEIGHT_PX}
                  initialWidthPx={chartWidthPx ?? DEFAULT_CHART_WIDTH_PX}
                  scoreAxisTitle={c.scoreAxisTitle}
                />
              </div>
            );
          })}
        </div>
      }
      headingId="sensitivity-chart-heading"
      heightPx={SENSITIVITY_CARD_CHART_PX}
      legend={
        <ChartLegend
          items={[
            { swatch: 'swatch--hub-line', text: c.legendHubScore },
            { swatch: 'swatch--regional-line', text: c.legendRegionalScore },
            { swatch: 'swatch--current', text: c.legendCurrent },
            { swatch: 'swatch--flip', text: c.legendFlip },
          ]}
          label={c.legend}
        />
      }
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
