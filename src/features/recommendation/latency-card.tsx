import { memo, useCallback, useMemo } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { wordGap } from '../../components/i18n/word-gap';
import { useSettledValue } from '../../components/use-settled-value';
import type { PlanesView } from '../../engine';
import { ChartCard, DEFAULT_CHART_WIDTH_PX } from './chart-card';
import { chartHeightPx } from './chart-layout';
import { ChartLegend } from './chart-parts';
import {
  hasMeasuredRtt,
  LATENCY_LABEL_ROOM_PX,
  LATENCY_ROW_HEIGHT_PX,
  type LatencyBar,
  type LatencyBarKind,
  type LatencyChartRow,
  toLatencyChartRows,
} from './latency-chart-data';
import { LatencyChart } from './lazy-charts';
import { describePlane } from './plane-words';

/**
 * Beyond this many regions the chart (two bars and two labels per region, drawn by recharts in one task) is redrawn
 * once typing pauses, so a keystroke's tasks stay under 50 ms; the table beside it follows every keystroke. Team's
 * judgement from `npm run bench:browser`: 100 regions took 60-74 ms per redraw, 50 regions stayed under 50 ms.
 */
const REDRAW_ON_PAUSE_REGIONS = 40;
/** How long typing must pause before a large estate's chart is redrawn, ms (team's judgement). */
const TYPING_PAUSE_MS = 300;

/**
 * Round trips under both strategies, as a chart with its table: each region's figure from the hub that manages it
 * and from its regional plane, each labelled with that plane where there are several.
 */
export const LatencyCard = memo(function LatencyCard({
  planes,
  toleranceMs,
  chartWidthPx,
}: {
  planes: PlanesView;
  toleranceMs: number;
  chartWidthPx: number | undefined;
}) {
  const { locale, r } = useResultMessages();
  const c = r.charts;
  const rows = useMemo(() => toLatencyChartRows(planes), [planes]);
  const current = useMemo(() => ({ planes, toleranceMs }), [planes, toleranceMs]);
  const settled = useSettledValue(current, TYPING_PAUSE_MS);
  const drawn = rows.length > REDRAW_ON_PAUSE_REGIONS ? settled : current;
  const chartRows = useMemo(() => toLatencyChartRows(drawn.planes), [drawn.planes]);
  // While it waits, the chart keeps its place but shows none of the earlier answers' figures.
  const waiting = drawn !== current;
  const hubs = planes['hub-and-spoke'].planes;
  const hubWords = hubs.map((plane) => describePlane(plane, r));
  const measured = hasMeasuredRtt(rows);
  const caption = c.latencyCaption(hubWords, toleranceMs);
  const basis = measured ? c.latencyMeasured : c.latencyEstimated;
  const figureOf = useCallback(
    (row: LatencyChartRow, strategy: LatencyBarKind, compact: boolean) => {
      const bar = strategy === 'hub-and-spoke' ? row.hub : row.regional;
      const at = bar.atPlane ? (strategy === 'hub-and-spoke' ? 'hub' : 'plane') : null;
      const from = bar.severalPlanes && !compact ? bar.planePlace : undefined;
      return c.barRtt(bar.rttMs, at, bar.basis === 'measured', from);
    },
    [c],
  );
  const planeCell = (bar: LatencyBar) => (bar.atPlane ? c.ownSite() : bar.planeName);
  const rttCell = (bar: LatencyBar) => c.rttCell(bar.rttMs, bar.rttMs <= toleranceMs, bar.basis === 'measured');
  const height = chartHeightPx(chartRows.length, LATENCY_ROW_HEIGHT_PX, LATENCY_LABEL_ROOM_PX);
  return (
    <ChartCard
      caption={
        <>
          {caption}
          {wordGap(locale, caption, basis)}
          {basis}
        </>
      }
      chart={
        <div className={waiting ? 'latency-chart latency-chart--waiting' : 'latency-chart'}>
          {waiting ? <p className="latency-chart-status">{c.latencyRedrawOnPause}</p> : null}
          <div style={waiting ? { visibility: 'hidden' } : undefined}>
            <LatencyChart
              axisTitle={c.latencyAxisTitle}
              figureOf={figureOf}
              formatMs={c.ms}
              height={height}
              initialWidthPx={chartWidthPx ?? DEFAULT_CHART_WIDTH_PX}
              rows={chartRows}
              toleranceLabel={c.toleranceLine(drawn.toleranceMs)}
              toleranceMs={drawn.toleranceMs}
            />
          </div>
        </div>
      }
      headingId="latency-chart-heading"
      paper="table"
      heightPx={height}
      legend={
        <ChartLegend
          items={[
            { swatch: 'swatch--hub', text: c.latencyLegendHub(hubs.length) },
            { swatch: 'swatch--regional', text: c.latencyLegendRegional },
            { swatch: 'swatch--line', text: c.latencyLegendLine },
            ...(measured ? [{ swatch: 'swatch--measured', text: c.latencyLegendMeasured }] : []),
          ]}
          label={c.legend}
        />
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{c.latencyTableCaption(hubWords, toleranceMs)}</caption>
          <thead>
            <tr>
              <th scope="col">{c.regionColumn}</th>
              <th scope="col">{c.hubPlaneColumn}</th>
              <th scope="col">{c.rttColumn}</th>
              <th scope="col">{c.regionalPlaneColumn}</th>
              <th scope="col">{c.rttColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{planeCell(row.hub)}</td>
                <td>{rttCell(row.hub)}</td>
                <td>{planeCell(row.regional)}</td>
                <td>{rttCell(row.regional)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      title={c.latencyTitle}
    />
  );
});
