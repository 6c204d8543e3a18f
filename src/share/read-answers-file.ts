// Reading answers documents from a file's bytes or text (the command line's input, a file opened in the app), checked
// by the answers schema; writing them (answers-file.ts) needs none, so the two stay apart and zod loads only here.
import { type Answers, type FieldProblem, parseAnswers } from '../engine';
import type { JsonProblem } from './json-problem';
import { locateJsonProblem } from './json-syntax';

/** Why bytes or text are not an answers document; each reader words it in its own language. */
export type AnswersTextProblem =
  /** Binary data (a picture or an archive given by mistake). */
  | { readonly kind: 'not-text' }
  | { readonly kind: 'not-json'; readonly json: JsonProblem }
  /** Valid JSON, but not a valid answers document: every problem, in the document's order. */
  | { readonly kind: 'invalid'; readonly problems: readonly FieldProblem[] };

export type ReadAnswersResult =
  | { readonly ok: true; readonly value: Answers }
  | { readonly ok: false; readonly problem: AnswersTextProblem };

/** Reads an answers document from JSON text. Never throws for bad input. */
export function readAnswersText(text: string): ReadAnswersResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', json: locateJsonProblem(text, error) } };
  }
  const parsed = parseAnswers(json);
  return parsed.ok ? parsed : { ok: false, problem: { kind: 'invalid', problems: parsed.problems } };
}

/**
 * Reads an answers document from a file's bytes: UTF-8 text (a leading byte order mark is dropped), then as
 * `readAnswersText`. Binary data (a NUL byte, which no text file holds, or bytes that are not UTF-8) is "not text",
 * so a picture opened by mistake is called what it is instead of "not valid JSON".
 */
export function readAnswersBytes(bytes: Uint8Array): ReadAnswersResult {
  if (bytes.includes(0)) return { ok: false, problem: { kind: 'not-text' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problem: { kind: 'not-text' } };
  }
  return readAnswersText(text);
}
