/**
 * The two comparison charts, drawn as plain SVG from ready rows (see chart-data.ts) and a width.
 *
 * They were recharts charts until issue 6 asked for an answer change to reach the charts within one frame.
 * recharts 3 keeps each chart's settings in a Redux store and draws a change in three or four rendering passes,
 * some of them queued to the next animation frame: 50–60 ms of work per keystroke on the 2-core machine this is
 * measured on (`npm run bench:browser`). Drawn here, both charts add about 2 ms of rendering, layout and paint, so
 * they render in the same pass as the verdict and reach the screen in the same frame. Every position comes from
 * the layout helpers in chart-data.ts; nothing is measured in the DOM, so drawing never forces a layout.
 */
import { Fragment, memo, type ReactNode, useId } from 'react';
import {
  type BandLayout,
  bandLayout,
  type ChartMargin,
  estimateLabelWidthPx,
  type FactorChartRow,
  factorChartDomain,
  factorChartTicks,
  LATENCY_LABEL_ROOM_PX,
  type LatencyChartRow,
  latencyChartAxis,
  linearScale,
  type PlotBox,
  plotBox,
  wrapLabel,
} from './chart-data';

/** Fallback fills when the stylesheet's colour variables are missing; CSS sets the real ones per colour scheme. */
const HUB_FILL = '#0072B2';
const REGIONAL_FILL = '#D55E00';
const WITHIN_FILL = '#009E73';

/** Line height of a wrapped axis label, em. */
const TICK_LINE_EM = 1.15;
/** Gap between a category label and the plot, and between a bar's end and its value, px. */
const LABEL_GAP_PX = 8;
const VALUE_GAP_PX = 6;
/** Length of a tick mark under the value axis, and the gap between it and its number, px. */
const TICK_SIZE_PX = 6;
const TICK_GAP_PX = 2;
/** Share of each row left empty above and below its bar. */
const FACTOR_ROW_GAP = 0.26;
const LATENCY_ROW_GAP = 0.24;

const FACTOR_MARGIN: ChartMargin = { top: 4, right: 8, bottom: 4, left: 8 };
// Room on the right for half of the last tick's "1000 ms", centred on the plot's end.
const LATENCY_MARGIN: ChartMargin = { top: 4 + LATENCY_LABEL_ROOM_PX, right: 28, bottom: 4, left: 8 };

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

/** A hatch stripe's fallback look; CSS sets its colour per colour scheme. */
const STRIPE = { stroke: '#ffffff', strokeOpacity: 0.55, strokeWidth: 2 } as const;

function Hatch({ id, className, crossed = false }: { id: string; className: string; crossed?: boolean }) {
  return (
    <pattern height="6" id={id} patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect className={`${className}-fill`} fill={REGIONAL_FILL} height="6" width="6" />
      <line className={`${className}-stripe`} {...STRIPE} x1="0" x2="0" y1="0" y2="6" />
      {crossed ? <line className={`${className}-stripe`} {...STRIPE} x1="0" x2="6" y1="3" y2="3" /> : null}
    </pattern>
  );
}

interface ValueAxisProps {
  ticks: readonly number[];
  x: (value: number) => number;
  /** The plot's top edge, where the grid lines start. */
  plotTop: number;
  /** The plot's bottom edge, where the axis line runs. */
  y: number;
  left: number;
  right: number;
  format: (value: number) => string;
}

/**
 * The value axis under the plot, with a grid line up through the plot at every tick. The lines are two paths, not
 * a line element each: fewer elements for React to update and the browser to lay out on every change.
 */
function ValueAxis({ ticks, x, plotTop, y, left, right, format }: ValueAxisProps) {
  const grid = ticks.map((tick) => `M${x(tick)},${plotTop}V${y}`).join('');
  const axis = `M${left},${y}H${right}${ticks.map((tick) => `M${x(tick)},${y}v${TICK_SIZE_PX}`).join('')}`;
  return (
    <g className="chart-axis">
      <path className="chart-grid-line" d={grid} fill="none" />
      <path className="chart-axis-line" d={axis} fill="none" />
      {ticks.map((tick) => (
        <text
          className="chart-tick"
          dy="0.71em"
          key={tick}
          textAnchor="middle"
          x={x(tick)}
          y={y + TICK_SIZE_PX + TICK_GAP_PX}
        >
          {format(tick)}
        </text>
      ))}
    </g>
  );
}

/** A row's name left of the plot, wrapped onto two lines (by estimate, not by measuring) if it is long. */
function CategoryLabel({ text, right, y, widthPx }: { text: string; right: number; y: number; widthPx: number }) {
  const lines = wrapLabel(text, widthPx);
  return (
    <text className="chart-tick" dominantBaseline="central" textAnchor="end" x={right} y={y}>
      {lines.length === 1
        ? lines[0]
        : lines.map((line, index) => (
            <tspan
              dy={`${index === 0 ? (-(lines.length - 1) / 2) * TICK_LINE_EM : TICK_LINE_EM}em`}
              key={line}
              x={right}
            >
              {line}
            </tspan>
          ))}
    </text>
  );
}

/** A bar's value just beyond its outer end: left of a bar that grows left, right of one that grows right. */
function BarValue({ text, end, y, side }: { text: string; end: number; y: number; side: 'start' | 'end' }) {
  return (
    <text
      className="chart-value"
      dominantBaseline="central"
      textAnchor={side === 'start' ? 'end' : 'start'}
      x={side === 'start' ? end - VALUE_GAP_PX : end + VALUE_GAP_PX}
      y={y}
    >
      {text}
    </text>
  );
}

