import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../src/components/i18n/messages-zh-cn';
import { type Answers, parseAnswers } from '../../../src/engine';
import { checkAnswersFile, readAnswersFile } from '../../../src/features/answers-file/answers-file';
import { serializeAnswersFile } from '../../../src/share/answers-file';

const bytesOf = (text: string) => new TextEncoder().encode(text);

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
  it.each([
    ['a PNG picture', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
    ['bytes that are not UTF-8', Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ])('calls %s "not a text file", in either language', async (_case, bytes) => {
    const read = await readAnswersFile(bytes, 'photo.json');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toBe(
        'photo.json is not a text file (it holds binary data): an answers file is JSON or YAML text. Your current answers are unchanged.',
      );
    }
    const zh = await readAnswersFile(bytes, 'photo.json', zhCN.files);
    expect(!zh.ok && zh.message).toMatch(/^photo\.json 不是文本文件/);
  });

  it('reads UTF-8 bytes (with or without a byte order mark) as the text they are', async () => {
    const text = serializeAnswersFile(answers, 'https://advisor.example/answers.schema.json');
    const bytes = new TextEncoder().encode(text);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    for (const input of [bytes, withBom]) {
      const read = await readAnswersFile(input, 'answers.json');
      expect(read.ok && read.value.regions).toEqual(answers.regions);
    }
  });

  it('lists several problems at once, an unknown catalog-like region id among them', async () => {
    const read = await readAnswersFile(
      bytesOf(
        '{"version": 1, "regions": [{"id": "aws:xx-nowhere-9"}, {"id": "aws:eu-west-1", "clusters": 0}], "opsEngineers": -1}',
      ),
      'mine.json',
    );
    expect(!read.ok && read.message.split('\n')).toEqual([
      'mine.json is not a valid answers file. Your current answers are unchanged.',
      expect.stringMatching(/^regions\[0\]\.id: Unknown region id "aws:xx-nowhere-9"/),
      'regions[1].clusters: Clusters must be at least 1.',
      'opsEngineers: Operations engineers must be at least 0.',
    ]);
  });

  it('lists the problems in the language the app speaks', async () => {
    const read = await readAnswersFile(
      bytesOf('{"version": 1, "regions": [{"id": "aws:eu-west-1", "clusters": 0}], "opsEngineers": -1}'),
      'mine.json',
      zhCN.files,
      zhCN.problems,
    );
    const lines = !read.ok ? read.message.split('\n') : [];
    expect(lines[0]).toMatch(/^mine\.json /);
    expect(lines[1]).toMatch(/^regions\[1\]\.clusters: |^regions\[0\]\.clusters: /);
    for (const line of lines.slice(1)) expect(line.replace(/^[\w[\].]+: /, '')).toMatch(/[\u4e00-\u9fff]/);
    expect(read.ok ? '' : read.message).not.toMatch(/must be at least/);
  });

  it('saves the answers with a $schema reference and opens them back unchanged', async () => {
    const text = serializeAnswersFile(answers, 'https://advisor.example/answers.schema.json');
    expect(JSON.parse(text).$schema).toBe('https://advisor.example/answers.schema.json');
    const read = await readAnswersFile(bytesOf(text), 'answers.json');
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
  ])('explains %s and says the current answers are unchanged', async (_case, text, message) => {
    const read = await readAnswersFile(bytesOf(text), 'mine.json');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toMatch(message);
      expect(read.message).toMatch(/current answers are unchanged/);
    }
  });

  it.each([
    [{ name: 'answers.json', size: 2_000 }, null],
    [{ name: 'photo.png', size: 2_000 }, /not a \.json, \.yaml or \.yml file/],
    [{ name: 'huge.json', size: 5_000_000 }, /a few KB/],
  ])('checks %j before reading it', (file, expected) => {
    const problem = checkAnswersFile(file);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
