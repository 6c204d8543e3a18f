/**
 * Answers documents written in YAML, as platform teams write most of their files: read into the same plain data
 * a JSON document gives, for the same schema and the same messages. The parser (eemeli/yaml) is loaded on first
 * use, so neither the app's first load nor a JSON file pays for it.
 */

/** Where a YAML text breaks (lines and columns from 1), in the shape the JSON reader reports its problems. */
export type YamlProblem =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'at';
      readonly line: number;
      readonly column: number;
      /** The character found there when it is visible. */
      readonly near: string | null;
      /** The parser's words, without the place. */
      readonly detail: string;
    }
  /** Valid YAML that is not data (an alias expanded past the limit below): the parser's words. */
  | { readonly kind: 'other'; readonly detail: string };

export type YamlReadResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: YamlProblem };

/**
 * Aliases a document may expand; an answers document needs none, and a "billion laughs" file would otherwise
 * expand into gigabytes. The parser's own default is 100.
 */
const MAX_ALIAS_COUNT = 100;

/** The answers file formats, told apart by the file name. */
export type AnswersFileFormat = 'json' | 'yaml';

const YAML_FILE_NAME = /\.ya?ml$/i;

export const isYamlFileName = (fileName: string): boolean => YAML_FILE_NAME.test(fileName);

/**
 * A file's format by its name; text without a telling name (standard input) is JSON when it starts with "{",
 * as every JSON answers document does, and YAML otherwise.
 */
export function answersFileFormat(fileName: string | null, text: string): AnswersFileFormat {
  if (fileName !== null && isYamlFileName(fileName)) return 'yaml';
  if (fileName !== null && /\.json$/i.test(fileName)) return 'json';
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml';
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads YAML 1.2 text (the core schema: what JSON can hold, so `2026-12-01` stays a string) into plain data, or
 * the first place it breaks: a syntax error, a key given twice, several documents in one file.
 */
export async function readYamlText(text: string): Promise<YamlReadResult> {
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  const { parseDocument } = await import('./yaml-parser');
  const parsed = parseDocument(text, { prettyErrors: false, schema: 'core', uniqueKeys: true, merge: false });
  const error = parsed.errors[0];
  if (error !== undefined) {
    const offset = Math.min(error.pos[0], text.length);
    const character = text[offset];
    return {
      ok: false,
      problem: {
        kind: 'at',
        ...lineAndColumn(text, offset),
        near: character !== undefined && /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? character : null,
        detail: error.message.replace(/\.$/, ''),
      },
    };
  }
  try {
    return { ok: true, value: parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (failure) {
    return { ok: false, problem: { kind: 'other', detail: (failure as Error).message } };
  }
}
