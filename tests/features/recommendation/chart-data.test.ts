import { describe, expect, it } from 'vitest';
import { type Answers, type Factor, parseAnswers, type Recommendation, recommend } from '../../../src/engine';
import {
  bandLayout,
  CHART_CHROME_PX,
  chartHeightPx,
  estimateLabelWidthPx,
  FACTOR_SHORT_LABELS,
  factorChartDomain,
  factorChartTicks,
  latencyChartAxis,
  linearScale,
  plotBox,
  toFactorChartRows,
  toLatencyChartRows,
  VALUE_AXIS_HEIGHT_PX,
  wrapLabel,
} from '../../../src/features/recommendation/chart-data';

function factor(id: Factor['id'], favors: Factor['favors'], points: number): Factor {
  return {
    id,
    favors,
    weight: 0,
    title: `Title of ${id}`,
    explanation: '',
    sources: [],
    points: {
      'hub-and-spoke': favors === 'hub-and-spoke' ? points : 0,
      regional: favors === 'regional' ? points : 0,
    },
  };
}

function answersOf(input: unknown): Answers {
  const result = parseAnswers(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('toFactorChartRows', () => {
  const factors = [
    factor('single-pane', 'hub-and-spoke', 10),
    factor('latency', 'regional', 12.5),
    factor('workloads-keep-running', 'neutral', 0),
    factor('operating-load', 'hub-and-spoke', 4.8),
  ];
  const rows = toFactorChartRows({ factors });

  it('leaves out factors that weigh for neither strategy', () => {
    expect(rows.map((row) => row.id)).not.toContain('workloads-keep-running');
    expect(rows).toHaveLength(3);
  });

  it('puts the heaviest factor first, whichever strategy it favours', () => {
    expect(rows.map((row) => row.id)).toEqual(['latency', 'single-pane', 'operating-load']);
  });

  it.each([
    ['single-pane', -10, 0],
    ['latency', 0, 12.5],
    ['operating-load', -4.8, 0],
  ] as const)('draws %s with Hub & Spoke %d (to the left) and Regional %d (to the right)', (id, hub, regional) => {
    const row = rows.find((candidate) => candidate.id === id);
    expect(row?.hubAndSpoke).toBe(hub);
    expect(row?.regional).toBe(regional);
    expect(row?.points).toBe(Math.abs(hub) + regional);
  });

  it('labels rows with the short names and keeps the full title for the table', () => {
    const row = rows.find((candidate) => candidate.id === 'latency');
    expect(row?.label).toBe(FACTOR_SHORT_LABELS.latency);
    expect(row?.title).toBe('Title of latency');
  });

  it('has one row per weighing factor of a real recommendation', () => {
    const recommendation = recommend(
      answersOf({
        version: 1,
        regions: [
          { id: 'aws:us-east-1', clusters: 12 },
          { id: 'aws:eu-central-1', clusters: 8 },
          { id: 'aws:ap-northeast-1', clusters: 5 },
        ],
      }),
    );
    const weighing = recommendation.factors.filter((candidate) => candidate.favors !== 'neutral');
    expect(toFactorChartRows(recommendation)).toHaveLength(weighing.length);
  });
});

describe('factorChartDomain and factorChartTicks', () => {
  it.each([
    [[factor('latency', 'regional', 9.5)], 15],
    [[factor('single-pane', 'hub-and-spoke', 25)], 30],
    [[factor('latency', 'regional', 45), factor('single-pane', 'hub-and-spoke', 10)], 55],
    [[], 5],
  ])('keeps the scale symmetric with room beyond the longest bar (%#)', (factors, bound) => {
    const domain = factorChartDomain(toFactorChartRows({ factors }));
    expect(domain).toEqual([-bound, bound]);
  });

  it.each([
    [15, 3, [-15, -10, -5, 0, 5, 10, 15]],
    [15, 2, [-10, 0, 10]],
    [55, 3, [-40, -20, 0, 20, 40]],
  ] as const)('ticks a ±%d axis symmetrically through 0 with at most %d per side', (bound, perSide, ticks) => {
    expect(factorChartTicks([-bound, bound], perSide)).toEqual(ticks);
  });
});

describe('toLatencyChartRows', () => {
  const answers = answersOf({
    version: 1,
    regions: [
      { id: 'aws:ap-northeast-1', clusters: 5 },
      { id: 'plant-lyon', name: 'Lyon plant', lat: 45.76, lon: 4.84, clusters: 2 },
      { id: 'aws:eu-central-1', clusters: 8 },
    ],
    latencyToleranceMs: 100,
  });
  const hub: Recommendation['hub'] = {
    regionId: 'aws:eu-central-1',
    worstRttMs: 140,
    rttMs: { 'aws:ap-northeast-1': 140, 'plant-lyon': 12, 'aws:eu-central-1': 2 },
  };
  const rows = toLatencyChartRows({ hub }, answers);

  it('leads with the hub, then the nearest regions first', () => {
    expect(rows.map((row) => row.id)).toEqual(['aws:eu-central-1', 'plant-lyon', 'aws:ap-northeast-1']);
    expect(rows.map((row) => row.isHub)).toEqual([true, false, false]);
  });

  it.each([
    ['aws:eu-central-1', 'Europe (Frankfurt)', 2, true],
    ['plant-lyon', 'Lyon plant', 12, true],
    ['aws:ap-northeast-1', 'Asia Pacific (Tokyo)', 140, false],
  ] as const)('shows %s as "%s" at %d ms, within the tolerance: %s', (id, name, rttMs, within) => {
    const row = rows.find((candidate) => candidate.id === id);
    expect(row).toMatchObject({ name, rttMs, withinTolerance: within });
  });
});

describe('latencyChartAxis', () => {
  const row = (rttMs: number) => ({ id: `r${rttMs}`, name: 'r', rttMs, isHub: false, withinTolerance: true });

  it.each([
    [[row(2), row(98), row(135)], 150, 6],
    [[row(2), row(320)], 150, 6],
    [[row(2), row(40)], 1000, 6],
    [[row(2), row(135)], 150, 3],
  ])('ends past the farthest region and the tolerance in round steps (%#)', (rows, toleranceMs, maxTicks) => {
    const axis = latencyChartAxis(rows, toleranceMs, maxTicks);
    const farthest = Math.max(toleranceMs, ...rows.map((candidate) => candidate.rttMs));
    expect(axis.maxMs).toBeGreaterThan(farthest);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.ticks.at(-1)).toBe(axis.maxMs);
    expect(axis.ticks.length - 1).toBeLessThanOrEqual(maxTicks);
    const step = axis.ticks[1] ?? 0;
    expect(axis.ticks.every((tick, index) => tick === index * step)).toBe(true);
  });
});

describe('chartHeightPx', () => {
  it.each([
    [0, 40, 0, CHART_CHROME_PX + 40],
    [3, 40, 0, CHART_CHROME_PX + 120],
    [3, 34, 22, CHART_CHROME_PX + 22 + 102],
  ])('gives %d rows of %d px (plus %d) a height of %d px', (rows, rowHeight, extra, height) => {
    expect(chartHeightPx(rows, rowHeight, extra)).toBe(height);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['a label that fits stays on one line', 'Fault isolation', 200, ['Fault isolation']],
    ['a longer one breaks between words', 'Asia Pacific (Tokyo)', 96, ['Asia Pacific', '(Tokyo)']],
    ['Chinese breaks between characters', '亚太地区（东京）节点', 80, ['亚太地区（东', '京）节点']],
    [
      'what does not fit on two lines ends in an ellipsis',
      'Munich factory floor, building 7 north',
      100,
      ['Munich factory', 'floor, buildi…'],
    ],
    ['one word wider than the space is cut', 'Llanfairpwllgwyngyll', 70, ['Llanfairp…']],
  ])('%s', (_case, text, widthPx, lines) => {
    expect(wrapLabel(text, widthPx)).toEqual(lines);
  });

  it('never makes a line wider than the space it was given', () => {
    const labels = [
      'US East (N. Virginia)',
      'Asia Pacific (Hong Kong) special administrative region',
      '欧洲（法兰克福）数据中心',
      'x'.repeat(80),
    ];
    for (const label of labels) {
      for (const widthPx of [40, 96, 140, 200]) {
        for (const line of wrapLabel(label, widthPx)) expect(estimateLabelWidthPx(line)).toBeLessThanOrEqual(widthPx);
      }
    }
  });

  it('counts a Chinese character about twice as wide as a Latin one', () => {
    expect(estimateLabelWidthPx('东京')).toBeGreaterThan(estimateLabelWidthPx('To') * 1.6);
  });
});

describe('chart layout', () => {
  it('places the plot right of the labels and above the value axis', () => {
    const plot = plotBox(600, 300, { top: 10, right: 20, bottom: 4, left: 8 }, 150);
    expect(plot).toEqual({ left: 158, right: 580, top: 10, bottom: 300 - 4 - VALUE_AXIS_HEIGHT_PX });
  });

  it('never gives a plot a negative size, however narrow the chart', () => {
    const plot = plotBox(100, 20, { top: 10, right: 20, bottom: 4, left: 8 }, 150);
    expect(plot.right).toBeGreaterThanOrEqual(plot.left);
    expect(plot.bottom).toBeGreaterThanOrEqual(plot.top);
  });

  it('maps values onto pixels in a straight line, negative values included', () => {
    const x = linearScale([-20, 20], [100, 500]);
    expect(x(-20)).toBe(100);
    expect(x(0)).toBe(300);
    expect(x(10)).toBe(400);
    expect(x(20)).toBe(500);
  });

  it('maps every value of a one-value domain to the start instead of dividing by zero', () => {
    expect(linearScale([0, 0], [100, 500])(0)).toBe(100);
  });

  it('splits the plot into equal rows with the bar centred in each, leaving the gap above and below', () => {
    const band = bandLayout(4, 0, 160, 0.25);
    expect([0, 1, 2, 3].map(band.centre)).toEqual([20, 60, 100, 140]);
    expect(band.barHeight).toBe(20);
  });
});
