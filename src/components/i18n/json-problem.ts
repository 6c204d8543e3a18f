/**
 * Where a JSON text breaks, read from the parser's error so it can be said in any language. Parsers word and
 * place their errors differently: V8 (Node, Chromium) says "at position 20", Firefox "at line 3 column 3", and
 * Safari gives no place at all; every message is kept for the cases this cannot place.
 */
export type JsonProblem =
  /** Nothing but whitespace. */
  | { readonly kind: 'empty' }
  /** The text stops before the JSON is complete: usually a file cut short. */
  | { readonly kind: 'ended-early' }
  /** A syntax error at a line and column (both from 1); `detail` is the parser's own words without the place. */
  | { readonly kind: 'at'; readonly line: number; readonly column: number; readonly detail: string }
  /** A parser that gives no place: its own message, as it is. */
  | { readonly kind: 'other'; readonly detail: string };

const ENDED_EARLY = /unexpected end of (JSON input|data)|end of input/i;
/** V8: "… in JSON at position 20" and, in newer versions, " (line 3 column 3)" after it. */
const AT_POSITION = /\s*(?:in JSON\s+)?at position (\d+)(?:\s*\(line \d+ column \d+\))?/i;
/** Firefox: "JSON.parse: expected property name or '}' at line 3 column 3 of the JSON data". */
const AT_LINE_COLUMN = /\s*at line (\d+) column (\d+)(?: of the JSON data)?/i;

/** Line and column (from 1) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Reads the error `JSON.parse(text)` threw. */
export function locateJsonProblem(text: string, error: unknown): JsonProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (text.trim() === '') return { kind: 'empty' };
  if (ENDED_EARLY.test(message)) return { kind: 'ended-early' };
  const atPosition = AT_POSITION.exec(message);
  if (atPosition) {
    // V8 names the end of the text as a place ("Expected double-quoted property name … at position 14" for
    // '{"version": 1,'), where the fault is that the rest is missing.
    if (Number(atPosition[1]) >= text.trimEnd().length) return { kind: 'ended-early' };
    const detail = message.replace(AT_POSITION, '').replace(/^JSON\.parse:\s*/, '');
    return { kind: 'at', ...lineAndColumn(text, Number(atPosition[1])), detail };
  }
  const atLine = AT_LINE_COLUMN.exec(message);
  if (atLine) {
    const detail = message.replace(AT_LINE_COLUMN, '').replace(/^JSON\.parse:\s*/, '');
    return { kind: 'at', line: Number(atLine[1]), column: Number(atLine[2]), detail };
  }
  return { kind: 'other', detail: message };
}
