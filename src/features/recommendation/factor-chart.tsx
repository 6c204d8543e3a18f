/**
 * What each factor adds, as diverging bars: Hub & Spoke to the left (solid blue), Regional to the right (hatched
 * vermillion). Drawn by recharts from ready rows (factor-chart-data.ts); loaded lazily with recharts.
 */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidthPx, roundTicks, valueTickCount } from './chart-layout';
import {
  type BarShapeProps,
  barRect,
  categoryAxisProps,
  Hatch,
  HUB_FILL,
  useSvgId,
  valueAxisProps,
} from './chart-parts';
import { FACTOR_LABEL_ROOM_RATIO, type FactorChartRow } from './factor-chart-data';
import { ResponsiveChart } from './responsive-chart';

const MARGIN = { top: 4, right: 12, bottom: 4, left: 12 };
/** The highlight behind the row under the pointer: the text colour, faint, so it suits both colour schemes. */
const ROW_CURSOR = { fill: 'currentColor', fillOpacity: 0.06, stroke: 'none' } as const;
/** A tooltip's widest: about 45 characters a line, easy to read. */
const TOOLTIP_MAX_WIDTH_PX = 300;
/**
 * An axis symmetric around zero, so both sides leave the same room, running past the longest bar so its figure
 * fits, with round ticks through zero (recharts does not mirror a domain around zero).
 */
function symmetricAxis(rows: readonly FactorChartRow[], maxTicksPerSide: number) {
  const largest = Math.max(1, ...rows.map((row) => row.points)) * FACTOR_LABEL_ROOM_RATIO;
  const positive = roundTicks([0, largest], maxTicksPerSide);
  const step = (positive[1] ?? largest) - (positive[0] ?? 0);
  const bound = Math.ceil(largest / step - 1e-9) * step;
  const ticks = roundTicks([-bound, bound], 2 * maxTicksPerSide);
  return { domain: [-bound, bound] as const, ticks };
}

const formatPoints = (value: unknown) => {
  const points = Math.abs(Number(value));
  return points > 0 ? points.toFixed(1).replace(/\.0$/, '') : '';
};
const renderHubBar = (props: BarShapeProps) => barRect(props, 'bar bar-hub', HUB_FILL);

interface FactorTooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
  describePoints: (row: FactorChartRow) => string;
  hint: string;
}

/**
 * A factor's tooltip: its title, what it adds to which strategy, its one-line reason, and what a click does.
 * recharts' own tooltip lists the series' values; this one reads the row.
 */
export function FactorTooltip({ active, payload, describePoints, hint }: FactorTooltipProps) {
  const row = payload?.[0]?.payload as FactorChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip" role="presentation" style={{ maxWidth: TOOLTIP_MAX_WIDTH_PX }}>
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
  height: number;
  /** The width until the container is measured, px. */
  initialWidthPx: number;
}

/** The chart at the width ResponsiveChart measured. */
function FactorChartPlot({
  rows,
  formatAxis,
  axisTitle,
  describePoints,
  hint,
  onSelect,
  widthPx,
}: Omit<FactorChartProps, 'height' | 'initialWidthPx'> & { readonly widthPx: number }) {
  const patternId = useSvgId('regional-hatch');
  const labelWidth = categoryAxisWidthPx(widthPx);
  const axis = symmetricAxis(rows, valueTickCount(widthPx, 3, 2));
  const select = (item: { payload?: unknown }) => {
    const row = item.payload as FactorChartRow | undefined;
    if (row) onSelect(row);
  };
  return (
    <BarChart
      accessibilityLayer={false}
      barCategoryGap="26%"
      className="chart chart--factors"
      data={rows as FactorChartRow[]}
      layout="vertical"
      margin={MARGIN}
      stackOffset="sign"
    >
      <defs>
        <Hatch id={patternId} />
      </defs>
      <CartesianGrid className="chart-grid" horizontal={false} />
      <XAxis {...valueAxisProps({ title: axisTitle, domain: axis.domain, ticks: axis.ticks, format: formatAxis })} />
      <YAxis {...categoryAxisProps('label', labelWidth)} />
      <ReferenceLine className="chart-zero" x={0} />
      <Tooltip
        content={<FactorTooltip describePoints={describePoints} hint={hint} />}
        cursor={ROW_CURSOR}
        isAnimationActive={false}
      />
      <Bar dataKey="hubAndSpoke" isAnimationActive={false} onClick={select} shape={renderHubBar} stackId="points">
        {/* recharts places a bar's "right" label beyond its end, which for a bar growing left is on its left. */}
        <LabelList className="chart-value" dataKey="hubAndSpoke" formatter={formatPoints} position="right" />
      </Bar>
      <Bar
        dataKey="regional"
        isAnimationActive={false}
        onClick={select}
        shape={(props: BarShapeProps) => barRect(props, 'bar bar-regional', `url(#${patternId})`)}
        stackId="points"
      >
        <LabelList className="chart-value" dataKey="regional" formatter={formatPoints} position="right" />
      </Bar>
    </BarChart>
  );
}

export const FactorChart = memo(function FactorChart({ height, initialWidthPx, ...chart }: FactorChartProps) {
  return (
    <ResponsiveChart height={height} initialWidthPx={initialWidthPx}>
      {(widthPx) => <FactorChartPlot {...chart} widthPx={widthPx} />}
    </ResponsiveChart>
  );
});
