// Writing answers files, apart from reading them (read-answers-file.ts): writing needs no schema, so the share panel
// offers "Download answers" without loading zod; opening a file loads the reader then.
import type { Answers } from '../engine';

export const ANSWERS_FILE_NAME = 'rancher-strategy-answers.json';

/** The answers as a file people can keep, edit and open again; `$schema` lets editors check it. */
export function serializeAnswersFile(answers: Answers, schemaUrl: string): string {
  const { $schema: _ignored, ...rest } = answers;
  return `${JSON.stringify({ $schema: schemaUrl, ...rest }, null, 2)}\n`;
}
