// Loaded when the person first moves into the form (and awaited by the first validation), so zod and the schema
// stay out of the first page load: nothing needs validating before a person changes something.
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod/mini';
import { answersSchema } from '../../engine';
import { type QuestionnaireValues, toAnswersDocument } from './form-values';

/** Form values in, a valid answers document out: the engine's schema behind a text-to-number step. */
export const questionnaireSchema = z.pipe(
  z.pipe(z.custom<QuestionnaireValues>(), z.transform(toAnswersDocument)),
  answersSchema,
);

export const questionnaireResolver = zodResolver(questionnaireSchema);
