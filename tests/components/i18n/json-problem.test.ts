import { describe, expect, it } from 'vitest';
import { locateJsonProblem } from '../../../src/components/i18n/json-problem';
import { en } from '../../../src/components/i18n/messages-en';
import { zhCN } from '../../../src/components/i18n/messages-zh-cn';

/** What this runtime's own JSON.parse throws for `text`. */
function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error(`${text} parsed`);
}

const UNQUOTED_KEY = '{\n  "version": 1,\n  regions: []\n}';

describe('locateJsonProblem', () => {
  it('places a syntax error by line and column, from where the parser stopped', () => {
    expect(locateJsonProblem(UNQUOTED_KEY, parseError(UNQUOTED_KEY))).toMatchObject({ kind: 'at', line: 3, column: 3 });
    expect(locateJsonProblem('[1, 2] x', parseError('[1, 2] x'))).toMatchObject({ kind: 'at', line: 1, column: 8 });
  });

  it("keeps the parser's words without the place, which it says itself", () => {
    const problem = locateJsonProblem(UNQUOTED_KEY, parseError(UNQUOTED_KEY));
    expect(problem.kind === 'at' && problem.detail).toMatch(/property name/);
    expect(problem.kind === 'at' && problem.detail).not.toMatch(/position|line/);
  });

  it('tells a file cut short and an empty file apart from a syntax error', () => {
    expect(locateJsonProblem('{"version": 1,', parseError('{"version": 1,'))).toEqual({ kind: 'ended-early' });
    expect(locateJsonProblem(' \n', parseError(' \n'))).toEqual({ kind: 'empty' });
  });

  it.each([
    // Chromium with V8 12 and later adds the line and column after the position.
    ['Expected double-quoted property name in JSON at position 20 (line 3 column 3)', 3, 3],
    // Firefox gives the line and column only.
    ['JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data', 3, 3],
  ])("reads another browser's wording: %s", (message, line, column) => {
    expect(locateJsonProblem(UNQUOTED_KEY, new SyntaxError(message))).toEqual({
      kind: 'at',
      line,
      column,
      detail: expect.stringMatching(/^[Ee]xpected double-quoted property name$/),
    });
  });

  it("passes on a message with no place (Safari's) as it is", () => {
    expect(locateJsonProblem('{', new SyntaxError("JSON Parse error: Expected '}'"))).toEqual({
      kind: 'other',
      detail: "JSON Parse error: Expected '}'",
    });
  });
});

describe('what a person reads', () => {
  const problem = locateJsonProblem(UNQUOTED_KEY, parseError(UNQUOTED_KEY));

  it('says where the JSON breaks, in English and in Chinese', () => {
    expect(en.files.notJson('mine.json', problem)).toMatch(/^mine\.json is not valid JSON: line 3, column 3: /);
    expect(zhCN.files.notJson('mine.json', problem)).toBe(
      'mine.json 不是有效的 JSON：第 3 行第 3 列有语法错误。您当前的答案没有改变。',
    );
  });

  it('writes no English into the Chinese sentence', () => {
    for (const text of [UNQUOTED_KEY, '{"version": 1,', '']) {
      expect(zhCN.files.notJson('x.json', locateJsonProblem(text, parseError(text)))).not.toMatch(
        /\b(JSON input|position|property|Unexpected|Expected)\b/,
      );
    }
  });
});
