import { type ReactNode, useId } from 'react';
import { useI18n } from './i18n/i18n-context';

/** What every labelled field has: a visible label, help in a sentence or two, and a message when it is wrong. */
export interface FieldFrameProps {
  /** The visible label. */
  label: ReactNode;
  /** Read by screen readers after the label, to tell apart fields that look alike ("in Europe (Frankfurt)"). */
  labelSuffix?: string | undefined;
  /** Why the question matters, in a sentence or two. */
  help?: ReactNode;
  /** A message in plain words; what was typed stays as it is. */
  error?: string | undefined;
  className?: string | undefined;
}

/** The attributes that tie a control to its label, help and message. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

/** The frame of a labelled field, wired for assistive technology; `children` draws the control with its wiring. */
export function FieldFrame({
  label,
  labelSuffix,
  help,
  error,
  className,
  children,
}: FieldFrameProps & { children: (control: FieldControlProps) => ReactNode }) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
        {labelSuffix ? (
          <>
            {' '}
            <span className="visually-hidden">{labelSuffix}</span>
          </>
        ) : null}
      </label>
      {help ? (
        <p className="field-help" id={helpId}>
          {help}
        </p>
      ) : null}
      <div className="field-control">
        {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** The message under a field; a polite live region, so a new problem is read out without stealing focus. */
export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  const { t } = useI18n();
  return (
    <p aria-live="polite" className="field-error" id={id}>
      {message ? (
        <>
          <svg aria-hidden="true" className="field-error-icon" focusable="false" viewBox="0 0 16 16">
            <circle cx="8" cy="8" r="7" />
            <path d="M8 4.5v4.2M8 11.2v.3" />
          </svg>
          <span className="visually-hidden">{t.field.problemPrefix}</span> {message}
        </>
      ) : null}
    </p>
  );
}
