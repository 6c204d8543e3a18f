import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldFrame, type FieldFrameProps } from './field';

export interface SelectFieldProps extends FieldFrameProps, Omit<ComponentPropsWithRef<'select'>, 'id' | 'className'> {
  children: ReactNode;
}

/** A labelled native select with help and an inline error. */
export function SelectField({
  label,
  labelSuffix,
  help,
  error,
  className,
  children,
  ...selectProps
}: SelectFieldProps) {
  return (
    <FieldFrame {...{ label, labelSuffix, help, error, className }}>
      {(control) => (
        <select {...selectProps} {...control} className="input select">
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
