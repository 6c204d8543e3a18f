// Loaded when the person first moves into the form (and awaited by the first validation), so zod and the schema
// stay out of the first page load: nothing needs validating before a person changes something.
import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { FieldError, Resolver } from 'react-hook-form';
import { z } from 'zod/mini';
import { type Answers, type AnswersProblemDetail, answersSchema, toProblemDetail } from '../../engine';
import { toAnswersDocument } from './answers-document';
import type { QuestionnaireValues } from './form-values';

export { describePendingProblems } from './answers-document';

/** Form values in, a valid answers document out: the engine's schema behind a text-to-number step. */
export const questionnaireSchema = z.pipe(
  z.pipe(z.custom<QuestionnaireValues>(), z.transform(toAnswersDocument)),
  answersSchema,
);

/** A field's error as the form keeps it: zod's message and code, and the detail another language needs. */
export type QuestionnaireFieldError = FieldError & { readonly detail?: AnswersProblemDetail };

/** The engine's schema as the form's resolver: the first problem on each field, with its detail kept. */
export const questionnaireResolver: Resolver<QuestionnaireValues, unknown, Answers> = (values, _context, options) => {
  const result = questionnaireSchema.safeParse(values);
  if (result.success) {
    if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
    return { values: result.data, errors: {} };
  }
  const errors: Record<string, QuestionnaireFieldError> = Object.create(null);
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (errors[path] !== undefined) continue;
    const detail = issue.code === 'custom' ? toProblemDetail(issue.params) : undefined;
    errors[path] = { message: issue.message, type: issue.code, ...(detail === undefined ? {} : { detail }) };
  }
  return { values: {}, errors: toNestErrors(errors, options) };
};
