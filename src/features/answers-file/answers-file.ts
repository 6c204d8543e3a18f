// Reading answers files, checked by the answers schema (writing them is write-answers-file.ts, which needs none).
import type { UiMessages } from '../../components/i18n';
import { locateJsonProblem } from '../../components/i18n/json-problem';
import { en } from '../../components/i18n/messages-en';
import { decodeTextFile } from '../../components/text-file';
import { type Answers, formatProblems, parseAnswers } from '../../engine';

/** Answers files bigger than this are not answers files: refuse before reading them. */
export const MAX_ANSWERS_FILE_BYTES = 1_000_000;

export type ReadAnswersFileResult =
  | { readonly ok: true; readonly value: Answers }
  | { readonly ok: false; readonly message: string };

type FileMessages = UiMessages['files'];

/**
 * Reads an answers file's text; a bad file gets one message naming the problem (in `messages`' language; the
 * engine's list of field problems stays in English), never an exception.
 */
export function readAnswersFile(
  text: string,
  fileName: string,
  messages: FileMessages = en.files,
): ReadAnswersFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: messages.notJson(fileName, locateJsonProblem(text, error)),
    };
  }
  const result = parseAnswers(json);
  if (!result.ok) {
    return {
      ok: false,
      message: `${messages.invalid(fileName)}\n${formatProblems(result.problems)}`,
    };
  }
  return { ok: true, value: result.value };
}

/** Reads an answers file's bytes: binary data is called "not a text file", then the text is read as above. */
export function readAnswersFileBytes(
  bytes: Uint8Array,
  fileName: string,
  messages: FileMessages = en.files,
): ReadAnswersFileResult {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, message: messages.notText(fileName) };
  return readAnswersFile(decoded.text, fileName, messages);
}

/** Checks a file before reading it: type and size. */
export function checkAnswersFile(
  file: { readonly name: string; readonly size: number },
  messages: FileMessages = en.files,
): string | null {
  if (file.size > MAX_ANSWERS_FILE_BYTES) return messages.tooLarge(file.name, Math.round(file.size / 1024));
  if (!/\.json$/i.test(file.name)) return messages.wrongType(file.name);
  return null;
}
