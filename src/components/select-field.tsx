import { type ComponentPropsWithRef, type ReactNode, useId } from 'react';
import { FieldError } from './text-field';

export interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id'> {
  label: ReactNode;
  /** Read by screen readers after the label, to tell apart fields that look alike ("of Europe (Frankfurt)"). */
  labelSuffix?: string;
  help?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: ReactNode;
}

/** A labelled native select with help and an inline error, wired like TextField. */
export function SelectField({
  label,
  labelSuffix,
  help,
  error,
  className,
  children,
  ...selectProps
}: SelectFieldProps) {
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
        <select
          {...selectProps}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          className="input select"
          id={id}
        >
          {children}
        </select>
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
