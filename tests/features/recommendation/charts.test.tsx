import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { estimateLabelWidthPx } from '../../../src/features/recommendation/chart-layout';
import {
  FactorChart,
  FactorTooltip,
  LatencyChart,
  SensitivityChart,
} from '../../../src/features/recommendation/charts';
import type { FactorChartRow } from '../../../src/features/recommendation/factor-chart-data';
import type { LatencyBar, LatencyChartRow } from '../../../src/features/recommendation/latency-chart-data';
import { toSensitivityChartData } from '../../../src/features/recommendation/sensitivity-chart-data';

// jsdom measures nothing: recharts' ResponsiveContainer keeps the initial width it is given.

const FACTOR_ROWS: FactorChartRow[] = [
  {
    id: 'single-pane',
    label: 'One interface',
    title: 'One interface for every region',
    explanation: 'Hub & Spoke shows all 25 clusters in one interface.',
    favors: 'hub-and-spoke',
    points: 10,
    hubAndSpoke: -10,
    regional: 0,
  },
  {
    id: 'latency',
    label: 'Latency to clusters',
    title: 'Round trip from a central plane to the clusters',
    explanation: 'Tokyo is 155 ms from the hub, beyond your 150 ms.',
    favors: 'regional',
    points: 5,
    hubAndSpoke: 0,
    regional: 5,
  },
  {
    id: 'operating-load',
    label: 'Operating load',
    title: 'Installations to run',
    explanation: 'Regional means three installations.',
    favors: 'hub-and-spoke',
    points: 2.5,
    hubAndSpoke: -2.5,
    regional: 0,
  },
];

function bar(rttMs: number, planePlace: string, extra: Partial<LatencyBar> = {}): LatencyBar {
  return {
    rttMs,
    basis: 'estimated',
    planePlace,
    planeName: planePlace,
    atPlane: false,
    severalPlanes: false,
    ...extra,
  };
}

function latencyRow(id: string, hub: LatencyBar, regional: LatencyBar): LatencyChartRow {
  return { id, name: id, hub, regional, hubRttMs: hub.rttMs, regionalRttMs: regional.rttMs };
}

const LATENCY_ROWS: LatencyChartRow[] = [
  latencyRow('Virginia', bar(2, 'Virginia', { atPlane: true }), bar(2, 'Virginia', { atPlane: true })),
  latencyRow('Frankfurt', bar(98, 'Virginia'), bar(2, 'Frankfurt', { atPlane: true })),
  // Just short of the tolerance: its figure would run across the line if it sat beside the bar.
  latencyRow('Mumbai', bar(146, 'Virginia'), bar(12, 'Frankfurt')),
  latencyRow('Tokyo', bar(155, 'Virginia', { basis: 'measured' }), bar(2, 'Tokyo', { atPlane: true })),
];

/** A bar's figure as the app words it: "2 ms · hub", "155 ms · measured", "84 ms · from Virginia". */
function figureOf(row: LatencyChartRow, strategy: 'hub-and-spoke' | 'regional'): string {
  const { rttMs, atPlane, basis, severalPlanes, planePlace } = strategy === 'hub-and-spoke' ? row.hub : row.regional;
  const at = atPlane
    ? strategy === 'hub-and-spoke'
      ? ' · hub'
      : ' · plane'
    : severalPlanes
      ? ` · from ${planePlace}`
      : '';
  return `${Math.round(rttMs)} ms${at}${basis === 'measured' ? ' · measured' : ''}`;
}

/** A bar's left and right edges, px. */
function edges(bar: Element): { left: number; right: number } {
  const left = Number(bar.getAttribute('x'));
  return { left, right: left + Number(bar.getAttribute('width')) };
}

/** The x of a reference line: recharts draws it as a line element inside a group with our class. */
function referenceX(container: Element, className: string): number {
  const line = container.querySelector(`.${className} line`);
  if (!line) throw new Error(`no ${className} line`);
  return Number(line.getAttribute('x1'));
}

