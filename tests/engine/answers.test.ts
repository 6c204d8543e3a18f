import { describe, expect, it } from 'vitest';
import { formatProblems, parseAnswers } from '../../src/engine';

const minimal = { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 3 }] };

function problemsOf(input: unknown) {
  const result = parseAnswers(input);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
}

describe('answers schema', () => {
  it("accepts the contract's minimal document and fills in every default", () => {
    const result = parseAnswers(minimal);
    expect(result).toEqual({
      ok: true,
      value: {
        version: 1,
        regions: [{ id: 'aws:us-east-1', clusters: 3 }],
        latencyToleranceMs: 150,
        opsEngineers: 2,
        crossRegionEnvironments: false,
        priorities: { singlePane: 2, multiClusterApps: 2, faultIsolation: 2, independentUpgrades: 2 },
      },
    });
  });

  it('defaults clusters to 1 and keeps a custom site with its coordinates', () => {
    const result = parseAnswers({
      version: 1,
      regions: [{ id: 'aws:eu-west-1' }, { id: 'plant-7', name: 'Plant 7', lat: 48.1, lon: 11.6, clusters: 4 }],
    });
    expect(result.ok && result.value.regions).toEqual([
      { id: 'aws:eu-west-1', clusters: 1 },
      { id: 'plant-7', name: 'Plant 7', lat: 48.1, lon: 11.6, clusters: 4 },
    ]);
  });

  it.each([
    ['a missing version', { regions: minimal.regions }, 'version', /version/],
    ['version 2', { ...minimal, version: 2 }, 'version', /must be 1/],
    ['no regions', { version: 1, regions: [] }, 'regions', /at least one region/],
    ['regions that are not a list', { version: 1, regions: 'aws:us-east-1' }, 'regions', /list/],
    [
      '101 regions',
      { version: 1, regions: Array.from({ length: 101 }, (_, i) => ({ id: `s${i}`, name: 'x', lat: 0, lon: 0 })) },
      'regions',
      /at most 100/,
    ],
    [
      'zero clusters',
      { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 0 }] },
      'regions[0].clusters',
      /at least 1/,
    ],
    [
      'fractional clusters',
      { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 2.5 }] },
      'regions[0].clusters',
      /whole number/,
    ],
    [
      'too many clusters',
      { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 10001 }] },
      'regions[0].clusters',
      /at most 10000/,
    ],
    ['an empty id', { version: 1, regions: [{ id: '' }] }, 'regions[0].id', /empty/],
    [
      'a custom site without coordinates',
      { version: 1, regions: [{ id: 'lab', name: 'Lab' }] },
      'regions[0].lat',
      /required for a custom site/,
    ],
    [
      'a custom site without a name',
      { version: 1, regions: [{ id: 'lab', lat: 1, lon: 2 }] },
      'regions[0].name',
      /required for a custom site/,
    ],
    [
      'a misspelt catalog id',
      { version: 1, regions: [{ id: 'aws:us-east-9' }] },
      'regions[0].id',
      /unknown region id "aws:us-east-9": the catalog has no aws region "us-east-9"/,
    ],
    [
      'latitude 95',
      { version: 1, regions: [{ id: 'lab', name: 'Lab', lat: 95, lon: 0 }] },
      'regions[0].lat',
      /between -90 and 90/,
    ],
    [
      'longitude -181',
      { version: 1, regions: [{ id: 'lab', name: 'Lab', lat: 0, lon: -181 }] },
      'regions[0].lon',
      /between -180 and 180/,
    ],
    [
      'a name of 81 characters',
      { version: 1, regions: [{ id: 'lab', name: 'x'.repeat(81), lat: 0, lon: 0 }] },
      'regions[0].name',
      /at most 80/,
    ],
    [
      'a duplicate id',
      { version: 1, regions: [{ id: 'aws:us-east-1' }, { id: 'aws:us-east-1' }] },
      'regions[1].id',
      /duplicate region id/,
    ],
    ['tolerance 0', { ...minimal, latencyToleranceMs: 0 }, 'latencyToleranceMs', /at least 1 ms/],
    ['tolerance 2001', { ...minimal, latencyToleranceMs: 2001 }, 'latencyToleranceMs', /at most 2000 ms/],
    ['tolerance as text', { ...minimal, latencyToleranceMs: '150' }, 'latencyToleranceMs', /number of milliseconds/],
    ['negative engineers', { ...minimal, opsEngineers: -1 }, 'opsEngineers', /at least 0/],
    ['1001 engineers', { ...minimal, opsEngineers: 1001 }, 'opsEngineers', /at most 1000/],
    ['a text boolean', { ...minimal, crossRegionEnvironments: 'yes' }, 'crossRegionEnvironments', /true or false/],
    ['priority 5', { ...minimal, priorities: { singlePane: 5 } }, 'priorities.singlePane', /at most 4/],
    ['priority -1', { ...minimal, priorities: { faultIsolation: -1 } }, 'priorities.faultIsolation', /at least 0/],
    [
      'priority 1.5',
      { ...minimal, priorities: { multiClusterApps: 1.5 } },
      'priorities.multiClusterApps',
      /whole number/,
    ],
  ])('rejects %s, naming %s', (_case, input, path, message) => {
    const problem = problemsOf(input).find((candidate) => candidate.path === path);
    expect(problem?.message).toMatch(message);
  });

  it.each([[null], [42], ['text'], [[]]])('rejects %j as a document', (input) => {
    expect(problemsOf(input)[0]?.message).toMatch(/JSON object/);
  });

  it('lists every problem of a document, one line each, with its path', () => {
    const text = formatProblems(
      problemsOf({ version: 1, regions: [{ id: 'lab', name: 'Lab', lat: 91 }], opsEngineers: -2 }),
    );
    expect(text.split('\n')).toEqual([
      'regions[0].lat: latitude must be between -90 and 90 degrees',
      'regions[0].lon: longitude is required for a custom site ("lab" is not a catalog region, so it is read as a custom site)',
      'opsEngineers: operations engineers must be at least 0',
    ]);
  });

  it('ignores coordinates given for a catalog region but keeps a display name', () => {
    const result = parseAnswers({
      version: 1,
      regions: [{ id: 'gcp:asia-east1', name: 'Taiwan prod', lat: 0, lon: 0 }],
    });
    expect(result.ok).toBe(true);
  });
});
