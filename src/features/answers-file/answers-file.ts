import { type Answers, formatProblems, parseAnswers } from '../../engine';

/** Answers files bigger than this are not answers files: refuse before reading them. */
export const MAX_ANSWERS_FILE_BYTES = 1_000_000;

export const ANSWERS_FILE_NAME = 'rancher-strategy-answers.json';

/** The answers as a file people can keep, edit and open again; `$schema` lets editors check it. */
export function serializeAnswersFile(answers: Answers, schemaUrl: string): string {
  const { $schema: _ignored, ...rest } = answers;
  return `${JSON.stringify({ $schema: schemaUrl, ...rest }, null, 2)}\n`;
}

export type ReadAnswersFileResult =
  | { readonly ok: true; readonly value: Answers }
  | { readonly ok: false; readonly message: string };

/** Reads an answers file's text; a bad file gets one message naming the problem, never an exception. */
export function readAnswersFile(text: string, fileName: string): ReadAnswersFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `${fileName} is not valid JSON (${(error as Error).message}). Your current answers are unchanged.`,
    };
  }
  const result = parseAnswers(json);
  if (!result.ok) {
    return {
      ok: false,
      message: `${fileName} is not a valid answers file. Your current answers are unchanged.\n${formatProblems(result.problems)}`,
    };
  }
  return { ok: true, value: result.value };
}

/** Checks a file before reading it: type and size. */
export function checkAnswersFile(file: { readonly name: string; readonly size: number }): string | null {
  if (file.size > MAX_ANSWERS_FILE_BYTES) {
    return `${file.name} is ${Math.round(file.size / 1024)} KB; an answers file is a few KB of JSON. Your current answers are unchanged.`;
  }
  if (!/\.json$/i.test(file.name)) {
    return `${file.name} is not a .json file. Open an answers file saved from this tool (or any JSON answers document). Your current answers are unchanged.`;
  }
  return null;
}
