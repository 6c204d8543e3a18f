/**
 * Two bars a region: the round trip from the hub that manages it (Hub & Spoke, solid) and from its regional plane
 * (Regional, hatched), against the tolerance (dashed line); measured figures are outlined. Every figure comes from
 * the plane that manages the region (latency-chart-data.ts). Drawn by recharts; loaded lazily with it.
 */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { categoryAxisWidthPx, estimateLabelWidthPx, roundTicks, valueTickCount } from './chart-layout';
import {
  type BarShapeProps,
  barRect,
  categoryAxisProps,
  Hatch,
  HUB_FILL,
  ReferenceCaption,
  useSvgId,
  valueAxisProps,
} from './chart-parts';
import {
  LATENCY_LABEL_ROOM_PX,
  type LatencyBarKind,
  type LatencyChartRow,
  latencyDomainMaxMs,
  placeValueLabel,
} from './latency-chart-data';
import { ResponsiveChart } from './responsive-chart';

// Room on the right for half of the last tick's number, centred on the plot's end.
const MARGIN = { top: 4 + LATENCY_LABEL_ROOM_PX, right: 28, bottom: 4, left: 12 };
/** Below this plot width a figure leaves out its plane's name (team's judgement: a phone's plot). */
const COMPACT_PLOT_PX = 320;

interface RttLabelProps {
  /** Set by recharts when it clones the label element. */
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
  rows: readonly LatencyChartRow[];
  strategy: LatencyBarKind;
  toleranceMs: number;
  /** The value axis' scale, px per ms: its domain is fixed and starts at 0 ms, where every bar starts. */
  pxPerMs: number;
  figureOf: (row: LatencyChartRow, strategy: LatencyBarKind, compact: boolean) => string;
  compact: boolean;
}

/**
 * A round trip beside its bar, placed so the figure and the dashed tolerance line never overlap (placeValueLabel):
 * recharts puts a LabelList at a fixed position and does not avoid a reference line. The line's place comes from
 * the plot's scale as a prop, not from recharts' useXAxisScale: that hook is a store subscription per label, and with
 * 100 regions the 200 subscriptions' selectors ran on every store update while typing (about half of recharts' time).
 */
function RttLabel({
  x,
  y,
  width,
  height,
  index,
  rows,
  strategy,
  toleranceMs,
  pxPerMs,
  figureOf,
  compact,
}: RttLabelProps) {
  const row = rows[index ?? -1];
  if (!row) return null;
  const value = strategy === 'hub-and-spoke' ? row.hubRttMs : row.regionalRttMs;
  if (!(value > 0)) return null;
  const text = figureOf(row, strategy, compact);
  const left = Math.min(Number(x ?? 0), Number(x ?? 0) + Number(width ?? 0));
  const end = Math.max(Number(x ?? 0), Number(x ?? 0) + Number(width ?? 0));
  // Every bar starts at 0 ms, the plot's left edge.
  const lineX = left + toleranceMs * pxPerMs;
  const place = placeValueLabel(left, end, estimateLabelWidthPx(text), lineX, strategy === 'hub-and-spoke');
  return (
    <text
      className={place.anchor === 'end' ? 'chart-value chart-value--inside' : 'chart-value'}
      dominantBaseline="central"
      textAnchor={place.anchor}
      x={place.xPx}
      y={Number(y ?? 0) + Number(height ?? 0) / 2}
    >
      {text}
    </text>
  );
}

export interface LatencyChartProps {
  rows: readonly LatencyChartRow[];
  toleranceMs: number;
  /** "Your tolerance: 150 ms", over the dashed line. */
  toleranceLabel: string;
  /**
   * A bar's figure: "84 ms · from N. Virginia", "2 ms · hub", "12 ms · measured"; `compact` on a narrow plot, where
   * the plane's name would push every figure past the end of the axis (the table names it).
   */
  figureOf: (row: LatencyChartRow, strategy: LatencyBarKind, compact: boolean) => string;
  /** An axis tick: "100 ms". */
  formatMs: (ms: number) => string;
  axisTitle: string;
  height: number;
  /** The width until the container is measured, px. */
  initialWidthPx: number;
}

/** The chart at the width ResponsiveChart measured. */
function LatencyChartPlot({
  rows,
  toleranceMs,
  toleranceLabel,
  figureOf,
  formatMs,
  axisTitle,
  widthPx,
}: Omit<LatencyChartProps, 'height' | 'initialWidthPx'> & { readonly widthPx: number }) {
  const patternId = useSvgId('regional-rtt-hatch');
  const labelWidth = categoryAxisWidthPx(widthPx);
  const plotWidth = widthPx - labelWidth - MARGIN.left - MARGIN.right;
  const compact = plotWidth < COMPACT_PLOT_PX;
  const maxMs = latencyDomainMaxMs(rows, toleranceMs, plotWidth, (row, strategy) => figureOf(row, strategy, compact));
  const shapeFor = (strategy: LatencyBarKind) => (props: BarShapeProps) => {
    const row = props.payload as LatencyChartRow | undefined;
    const measured = (strategy === 'hub-and-spoke' ? row?.hub : row?.regional)?.basis === 'measured';
    const className = `bar ${strategy === 'hub-and-spoke' ? 'bar-hub' : 'bar-regional'} ${measured ? 'bar--measured' : 'bar--estimated'}`;
    return barRect(props, className, strategy === 'hub-and-spoke' ? HUB_FILL : `url(#${patternId})`);
  };
  const label = (strategy: LatencyBarKind) => (
    <RttLabel
      compact={compact}
      figureOf={figureOf}
      pxPerMs={plotWidth / maxMs}
      rows={rows}
      strategy={strategy}
      toleranceMs={toleranceMs}
    />
  );
  return (
    <BarChart
      accessibilityLayer={false}
      barCategoryGap="18%"
      barGap={2}
      className="chart chart--latency"
      data={rows as LatencyChartRow[]}
      layout="vertical"
      margin={MARGIN}
    >
      <defs>
        <Hatch id={patternId} />
      </defs>
      <CartesianGrid className="chart-grid" horizontal={false} />
      <XAxis
        {...valueAxisProps({
          title: axisTitle,
          domain: [0, maxMs],
          ticks: roundTicks([0, maxMs], valueTickCount(widthPx, 6, 3)),
          format: formatMs,
        })}
      />
      <YAxis {...categoryAxisProps('name', labelWidth)} />
      <Bar dataKey="hubRttMs" isAnimationActive={false} shape={shapeFor('hub-and-spoke')}>
        <LabelList content={label('hub-and-spoke')} dataKey="hubRttMs" />
      </Bar>
      <Bar dataKey="regionalRttMs" isAnimationActive={false} shape={shapeFor('regional')}>
        <LabelList content={label('regional')} dataKey="regionalRttMs" />
      </Bar>
      <ReferenceLine
        className="chart-tolerance"
        ifOverflow="extendDomain"
        label={
          <ReferenceCaption chartWidth={widthPx} className="chart-reference-label" row={0} text={toleranceLabel} />
        }
        strokeDasharray="5 4"
        strokeWidth={2}
        x={toleranceMs}
      />
    </BarChart>
  );
}

export const LatencyChart = memo(function LatencyChart({ height, initialWidthPx, ...chart }: LatencyChartProps) {
  return (
    <ResponsiveChart height={height} initialWidthPx={initialWidthPx}>
      {(widthPx) => <LatencyChartPlot {...chart} widthPx={widthPx} />}
    </ResponsiveChart>
  );
});
