import { describe, expect, it } from 'vitest';
import { recommend, regionNamer, viewPlanes } from '../../../src/engine';
import { estimateLabelWidthPx, roundTicks, wrapLabel } from '../../../src/features/recommendation/chart-layout';
import {
  hasMeasuredRtt,
  latencyDomainMaxMs,
  placeValueLabel,
  toLatencyChartRows,
  VALUE_LABEL_GAP_PX,
} from '../../../src/features/recommendation/latency-chart-data';
import { answersOf } from '../../fixtures/answers';
import { EU_RULE as EU_ESTATE } from '../../fixtures/constrained-estates';

/** The EU rule with one measured round trip inside the EU. */
const EU_RULE = answersOf({ ...EU_ESTATE, latencies: [{ from: 'fra-dc', to: 'aws:eu-west-1', ms: 21 }] });

describe('toLatencyChartRows', () => {
  const recommendation = recommend(EU_RULE);
  const rows = toLatencyChartRows(viewPlanes(recommendation, EU_RULE));

  it('gives each region the round trip from the hub that manages it, never from another hub', () => {
    for (const row of rows) {
      const group = recommendation.hubPlan.groups.find((candidate) => candidate.regionIds.includes(row.id));
      expect(row.hubRttMs).toBe(group?.rttMs[row.id]);
      expect(row.hub.planeName).toBe(regionNamer(EU_RULE).name(group?.planeRegionId ?? ''));
      // No EU region is managed from outside the EU, and no other region from inside it.
      const inEu = ['fra-dc', 'aws:eu-west-1', 'stores'].includes(row.id);
      expect(['fra-dc', 'aws:eu-west-1'].includes(group?.planeRegionId ?? '')).toBe(inEu);
    }
    const measured = rows.filter((row) => row.hub.basis === 'measured');
    expect(measured.map((row) => row.id)).toHaveLength(1);
    expect(measured[0]?.hub.severalPlanes).toBe(true);
  });

  it('follows the hubs: each hub’s own site first, then its regions nearest first', () => {
    const hubOrder = rows.map((row) => row.hub.planeName);
    expect(new Set(hubOrder).size).toBe(2);
    // Rows of one hub stay together.
    expect(hubOrder.findIndex((name) => name !== hubOrder[0])).toBe(hubOrder.lastIndexOf(hubOrder[0] as string) + 1);
    expect(rows[0]?.hub.atPlane).toBe(true);
  });

  it('gives the regional bar the round trip from the region’s own regional plane', () => {
    for (const row of rows) {
      const group = recommendation.regionalPlan.groups.find((candidate) => candidate.regionIds.includes(row.id));
      expect(row.regionalRttMs).toBe(group?.rttMs[row.id]);
    }
  });

  it('says whether any figure was measured, for the legend', () => {
    expect(hasMeasuredRtt(rows)).toBe(true);
    const estimated = answersOf({ ...EU_RULE, latencies: [] });
    expect(hasMeasuredRtt(toLatencyChartRows(viewPlanes(recommend(estimated), estimated)))).toBe(false);
  });
});

describe('latencyDomainMaxMs', () => {
  const rows = toLatencyChartRows(viewPlanes(recommend(EU_RULE), EU_RULE));
  const figure = () => '238 ms · from N. Virginia';

  it('runs past the farthest round trip and the tolerance, to a round figure', () => {
    const max = latencyDomainMaxMs(rows, 150, 2000, figure);
    const farthest = Math.max(...rows.map((row) => row.hubRttMs));
    expect(max).toBeGreaterThan(farthest);
    expect(max).toBeGreaterThan(150);
    expect([1, 2, 2.5, 5].some((step) => (max / step) % 10 ** Math.floor(Math.log10(max / step)) === 0)).toBe(true);
  });

  it('leaves room beside the longest bar for its figure on a narrow plot', () => {
    const plot = 240;
    const max = latencyDomainMaxMs(rows, 150, plot, figure);
    const farthest = Math.max(...rows.map((row) => row.hubRttMs));
    const barEnd = (farthest / max) * plot;
    expect(barEnd + VALUE_LABEL_GAP_PX + estimateLabelWidthPx(figure())).toBeLessThanOrEqual(plot);
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

describe('the charts’ own ticks and labels', () => {
  it.each([
    [[0, 500], 6, [0, 100, 200, 300, 400, 500]],
    [[2, 256], 6, [50, 100, 150, 200, 250]],
    [[-7.5, 7.5], 6, [-7.5, -5, -2.5, 0, 2.5, 5, 7.5]],
  ] as const)('rounds the ticks of %j to %j', (domain, most, ticks) => {
    const found = roundTicks(domain, most);
    expect(found).toEqual(ticks);
    expect(found.some((tick) => Object.is(tick, -0))).toBe(false);
  });

  it.each([
    ['Asia Pacific (Singapore)', 80, 2],
    ['中国上海（cn-shanghai）', 90, 2],
    ['Europe', 200, 1],
  ])('wraps "%s" into lines no wider than %d px', (label, width, lines) => {
    const wrapped = wrapLabel(label, width);
    expect(wrapped).toHaveLength(lines);
    for (const line of wrapped) expect(estimateLabelWidthPx(line)).toBeLessThanOrEqual(width);
  });
});
