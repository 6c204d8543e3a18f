/**
 * Both scores as one answer runs over its useful range (Hub & Spoke solid blue, Regional dashed vermillion), with a
 * solid line at the person's value and a dotted one, with a dot where the lines cross, where the verdict flips.
 * Drawn by recharts from sensitivity-chart-data.ts; loaded lazily with it.
 */
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';
import { roundTicks, sqrtTicks, valueTickCount } from './chart-layout';
import { CAPTION_ROW_PX, HUB_FILL, REGIONAL_FILL, ReferenceCaption, valueAxisProps } from './chart-parts';
import { ResponsiveChart } from './responsive-chart';
import { SCORE_AXIS_STEP, type SensitivityChartData } from './sensitivity-chart-data';

/** Room above the plot for its two caption rows (the current value, the flip). */
const MARGIN = { top: 8 + 2 * CAPTION_ROW_PX, right: 24, bottom: 4, left: 4 };
/** The score axis: "100" and its title written upwards beside it, px. */
const SCORE_AXIS_WIDTH_PX = 56;
/** Radius of the dot where the two lines cross at the flip, px. */
const FLIP_DOT_RADIUS_PX = 5;

export interface SensitivityChartProps {
  data: SensitivityChartData;
  /** An axis tick: the bare number, as the axis title gives the unit. */
  formatTick: (value: number) => string;
  axisTitle: string;
  scoreAxisTitle: string;
  /** "You: 150 ms". */
  currentLabel: string;
  /** "Hub & Spoke from 167 ms", or nothing when no value flips it. */
  flipLabel: string;
  height: number;
  /** The width until the container is measured, px. */
  initialWidthPx: number;
}

/** The chart at the width ResponsiveChart measured. */
function SensitivityChartPlot({
  data,
  formatTick,
  axisTitle,
  scoreAxisTitle,
  currentLabel,
  flipLabel,
  widthPx,
}: Omit<SensitivityChartProps, 'height' | 'initialWidthPx'> & { readonly widthPx: number }) {
  const flipRow = data.rows.find((row) => row.value === data.flipValue);
  const tickCount = valueTickCount(widthPx, 6, 3);
  const xTicks = data.xScale === 'sqrt' ? sqrtTicks(data.xDomain, tickCount) : roundTicks(data.xDomain, tickCount);
  return (
    <LineChart
      accessibilityLayer={false}
      className="chart chart--sensitivity"
      data={data.rows as SensitivityChartData['rows'][number][]}
      margin={MARGIN}
    >
      <CartesianGrid className="chart-grid" vertical={false} />
      <XAxis
        {...valueAxisProps({ title: axisTitle, domain: data.xDomain, ticks: xTicks, format: formatTick })}
        allowDataOverflow
        allowDecimals
        dataKey="value"
        scale={data.xScale}
      />
      <YAxis
        className="chart-axis"
        domain={[data.yDomain[0], data.yDomain[1]]}
        label={{ value: scoreAxisTitle, angle: -90, position: 'insideLeft', className: 'chart-axis-title' }}
        tick={{ className: 'chart-tick' }}
        tickCount={(data.yDomain[1] - data.yDomain[0]) / SCORE_AXIS_STEP + 1}
        type="number"
        width={SCORE_AXIS_WIDTH_PX}
      />
      <Line
        className="line-hub"
        dataKey="hubAndSpoke"
        dot={false}
        isAnimationActive={false}
        stroke={HUB_FILL}
        strokeWidth={2.5}
        type="linear"
      />
      <Line
        className="line-regional"
        dataKey="regional"
        dot={false}
        isAnimationActive={false}
        stroke={REGIONAL_FILL}
        strokeDasharray="7 4"
        strokeWidth={2.5}
        type="linear"
      />
      <ReferenceLine
        className="chart-current"
        ifOverflow="extendDomain"
        label={<ReferenceCaption chartWidth={widthPx} className="chart-reference-label" row={0} text={currentLabel} />}
        strokeWidth={2}
        x={data.current}
      />
      {data.flipValue !== null && flipRow ? (
        <>
          <ReferenceLine
            className="chart-flip"
            ifOverflow="extendDomain"
            label={
              <ReferenceCaption
                chartWidth={widthPx}
                className="chart-reference-label chart-flip-label"
                row={1}
                text={flipLabel}
              />
            }
            strokeDasharray="2 3"
            strokeWidth={2}
            x={data.flipValue}
          />
          <ReferenceDot
            className="chart-flip-dot"
            ifOverflow="extendDomain"
            r={FLIP_DOT_RADIUS_PX}
            x={data.flipValue}
            y={(flipRow.hubAndSpoke + flipRow.regional) / 2}
          />
        </>
      ) : null}
    </LineChart>
  );
}

export const SensitivityChart = memo(function SensitivityChart({
  height,
  initialWidthPx,
  ...chart
}: SensitivityChartProps) {
  return (
    <ResponsiveChart height={height} initialWidthPx={initialWidthPx}>
      {(widthPx) => <SensitivityChartPlot {...chart} widthPx={widthPx} />}
    </ResponsiveChart>
  );
});
