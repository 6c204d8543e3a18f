// Reading answers documents from a file's bytes or text (the command line's input, a file opened in the app), checked
// by the answers schema; writing them (answers-file.ts) needs none, so the two stay apart and zod loads only here.
import { type Answers, type FieldProblem, parseAnswers } from '../engine';
import { answersFileFormat, readYamlText, type YamlProblem } from './answers-yaml';
import type { JsonProblem } from './json-problem';
import { locateJsonProblem } from './json-syntax';

/** Why bytes or text are not an answers document; each reader words it in its own language. */
export type AnswersTextProblem =
  /** Binary data (a picture or an archive given by mistake). */
  | { readonly kind: 'not-text' }
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
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', json: locateJsonProblem(text, error) } };
  }
  return checkAnswers(json);
}

/** A file's bytes as text: UTF-8 (a leading byte order mark dropped); null for binary data. */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Reads an answers document from a file's bytes: UTF-8 text (a leading byte order mark is dropped), then as
 * `readAnswersText`. Binary data (a NUL byte, which no text file holds, or bytes that are not UTF-8) is "not text",
 * so a picture opened by mistake is called what it is instead of "not valid JSON".
 */
export function readAnswersBytes(bytes: Uint8Array): ReadAnswersResult {
  const text = decodeText(bytes);
  return text === null ? { ok: false, problem: { kind: 'not-text' } } : readAnswersText(text);
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
  const text = typeof content === 'string' ? content : decodeText(content);
  if (text === null) return { ok: false, problem: { kind: 'not-text' } };
  if (answersFileFormat(fileName, text) === 'json') return readAnswersText(text);
  const yaml = await readYamlText(text);
  return yaml.ok ? checkAnswers(yaml.value) : { ok: false, problem: { kind: 'not-yaml', yaml: yaml.problem } };
}
