/**
 * The result's charts, drawn by recharts from ready rows (see chart-data.ts) at a width the card measured. This
 * module is loaded lazily (React.lazy): recharts is the largest dependency and never part of the first load.
 *
 * Settings chosen for speed (docs/architecture.md has the figures): animation off, a fixed width and height (no
 * ResponsiveContainer measuring), every axis tick drawn by a component of ours from an estimate (recharts would
 * measure its text in the page), every chart child built once and kept while its inputs are equal (recharts keeps
 * its settings in a store and updates it whenever a child's props change), bars styled through `shape`.
 * `accessibilityLayer` stays off: the chart is hidden from assistive technology and its table says the same.
 */
import { memo, type ReactElement, useId, useMemo, useRef } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  useXAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import {
  AXIS_TITLE_ROOM_PX,
  estimateLabelWidthPx,
  type FactorChartRow,
  factorChartDomain,
  factorChartTicks,
  LATENCY_LABEL_ROOM_PX,
  type LatencyChartRow,
  latencyChartAxis,
  placeValueLabel,
  type SensitivityChartData,
  sqrtValueTicks,
  valueTicks,
  wrapLabel,
} from './chart-data';

/** Fallback fills when the stylesheet's colour variables are missing; CSS sets the real ones per colour scheme. */
const HUB_FILL = '#0072B2';
const REGIONAL_FILL = '#D55E00';

/** Line height of a wrapped axis label, em. */
const TICK_LINE_EM = 1.15;
/** Gap between a category label and the plot, px. */
const LABEL_GAP_PX = 8;
/** Gap between a bar's end and its value, px. */
const VALUE_GAP_PX = 6;
/** Height of a value axis: a tick mark, a gap and one line of numbers, px (recharts' own default). */
const VALUE_AXIS_HEIGHT_PX = 30;
/** The axis title's baseline, below the tick numbers, px from the axis line. */
const AXIS_TITLE_OFFSET_PX = 44;
/** Height of the value axis with its title under it (the chart heights in chart-data.ts leave this room). */
const TITLED_AXIS_HEIGHT_PX = VALUE_AXIS_HEIGHT_PX + AXIS_TITLE_ROOM_PX;
/** Height of one caption row above a plot, px: one line of 12.5 px text and its gap. */
const CAPTION_ROW_PX = 18;
/** Width of the score axis in the sensitivity charts: "100" and the rotated title beside it, px. */
const SCORE_AXIS_WIDTH_PX = 52;

/** Axis labels take about a third of a narrow chart and at most 200 px of a wide one. */
function labelWidthPx(chartWidthPx: number): number {
  return Math.round(Math.min(200, Math.max(104, chartWidthPx * 0.3)));
}

/** Fewer ticks where the plot is narrow, so their numbers never collide. */
function ticksPerPlot(chartWidthPx: number, wide: number, narrow: number): number {
  return chartWidthPx < 480 ? narrow : wide;
}

/**
 * `values`, or the array returned last time while the numbers are the same: recharts updates its store whenever an
 * axis' domain or ticks change identity, and most keystrokes leave them as they were.
 */
function useStableArray<T extends readonly (number | string)[]>(values: T): T {
  const last = useRef(values);
  const previous = last.current;
  if (previous.length !== values.length || previous.some((value, index) => value !== values[index])) {
    last.current = values;
  }
  return last.current;
}

/**
 * The category axis' labels by row id, the same map while the ids and labels are: a keystroke that changes only the
 * figures then leaves the axis alone.
 */
function useLabelMap(rows: readonly { readonly id: string }[], labelOf: (row: never) => string) {
  const key = useStableArray(rows.flatMap((row) => [row.id, labelOf(row as never)]));
  return useMemo(() => {
    const labels = new Map<string, string>();
    for (let index = 0; index < key.length; index += 2) labels.set(String(key[index]), String(key[index + 1]));
    return labels;
  }, [key]);
}

/** A DOM id usable inside `url(#...)`. */
function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** A hatch stripe's fallback look; CSS sets its colour per colour scheme. */
const STRIPE = { stroke: '#ffffff', strokeOpacity: 0.55, strokeWidth: 2 } as const;

