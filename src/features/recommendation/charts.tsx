/**
 * The recharts charts. This module is loaded lazily (React.lazy): recharts is the largest dependency, and the
 * questionnaire must be usable before it arrives. Charts receive ready rows (see chart-data.ts) and a width.
 *
 * Both charts are memoized and hand recharts stable objects and functions (its performance guide: a new reference
 * makes it recompute that part of the chart), so a re-render with unchanged rows costs nothing.
 */
import { memo, useCallback, useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import {
  estimateLabelWidthPx,
  type FactorChartRow,
  factorChartDomain,
  factorChartTicks,
  LATENCY_LABEL_ROOM_PX,
  type LatencyChartRow,
  latencyChartAxis,
  wrapLabel,
} from './chart-data';

/** Fallback fills when the stylesheet's colour variables are missing; CSS sets the real ones per colour scheme. */
const HUB_FILL = '#0072B2';
const REGIONAL_FILL = '#D55E00';
const WITHIN_FILL = '#009E73';

interface WrappedTickProps {
  /** Set by recharts when it clones the tick element. */
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  widthPx: number;
  labels: ReadonlyMap<string, string>;
}

/** Line height of a wrapped axis label, em. */
const TICK_LINE_EM = 1.15;

/**
 * An axis label that wraps onto two lines instead of running into the bars. Wrapped by estimate (wrapLabel), not
 * by measuring text in the DOM, so updating a chart never forces the browser to lay out the page.
 */
function WrappedTick({ x, y, payload, widthPx, labels }: WrappedTickProps) {
  const value = String(payload?.value ?? '');
  const lines = wrapLabel(labels.get(value) ?? value, widthPx);
  const left = Number(x ?? 0) - 8;
  return (
    <text className="chart-tick" dominantBaseline="central" textAnchor="end" x={left} y={Number(y ?? 0)}>
      {lines.map((line, index) => (
        <tspan dy={`${index === 0 ? (-(lines.length - 1) / 2) * TICK_LINE_EM : TICK_LINE_EM}em`} key={line} x={left}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

interface ValueTickProps {
  /** Set by recharts when it clones the tick element. */
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  format: (value: number) => string;
}

/** A number under the value axis, drawn as plain text: recharts' own tick would measure its text in the DOM. */
function ValueTick({ x, y, payload, format }: ValueTickProps) {
  return (
    <text className="chart-tick" dy="0.71em" textAnchor="middle" x={Number(x ?? 0)} y={Number(y ?? 0)}>
      {format(Number(payload?.value ?? 0))}
    </text>
  );
}

/** Axis labels take about a third of a narrow chart and at most 200 px of a wide one. */
function labelWidthPx(chartWidthPx: number): number {
  return Math.round(Math.min(200, Math.max(104, chartWidthPx * 0.3)));
}

/** Fewer ticks where the plot is narrow, so their numbers never collide. */
function ticksPerPlot(chartWidthPx: number, wide: number, narrow: number): number {
  return chartWidthPx < 480 ? narrow : wide;
}

/** A DOM id usable inside `url(#...)`. */
function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

function Hatch({ id, className, crossed = false }: { id: string; className: string; crossed?: boolean }) {
  return (
    <pattern height="6" id={id} patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect className={`${className}-fill`} fill={REGIONAL_FILL} height="6" width="6" />
      <line
        className={`${className}-stripe`}
        stroke="#ffffff"
        strokeOpacity="0.55"
        strokeWidth="2"
        x1="0"
        x2="0"
        y1="0"
        y2="6"
      />
      {crossed ? (
        <line
          className={`${className}-stripe`}
          stroke="#ffffff"
          strokeOpacity="0.55"
          strokeWidth="2"
          x1="0"
          x2="6"
          y1="3"
          y2="3"
        />
      ) : null}
    </pattern>
  );
}

interface BarValueLabelProps {
  /** Set by recharts when it clones the label element. */
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  index?: number;
  /** Which end of the bar the value sits beyond. */
  side: 'start' | 'end';
  format: (value: number, index: number) => string;
}

/** A bar's value just beyond its outer end, whichever way the bar grows (recharts gives negative widths). */
function BarValueLabel({ x, y, width, height, value, index, side, format }: BarValueLabelProps) {
  const amount = Number(value);
  if (!Number.isFinite(amount) || amount === 0) return null;
  const left = Math.min(Number(x ?? 0), Number(x ?? 0) + Number(width ?? 0));
  const right = Math.max(Number(x ?? 0), Number(x ?? 0) + Number(width ?? 0));
  return (
    <text
      className="chart-value"
      dominantBaseline="central"
      textAnchor={side === 'start' ? 'end' : 'start'}
      x={side === 'start' ? left - 6 : right + 6}
      y={Number(y ?? 0) + Number(height ?? 0) / 2}
    >
      {format(amount, index ?? -1)}
    </text>
  );
}

const formatPoints = (value: number) => Math.abs(value).toFixed(1).replace(/\.0$/, '');
const HUB_POINTS_LABEL = <BarValueLabel format={formatPoints} side="start" />;
const REGIONAL_POINTS_LABEL = <BarValueLabel format={formatPoints} side="end" />;
const FACTOR_MARGIN = { top: 4, right: 8, bottom: 4, left: 8 };
// Room on the right for half of the last tick's "1000 ms", centred on the plot's end.
const LATENCY_MARGIN = { top: 4 + LATENCY_LABEL_ROOM_PX, right: 28, bottom: 4, left: 8 };

export interface FactorChartProps {
  rows: readonly FactorChartRow[];
  /** An axis tick's text (points, as a positive number in the active language). */
  formatAxis: (points: number) => string;
  width: number;
  height: number;
}

/** Diverging bars: what each factor adds to Hub & Spoke (left, solid blue) and Regional (right, hatched vermillion). */
export const FactorChart = memo(function FactorChart({ rows, formatAxis, width, height }: FactorChartProps) {
  const patternId = useSvgId('regional-hatch');
  const domain = useMemo((): [number, number] => {
    const [low, high] = factorChartDomain(rows);
    return [low, high];
  }, [rows]);
  const labelWidth = labelWidthPx(width);
  const tickCount = ticksPerPlot(width, 3, 2);
  const ticks = useMemo(() => factorChartTicks(domain, tickCount), [domain, tickCount]);
  const tick = useMemo(
    () => <WrappedTick labels={new Map(rows.map((row) => [row.id, row.label]))} widthPx={labelWidth - 8} />,
    [rows, labelWidth],
  );
  const valueTick = useMemo(() => <ValueTick format={formatAxis} />, [formatAxis]);
  return (
    <BarChart
      accessibilityLayer={false}
      barCategoryGap="26%"
      className="chart"
      data={rows as FactorChartRow[]}
      height={height}
      layout="vertical"
      margin={FACTOR_MARGIN}
      stackOffset="sign"
      width={width}
    >
      <defs>
        <Hatch className="pattern-regional" id={patternId} />
      </defs>
      <CartesianGrid className="chart-grid" horizontal={false} />
      <XAxis
        allowDecimals={false}
        className="chart-axis"
        domain={domain}
        // Every tick shown: they are chosen to fit (ticksPerPlot), and recharts then need not measure their text.
        interval={0}
        tick={valueTick}
        ticks={ticks}
        type="number"
      />
      <YAxis
        axisLine={false}
        className="chart-axis"
        dataKey="id"
        interval={0}
        tick={tick}
        tickLine={false}
        type="category"
        width={labelWidth}
      />
      <ReferenceLine className="chart-zero" ifOverflow="extendDomain" x={0} />
      <Bar className="bar-hub" dataKey="hubAndSpoke" fill={HUB_FILL} isAnimationActive={false} stackId="points">
        <LabelList content={HUB_POINTS_LABEL} dataKey="hubAndSpoke" />
      </Bar>
      <Bar
        className="bar-regional"
        dataKey="regional"
        fill={`url(#${patternId})`}
        isAnimationActive={false}
        stackId="points"
      >
        <LabelList content={REGIONAL_POINTS_LABEL} dataKey="regional" />
      </Bar>
    </BarChart>
  );
});

export interface LatencyChartProps {
  rows: readonly LatencyChartRow[];
  toleranceMs: number;
  /** "Your tolerance: 150 ms", over the dashed line. */
  toleranceLabel: string;
  /** A bar's value: "84 ms", "2 ms · hub". */
  formatBar: (rttMs: number, isHub: boolean) => string;
  /** An axis tick: "100 ms". */
  formatMs: (ms: number) => string;
  width: number;
  height: number;
}

interface ReferenceLabelProps {
  viewBox?: { x?: number; y?: number; height?: number };
}

/** Estimated round trip from the suggested hub to each region, against the tolerance (dashed line). */
export const LatencyChart = memo(function LatencyChart({
  rows,
  toleranceMs,
  toleranceLabel: label,
  formatBar,
  formatMs,
  width,
  height,
}: LatencyChartProps) {
  const patternId = useSvgId('beyond-hatch');
  const tickCount = ticksPerPlot(width, 6, 3);
  const axis = useMemo(() => latencyChartAxis(rows, toleranceMs, tickCount), [rows, toleranceMs, tickCount]);
  const domain = useMemo((): [number, number] => [0, axis.maxMs], [axis]);
  const ticks = useMemo(() => [...axis.ticks], [axis]);
  const labelWidth = labelWidthPx(width);
  const tick = useMemo(
    () => <WrappedTick labels={new Map(rows.map((row) => [row.id, row.name]))} widthPx={labelWidth - 8} />,
    [rows, labelWidth],
  );
  const valueTick = useMemo(() => <ValueTick format={formatMs} />, [formatMs]);
  const barLabel = useMemo(
    () => <BarValueLabel format={(value, index) => formatBar(value, rows[index]?.isHub ?? false)} side="end" />,
    [formatBar, rows],
  );
  const renderToleranceLabel = useCallback(
    ({ viewBox }: ReferenceLabelProps) => {
      // Above the plot, centred on the line but kept inside the chart.
      const halfWidth = estimateLabelWidthPx(label) / 2;
      const x = Math.min(Math.max(viewBox?.x ?? 0, halfWidth + 2), width - halfWidth - 2);
      return (
        <text className="chart-reference-label" textAnchor="middle" x={x} y={(viewBox?.y ?? 0) - 8}>
          {label}
        </text>
      );
    },
    [label, width],
  );
  return (
    <BarChart
      accessibilityLayer={false}
      barCategoryGap="24%"
      className="chart"
      data={rows as LatencyChartRow[]}
      height={height}
      layout="vertical"
      margin={LATENCY_MARGIN}
      width={width}
    >
      <defs>
        <Hatch className="pattern-beyond" crossed id={patternId} />
      </defs>
      <CartesianGrid className="chart-grid" horizontal={false} />
      <XAxis
        allowDecimals={false}
        className="chart-axis"
        domain={domain}
        // Every tick shown: they are chosen to fit (ticksPerPlot), and recharts then need not measure their text.
        interval={0}
        tick={valueTick}
        ticks={ticks}
        type="number"
      />
      <YAxis
        axisLine={false}
        className="chart-axis"
        dataKey="id"
        interval={0}
        tick={tick}
        tickLine={false}
        type="category"
        width={labelWidth}
      />
      <Bar dataKey="rttMs" isAnimationActive={false}>
        {rows.map((row) => (
          <Cell
            className={row.withinTolerance ? 'bar-within' : 'bar-beyond'}
            fill={row.withinTolerance ? WITHIN_FILL : `url(#${patternId})`}
            key={row.id}
          />
        ))}
        <LabelList content={barLabel} dataKey="rttMs" />
      </Bar>
      <ReferenceLine
        className="chart-tolerance"
        ifOverflow="extendDomain"
        label={renderToleranceLabel}
        strokeDasharray="5 4"
        strokeWidth={2}
        x={toleranceMs}
      />
    </BarChart>
  );
});