const topOf = (element: Element) => Number(element.getAttribute('y'));

/** A figure's left and right edges, px, by the same estimate the chart places it with. */
function figureSpan(figure: Element): { start: number; end: number } {
  const x = Number(figure.getAttribute('x'));
  const width = estimateLabelWidthPx(figure.textContent ?? '');
  return figure.getAttribute('text-anchor') === 'end' ? { start: x - width, end: x } : { start: x, end: x + width };
}

function drawFactorChart(onSelect = vi.fn()) {
  const { container } = render(
    <FactorChart
      axisTitle="Factor points added to one strategy"
      describePoints={(row) => `+${row.points}`}
      formatAxis={(points) => `${Math.abs(points)}`}
      height={220}
      hint="Click the bar to read this reason."
      initialWidthPx={640}
      onSelect={onSelect}
      rows={FACTOR_ROWS}
    />,
  );
  return { container, onSelect };
}

describe('FactorChart', () => {
  it('lists the factors top to bottom in the order given, heaviest first', () => {
    const { container } = drawFactorChart();
    const bars = [...container.querySelectorAll('rect.bar')].sort((a, b) => topOf(a) - topOf(b));
    expect(bars.map((bar) => bar.getAttribute('class'))).toEqual(['bar bar-hub', 'bar bar-regional', 'bar bar-hub']);
    const labels = [...container.querySelectorAll('.chart-tick')].map((tick) => tick.textContent);
    expect(labels).toEqual(expect.arrayContaining(['One interface', 'Latency to clusters', 'Operating load']));
  });

  it('grows Hub & Spoke bars left of zero and Regional bars right of it, in proportion to their points', () => {
    const { container } = drawFactorChart();
    const zero = referenceX(container, 'chart-zero');
    const [hub, regional, small] = [...container.querySelectorAll('rect.bar')]
      .sort((a, b) => topOf(a) - topOf(b))
      .map(edges);
    expect(hub?.right).toBeCloseTo(zero, 0);
    expect(regional?.left).toBeCloseTo(zero, 0);
    const width = (bar?: { left: number; right: number }) => (bar ? bar.right - bar.left : 0);
    expect(width(hub) / width(regional)).toBeCloseTo(10 / 5, 1);
    expect(width(hub) / width(small)).toBeCloseTo(10 / 2.5, 1);
  });

  it('writes each factor’s points beyond its bar’s end', () => {
    const { container } = drawFactorChart();
    const values = [...container.querySelectorAll('.chart-value')].map((value) => value.textContent).filter(Boolean);
    expect(values).toEqual(['10', '2.5', '5']);
  });

  it('titles the value axis with its unit, factor points', () => {
    drawFactorChart();
    expect(screen.getByText('Factor points added to one strategy')).toBeInTheDocument();
  });

  it('fills Regional bars with the hatch pattern it defines, so they differ from Hub & Spoke without colour', () => {
    const { container } = drawFactorChart();
    const fill = container.querySelector('rect.bar-regional')?.getAttribute('fill') ?? '';
    const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
    expect(id && container.querySelector(`pattern[id="${id}"]`)).toBeTruthy();
    expect(container.querySelector('rect.bar-hub')?.getAttribute('fill')).not.toMatch(/^url/);
  });

  it('takes the person to a factor’s reason when its bar is clicked', () => {
    const { container, onSelect } = drawFactorChart();
    const regional = container.querySelector('rect.bar-regional');
    if (!regional) throw new Error('no regional bar');
    fireEvent.click(regional);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'latency' }));
  });

  it('shows a factor’s title, points and one-line reason in its tooltip', () => {
    render(
      <FactorTooltip
        active
        describePoints={(row) => `+${row.points} for Regional`}
        hint="Click the bar to read this reason."
        payload={[{ payload: FACTOR_ROWS[1] }]}
      />,
    );
    expect(screen.getByText('Round trip from a central plane to the clusters')).toBeInTheDocument();
    expect(screen.getByText('+5 for Regional')).toBeInTheDocument();
    expect(screen.getByText('Tokyo is 155 ms from the hub, beyond your 150 ms.')).toBeInTheDocument();
  });
});