/** Where everything in a chart goes: the label column, the plot, the value scale and the rows. */
interface ChartLayout {
  readonly labelWidth: number;
  readonly plot: PlotBox;
  readonly x: (value: number) => number;
  readonly band: BandLayout;
}

function chartLayout(
  width: number,
  height: number,
  margin: ChartMargin,
  domain: readonly [number, number],
  rowCount: number,
  rowGap: number,
): ChartLayout {
  const labelWidth = labelWidthPx(width);
  const plot = plotBox(width, height, margin, labelWidth);
  return {
    labelWidth,
    plot,
    x: linearScale(domain, [plot.left, plot.right]),
    band: bandLayout(rowCount, plot.top, plot.bottom, rowGap),
  };
}

interface ChartFrameProps {
  width: number;
  height: number;
  layout: ChartLayout;
  ticks: readonly number[];
  formatTick: (value: number) => string;
  /** Each row's name, top to bottom. */
  rows: readonly { readonly id: string; readonly label: string }[];
  /** The patterns the bars are filled with. */
  patterns: ReactNode;
  /** The bars, their values and any reference line. */
  children: ReactNode;
}

/** What both charts share: the SVG, the value axis with its grid, and each row's name left of the plot. */
function ChartFrame({ width, height, layout, ticks, formatTick, rows, patterns, children }: ChartFrameProps) {
  const { labelWidth, plot, x, band } = layout;
  return (
    <svg aria-hidden="true" className="chart" height={height} viewBox={`0 0 ${width} ${height}`} width={width}>
      <defs>{patterns}</defs>
      <ValueAxis
        format={formatTick}
        left={plot.left}
        plotTop={plot.top}
        right={plot.right}
        ticks={ticks}
        x={x}
        y={plot.bottom}
      />
      {rows.map((row, index) => (
        <CategoryLabel
          key={row.id}
          right={plot.left - LABEL_GAP_PX}
          text={row.label}
          widthPx={labelWidth - LABEL_GAP_PX}
          y={band.centre(index)}
        />
      ))}
      {children}
    </svg>
  );
}

const formatPoints = (value: number) => Math.abs(value).toFixed(1).replace(/\.0$/, '');

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
  const domain = factorChartDomain(rows);
  const layout = chartLayout(width, height, FACTOR_MARGIN, domain, rows.length, FACTOR_ROW_GAP);
  const { plot, x, band } = layout;
  const zero = x(0);
  return (
    <ChartFrame
      formatTick={formatAxis}
      height={height}
      layout={layout}
      patterns={<Hatch className="pattern-regional" id={patternId} />}
      rows={rows}
      ticks={factorChartTicks(domain, ticksPerPlot(width, 3, 2))}
      width={width}
    >
      {rows.map((row, index) => {
        const centre = band.centre(index);
        const forHub = row.favors === 'hub-and-spoke';
        const end = x(forHub ? -row.points : row.points);
        return (
          <Fragment key={row.id}>
            <rect
              className={forHub ? 'bar bar-hub' : 'bar bar-regional'}
              fill={forHub ? HUB_FILL : `url(#${patternId})`}
              height={band.barHeight}
              width={Math.abs(end - zero)}
              x={Math.min(end, zero)}
              y={centre - band.barHeight / 2}
            />
            <BarValue end={end} side={forHub ? 'start' : 'end'} text={formatPoints(row.points)} y={centre} />
          </Fragment>
        );
      })}
      <line className="chart-zero" x1={zero} x2={zero} y1={plot.top} y2={plot.bottom} />
    </ChartFrame>
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

/** Estimated round trip from the suggested hub to each region, against the tolerance (dashed line). */
export const LatencyChart = memo(function LatencyChart({
  rows,
  toleranceMs,
  toleranceLabel,
  formatBar,
  formatMs,
  width,
  height,
}: LatencyChartProps) {
  const patternId = useSvgId('beyond-hatch');
  const axis = latencyChartAxis(rows, toleranceMs, ticksPerPlot(width, 6, 3));
  const layout = chartLayout(width, height, LATENCY_MARGIN, [0, axis.maxMs], rows.length, LATENCY_ROW_GAP);
  const { plot, x, band } = layout;
  const tolerance = x(toleranceMs);
  // The line's label sits above the plot, centred on the line but kept inside the chart.
  const halfLabel = estimateLabelWidthPx(toleranceLabel) / 2;
  const labelX = Math.min(Math.max(tolerance, halfLabel + 2), width - halfLabel - 2);
  return (
    <ChartFrame
      formatTick={formatMs}
      height={height}
      layout={layout}
      patterns={<Hatch className="pattern-beyond" crossed id={patternId} />}
      rows={rows.map((row) => ({ id: row.id, label: row.name }))}
      ticks={axis.ticks}
      width={width}
    >
      {rows.map((row, index) => {
        const centre = band.centre(index);
        const end = x(row.rttMs);
        return (
          <Fragment key={row.id}>
            <rect
              className={row.withinTolerance ? 'bar bar-within' : 'bar bar-beyond'}
              fill={row.withinTolerance ? WITHIN_FILL : `url(#${patternId})`}
              height={band.barHeight}
              width={end - plot.left}
              x={plot.left}
              y={centre - band.barHeight / 2}
            />
            {row.rttMs > 0 ? <BarValue end={end} side="end" text={formatBar(row.rttMs, row.isHub)} y={centre} /> : null}
          </Fragment>
        );
      })}
      <line
        className="chart-tolerance"
        strokeDasharray="5 4"
        strokeWidth={2}
        x1={tolerance}
        x2={tolerance}
        y1={plot.top}
        y2={plot.bottom}
      />
      <text className="chart-reference-label" textAnchor="middle" x={labelX} y={plot.top - 8}>
        {toleranceLabel}
      </text>
    </ChartFrame>
  );
});
