// Reading answers files, checked by the answers schema (writing them is write-answers-file.ts, which needs none).
import type { UiMessages } from '../../components/i18n';
import { locateJsonProblem } from '../../components/i18n/json-problem';
import { en } from '../../components/i18n/messages-en';
import { decodeTextFile } from '../../components/text-file';
import { type Answers, formatProblems, parseAnswers } from '../../engine';
import { isYamlFileName, readYamlText } from '../../share/answers-yaml';

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
  return checkAnswers(json, fileName, messages);
}

/** The document's data, checked by the answers schema: every problem named at once. */
function checkAnswers(data: unknown, fileName: string, messages: FileMessages): ReadAnswersFileResult {
  const result = parseAnswers(data);
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

/**
 * Reads an opened file, JSON or YAML by its name: the same schema and messages for both, a YAML problem by its
 * line. The YAML parser loads with the first YAML file.
 */
export async function readOpenedAnswersFile(
  bytes: Uint8Array,
  fileName: string,
  messages: FileMessages = en.files,
): Promise<ReadAnswersFileResult> {
  if (!isYamlFileName(fileName)) return readAnswersFileBytes(bytes, fileName, messages);
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, message: messages.notText(fileName) };
  const yaml = await readYamlText(decoded.text);
  if (!yaml.ok) return { ok: false, message: messages.notYaml(fileName, yaml.problem) };
  return checkAnswers(yaml.value, fileName, messages);
}

/** Checks a file before reading it: type and size. */
export function checkAnswersFile(
  file: { readonly name: string; readonly size: number },
  messages: FileMessages = en.files,
): string | null {
  if (file.size > MAX_ANSWERS_FILE_BYTES) return messages.tooLarge(file.name, Math.round(file.size / 1024));
  if (!/\.json$/i.test(file.name) && !isYamlFileName(file.name)) return messages.wrongType(file.name);
  return null;
}
