import { type FieldErrors, type FieldPath, get, useFormContext, useFormState } from 'react-hook-form';
import { type UiMessages, useI18n } from '../../components/i18n';
import { SegmentedField, type SegmentedFieldProps } from '../../components/segmented-field';
import { TextField, type TextFieldProps } from '../../components/text-field';
import type { AnswersProblemDetail } from '../../engine';
import { type QuestionnaireValues, toFieldMessage } from './form-values';

type QuestionPath = FieldPath<QuestionnaireValues>;

/** The message for the field at `path` among `errors`, in the language of `problems`; undefined when it is fine. */
export function fieldMessage(
  errors: FieldErrors<QuestionnaireValues>,
  path: string,
  problems: UiMessages['problems'],
): string | undefined {
  const error = get(errors, path) as { message?: unknown; type?: unknown; detail?: AnswersProblemDetail } | undefined;
  return typeof error?.message === 'string'
    ? toFieldMessage(problems, path, error.message, String(error.type ?? ''), error.detail)
    : undefined;
}

/**
 * The message for the field at `path`, in the active language, or undefined when it is fine. It subscribes to
 * that field's errors alone: a keystroke re-renders the field typed in, not the whole questionnaire (React
 * rewrites every input it re-renders, and the form has about thirty).
 */
export function useFieldMessage(path: QuestionPath): string | undefined {
  const { control } = useFormContext<QuestionnaireValues>();
  const { errors } = useFormState({ control, name: path, exact: true });
  const { t } = useI18n();
  return fieldMessage(errors, path, t.problems);
}

/** A text question of the form: registered under `name`, with its own message. */
export function QuestionTextField({ name, ...props }: Omit<TextFieldProps, 'error' | 'name'> & { name: QuestionPath }) {
  const { register } = useFormContext<QuestionnaireValues>();
  return <TextField {...props} error={useFieldMessage(name)} {...register(name)} />;
}

/** A choice of the form, drawn as a segmented control: registered under `name`, with its own message. */
export function QuestionSegmentedField({
  name,
  ...props
}: Omit<SegmentedFieldProps, 'error' | 'name'> & { name: QuestionPath }) {
  const { register } = useFormContext<QuestionnaireValues>();
  return <SegmentedField {...props} error={useFieldMessage(name)} {...register(name)} />;
}
