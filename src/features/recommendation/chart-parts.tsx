/**
 * What the result's charts share: colours, the hatch that tells Regional from Hub & Spoke without colour, bars as
 * plain rectangles, a reference line's caption kept inside the chart, and the legend beside each chart.
 */
import { type ReactNode, useId } from 'react';
import { estimateLabelWidthPx, wrapLabel } from './chart-layout';

/** Fallback fills when the stylesheet's colour variables are missing; CSS sets the real ones per colour scheme. */
export const HUB_FILL = '#0072B2';
export const REGIONAL_FILL = '#D55E00';

/** A DOM id usable inside `url(#...)`. */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** A hatch stripe's fallback look; CSS sets its colour per colour scheme. */
const STRIPE = { stroke: '#ffffff', strokeOpacity: 0.55, strokeWidth: 2 } as const;

/** Diagonal stripes over Regional's colour: the two strategies differ in pattern as well as in colour. */
export function Hatch({ id }: { id: string }) {
  return (
    <pattern height="6" id={id} patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect className="pattern-regional-fill" fill={REGIONAL_FILL} height="6" width="6" />
      <line className="pattern-regional-stripe" {...STRIPE} x1="0" x2="0" y1="0" y2="6" />
    </pattern>
  );
}

export interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: unknown;
}

/** A bar as a plain rectangle with our class (recharts gives a bar that grows left a negative width). */
export function barRect(props: BarShapeProps, className: string, fill: string) {
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

/** Height of one caption row above a plot, px: one line of 12.5 px text and its gap. */
export const CAPTION_ROW_PX = 18;

interface ReferenceCaptionProps {
  /** Set by recharts when it clones the label. */
  viewBox?: { x?: number; y?: number };
  text: string;
  /** Which caption row above the plot, 0 nearest the plot. */
  row: number;
  chartWidth: number;
  className: string;
}

/**
 * A reference line's caption above the plot, centred on the line but kept inside the chart: recharts' own label
 * positions centre it on the line even where that runs it off the chart's edge.
 */
export function ReferenceCaption({ viewBox, text, row, chartWidth, className }: ReferenceCaptionProps) {
  const halfWidth = estimateLabelWidthPx(text) / 2;
  const x = Math.min(Math.max(viewBox?.x ?? 0, halfWidth + 2), chartWidth - halfWidth - 2);
  return (
    <text className={className} textAnchor="middle" x={x} y={(viewBox?.y ?? 0) - 8 - row * CAPTION_ROW_PX}>
      {text}
    </text>
  );
}

/** Line height of a wrapped category label, em. */
const TICK_LINE_EM = 1.15;
/** Gap between a category label and the plot, px. */
const LABEL_GAP_PX = 8;

interface CategoryTickProps {
  /** Set by recharts when it clones the tick. */
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** The room beside the plot, px. */
  widthPx: number;
}

/**
 * A category label wrapped onto at most two lines beside the plot, by an estimated width (wrapLabel). recharts' own
 * text wraps by measuring each word in the page, which left Chinese labels (no spaces) on one line running off the
 * chart's left edge.
 */
export function CategoryTick({ x, y, payload, widthPx }: CategoryTickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), widthPx - LABEL_GAP_PX);
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

export interface LegendItem {
  /** The swatch's look: a class of recommendation.css (`swatch--hub`, `swatch--line`, ...). */
  readonly swatch: string;
  readonly text: ReactNode;
}

/** The legend beside a chart, in HTML so it wraps and reads like text. */
export function ChartLegend({ label, items }: { label: string; items: readonly LegendItem[] }) {
  return (
    <ul aria-label={label} className="legend">
      {items.map((item) => (
        <li key={item.swatch}>
          <span aria-hidden="true" className={`swatch ${item.swatch}`} />
          {item.text}
        </li>
      ))}
    </ul>
  );
}

/** Room under a plot for the tick numbers and the axis title, px. */
export const VALUE_AXIS_HEIGHT_PX = 48;

/** A value axis as the charts set it: our round ticks, each shown, the title under the numbers. */
export function valueAxisProps(options: {
  readonly title: string;
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
}) {
  return {
    allowDecimals: false,
    className: 'chart-axis',
    domain: [options.domain[0], options.domain[1]] as [number, number],
    height: VALUE_AXIS_HEIGHT_PX,
    interval: 0,
    label: { value: options.title, position: 'insideBottom' as const, className: 'chart-axis-title' },
    tick: { className: 'chart-tick' },
    tickFormatter: options.format,
    ticks: [...options.ticks],
    type: 'number' as const,
  };
}

/** A bar chart's axis of rows (one per factor or region), labels wrapped to the room beside the plot. */
export function categoryAxisProps(dataKey: string, widthPx: number) {
  return {
    axisLine: false,
    className: 'chart-axis',
    dataKey,
    interval: 0,
    tick: <CategoryTick widthPx={widthPx} />,
    tickLine: false,
    type: 'category' as const,
    width: widthPx,
  };
}
