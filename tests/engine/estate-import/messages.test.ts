import { describe, expect, it } from 'vitest';
import { type ImportProblem, importMessagesFor } from '../../../src/engine/estate-import';

const source = 'estate.csv';

/** One problem of each kind, as the import reports them. */
const PROBLEMS: readonly ImportProblem[] = [
  { kind: 'empty', source },
  { kind: 'not-text', source },
  { kind: 'bad-json', source, place: { line: 3, column: 7 }, detail: 'Unexpected token' },
  { kind: 'bad-json', source, detail: 'Unexpected token' },
  { kind: 'unknown-json', source },
  { kind: 'unknown-json', source, hint: 'eks-list-clusters' },
  { kind: 'unknown-text', source, hint: 'yaml' },
  { kind: 'bad-entry', source, format: 'rancher', container: 'items', index: 3 },
  { kind: 'site-conflict', source, id: 'dc', firstSource: 'a.csv' },
  { kind: 'csv-unknown-column', source, line: 1, column: 'owner' },
  { kind: 'csv-missing-column', source, column: 'clusters' },
  { kind: 'csv-duplicate-column', source, line: 1, column: 'nodes' },
  { kind: 'csv-too-many-cells', source, line: 4, cells: 5, columns: 4 },
  { kind: 'csv-open-quote', source, line: 4 },
  { kind: 'csv-bad-value', source, line: 4, column: 'lat', value: '91' },
  { kind: 'csv-missing-value', source, line: 4, column: 'region' },
  { kind: 'csv-nodes-below-clusters', source, line: 4, nodes: 2, clusters: 3 },
  { kind: 'csv-ambiguous-region', source, line: 4, value: 'ap-southeast-1', candidates: ['aws:ap-southeast-1'] },
  { kind: 'csv-unknown-region', source, line: 4, value: 'aws:x' },
  { kind: 'csv-site-needs', source, line: 4, value: 'dc', missing: ['lat'] },
  { kind: 'csv-site-conflict', source, line: 4, id: 'dc', firstLine: 2 },
  { kind: 'csv-no-rows', source },
];

describe.each(['en', 'zh-CN'] as const)('the import’s messages in %s', (locale) => {
  const words = importMessagesFor(locale);

  it.each(PROBLEMS.map((problem) => [problem.kind, problem] as const))(
    'name the source of a %s problem',
    (_, problem) => {
      const sentence = words.problem(problem);
      expect(sentence).toContain(source);
      if (locale === 'zh-CN') expect(sentence).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('give every line number and value of a CSV problem', () => {
    const sentence = words.problem({ kind: 'csv-bad-value', source, line: 14, column: 'clusters', value: 'many' });
    expect(sentence).toContain('14');
    expect(sentence).toContain('many');
  });
});
