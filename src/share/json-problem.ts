/**
 * Where a JSON text breaks, so it can be said in any language. The place comes from a small syntax scan of the
 * text itself (RFC 8259), because parsers word and place their errors differently: V8 (Node, Chromium) gives a
 * position for some mistakes and only a snippet for others (a trailing comma, a comment), Firefox gives a line and
 * column, Safari nothing. The parser's own words are kept as the detail, for English.
 */
export type JsonProblem =
  /** Nothing but whitespace. */
  | { readonly kind: 'empty' }
  /** The text stops before the JSON is complete: usually a file cut short. */
  | { readonly kind: 'ended-early' }
  /**
   * A syntax error at a line and column (both from 1). `near` is the character found there when it is visible;
   * `detail` is the parser's own words without the place it gives.
   */
  | {
      readonly kind: 'at';
      readonly line: number;
      readonly column: number;
      readonly near: string | null;
      readonly detail: string;
    }
  /** Text the scan finds valid although the parser refused it (never expected): the parser's words as they are. */
  | { readonly kind: 'other'; readonly detail: string };

/** The places parsers append to their messages: V8's "in JSON at position 20 (line 3 column 3)", Firefox's line. */
const PARSER_PLACE =
  /\s*(?:in JSON\s+)?at (?:position \d+(?:\s*\(line \d+ column \d+\))?|line \d+ column \d+(?: of the JSON data)?)/i;

class SyntaxErrorAt {
  constructor(readonly offset: number) {}
}

const isWhitespace = (character: string | undefined) =>
  character === ' ' || character === '\t' || character === '\n' || character === '\r';
const isDigit = (character: string | undefined) => character !== undefined && character >= '0' && character <= '9';
const isHexDigit = (character: string | undefined) => character !== undefined && /^[0-9a-fA-F]$/.test(character);

/** Where a string starting at `start` (its opening quote) ends; throws where it breaks. */
function scanString(text: string, start: number): number {
  let index = start + 1;
  for (;;) {
    const character = text[index];
    if (character === undefined) throw new SyntaxErrorAt(text.length);
    if (character === '"') return index + 1;
    if (character < ' ') throw new SyntaxErrorAt(index); // a raw line break or other control character
    if (character === '\\') {
      const escaped = text[index + 1];
      if (escaped === undefined) throw new SyntaxErrorAt(text.length);
      if (escaped === 'u') {
        for (let digit = 2; digit < 6; digit++) {
          if (index + digit >= text.length) throw new SyntaxErrorAt(text.length);
          if (!isHexDigit(text[index + digit])) throw new SyntaxErrorAt(index + digit);
        }
        index += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(escaped)) throw new SyntaxErrorAt(index + 1);
      index += 2;
      continue;
    }
    index++;
  }
}

/** Where digits starting at `start` end; throws unless there is at least one. */
function scanDigits(text: string, start: number): number {
  if (start >= text.length) throw new SyntaxErrorAt(text.length);
  if (!isDigit(text[start])) throw new SyntaxErrorAt(start);
  let index = start;
  while (isDigit(text[index])) index++;
  return index;
}

/** Where a number, true, false or null starting at `start` ends; throws where it breaks. */
function scanScalar(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return scanString(text, start);
  for (const word of ['true', 'false', 'null']) {
    if (first !== word[0]) continue;
    for (let letter = 1; letter < word.length; letter++) {
      if (start + letter >= text.length) throw new SyntaxErrorAt(text.length);
      if (text[start + letter] !== word[letter]) throw new SyntaxErrorAt(start + letter);
    }
    return start + word.length;
  }
  if (first !== '-' && !isDigit(first)) throw new SyntaxErrorAt(start);
  let index = first === '-' ? start + 1 : start;
  index = text[index] === '0' ? index + 1 : scanDigits(text, index);
  if (text[index] === '.') index = scanDigits(text, index + 1);
  if (text[index] === 'e' || text[index] === 'E') {
    index++;
    if (text[index] === '+' || text[index] === '-') index++;
    index = scanDigits(text, index);
  }
  return index;
}

