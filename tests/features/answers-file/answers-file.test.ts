import { describe, expect, it } from 'vitest';
import { type Answers, parseAnswers } from '../../../src/engine';
import { checkAnswersFile, readAnswersFile } from '../../../src/features/answers-file/answers-file';
import { serializeAnswersFile } from '../../../src/features/answers-file/write-answers-file';

const answers: Answers = {
  version: 1,
  regions: [
    { id: 'aws:eu-west-1', clusters: 3 },
    { id: 'lab', name: 'Lab "North"', lat: 59.3, lon: 18.1, clusters: 1 },
  ],
  latencyToleranceMs: 120,
  opsEngineers: 1.5,
  crossRegionEnvironments: true,
  priorities: { singlePane: 4, multiClusterApps: 0, faultIsolation: 3, independentUpgrades: 1 },
};

describe('answers files', () => {
  it('saves the answers with a $schema reference and opens them back unchanged', () => {
    const text = serializeAnswersFile(answers, 'https://advisor.example/answers.schema.json');
    expect(JSON.parse(text).$schema).toBe('https://advisor.example/answers.schema.json');
    const read = readAnswersFile(text, 'answers.json');
    expect(read.ok && read.value).toEqual({ ...answers, $schema: 'https://advisor.example/answers.schema.json' });
    const reparsed = read.ok ? parseAnswers(read.value) : null;
    expect(reparsed?.ok).toBe(true);
  });

  it.each([
    ['broken JSON', '{"version": 1,', /not valid JSON/],
    ['a wrong version', '{"version": 3, "regions": [{"id": "aws:eu-west-1"}]}', /version: version must be 1/],
    [
      'a bad latitude',
      '{"version": 1, "regions": [{"id": "x", "name": "X", "lat": 100, "lon": 0}]}',
      /regions\[0\]\.lat/,
    ],
  ])('explains %s and says the current answers are unchanged', (_case, text, message) => {
    const read = readAnswersFile(text, 'mine.json');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toMatch(message);
      expect(read.message).toMatch(/current answers are unchanged/);
    }
  });

  it.each([
    [{ name: 'answers.json', size: 2_000 }, null],
    [{ name: 'photo.png', size: 2_000 }, /not a \.json file/],
    [{ name: 'huge.json', size: 5_000_000 }, /a few KB/],
  ])('checks %j before reading it', (file, expected) => {
    const problem = checkAnswersFile(file);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
