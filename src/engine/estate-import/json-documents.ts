/**
 * JSON text as the CLIs print it: one document, or several one after the other (`aws eks describe-cluster` run once
 * per cluster, appended to one file). Returns the documents, or where the text stops being JSON.
 */
export type JsonDocuments =
  | { readonly ok: true; readonly documents: readonly unknown[] }
  | {
      readonly ok: false;
      /** Where it breaks (from 1), when the parser says: V8 and Firefox do, Safari does not. */
      readonly place?: { readonly line: number; readonly column: number };
      /** The parser's words, without the place. */
      readonly detail: string;
    };

/**
 * Finds where a JSON text stops being one JSON value: the offset of the first character that breaks it (its length
 * when it ends too soon), or null when it is valid. Parsers word and place their errors differently (V8 often gives
 * no place at all), so the app and the command line pass a syntax scan (share/json-syntax.ts) to name the line and
 * column everywhere; without one, the place is the parser's when it gives one.
 */
export type JsonErrorLocator = (text: string) => number | null;

export function parseJsonDocuments(text: string, locate?: JsonErrorLocator): JsonDocuments {
  try {
    return { ok: true, documents: [JSON.parse(text) as unknown] };
  } catch (error) {
    const pieces = splitDocuments(text);
    if (pieces.length < 2) return failure(text, { start: 0, end: text.length }, error, locate);
    const documents: unknown[] = [];
    for (const piece of pieces) {
      try {
        documents.push(JSON.parse(text.slice(piece.start, piece.end)));
      } catch (pieceError) {
        return failure(text, piece, pieceError, locate);
      }
    }
    return { ok: true, documents };
  }
}

interface Piece {
  readonly start: number;
  readonly end: number;
}

const isSpace = (character: string | undefined) =>
  character === ' ' || character === '\n' || character === '\r' || character === '\t';

/**
 * Where each top-level object or array starts and ends, by its brackets (strings skipped). Anything else at the
 * top level ends the scan: the pieces found so far are returned and the parse of the next one names the place.
 */
function splitDocuments(text: string): Piece[] {
  const pieces: Piece[] = [];
  let index = 0;
  while (index < text.length) {
    while (isSpace(text[index])) index++;
    if (index >= text.length) break;
    const start = index;
    if (text[index] !== '{' && text[index] !== '[') {
      pieces.push({ start, end: text.length });
      break;
    }
    let depth = 0;
    let inString = false;
    for (; index < text.length; index++) {
      const character = text[index];
      if (inString) {
        if (character === '\\') index++;
        else if (character === '"') inString = false;
      } else if (character === '"') {
        inString = true;
      } else if (character === '{' || character === '[') {
        depth++;
      } else if (character === '}' || character === ']') {
        depth--;
        if (depth === 0) {
          index++;
          break;
        }
      }
    }
    pieces.push({ start, end: index });
  }
  return pieces;
}

/** V8 (Node, Chromium) says where as an offset ("… in JSON at position 42"); Firefox as a line and column. */
const V8_POSITION = /at position (\d+)/;
const FIREFOX_PLACE = /at line (\d+) column (\d+)/;
const PLACE_IN_MESSAGE =
  /\s*(?:in JSON\s+)?at (?:position \d+(?:\s*\(line \d+ column \d+\))?|line \d+ column \d+(?: of the JSON data)?)/i;

/** Line and column (from 1) of an offset in `text`. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function failure(text: string, piece: Piece, error: unknown, locate: JsonErrorLocator | undefined): JsonDocuments {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.replace(PLACE_IN_MESSAGE, '').replace(/^JSON\.parse:\s*/, '');
  const offset = piece.start;
  const located = locate?.(text.slice(piece.start, piece.end));
  if (located !== undefined && located !== null) return { ok: false, place: placeOf(text, offset + located), detail };
  const position = V8_POSITION.exec(message)?.[1];
  if (position !== undefined) return { ok: false, place: placeOf(text, offset + Number(position)), detail };
  const firefox = FIREFOX_PLACE.exec(message);
  if (firefox === null) return { ok: false, detail };
  // Firefox counts within the document that broke: shift by where that document starts.
  const start = placeOf(text, offset);
  const line = Number(firefox[1]);
  const column = Number(firefox[2]);
  return {
    ok: false,
    place: { line: start.line + line - 1, column: line === 1 ? start.column + column - 1 : column },
    detail,
  };
}
