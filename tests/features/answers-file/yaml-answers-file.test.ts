import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { zhCN } from '../../../src/components/i18n/messages-zh-cn';
import { checkAnswersFile, readAnswersFile } from '../../../src/features/answers-file/answers-file';
import { answersFileFormat } from '../../../src/share/answers-yaml';

const bytes = (text: string) => new TextEncoder().encode(text);

const document = {
  version: 1,
  regions: [
    { id: 'aws:eu-west-1', clusters: 3 },
    { id: 'lab', name: 'Lab "North"', lat: 59.3, lon: 18.1, clusters: 1 },
  ],
  latencyToleranceMs: 120,
};

describe('answers files in YAML', () => {
  it('opens a YAML file as the answers its JSON twin gives', async () => {
    const fromYaml = await readAnswersFile(bytes(stringify(document)), 'answers.yaml');
    expect(fromYaml).toEqual(await readAnswersFile(bytes(JSON.stringify(document)), 'answers.json'));
    expect(fromYaml.ok).toBe(true);
  });

  it('names the line of a syntax error, in either language, and the same field problems as for JSON', async () => {
    const broken = bytes('version: 1\nregions:\n  - id: aws:eu-west-1\n   clusters: 3\n');
    const en = await readAnswersFile(broken, 'answers.yml');
    expect(!en.ok && en.message).toMatch(
      /^answers\.yml is not valid YAML: line 4, column \d+.*Your current answers are unchanged\.$/,
    );
    const zh = await readAnswersFile(broken, 'answers.yml', zhCN.files);
    expect(!zh.ok && zh.message).toMatch(/^answers\.yml 不是有效的 YAML：第 4 行第 \d+ 列/);

    const invalid = { version: 1, regions: [{ id: 'aws:eu-west-1', clusters: 0 }] };
    const yaml = await readAnswersFile(bytes(stringify(invalid)), 'bad.yaml');
    const json = await readAnswersFile(bytes(JSON.stringify(invalid)), 'bad.json');
    expect(!yaml.ok && yaml.message).toBe(!json.ok && json.message.replace('bad.json', 'bad.yaml'));
    expect(!yaml.ok && yaml.message).toMatch(/regions\[0\]\.clusters/);
  });

  it.each([
    ['answers.yaml', true],
    ['ANSWERS.YML', true],
    ['answers.json', true],
    ['answers.txt', false],
  ])('accepts %s to open: %s', (name, accepted) => {
    expect(checkAnswersFile({ name, size: 100 }) === null).toBe(accepted);
  });

  it.each([
    ['answers.yaml', '{"version": 1}', 'yaml'],
    ['answers.json', 'version: 1', 'json'],
    [null, '  {"version": 1}', 'json'],
    [null, '\uFEFF{"version": 1}', 'json'],
    [null, 'version: 1', 'yaml'],
    [null, '# comment\nversion: 1', 'yaml'],
  ] as const)('reads %s holding %j as %s', (name, text, format) => {
    expect(answersFileFormat(name, text)).toBe(format);
  });
});
