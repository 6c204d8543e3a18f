// Pieces every part of the lazily loaded constraints editor uses.
import type { FieldPath } from 'react-hook-form';
import { useFormContext, useFormState } from 'react-hook-form';
import { useI18n } from '../../components/i18n';
import type { QuestionnaireValues } from './form-values';
import { fieldMessage } from './question-fields';

export type Path = FieldPath<QuestionnaireValues>;

/** The message of any field of the form, in the active language, or undefined when it is fine. */
export function useFieldError(): (path: Path) => string | undefined {
  const { control } = useFormContext<QuestionnaireValues>();
  const { errors } = useFormState({ control });
  const { t } = useI18n();
  return (path) => fieldMessage(errors, path, t.problems);
}

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button className="icon-button" onClick={onClick} title={label} type="button">
      <svg aria-hidden="true" className="icon" focusable="false" viewBox="0 0 16 16">
        <path d="m4 4 8 8M12 4l-8 8" />
      </svg>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}
