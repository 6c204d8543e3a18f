/**
 * JSON text as the CLIs print it: one document, or several one after the other (`aws eks describe-cluster` run once
 * per cluster, appended to one file). Returns the documents, or where the text stops being JSON.
 */
export type JsonDocuments =
  | { readonly ok: true; readonly documents: readonly unknown[] }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly detail: string };

export function parseJsonDocuments(text: string): JsonDocuments {
  try {
    return { ok: true, documents: [JSON.parse(text) as unknown] };
  } catch (error) {
    const whole = failure(text, 0, error);
    const pieces = splitDocuments(text);
    if (pieces.length < 2) return whole;
    const documents: unknown[] = [];
    for (const piece of pieces) {
      try {
        documents.push(JSON.parse(text.slice(piece.start, piece.end)));
      } catch (pieceError) {
        return failure(text, piece.start, pieceError);
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

/** V8 (Node, Chromium) says where: "... in JSON at position 42"; other parsers word it their own way. */
const V8_POSITION = /at position (\d+)/;
const PLACE_IN_MESSAGE = /\s*(?:in JSON\s+)?at (?:position \d+(?:\s*\(line \d+ column \d+\))?|line \d+ column \d+.*$)/i;

function failure(text: string, offset: number, error: unknown): JsonDocuments {
  const message = error instanceof Error ? error.message : String(error);
  const position = V8_POSITION.exec(message)?.[1];
  const at = Math.min(text.length, offset + (position === undefined ? 0 : Number(position)));
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return {
    ok: false,
    line: before.length,
    column: (before.at(-1)?.length ?? 0) + 1,
    detail: message.replace(PLACE_IN_MESSAGE, '').replace(/^JSON\.parse:\s*/, ''),
  };
}
