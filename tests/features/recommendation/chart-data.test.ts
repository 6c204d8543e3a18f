import { describe, expect, it } from 'vitest';
import {
  type Answers,
  type Factor,
  findSensitivity,
  parseAnswers,
  type Recommendation,
  type RegionalGroup,
  recommend,
  type SensitivityCurve,
} from '../../../src/engine';
import {
  AXIS_TITLE_ROOM_PX,
  CHART_CHROME_PX,
  chartHeightPx,
  estimateLabelWidthPx,
  FACTOR_SHORT_LABELS,
  factorChartDomain,
  factorChartTicks,
  hasMeasuredRtt,
  type LatencyChartRow,
  latencyChartAxis,
  placeValueLabel,
  sensitivityTableRows,
  sqrtValueTicks,
  toFactorChartRows,
  toLatencyChartRows,
  toSensitivityChartData,
  VALUE_LABEL_GAP_PX,
  valueTicks,
  wrapLabel,
} from '../../../src/features/recommendation/chart-data';

function factor(id: Factor['id'], favors: Factor['favors'], points: number): Factor {
  return {
    id,
    favors,
    weight: 0,
    title: `Title of ${id}`,
    explanation: `Why ${id} weighs`,
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

  it('labels rows with the short names and keeps the full title for the table and the reason for the tooltip', () => {
    const row = rows.find((candidate) => candidate.id === 'latency');
    expect(row?.label).toBe(FACTOR_SHORT_LABELS.latency);
    expect(row?.title).toBe('Title of latency');
    expect(row?.explanation).toBe('Why latency weighs');
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
  const group = (planeRegionId: string, rttMs: Record<string, number>, measured?: string[]): RegionalGroup => ({
    planeRegionId,
    regionIds: Object.keys(rttMs),
    clusters: 1,
    nodes: 10,
    installations: 1,
    size: 'small',
    worstRttMs: Math.max(...Object.values(rttMs)),
    rttMs,
    ...(measured ? { measuredRttRegionIds: measured } : {}),
  });
  const estimated: Pick<Recommendation, 'hub' | 'regionalPlan'> = {
    hub: {
      regionId: 'aws:eu-central-1',
      worstRttMs: 140,
      rttMs: { 'aws:ap-northeast-1': 140, 'plant-lyon': 12, 'aws:eu-central-1': 2 },
    },
    regionalPlan: {
      maxGroupRttMs: 20,
      groups: [
        group('aws:eu-central-1', { 'aws:eu-central-1': 2, 'plant-lyon': 12 }),
        group('aws:ap-northeast-1', { 'aws:ap-northeast-1': 2 }),
      ],
    },
  };
  const rows = toLatencyChartRows(estimated, answers);

  it('leads with the hub, then the nearest regions first', () => {
    expect(rows.map((row) => row.id)).toEqual(['aws:eu-central-1', 'plant-lyon', 'aws:ap-northeast-1']);
    expect(rows.map((row) => row.isHub)).toEqual([true, false, false]);
  });

  it.each([
    ['aws:eu-central-1', 'Europe (Frankfurt)', 2, 2, 'Europe (Frankfurt)', true],
    ['plant-lyon', 'Lyon plant', 12, 12, 'Europe (Frankfurt)', false],
    ['aws:ap-northeast-1', 'Asia Pacific (Tokyo)', 140, 2, 'Asia Pacific (Tokyo)', true],
  ] as const)(
    'shows %s as "%s": %d ms from the hub, %d ms from its plane in %s (its own: %s)',
    (id, name, hubRttMs, regionalRttMs, planeName, isPlane) => {
      const row = rows.find((candidate) => candidate.id === id);
      expect(row).toMatchObject({ name, hubRttMs, regionalRttMs, planeName, isPlane });
    },
  );

  it('calls every figure estimated while the engine names none measured, and the legend stays quiet', () => {
    expect(rows.every((row) => !row.hubMeasured && !row.regionalMeasured)).toBe(true);
    expect(hasMeasuredRtt(rows)).toBe(false);
  });

  it('marks the figures the engine says were measured, from the hub and from a regional plane apart', () => {
    const measured = toLatencyChartRows(
      {
        hub: { ...estimated.hub, measuredRttRegionIds: ['aws:ap-northeast-1'] },
        regionalPlan: {
          ...estimated.regionalPlan,
          groups: [
            group('aws:eu-central-1', { 'aws:eu-central-1': 2, 'plant-lyon': 9 }, ['plant-lyon']),
            group('aws:ap-northeast-1', { 'aws:ap-northeast-1': 2 }),
          ],
        },
      },
      answers,
    );
    const flags = Object.fromEntries(measured.map((row) => [row.id, [row.hubMeasured, row.regionalMeasured]]));
    expect(flags).toEqual({
      'aws:eu-central-1': [false, false],
      'plant-lyon': [false, true],
      'aws:ap-northeast-1': [true, false],
    });
    expect(measured.find((row) => row.id === 'plant-lyon')?.regionalRttMs).toBe(9);
    expect(hasMeasuredRtt(measured)).toBe(true);
  });

  it('gives a real recommendation a round trip from both strategies for every region', () => {
    const recommendation = recommend(answers);
    for (const row of toLatencyChartRows(recommendation, answers)) {
      expect(row.hubRttMs).toBeGreaterThan(0);
      expect(row.regionalRttMs).toBeGreaterThan(0);
      expect(row.regionalRttMs).toBeLessThanOrEqual(row.hubRttMs + 1e-9);
    }
  });
});

describe('latencyChartAxis', () => {
  const row = (hubRttMs: number, regionalRttMs = 2): LatencyChartRow => ({
    id: `r${hubRttMs}`,
    name: 'r',
    isHub: false,
    hubRttMs,
    hubMeasured: false,
    regionalRttMs,
    regionalMeasured: false,
    planeName: 'r',
    isPlane: true,
  });

  it.each([
    [[row(2), row(98), row(135)], 150, 6],
    [[row(2), row(320)], 150, 6],
    [[row(2), row(40)], 1000, 6],
    [[row(2), row(135)], 150, 3],
    [[row(20, 260)], 150, 6],
  ])('ends past the farthest round trip and the tolerance in round steps (%#)', (rows, toleranceMs, maxTicks) => {
    const axis = latencyChartAxis(rows, toleranceMs, maxTicks);
    const farthest = Math.max(
      toleranceMs,
      ...rows.map((candidate) => Math.max(candidate.hubRttMs, candidate.regionalRttMs)),
    );
    expect(axis.maxMs).toBeGreaterThan(farthest);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.ticks.at(-1)).toBe(axis.maxMs);
    expect(axis.ticks.length - 1).toBeLessThanOrEqual(maxTicks);
    const step = axis.ticks[1] ?? 0;
    expect(axis.ticks.every((tick, index) => tick === index * step)).toBe(true);
  });
});

describe('placeValueLabel: a bar’s figure never runs across the tolerance line', () => {
  /** The figure's left and right edges, px. */
  function span(barStart: number, barEnd: number, labelWidth: number, lineX: number) {
    const place = placeValueLabel(barStart, barEnd, labelWidth, lineX);
    return place.anchor === 'start'
      ? { left: place.xPx, right: place.xPx + labelWidth }
      : { left: place.xPx - labelWidth, right: place.xPx };
  }

  it.each([
    ['a bar far short of the line: just beyond the bar', 0, 100, 40, 300, 'beyond the bar'],
    ['a short bar just short of the line: past the line', 0, 30, 40, 50, 'past the line'],
    ['a long bar just short of the line: inside its end', 0, 280, 40, 300, 'inside the bar'],
    ['a long bar that ends on the line: beyond the bar, clear of the line', 0, 300, 40, 300, 'beyond the bar'],
    ['a long bar ending 10 px short of the line: inside its end', 0, 290, 40, 300, 'inside the bar'],
    ['a bar beyond the line: just beyond the bar', 0, 350, 40, 300, 'beyond the bar'],
  ] as const)('%s', (_case, barStart, barEnd, labelWidth, lineX, where) => {
    const { left, right } = span(barStart, barEnd, labelWidth, lineX);
    expect(left <= lineX && right >= lineX).toBe(false);
    if (where === 'beyond the bar') expect(left).toBe(barEnd + VALUE_LABEL_GAP_PX);
    if (where === 'past the line') expect(left).toBe(lineX + VALUE_LABEL_GAP_PX);
    if (where === 'inside the bar') {
      expect(right).toBe(barEnd - VALUE_LABEL_GAP_PX);
      expect(left).toBeGreaterThanOrEqual(barStart);
    }
  });

  it('never puts a figure inside a hatched bar, where it would not read: past the line instead', () => {
    expect(placeValueLabel(0, 290, 40, 300, false)).toEqual({ xPx: 300 + VALUE_LABEL_GAP_PX, anchor: 'start' });
  });
});

describe('chartHeightPx', () => {
  it.each([
    [0, 40, 0, CHART_CHROME_PX + AXIS_TITLE_ROOM_PX + 40],
    [3, 40, 0, CHART_CHROME_PX + AXIS_TITLE_ROOM_PX + 120],
    [3, 34, 22, CHART_CHROME_PX + AXIS_TITLE_ROOM_PX + 22 + 102],
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

describe('how the answer moves: chart data', () => {
  const curve: SensitivityCurve = {
    answer: 'latencyToleranceMs',
    current: 150,
    flipValue: 226,
    flipTo: 'hub-and-spoke',
    min: 50,
    max: 400,
    points: [50, 100, 150, 200, 226, 300, 400].map((value) => {
      const hub = Math.min(54, 30 + value / 10);
      return {
        value,
        scores: { 'hub-and-spoke': hub, regional: 100 - hub },
        strategy: hub >= 50 ? 'hub-and-spoke' : 'regional',
      };
    }),
  };
  const data = toSensitivityChartData(curve);

  it('keeps every point in order with both scores', () => {
    expect(data.rows.map((row) => row.value)).toEqual([50, 100, 150, 200, 226, 300, 400]);
    expect(data.rows[0]).toMatchObject({ hubAndSpoke: 35, regional: 65, strategy: 'regional' });
  });

  it('marks the current value and the flip, and draws the range the engine chose', () => {
    expect(data).toMatchObject({ current: 150, flipValue: 226, flipTo: 'hub-and-spoke', xDomain: [50, 400] });
  });

  it('keeps a linear value axis while the marked values spread over it', () => {
    expect(data.xScale).toBe('linear');
  });

  it('widens the start of a long axis (square root) where the person’s value and the flip sit squeezed there', () => {
    const engineers = toSensitivityChartData({
      ...curve,
      answer: 'opsEngineers',
      current: 2,
      flipValue: 0.3,
      min: 0,
      max: 110,
    });
    expect(engineers.xScale).toBe('sqrt');
  });

  it('puts the score axis on round tens around both lines', () => {
    expect(data.yDomain).toEqual([30, 70]);
    expect(data.yTicks).toEqual([30, 40, 50, 60, 70]);
  });

  it('keeps the current value and the flip in the table, however few rows it has', () => {
    const many = toSensitivityChartData({
      ...curve,
      points: Array.from({ length: 48 }, (_, index) => ({
        value: 50 + index * 7,
        scores: { 'hub-and-spoke': 50, regional: 50 },
        strategy: 'hub-and-spoke' as const,
      })).concat([{ value: 226, scores: { 'hub-and-spoke': 50, regional: 50 }, strategy: 'hub-and-spoke' }]),
    });
    const values = sensitivityTableRows(many).map((row) => row.value);
    expect(values.length).toBeLessThanOrEqual(12);
    expect(values).toContain(226);
    expect(values[0]).toBe(50);
  });

  it('turns a real curve into chart data whose winner at the current value is the recommendation', () => {
    const answers = answersOf({
      version: 1,
      regions: [
        { id: 'aws:us-east-1', clusters: 12 },
        { id: 'aws:eu-central-1', clusters: 8 },
      ],
    });
    const recommendation = recommend(answers);
    for (const chart of findSensitivity(answers).map(toSensitivityChartData)) {
      expect(chart.rows.find((row) => row.value === chart.current)?.strategy).toBe(recommendation.strategy);
    }
  });
});

describe('sqrtValueTicks', () => {
  it('ticks round values that stand apart on a square-root axis, 0 first', () => {
    const ticks = sqrtValueTicks([0, 110], 5);
    expect(ticks[0]).toBe(0);
    expect(ticks).toEqual(expect.arrayContaining([5, 20, 50, 100]));
    const at = (value: number) => Math.sqrt(value / 110);
    for (let index = 1; index < ticks.length; index++) {
      expect(at(ticks[index] ?? 0) - at(ticks[index - 1] ?? 0)).toBeGreaterThanOrEqual(1 / 5);
    }
  });
});

describe('valueTicks', () => {
  it.each([
    [[0, 19.5], 6, [0, 5, 10, 15]],
    [[58, 438], 6, [100, 200, 300, 400]],
    [[0, 2], 3, [0, 1, 2]],
  ] as const)('ticks %j on round steps, at most %d intervals', (domain, maxTicks, ticks) => {
    expect(valueTicks(domain, maxTicks)).toEqual(ticks);
  });
});

describe('latencyChartAxis with the figures beside the bars', () => {
  const row = (hubRttMs: number): LatencyChartRow => ({
    id: `r${hubRttMs}`,
    name: 'r',
    isHub: false,
    hubRttMs,
    hubMeasured: false,
    regionalRttMs: 2,
    regionalMeasured: false,
    planeName: 'r',
    isPlane: true,
  });
  const scale = (axis: { maxMs: number }, plotWidthPx: number) => (ms: number) => (ms / axis.maxMs) * plotWidthPx;

  it.each([
    ['a long figure at the farthest bar', [row(155)], 100, [{ valueMs: 155, widthPx: 110 }]],
    ['a figure pushed past the tolerance line', [row(97)], 100, [{ valueMs: 97, widthPx: 110 }]],
  ] as const)('runs far enough for %s to fit on a phone-wide plot', (_case, rows, toleranceMs, figures) => {
    const plotWidthPx = 200;
    const axis = latencyChartAxis(rows, toleranceMs, 3, { plotWidthPx, figures });
    const x = scale(axis, plotWidthPx);
    for (const figure of figures) {
      const place = placeValueLabel(0, x(figure.valueMs), figure.widthPx, x(toleranceMs));
      const right = place.anchor === 'start' ? place.xPx + figure.widthPx : place.xPx;
      expect(right).toBeLessThanOrEqual(plotWidthPx);
    }
  });
});
