// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FactorChartRow, LatencyChartRow } from '../../../src/features/recommendation/chart-data';
import { FactorChart, LatencyChart } from '../../../src/features/recommendation/charts';

const FACTOR_ROWS: FactorChartRow[] = [
  {
    id: 'single-pane',
    label: 'One interface',
    title: 'One interface for every region',
    favors: 'hub-and-spoke',
    points: 10,
    hubAndSpoke: -10,
    regional: 0,
  },
  {
    id: 'latency',
    label: 'Latency to clusters',
    title: 'Round trip from a central plane to the clusters',
    favors: 'regional',
    points: 5,
    hubAndSpoke: 0,
    regional: 5,
  },
];

const LATENCY_ROWS: LatencyChartRow[] = [
  { id: 'aws:us-east-1', name: 'US East (N. Virginia)', rttMs: 2, isHub: true, withinTolerance: true },
  { id: 'aws:eu-central-1', name: 'Europe (Frankfurt)', rttMs: 98, isHub: false, withinTolerance: true },
  { id: 'aws:ap-northeast-1', name: 'Asia Pacific (Tokyo)', rttMs: 155, isHub: false, withinTolerance: false },
];

/** A bar's left and right edges, px. */
function edges(bar: Element): { left: number; right: number } {
  const left = Number(bar.getAttribute('x'));
  return { left, right: left + Number(bar.getAttribute('width')) };
}

/** The x of a vertical line drawn as an SVG line element. */
const lineX = (line: Element) => Number(line.getAttribute('x1'));

function drawFactorChart(rows = FACTOR_ROWS, width = 640) {
  return render(
    <FactorChart formatAxis={(points) => `${Math.abs(points)} pts`} height={200} rows={rows} width={width} />,
  ).container;
}

function drawLatencyChart() {
  return render(
    <LatencyChart
      formatBar={(rttMs, isHub) => `${Math.round(rttMs)} ms${isHub ? ' · hub' : ''}`}
      formatMs={(ms) => `${ms} ms`}
      height={200}
      rows={LATENCY_ROWS}
      toleranceLabel="Your tolerance: 150 ms"
      toleranceMs={150}
      width={640}
    />,
  ).container;
}

describe('FactorChart', () => {
  it('grows Hub & Spoke bars left of zero and Regional bars right of it, in proportion to their points', () => {
    const chart = drawFactorChart();
    const zero = lineX(chart.querySelector('.chart-zero') as Element);
    const hub = edges(chart.querySelector('.bar-hub') as Element);
    const regional = edges(chart.querySelector('.bar-regional') as Element);

    expect(hub.right).toBeCloseTo(zero);
    expect(regional.left).toBeCloseTo(zero);
    expect(hub.right - hub.left).toBeCloseTo(2 * (regional.right - regional.left));
  });

  it('writes each factor’s name beside its bar and its points beyond the bar’s end', () => {
    const chart = drawFactorChart();
    const values = [...chart.querySelectorAll('.chart-value')];
    const hub = edges(chart.querySelector('.bar-hub') as Element);
    const hubValue = values.find((value) => value.textContent === '10');
    const regional = edges(chart.querySelector('.bar-regional') as Element);
    const regionalValue = values.find((value) => value.textContent === '5');

    expect(chart.textContent).toContain('One interface');
    expect(chart.textContent).toContain('Latency to clusters');
    expect(Number(hubValue?.getAttribute('x'))).toBeLessThan(hub.left);
    expect(hubValue).toHaveAttribute('text-anchor', 'end');
    expect(Number(regionalValue?.getAttribute('x'))).toBeGreaterThan(regional.right);
    expect(regionalValue).toHaveAttribute('text-anchor', 'start');
  });

  it('fills Regional bars with the hatch pattern it defines, so they differ from Hub & Spoke without colour', () => {
    const chart = drawFactorChart();
    const pattern = chart.querySelector('pattern');
    expect(chart.querySelector('.bar-regional')).toHaveAttribute('fill', `url(#${pattern?.id})`);
    expect(chart.querySelector('.bar-hub')?.getAttribute('fill')).not.toMatch(/^url/);
  });

  it('labels the value axis in the language given, on both sides of zero', () => {
    const ticks = [...drawFactorChart().querySelectorAll('.chart-axis .chart-tick')].map((tick) => tick.textContent);
    expect(ticks).toContain('0 pts');
    expect(ticks.filter((tick) => tick === '10 pts')).toHaveLength(2);
  });

  it('wraps a long factor name onto two lines on a narrow chart, and leaves a short one on one', () => {
    const long = { ...FACTOR_ROWS[0], label: 'Multi-cluster apps deployed once per installation' } as FactorChartRow;
    const short = { ...FACTOR_ROWS[1], label: 'Latency' } as FactorChartRow;
    const chart = drawFactorChart([long, short], 360);
    const labels = [...chart.querySelectorAll('text.chart-tick[text-anchor="end"]')];
    const wrapped = labels.find((label) => label.textContent?.startsWith('Multi-cluster'));
    const oneLine = labels.find((label) => label.textContent === 'Latency');

    expect(wrapped?.querySelectorAll('tspan')).toHaveLength(2);
    expect(oneLine?.querySelectorAll('tspan')).toHaveLength(0);
  });
});

describe('LatencyChart', () => {
  it('draws a region within the tolerance solid and one beyond it hatched', () => {
    const bars = [...drawLatencyChart().querySelectorAll('rect.bar')];
    expect(bars.map((bar) => bar.getAttribute('class'))).toEqual([
      'bar bar-within',
      'bar bar-within',
      'bar bar-beyond',
    ]);
    expect(bars[2]?.getAttribute('fill')).toMatch(/^url\(#/);
  });

  it('puts the dashed tolerance line past every region within it and short of the one beyond', () => {
    const chart = drawLatencyChart();
    const line = lineX(chart.querySelector('.chart-tolerance') as Element);
    const [hub, frankfurt, tokyo] = [...chart.querySelectorAll('rect.bar')].map(edges);

    expect(hub?.right).toBeLessThan(line);
    expect(frankfurt?.right).toBeLessThan(line);
    expect(tokyo?.right).toBeGreaterThan(line);
    expect(chart.querySelector('.chart-tolerance')).toHaveAttribute('stroke-dasharray');
    expect(chart.querySelector('.chart-reference-label')).toHaveTextContent('Your tolerance: 150 ms');
  });

  it('marks the hub’s own bar and gives every bar its round trip', () => {
    const values = [...drawLatencyChart().querySelectorAll('.chart-value')].map((value) => value.textContent);
    expect(values).toEqual(['2 ms · hub', '98 ms', '155 ms']);
  });
});
