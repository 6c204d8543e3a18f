import { describe, expect, it } from 'vitest';
import { describeAnswersProblemZhCN, parseAnswers, problemField } from '../../src/engine';
import { nearestKnownKey } from '../../src/engine/unknown-keys';

const minimal = { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 3 }] };

function problemsOf(input: unknown) {
  const result = parseAnswers(input);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
}

describe('strict answers documents', () => {
  it.each([
    [{ ...minimal, latencyTolerancMs: 80 }, 'latencyTolerancMs', 'latencyToleranceMs'],
    [{ ...minimal, opsEngineer: 3 }, 'opsEngineer', 'opsEngineers'],
    [{ ...minimal, regions: [{ id: 'aws:us-east-1', sitekind: 'edge' }] }, 'regions[0].sitekind', 'siteKind'],
    [{ ...minimal, priorities: { singlePain: 3 } }, 'priorities.singlePain', 'singlePane'],
    [{ ...minimal, decision: { titel: 'Planes' } }, 'decision.titel', 'title'],
    [{ ...minimal, latencies: [{ from: 'aws:us-east-1', too: 'aws:eu-west-1', ms: 80 }] }, 'latencies[0].too', 'to'],
    [{ ...minimal, hub: { regionID: 'aws:us-east-1' } }, 'hub.regionID', 'regionId'],
  ])('refuses a misspelled key and names the one meant (%#)', (input, path, suggestion) => {
    const problem = problemsOf(input).find((candidate) => candidate.path === path);
    expect(problem?.message).toBe(`unknown key "${path.split('.').at(-1)}": did you mean "${suggestion}"?`);
  });

  it("knows a jurisdiction's keys from the schema itself (a misspelling in one is named)", () => {
    const problems = problemsOf({
      ...minimal,
      regions: [{ id: 'aws:us-east-1', jurisdiction: 'us' }],
      jurisdictions: [{ id: 'us', name: 'US', keepManagementInsde: true }],
    });
    expect(problems.map((problem) => problem.path)).toEqual(['jurisdictions[0].keepManagementInsde']);
    expect(problems[0]?.message).toContain('did you mean "keepManagementInside"?');
  });

  it('keeps $schema allowed and accepts every valid document as before', () => {
    expect(parseAnswers({ $schema: 'https://advisor.example/answers.schema.json', ...minimal }).ok).toBe(true);
  });

  it('names a key far from every known one without guessing, listing the keys that are allowed there', () => {
    const [problem] = problemsOf({ ...minimal, decision: { budget: 3 } });
    expect(problem?.path).toBe('decision.budget');
    expect(problem?.message).toMatch(
      /^unknown key "budget": remove it or check its spelling \(the keys here are "title"/,
    );
  });

  it.each(['__proto__', 'constructor', 'toString'])('treats "%s" in a document as an unknown key', (key) => {
    const input = JSON.parse(`{"version":1,"regions":[{"id":"aws:us-east-1","${key}":1}],"${key}":1}`);
    expect(problemsOf(input).map((problem) => problem.path)).toEqual([`regions[0].${key}`, key]);
  });

  it('reports unknown keys with every other problem at once, in the order the document reads', () => {
    const problems = problemsOf({
      version: 1,
      regions: [{ id: 'aws:us-east-1', clusters: 0, sitekind: 'edge' }],
      latencyTolerancMs: 80,
      opsEngineers: -1,
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'regions[0].clusters',
      'regions[0].sitekind',
      'opsEngineers',
      'latencyTolerancMs',
    ]);
  });

  it('says the same in Chinese', () => {
    const [problem] = problemsOf({ ...minimal, latencyTolerancMs: 80 });
    if (problem === undefined) throw new Error('expected a problem');
    const zh = describeAnswersProblemZhCN({
      message: problem.message,
      field: problemField(problem.path),
      code: problem.code ?? 'custom',
      detail: problem.detail,
    });
    expect(zh).toBe('未知的键“latencyTolerancMs”：您是不是想写“latencyToleranceMs”？');
  });

  it.each([
    ['clusterz', 'clusters'],
    ['ID', 'id'],
    ['lng', undefined],
    ['name', 'name'],
    ['colour', undefined],
  ])('suggests for %s: %s', (key, expected) => {
    expect(nearestKnownKey(key, ['id', 'name', 'lat', 'lon', 'clusters'])).toBe(expected);
  });
});