/**
 * The offset of the first character at which `text` stops being one JSON value (its length when the text ends
 * too soon), or null when it is valid JSON. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonSyntaxErrorOffset(text: string): number | null {
  const open: ('{' | '[')[] = [];
  let index = 0;
  let expecting: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'comma-or-close' = 'value';
  const skipWhitespace = () => {
    while (isWhitespace(text[index])) index++;
  };
  try {
    for (;;) {
      skipWhitespace();
      if (expecting === 'comma-or-close' && open.length === 0) return index === text.length ? null : index;
      if (index >= text.length) return text.length;
      const character = text[index] as string;
      const container = open.at(-1);
      if (expecting === 'comma-or-close') {
        if (character === ',') expecting = container === '{' ? 'key' : 'value';
        else if (character === (container === '{' ? '}' : ']')) open.pop();
        else return index;
        index++;
      } else if (expecting === 'key' || expecting === 'key-or-close') {
        if (expecting === 'key-or-close' && character === '}') {
          open.pop();
          index++;
          expecting = 'comma-or-close';
          continue;
        }
        if (character !== '"') return index;
        index = scanString(text, index);
        skipWhitespace();
        if (index >= text.length) return text.length;
        if (text[index] !== ':') return index;
        index++;
        expecting = 'value';
      } else if (expecting === 'value-or-close' && character === ']') {
        open.pop();
        index++;
        expecting = 'comma-or-close';
      } else if (character === '{' || character === '[') {
        open.push(character);
        index++;
        expecting = character === '{' ? 'key-or-close' : 'value-or-close';
      } else {
        index = scanScalar(text, index);
        expecting = 'comma-or-close';
      }
    }
  } catch (error) {
    if (error instanceof SyntaxErrorAt) return error.offset;
    throw error;
  }
}

/** Line and column (from 1) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Reads what went wrong when `JSON.parse(text)` threw `error`. */
export function locateJsonProblem(text: string, error: unknown): JsonProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (text.trim() === '') return { kind: 'empty' };
  const offset = jsonSyntaxErrorOffset(text);
  if (offset === null) return { kind: 'other', detail: message };
  if (offset >= text.trimEnd().length) return { kind: 'ended-early' };
  const character = text[offset] as string;
  return {
    kind: 'at',
    ...lineAndColumn(text, offset),
    near: /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? character : null,
    detail: message.replace(PARSER_PLACE, '').replace(/^JSON\.parse:\s*/, ''),
  };
}

/** Counts as the English UI always printed them: plain digits, no grouping. */
const englishNumber = new Intl.NumberFormat('en', { useGrouping: false });
const chineseNumber = new Intl.NumberFormat('zh-CN');

/** The problem in English, after "<file> is not valid JSON: ". */
export function describeJsonProblemEn(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'the file is empty, and an answers file is a JSON object such as {"version": 1, "regions": [...]}';
    case 'ended-early':
      return 'it ends before the JSON is complete (was it cut short?)';
    case 'at':
      return `line ${englishNumber.format(problem.line)}, column ${englishNumber.format(problem.column)}${problem.near === null ? '' : `, at "${problem.near}"`}: ${problem.detail}`;
    case 'other':
      return problem.detail;
  }
}

/** The problem in Chinese: the parser's own words are English, so it says where the JSON breaks instead. */
export function describeJsonProblemZhCN(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'empty':
      return '文件是空的，而答案文件是一个 JSON 对象，例如 {"version": 1, "regions": [...]}';
    case 'ended-early':
      return '内容在 JSON 完整之前就结束了（文件是否被截断？）';
    case 'at':
      return `第 ${chineseNumber.format(problem.line)} 行第 ${chineseNumber.format(problem.column)} 列${problem.near === null ? '' : `（“${problem.near}”处）`}有语法错误`;
    case 'other':
      return problem.detail;
  }
}