function Hatch({ id }: { id: string }) {
  return (
    <pattern height="6" id={id} patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect className="pattern-regional-fill" fill={REGIONAL_FILL} height="6" width="6" />
      <line className="pattern-regional-stripe" {...STRIPE} x1="0" x2="0" y1="0" y2="6" />
    </pattern>
  );
}

interface TickProps {
  /** Set by recharts when it clones the tick element. */
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * A category label that wraps onto two lines instead of running into the bars. Wrapped by estimate (wrapLabel),
 * not by measuring text in the DOM, so updating a chart never forces the browser to lay out the page.
 */
function WrappedTick({
  x,
  y,
  payload,
  widthPx,
  labels,
}: TickProps & { widthPx: number; labels: ReadonlyMap<string, string> }) {
  const value = String(payload?.value ?? '');
  const lines = wrapLabel(labels.get(value) ?? value, widthPx);
  const left = Number(x ?? 0) - LABEL_GAP_PX;
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

/** A number under a value axis, drawn as plain text: recharts' own tick would measure its text in the DOM. */
function ValueTick({ x, y, payload, format }: TickProps & { format: (value: number) => string }) {
  return (
    <text className="chart-tick" dy="0.71em" textAnchor="middle" x={Number(x ?? 0)} y={Number(y ?? 0)}>
      {format(Number(payload?.value ?? 0))}
    </text>
  );
}

/** A number left of the score axis. */
function ScoreTick({ x, y, payload }: TickProps) {
  return (
    <text className="chart-tick" dominantBaseline="central" textAnchor="end" x={Number(x ?? 0) - 4} y={Number(y ?? 0)}>
      {String(payload?.value ?? '')}
    </text>
  );
}

interface LabelViewBox {
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
}

/** An axis title centred under the tick numbers of a horizontal axis. */
function AxisTitle({ viewBox, text }: LabelViewBox & { text: string }) {
  const x = (viewBox?.x ?? 0) + (viewBox?.width ?? 0) / 2;
  return (
    <text className="chart-axis-title" textAnchor="middle" x={x} y={(viewBox?.y ?? 0) + AXIS_TITLE_OFFSET_PX}>
      {text}
    </text>
  );
}

/** The score axis' title, written upwards beside its numbers. */
function ScoreAxisTitle({ viewBox, text }: LabelViewBox & { text: string }) {
  const x = (viewBox?.x ?? 0) + 10;
  const y = (viewBox?.y ?? 0) + (viewBox?.height ?? 0) / 2;
  return (
    <text className="chart-axis-title" textAnchor="middle" transform={`rotate(-90 ${x} ${y})`} x={x} y={y}>
      {text}
    </text>
  );
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: unknown;
}

/**
 * A bar chart's value axis, the same element while its inputs are equal (recharts re-registers a changed child). Every
 * tick is shown: they are chosen to fit (ticksPerPlot), and recharts then need not measure their text.
 */
function useValueAxis(domain: [number, number], ticks: number[], format: (value: number) => string, axisTitle: string) {
  return useMemo(
    () => (
      <XAxis
        allowDecimals={false}
        className="chart-axis"
        domain={domain}
        height={TITLED_AXIS_HEIGHT_PX}
        interval={0}
        label={<AxisTitle text={axisTitle} />}
        tick={<ValueTick format={format} />}
        ticks={ticks}
        type="number"
      />
    ),
    [domain, ticks, format, axisTitle],
  );
}

/** A bar chart's axis of rows (one per factor or region), labels wrapped to the room beside the plot. */
function useCategoryAxis(labels: ReturnType<typeof useLabelMap>, labelWidth: number) {
  return useMemo(
    () => (
      <YAxis
        axisLine={false}
        className="chart-axis"
        dataKey="id"
        interval={0}
        tick={<WrappedTick labels={labels} widthPx={labelWidth - LABEL_GAP_PX} />}
        tickLine={false}
        type="category"
        width={labelWidth}
      />
    ),
    [labels, labelWidth],
  );
}

/** A bar as a plain rectangle; recharts gives a bar that grows left a negative width. */
function barRect(props: BarShapeProps, className: string, fill: string) {
  const x = Number(props.x ?? 0);
  const width = Number(props.width ?? 0);
  if (!(Math.abs(width) > 0)) return <g />;
  return (
    <rect
      className={className}
      fill={fill}
      height={Math.max(0, Number(props.height ?? 0))}
      width={Math.abs(width)}
      x={Math.min(x, x + width)}
      y={Number(props.y ?? 0)}
    />
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

/** A bar's value just beyond its outer end, whichever way the bar grows. */
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
      x={side === 'start' ? left - VALUE_GAP_PX : right + VALUE_GAP_PX}
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
/** The highlight behind the row under the pointer: the text colour, faint, so it suits both colour schemes. */
const ROW_CURSOR = { fill: 'currentColor', fillOpacity: 0.06, stroke: 'none' } as const;
/** A tooltip's widest: about 45 characters a line, easy to read; narrower where the plot is. */
const TOOLTIP_MAX_WIDTH_PX = 300;

const renderHubFactorBar = (props: BarShapeProps) => barRect(props, 'bar bar-hub', HUB_FILL);

interface FactorTooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
  describePoints: (row: FactorChartRow) => string;
  hint: string;
  /** No wider than the plot: recharts keeps a tooltip inside the plot only if it fits there. */
  maxWidthPx?: number;
}

/** A factor's tooltip: its title, what it adds to which strategy, its one-line reason, and what a click does. */
export function FactorTooltip({ active, payload, describePoints, hint, maxWidthPx }: FactorTooltipProps) {
  const row = payload?.[0]?.payload as FactorChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip" role="presentation" style={{ maxWidth: maxWidthPx }}>
      <p className="chart-tooltip-title">{row.title}</p>
      <p className={`chart-tooltip-points chart-tooltip-points--${row.favors}`}>{describePoints(row)}</p>
      <p className="chart-tooltip-text">{row.explanation}</p>
      <p className="chart-tooltip-hint">{hint}</p>
    </div>
  );
}

export interface FactorChartProps {
  rows: readonly FactorChartRow[];
  /** An axis tick's text (points, as a positive number in the active language). */
  formatAxis: (points: number) => string;
  /** The value axis' title, with its unit. */
  axisTitle: string;
  /** The tooltip's points line: "+12.5 for Regional". */
  describePoints: (row: FactorChartRow) => string;
  /** The tooltip's last line, saying a click opens the reason. */
  hint: string;
  /** A bar was clicked: show that factor's reason. */
  onSelect: (row: FactorChartRow) => void;
  width: number;
  height: number;
}

/** Diverging bars: what each factor adds to Hub & Spoke (left, solid blue) and Regional (right, hatched vermillion). */
export const FactorChart = memo(function FactorChart({
  rows,
  formatAxis,
  axisTitle,
  describePoints,
  hint,
  onSelect,
  width,
  height,
}: FactorChartProps) {
  const patternId = useSvgId('regional-hatch');
  const [low, high] = factorChartDomain(rows);
  const domain = useStableArray<[number, number]>([low, high]);
  const labelWidth = labelWidthPx(width);
  const tickCount = ticksPerPlot(width, 3, 2);
  const ticks = useStableArray(factorChartTicks(domain, tickCount));
  const labels = useLabelMap(rows, (row: FactorChartRow) => row.label);
  const xAxis = useValueAxis(domain, ticks, formatAxis, axisTitle);
  const yAxis = useCategoryAxis(labels, labelWidth);
  const plotWidth = width - labelWidth - FACTOR_MARGIN.left - FACTOR_MARGIN.right;
  const tooltip = useMemo(
    () => (
      <Tooltip
        content={
          <FactorTooltip
            describePoints={describePoints}
            hint={hint}
            maxWidthPx={Math.min(TOOLTIP_MAX_WIDTH_PX, plotWidth)}
          />
        }
        cursor={ROW_CURSOR}
        isAnimationActive={false}
      />
    ),
    [describePoints, hint, plotWidth],
  );
  const bars = useMemo(() => {
    const select = (item: { payload?: unknown }) => {
      const row = item.payload as FactorChartRow | undefined;
      if (row) onSelect(row);
    };
    const regionalShape = (props: BarShapeProps) => barRect(props, 'bar bar-regional', `url(#${patternId})`);
    return [
      <Bar
        dataKey="hubAndSpoke"
        isAnimationActive={false}
        key="hub"
        onClick={select}
        shape={renderHubFactorBar}
        stackId="points"
      >
        <LabelList content={HUB_POINTS_LABEL} dataKey="hubAndSpoke" />
      </Bar>,
      <Bar
        dataKey="regional"
        isAnimationActive={false}
        key="regional"
        onClick={select}
        shape={regionalShape}
        stackId="points"
      >
        <LabelList content={REGIONAL_POINTS_LABEL} dataKey="regional" />
      </Bar>,
    ];
  }, [onSelect, patternId]);
  return (
    <BarChart
      accessibilityLayer={false}
      barCategoryGap="26%"
      className="chart chart--factors"
      data={rows as FactorChartRow[]}
      height={height}
      layout="vertical"
      margin={FACTOR_MARGIN}
      stackOffset="sign"
      width={width}
    >
      <defs>
        <Hatch id={patternId} />
      </defs>
      <CartesianGrid className="chart-grid" horizontal={false} />
      {xAxis}
      {yAxis}
      <ReferenceLine className="chart-zero" ifOverflow="extendDomain" x={0} />
      {tooltip}
      {bars}
    </BarChart>
  );
});

interface RttLabelProps extends Omit<BarValueLabelProps, 'side' | 'format'> {
  /**
   * The chart's current tolerance, ms. A function, not a ref: recharts keeps its children's props in an immer
   * store, which freezes plain objects passed in (a ref among them), while a function stays as it is.
   */
  toleranceOf: () => number;
  text: (value: number, index: number) => string;
  /** A solid bar may hold its figure inside its end; a hatched one may not. */
  solid: boolean;
}

/**
 * A round trip beside its bar, placed by placeValueLabel so the figure and the dashed tolerance line never overlap,
 * at any width.
 */
function RttLabel({ x, y, width, height, value, index, toleranceOf, text, solid }: RttLabelProps) {
  const scale = useXAxisScale();
  const toleranceMs = toleranceOf();
  const amount = Number(value);
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const content = text(amount, index ?? -1);
  const left = Math.min(Number(x ?? 0), Number(x ?? 0) + Number(width ?? 0));
  const end = Math.max(Number(x ?? 0), Number(x ?? 0) + Number(width ?? 0));
  const lineX = Number(scale?.(toleranceMs) ?? Number.NaN);
  const place = Number.isFinite(lineX)
    ? placeValueLabel(left, end, estimateLabelWidthPx(content), lineX, solid)
    : { xPx: end + VALUE_GAP_PX, anchor: 'start' as const };
  return (
    <text
      className={place.anchor === 'end' ? 'chart-value chart-value--inside' : 'chart-value'}
      dominantBaseline="central"
      textAnchor={place.anchor}
      x={place.xPx}
      y={Number(y ?? 0) + Number(height ?? 0) / 2}
    >
      {content}
    </text>
  );
}

interface ReferenceLabelProps extends LabelViewBox {
  text: string;
  /** Which caption row above the plot, 0 nearest the plot. */
  row: number;
  chartWidth: number;
  className: string;
}

/** A reference line's caption above the plot, centred on the line but kept inside the chart. */
function ReferenceCaption({ viewBox, text, row, chartWidth, className }: ReferenceLabelProps) {
  const halfWidth = estimateLabelWidthPx(text) / 2;
  const x = Math.min(Math.max(viewBox?.x ?? 0, halfWidth + 2), chartWidth - halfWidth - 2);
  return (
    <text className={className} textAnchor="middle" x={x} y={(viewBox?.y ?? 0) - 8 - row * CAPTION_ROW_PX}>
      {text}
    </text>
  );
}

export interface LatencyChartProps {
  rows: readonly LatencyChartRow[];
  toleranceMs: number;
  /** "Your tolerance: 150 ms", over the dashed line. */
  toleranceLabel: string;
  /** A bar's value: "84 ms", "2 ms · hub", "12 ms · measured". */
  formatBar: (rttMs: number, at: 'hub' | 'plane' | null, measured: boolean) => string;
  /** An axis tick: "100 ms". */
  formatMs: (ms: number) => string;
  axisTitle: string;
  width: number;
  height: number;
}

/**
 * Two bars a region: the round trip from the central hub (Hub & Spoke, solid) and from the regional plane that
 * serves it (Regional, hatched), against the tolerance (dashed line). Measured figures are outlined.
 */
export const LatencyChart = memo(function LatencyChart({
  rows,
  toleranceMs,
  toleranceLabel: label,
  formatBar,
  formatMs,
  axisTitle,
  width,
  height,
}: LatencyChartProps) {
  const patternId = useSvgId('regional-rtt-hatch');
  const tickCount = ticksPerPlot(width, 6, 3);
  const labelWidth = labelWidthPx(width);
  const plotWidth = width - labelWidth - LATENCY_MARGIN.left - LATENCY_MARGIN.right;
  const axis = useMemo(() => {
    const figures = rows.flatMap((row) => [
      {
        valueMs: row.hubRttMs,
        widthPx: estimateLabelWidthPx(formatBar(row.hubRttMs, row.isHub ? 'hub' : null, row.hubMeasured)),
      },
      {
        valueMs: row.regionalRttMs,
        widthPx: estimateLabelWidthPx(formatBar(row.regionalRttMs, row.isPlane ? 'plane' : null, row.regionalMeasured)),
      },
    ]);
    return latencyChartAxis(rows, toleranceMs, tickCount, { plotWidthPx: plotWidth, figures });
  }, [rows, toleranceMs, tickCount, plotWidth, formatBar]);
  const domain = useStableArray<[number, number]>([0, axis.maxMs]);
  const ticks = useStableArray([...axis.ticks]);
  const labels = useLabelMap(rows, (row: LatencyChartRow) => row.name);
  // The bars' figures read the rows and the tolerance through a ref, so the bars stay the same elements from
  // keystroke to keystroke (new data redraws their figures anyway).
  const latest = useRef({ rows, toleranceMs });
  latest.current = { rows, toleranceMs };
  const xAxis = useValueAxis(domain, ticks, formatMs, axisTitle);
  const yAxis = useCategoryAxis(labels, labelWidth);
  const bars = useMemo(() => {
    const shapeFor = (strategy: 'hub' | 'regional') => (props: BarShapeProps) => {
      const row = props.payload as LatencyChartRow | undefined;
      const measured = strategy === 'hub' ? row?.hubMeasured : row?.regionalMeasured;
      const className = `bar bar-${strategy} ${measured ? 'bar--measured' : 'bar--estimated'}`;
      return barRect(props, className, strategy === 'hub' ? HUB_FILL : `url(#${patternId})`);
    };
    const toleranceOf = () => latest.current.toleranceMs;
    const hubText = (value: number, index: number) => {
      const row = latest.current.rows[index];
      return formatBar(value, row?.isHub ? 'hub' : null, row?.hubMeasured ?? false);
    };
    const regionalText = (value: number, index: number) => {
      const row = latest.current.rows[index];
      return formatBar(value, row?.isPlane ? 'plane' : null, row?.regionalMeasured ?? false);
    };
    return [
      <Bar dataKey="hubRttMs" isAnimationActive={false} key="hub" shape={shapeFor('hub')}>
        <LabelList content={<RttLabel solid text={hubText} toleranceOf={toleranceOf} />} dataKey="hubRttMs" />
      </Bar>,
      <Bar dataKey="regionalRttMs" isAnimationActive={false} key="regional" shape={shapeFor('regional')}>
        <LabelList
          content={<RttLabel solid={false} text={regionalText} toleranceOf={toleranceOf} />}
          dataKey="regionalRttMs"
        />
      </Bar>,
    ];
  }, [formatBar, patternId]);
  const toleranceLine = useMemo(
    () => (
      <ReferenceLine
        className="chart-tolerance"
        ifOverflow="extendDomain"
        label={<ReferenceCaption chartWidth={width} className="chart-reference-label" row={0} text={label} />}
        strokeDasharray="5 4"
        strokeWidth={2}
        x={toleranceMs}
      />
    ),
    [label, width, toleranceMs],
  );
  return (
    <BarChart
      accessibilityLayer={false}
      barCategoryGap="18%"
      barGap={2}
      className="chart chart--latency"
      data={rows as LatencyChartRow[]}
      height={height}
      layout="vertical"
      margin={LATENCY_MARGIN}
      width={width}
    >
      <defs>
        <Hatch id={patternId} />
      </defs>
      <CartesianGrid className="chart-grid" horizontal={false} />
      {xAxis}
      {yAxis}
      {bars}
      {toleranceLine}
    </BarChart>
  );
});

/** Room above a sensitivity plot for its two caption rows (the current value, the flip). */
const SENSITIVITY_MARGIN = { top: 8 + 2 * CAPTION_ROW_PX, right: 24, bottom: 4, left: 4 };
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
  /** "Hub & Spoke from 167 ms", or that no value flips it. */
  flipLabel: string;
  width: number;
  height: number;
}

/**
 * Both scores as one answer runs over its useful range (Hub & Spoke solid blue, Regional dashed vermillion), with
 * a solid line at the person's value and a dotted one, with a dot where the lines cross, where the verdict flips.
 */
export const SensitivityChart = memo(function SensitivityChart({
  data,
  formatTick,
  axisTitle,
  scoreAxisTitle,
  currentLabel,
  flipLabel,
  width,
  height,
}: SensitivityChartProps) {
  const tickCount = ticksPerPlot(width, 6, 3);
  const xDomain = useStableArray<[number, number]>([data.xDomain[0], data.xDomain[1]]);
  const xTicks = useStableArray(
    data.xScale === 'sqrt' ? sqrtValueTicks(xDomain, tickCount) : valueTicks(xDomain, tickCount),
  );
  const yDomain = useStableArray<[number, number]>([data.yDomain[0], data.yDomain[1]]);
  const yTicks = useStableArray([...data.yTicks]);
  const axes = useMemo(
    () => [
      <XAxis
        allowDataOverflow
        className="chart-axis"
        dataKey="value"
        domain={xDomain}
        height={TITLED_AXIS_HEIGHT_PX}
        interval={0}
        key="x"
        label={<AxisTitle text={axisTitle} />}
        scale={data.xScale}
        tick={<ValueTick format={formatTick} />}
        ticks={xTicks}
        type="number"
      />,
      <YAxis
        className="chart-axis"
        domain={yDomain}
        interval={0}
        key="y"
        label={<ScoreAxisTitle text={scoreAxisTitle} />}
        tick={<ScoreTick />}
        ticks={yTicks}
        type="number"
        width={SCORE_AXIS_WIDTH_PX}
      />,
    ],
    [xDomain, xTicks, yDomain, yTicks, axisTitle, formatTick, scoreAxisTitle, data.xScale],
  );
  const lines = useMemo(
    () => [
      <Line
        className="line-hub"
        dataKey="hubAndSpoke"
        dot={false}
        isAnimationActive={false}
        key="hub"
        stroke={HUB_FILL}
        strokeWidth={2.5}
        type="linear"
      />,
      <Line
        className="line-regional"
        dataKey="regional"
        dot={false}
        isAnimationActive={false}
        key="regional"
        stroke={REGIONAL_FILL}
        strokeDasharray="7 4"
        strokeWidth={2.5}
        type="linear"
      />,
    ],
    [],
  );
  const marks = useMemo(() => {
    const flipRow = data.rows.find((row) => row.value === data.flipValue);
    const elements: ReactElement[] = [
      <ReferenceLine
        className="chart-current"
        ifOverflow="extendDomain"
        key="current"
        label={<ReferenceCaption chartWidth={width} className="chart-reference-label" row={0} text={currentLabel} />}
        strokeWidth={2}
        x={data.current}
      />,
    ];
    if (data.flipValue !== null && flipRow) {
      elements.push(
        <ReferenceLine
          className="chart-flip"
          ifOverflow="extendDomain"
          key="flip"
          label={
            <ReferenceCaption
              chartWidth={width}
              className="chart-reference-label chart-flip-label"
              row={1}
              text={flipLabel}
            />
          }
          strokeDasharray="2 3"
          strokeWidth={2}
          x={data.flipValue}
        />,
        <ReferenceDot
          className="chart-flip-dot"
          ifOverflow="extendDomain"
          key="flip-dot"
          r={FLIP_DOT_RADIUS_PX}
          x={data.flipValue}
          y={(flipRow.hubAndSpoke + flipRow.regional) / 2}
        />,
      );
    }
    return elements;
  }, [data, width, currentLabel, flipLabel]);
  return (
    <LineChart
      accessibilityLayer={false}
      className="chart chart--sensitivity"
      data={data.rows as SensitivityChartData['rows'][number][]}
      height={height}
      margin={SENSITIVITY_MARGIN}
      width={width}
    >
      <CartesianGrid className="chart-grid" vertical={false} />
      {axes}
      {lines}
      {marks}
    </LineChart>
  );
});
