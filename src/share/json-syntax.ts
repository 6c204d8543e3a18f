// Where a JSON text breaks (json-problem.ts says why the place comes from a scan of our own, and words it).
import type { JsonProblem } from './json-problem';

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
