import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonProblemEn, describeJsonProblemZhCN } from '../../src/share/json-problem';
import { jsonSyntaxErrorOffset, locateJsonProblem } from '../../src/share/json-syntax';

/** What this runtime's own JSON.parse throws for `text`. */
function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error(`${text} parsed`);
}

const locate = (text: string) => locateJsonProblem(text, parseError(text));
const UNQUOTED_KEY = '{\n  "version": 1,\n  regions: []\n}';

describe('jsonSyntaxErrorOffset', () => {
  it.each([
    ['{"version": 1, "regions": [{"id": "aws:eu-west-1", "clusters": 3}]}'],
    ['[]'],
    [' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} '],
    ['"just a string"'],
    ['0'],
  ])('finds nothing wrong in valid JSON: %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonSyntaxErrorOffset(text)).toBeNull();
  });

  it.each([
    ['a trailing comma in an array', '{"regions": [1, 2,]}', 18],
    ['a trailing comma in an object', '{"a": 1,}', 8],
    ['a comment', '// answers\n{}', 0],
    ['single quotes', "{'a': 1}", 1],
    ['an unquoted key', UNQUOTED_KEY, 20],
    ['a missing colon', '{"a" 1}', 5],
    ['a missing comma', '[1 2]', 3],
    ['a leading zero', '[01]', 2],
    ['a bad escape', '["a\\x"]', 4],
    ['a raw line break in a string', '["a\nb"]', 3],
    ['a misspelt literal', '[tru3]', 4],
    ['text after the value', '{} x', 3],
    ['a wrong closing bracket', '{"a": [1}', 8],
  ])('places %s where JSON.parse also fails', (_case, text, offset) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(jsonSyntaxErrorOffset(text)).toBe(offset);
  });

  it('says the text ends too soon by its length, wherever it stops', () => {
    for (const text of ['{', '{"a"', '{"a":', '[1,', '"abc', '-', '1.', 'nul', '["\\u12']) {
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      expect(jsonSyntaxErrorOffset(text)).toBe(text.length);
    }
  });

  it('copes with nesting far deeper than any call stack', () => {
    expect(jsonSyntaxErrorOffset(`${'['.repeat(200_000)}x`)).toBe(200_000);
  });
});

describe('locateJsonProblem', () => {
  it('places a syntax error by line and column, with the character found there', () => {
    expect(locate(UNQUOTED_KEY)).toMatchObject({ kind: 'at', line: 3, column: 3, near: 'r' });
    expect(locate('{"regions": [\n  "a",\n]}')).toMatchObject({ kind: 'at', line: 3, column: 1, near: ']' });
  });

  it("keeps the parser's words without the place it gives", () => {
    const problem = locate(UNQUOTED_KEY);
    expect(problem.kind === 'at' && problem.detail).toMatch(/property name/);
    expect(problem.kind === 'at' && problem.detail).not.toMatch(/position|line/);
    // Firefox's wording, on the same text.
    const firefox = new SyntaxError(
      'JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data',
    );
    expect(locateJsonProblem(UNQUOTED_KEY, firefox)).toMatchObject({
      line: 3,
      column: 3,
      detail: 'expected double-quoted property name',
    });
  });

  it('places the error the same way whatever the parser said (Safari gives no place)', () => {
    const safari = new SyntaxError("JSON Parse error: Expected '}'");
    expect(locateJsonProblem('{"a": 1 "b": 2}', safari)).toMatchObject({ kind: 'at', line: 1, column: 9, near: '"' });
  });

  it('tells a file cut short and an empty file apart from a syntax error', () => {
    expect(locate('{"version": 1,')).toEqual({ kind: 'ended-early' });
    expect(locate('{"version": 1,\n\n')).toEqual({ kind: 'ended-early' });
    expect(locate(' \n')).toEqual({ kind: 'empty' });
  });
});

describe('what a person reads', () => {
  it('says where the JSON breaks, in English and in Chinese', () => {
    const problem = locate(UNQUOTED_KEY);
    expect(describeJsonProblemEn(problem)).toMatch(/^line 3, column 3, at "r": /);
    expect(describeJsonProblemZhCN(problem)).toBe('第 3 行第 3 列（“r”处）有语法错误');
  });

  it('writes no English into the Chinese sentence, for the mistakes people make by hand', () => {
    for (const text of [UNQUOTED_KEY, '{"version": 1,', '', '[1, 2,]', '// note\n{}', "{'a': 1}"]) {
      expect(describeJsonProblemZhCN(locate(text))).not.toMatch(/unexpected|expected|token|property|position|end of/i);
    }
  });
});

describe('the syntax scan against JSON.parse', () => {
  const valid = fc.json({ maxDepth: 4 });
  const edit = fc.tuple(
    fc.nat(),
    fc.constantFrom('delete', 'insert', 'replace'),
    fc.constantFrom(...'{}[],:"\\ 0-.eEtfnx\n'),
  );

  it('calls a text valid exactly when JSON.parse takes it, after any few edits to valid JSON', () => {
    fc.assert(
      fc.property(valid, fc.array(edit, { maxLength: 3 }), (json, edits) => {
        let text = json;
        for (const [at, kind, character] of edits) {
          const index = text.length === 0 ? 0 : at % (text.length + 1);
          if (kind === 'insert') text = text.slice(0, index) + character + text.slice(index);
          else if (kind === 'delete') text = text.slice(0, index) + text.slice(index + 1);
          else text = text.slice(0, index) + character + text.slice(index + 1);
        }
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        return (jsonSyntaxErrorOffset(text) === null) === parses;
      }),
      { numRuns: 3_000 },
    );
  });
});
