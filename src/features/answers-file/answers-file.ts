// Opening answers files in the browser: checked by the answers schema (share/read-answers-file.ts), their problems
// worded for the person. Writing them is share/answers-file.ts, which needs no schema.
import type { UiMessages } from '../../components/i18n';
import { en } from '../../components/i18n/messages-en';
import { type Answers, type FieldProblem, problemField } from '../../engine';
import { isYamlFileName } from '../../share/answers-yaml';
import { type AnswersTextProblem, MAX_ANSWERS_FILE_BYTES, readAnswersDocument } from '../../share/read-answers-file';

// The same cap as the command line's, refused here before the file is read.
export { MAX_ANSWERS_FILE_BYTES } from '../../share/read-answers-file';

export type ReadAnswersFileResult =
  | { readonly ok: true; readonly value: Answers }
  | { readonly ok: false; readonly message: string };

type FileMessages = UiMessages['files'];
type ProblemMessages = UiMessages['problems'];

/**
 * Each field problem on a line of its own, at its path, in `problems`' language: the questionnaire's sentence for
 * the field and kind of problem (English gives the engine's own). A problem no field of the form can have (no
 * document, another version) gets the file messages' sentence, in the same language.
 */
function describeProblems(list: readonly FieldProblem[], problems: ProblemMessages, messages: FileMessages): string {
  return list
    .map((problem) => {
      const sentence =
        problem.path === ''
          ? messages.notADocument
          : problem.path === 'version'
            ? messages.wrongVersion
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

/** One message naming what is wrong with the file, in the language of `messages` and `problems`. */
function describeProblem(
  problem: AnswersTextProblem,
  fileName: string,
  messages: FileMessages,
  problems: ProblemMessages,
): string {
  switch (problem.kind) {
    case 'not-text':
      return messages.notText(fileName);
    case 'too-large':
      return messages.tooLarge(fileName, Math.round(problem.bytes / 1024));
    case 'not-json':
      return messages.notJson(fileName, problem.json);
    case 'not-yaml':
      return messages.notYaml(fileName, problem.yaml);
    case 'invalid':
      return `${messages.invalid(fileName)}\n${describeProblems(problem.problems, problems, messages)}`;
  }
}

/**
 * Reads an answers file, JSON or YAML by its name (the YAML parser loads with the first YAML file): the same schema
 * and messages for both, a YAML problem by its line. A bad file gets one message naming the problem, never an
 * exception.
 */
export async function readAnswersFile(
  bytes: Uint8Array,
  fileName: string,
  messages: FileMessages = en.files,
  problems: ProblemMessages = en.problems,
): Promise<ReadAnswersFileResult> {
  const read = await readAnswersDocument(bytes, fileName);
  return read.ok ? read : { ok: false, message: describeProblem(read.problem, fileName, messages, problems) };
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
