// Reading answers documents from a file's bytes or text (the command line's input, a file opened in the app), checked
// by the answers schema; writing them (answers-file.ts) needs none, so the two stay apart and zod loads only here.
import { type Answers, type FieldProblem, parseAnswers } from '../engine';
import { answersFileFormat, readYamlText, type YamlProblem } from './answers-yaml';
import type { JsonProblem } from './json-problem';
import { locateJsonProblem } from './json-syntax';
import { decodeTextFile, withoutByteOrderMarks } from './text-encoding';

/** Why bytes or text are not an answers document; each reader words it in its own language. */
export type AnswersTextProblem =
  /** Binary data (a picture or an archive given by mistake). */
  | { readonly kind: 'not-text' }
  /** More than MAX_ANSWERS_FILE_BYTES. */
  | { readonly kind: 'too-large'; readonly bytes: number }
  | { readonly kind: 'not-json'; readonly json: JsonProblem }
  /** A YAML file (.yaml, .yml, or standard input not starting with "{") that breaks: where, by line and column. */
  | { readonly kind: 'not-yaml'; readonly yaml: YamlProblem }
  /** Valid JSON, but not a valid answers document: every problem, in the document's order. */
  | { readonly kind: 'invalid'; readonly problems: readonly FieldProblem[] };

export type ReadAnswersResult =
  | { readonly ok: true; readonly value: Answers }
  | { readonly ok: false; readonly problem: AnswersTextProblem };

function checkAnswers(data: unknown): ReadAnswersResult {
  const parsed = parseAnswers(data);
  return parsed.ok ? parsed : { ok: false, problem: { kind: 'invalid', problems: parsed.problems } };
}

/** Reads an answers document from JSON text. Never throws for bad input. */
export function readAnswersText(text: string): ReadAnswersResult {
  let json: unknown;
  try {
    json = JSON.parse(withoutByteOrderMarks(text));
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', json: locateJsonProblem(withoutByteOrderMarks(text), error) } };
  }
  return checkAnswers(json);
}

/** Answers files bigger than this are not answers files (the largest valid document is far smaller): refuse them. */
export const MAX_ANSWERS_FILE_BYTES = 1_000_000;

/**
 * Reads an answers document from a file's bytes: UTF-8 or UTF-16 text as people save it (text-encoding.ts), then as
 * `readAnswersText`. Binary data is "not text", so a picture opened by mistake is called what it is instead of
 * "not valid JSON"; more than `MAX_ANSWERS_FILE_BYTES` is "too large".
 */
export function readAnswersBytes(bytes: Uint8Array): ReadAnswersResult {
  if (bytes.length > MAX_ANSWERS_FILE_BYTES) return { ok: false, problem: { kind: 'too-large', bytes: bytes.length } };
  const text = decodeTextFile(bytes);
  return text === undefined ? { ok: false, problem: { kind: 'not-text' } } : readAnswersText(text);
}

/**
 * Reads an answers document in JSON or YAML, told apart by the file's name (`fileName` null: standard input, by
 * its first character): the same schema and problems for both, a YAML problem by its line. The YAML parser loads
 * with the first YAML document.
 */
export async function readAnswersDocument(
  content: string | Uint8Array,
  fileName: string | null,
): Promise<ReadAnswersResult> {
  if (typeof content !== 'string' && content.length > MAX_ANSWERS_FILE_BYTES) {
    return { ok: false, problem: { kind: 'too-large', bytes: content.length } };
  }
  const text = typeof content === 'string' ? content : decodeTextFile(content);
  if (text === undefined) return { ok: false, problem: { kind: 'not-text' } };
  if (answersFileFormat(fileName, text) === 'json') return readAnswersText(text);
  const yaml = await readYamlText(withoutByteOrderMarks(text));
  return yaml.ok ? checkAnswers(yaml.value) : { ok: false, problem: { kind: 'not-yaml', yaml: yaml.problem } };
}
