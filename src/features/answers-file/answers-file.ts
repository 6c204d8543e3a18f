// Reading answers files, checked by the answers schema (writing them is write-answers-file.ts, which needs none).
import type { UiMessages } from '../../components/i18n';
import { locateJsonProblem } from '../../components/i18n/json-problem';
import { en } from '../../components/i18n/messages-en';
import { problemField } from '../../components/i18n/problem-field';
import { decodeTextFile } from '../../components/text-file';
import { type Answers, type FieldProblem, parseAnswers } from '../../engine';
import { isYamlFileName, readYamlText } from '../../share/answers-yaml';

/** Answers files bigger than this are not answers files: refuse before reading them. */
export const MAX_ANSWERS_FILE_BYTES = 1_000_000;

export type ReadAnswersFileResult =
  | { readonly ok: true; readonly value: Answers }
  | { readonly ok: false; readonly message: string };

type FileMessages = UiMessages['files'];
type ProblemMessages = UiMessages['problems'];

/**
 * Each field problem on a line of its own, at its path, in `problems`' language: the questionnaire's sentence for
 * the field and kind of problem (English gives the engine's own). A problem no field of the form can have (no
 * document, another version) keeps the engine's sentence.
 */
function describeProblems(list: readonly FieldProblem[], problems: ProblemMessages): string {
  return list
    .map((problem) => {
      const sentence =
        problem.path === '' || problem.path === 'version'
          ? problem.message
          : problems.message({
              message: problem.message,
              field: problemField(problem.path),
              code: problem.code ?? '',
              detail: problem.detail,
            });
      return problem.path ? `${problem.path}: ${sentence}` : sentence;
    })
    .join('\n');
}

/**
 * Reads an answers file's text; a bad file gets one message naming every problem, in the language of `messages` and
 * `problems`, never an exception.
 */
export function readAnswersFile(
  text: string,
  fileName: string,
  messages: FileMessages = en.files,
  problems: ProblemMessages = en.problems,
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
  return checkAnswers(json, fileName, messages, problems);
}

/** The document's data, checked by the answers schema: every problem named at once. */
function checkAnswers(
  data: unknown,
  fileName: string,
  messages: FileMessages,
  problems: ProblemMessages,
): ReadAnswersFileResult {
  const result = parseAnswers(data);
  if (!result.ok) {
    return {
      ok: false,
      message: `${messages.invalid(fileName)}\n${describeProblems(result.problems, problems)}`,
    };
  }
  return { ok: true, value: result.value };
}

/** Reads an answers file's bytes: binary data is called "not a text file", then the text is read as above. */
export function readAnswersFileBytes(
  bytes: Uint8Array,
  fileName: string,
  messages: FileMessages = en.files,
  problems: ProblemMessages = en.problems,
): ReadAnswersFileResult {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, message: messages.notText(fileName) };
  return readAnswersFile(decoded.text, fileName, messages, problems);
}

/**
 * Reads an opened file, JSON or YAML by its name: the same schema and messages for both, a YAML problem by its
 * line. The YAML parser loads with the first YAML file.
 */
export async function readOpenedAnswersFile(
  bytes: Uint8Array,
  fileName: string,
  messages: FileMessages = en.files,
  problems: ProblemMessages = en.problems,
): Promise<ReadAnswersFileResult> {
  if (!isYamlFileName(fileName)) return readAnswersFileBytes(bytes, fileName, messages, problems);
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, message: messages.notText(fileName) };
  const yaml = await readYamlText(decoded.text);
  if (!yaml.ok) return { ok: false, message: messages.notYaml(fileName, yaml.problem) };
  return checkAnswers(yaml.value, fileName, messages, problems);
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
