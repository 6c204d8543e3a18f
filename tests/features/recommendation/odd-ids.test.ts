import { describe, expect, it } from 'vitest';
import { type Answers, recommend, renderDecisionRecord, viewPlanes } from '../../../src/engine';
import { toLatencyChartRows } from '../../../src/features/recommendation/latency-chart-data';
import { buildMapModel } from '../../../src/features/topology-map/map-data';
import { answersOf } from '../../fixtures/answers';

// Custom sites named like Object.prototype's keys: a plain object keyed by region id reads a function or the prototype.
const ODD_IDS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

const answers: Answers = answersOf({
  version: 1,
  regions: [
    { id: 'aws:eu-west-1', clusters: 3 },
    { id: '__proto__', name: 'Munich lab', lat: 48.1, lon: 11.6, clusters: 2 },
    { id: 'constructor', name: 'Madrid lab', lat: 40.4, lon: -3.7, clusters: 2 },
    { id: 'toString', name: 'Tokyo lab', lat: 35.7, lon: 139.7, clusters: 2 },
    { id: 'valueOf', name: 'Paris lab', lat: 48.9, lon: 2.35, clusters: 1 },
    { id: 'hasOwnProperty', name: 'Oslo lab', lat: 59.9, lon: 10.7, clusters: 1 },
  ],
});
const recommendation = recommend(answers);
const planes = viewPlanes(recommendation, answers);
const isFiniteNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

describe('custom sites with ids like constructor, toString or __proto__', () => {
  it('get a numeric round trip on every row of the latency chart', () => {
    const rows = toLatencyChartRows(planes);
    expect(rows.map((row) => row.id).sort()).toEqual([...ODD_IDS, 'aws:eu-west-1'].sort());
    for (const row of rows) {
      expect(isFiniteNumber(row.hubRttMs), `${row.id} from the hub`).toBe(true);
      expect(isFiniteNumber(row.regionalRttMs), `${row.id} from its plane`).toBe(true);
    }
  });

  it('get a numeric round trip on every point of the map', () => {
    const model = buildMapModel(answers, recommendation, planes);
    expect(model.points).toHaveLength(answers.regions.length);
    for (const point of model.points) {
      expect(isFiniteNumber(point.rttFromHubMs), point.id).toBe(true);
      expect(isFiniteNumber(point.rttFromPlaneMs), point.id).toBe(true);
    }
  });

  it('are not called "an estimate on an uncertain corridor" in the record for their name alone', () => {
    const record = renderDecisionRecord(answers, recommendation, {});
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      const row = record.split('\n').find((line) => line.includes(`(${id})`) && / ms \|/.test(line));
      const uncertain =
        recommendation.hub.uncertainRtt?.[id] !== undefined && Object.hasOwn(recommendation.hub.uncertainRtt, id);
      expect(row, id).toBeDefined();
      expect(row?.includes('uncertain corridor'), id).toBe(uncertain);
    }
  });
});