function drawLatencyChart(width = 640) {
  return render(
    <LatencyChart
      axisTitle="Round trip, ms"
      figureOf={figureOf}
      formatMs={(ms) => `${ms} ms`}
      height={260}
      initialWidthPx={width}
      rows={LATENCY_ROWS}
      toleranceLabel="Your tolerance: 150 ms"
      toleranceMs={150}
    />,
  ).container;
}

describe('LatencyChart', () => {
  it('draws two bars a region: from the central hub (solid) and from its regional plane (hatched)', () => {
    const container = drawLatencyChart();
    expect(container.querySelectorAll('rect.bar-hub')).toHaveLength(4);
    expect(container.querySelectorAll('rect.bar-regional')).toHaveLength(4);
    expect(container.querySelector('rect.bar-regional')?.getAttribute('fill')).toMatch(/^url\(#/);
  });

  it('puts the dashed tolerance line past every round trip within it and short of the one beyond', () => {
    const container = drawLatencyChart();
    const line = referenceX(container, 'chart-tolerance');
    const hubBars = [...container.querySelectorAll('rect.bar-hub')].map(edges).sort((a, b) => a.right - b.right);
    expect(hubBars.slice(0, 3).every((bar) => bar.right < line)).toBe(true);
    expect(hubBars[3]?.right).toBeGreaterThan(line);
    expect(screen.getByText('Your tolerance: 150 ms')).toBeInTheDocument();
  });

  it.each([640, 340])('never lets a figure run across the tolerance line, %d px wide', (width) => {
    const container = drawLatencyChart(width);
    const line = referenceX(container, 'chart-tolerance');
    const figures = [...container.querySelectorAll('.chart-value')];
    expect(figures.length).toBe(8);
    for (const figure of figures) {
      const { start, end } = figureSpan(figure);
      expect(start > line || end < line).toBe(true);
    }
  });

  it('marks the hub’s and the planes’ own bars and gives every bar its round trip', () => {
    const container = drawLatencyChart();
    const figures = [...container.querySelectorAll('.chart-value')].map((value) => value.textContent);
    expect(figures).toEqual(expect.arrayContaining(['2 ms · hub', '98 ms', '146 ms', '2 ms · plane', '12 ms']));
  });

  it('says which hub a figure is from when there are several', () => {
    const twoHubs = LATENCY_ROWS.map((row) => ({ ...row, hub: { ...row.hub, severalPlanes: true } }));
    const { container } = render(
      <LatencyChart
        axisTitle="Round trip, ms"
        figureOf={figureOf}
        formatMs={(ms) => `${ms} ms`}
        height={260}
        initialWidthPx={640}
        rows={twoHubs}
        toleranceLabel="Your tolerance: 150 ms"
        toleranceMs={150}
      />,
    );
    const figures = [...container.querySelectorAll('.chart-value')].map((value) => value.textContent);
    expect(figures).toEqual(expect.arrayContaining(['98 ms · from Virginia', '155 ms · from Virginia · measured']));
  });

  it('redraws its figures and line when the tolerance and round trips change', () => {
    const props = {
      axisTitle: 'Round trip, ms',
      figureOf: (row: LatencyChartRow, strategy: 'hub-and-spoke' | 'regional') =>
        `${Math.round(strategy === 'hub-and-spoke' ? row.hubRttMs : row.regionalRttMs)} ms`,
      formatMs: (ms: number) => `${ms} ms`,
      height: 260,
      initialWidthPx: 640,
    };
    const { container, rerender } = render(
      <LatencyChart {...props} rows={LATENCY_ROWS} toleranceLabel="Your tolerance: 150 ms" toleranceMs={150} />,
    );
    const tighter = LATENCY_ROWS.map((row) => ({
      ...row,
      hub: { ...row.hub, rttMs: row.hub.rttMs + 1 },
      hubRttMs: row.hubRttMs + 1,
    }));
    rerender(<LatencyChart {...props} rows={tighter} toleranceLabel="Your tolerance: 100 ms" toleranceMs={100} />);
    const line = referenceX(container, 'chart-tolerance');
    expect(screen.getByText('Your tolerance: 100 ms')).toBeInTheDocument();
    expect(screen.getByText('147 ms')).toBeInTheDocument();
    for (const figure of container.querySelectorAll('.chart-value')) {
      const { start, end } = figureSpan(figure);
      expect(start > line || end < line).toBe(true);
    }
  });

  it('outlines a measured round trip and leaves the estimated ones plain', () => {
    const container = drawLatencyChart();
    expect(container.querySelectorAll('rect.bar--measured')).toHaveLength(1);
    expect(container.querySelectorAll('rect.bar--estimated')).toHaveLength(7);
    expect(screen.getByText('155 ms · measured')).toBeInTheDocument();
  });
});

describe('SensitivityChart', () => {
  const data = toSensitivityChartData({
    answer: 'latencyToleranceMs',
    current: 150,
    flipValue: 226,
    flipTo: 'hub-and-spoke',
    min: 50,
    max: 400,
    points: [50, 100, 150, 200, 226, 300, 400].map((value) => {
      const hub = Math.min(56, 30 + value / 8.7);
      return {
        value,
        scores: { 'hub-and-spoke': hub, regional: 100 - hub },
        strategy: hub >= 50 ? ('hub-and-spoke' as const) : ('regional' as const),
      };
    }),
  });

  function drawSensitivityChart(chart = data) {
    return render(
      <SensitivityChart
        axisTitle="Latency tolerance, ms"
        currentLabel="You: 150 ms"
        data={chart}
        flipLabel="Hub & Spoke from 226 ms"
        formatTick={String}
        height={220}
        initialWidthPx={640}
        scoreAxisTitle="Score points"
      />,
    ).container;
  }

  it('draws both scores as lines, Regional dashed', () => {
    const container = drawSensitivityChart();
    expect(container.querySelector('.line-hub path')?.getAttribute('d')).toMatch(/^M/);
    expect(container.querySelector('.line-regional path')?.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('marks the person’s value and, to its right, the value where the verdict flips, with a dot where the lines cross', () => {
    const container = drawSensitivityChart();
    const current = referenceX(container, 'chart-current');
    const flip = referenceX(container, 'chart-flip');
    expect(flip).toBeGreaterThan(current);
    // 150 and 226 on an axis from 50 to 400: the flip sits (226 - 50) / (150 - 50) times as far from the start.
    const start = Number(
      container
        .querySelector('.line-hub path')
        ?.getAttribute('d')
        ?.match(/^M([\d.]+)/)?.[1],
    );
    expect((flip - start) / (current - start)).toBeCloseTo(176 / 100, 1);
    expect(Number(container.querySelector('.chart-flip-dot circle')?.getAttribute('cx'))).toBeCloseTo(flip, 0);
    expect(screen.getByText('You: 150 ms')).toBeInTheDocument();
    expect(screen.getByText('Hub & Spoke from 226 ms')).toBeInTheDocument();
  });

  it('draws no flip where no value flips the verdict', () => {
    const container = drawSensitivityChart({ ...data, flipValue: null });
    expect(container.querySelector('.chart-flip')).toBeNull();
    expect(container.querySelector('.chart-flip-dot')).toBeNull();
    expect(container.querySelector('.chart-current')).not.toBeNull();
  });

  it('titles both axes with their units', () => {
    drawSensitivityChart();
    expect(screen.getByText('Latency tolerance, ms')).toBeInTheDocument();
    expect(screen.getByText('Score points')).toBeInTheDocument();
  });
});
