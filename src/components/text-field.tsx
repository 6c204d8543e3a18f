import type { ComponentPropsWithRef } from 'react';
import { FieldFrame, type FieldFrameProps } from './field';

export interface TextFieldProps
  extends FieldFrameProps,
    Omit<ComponentPropsWithRef<'input'>, 'id' | 'type' | 'className'> {
  /** A unit shown after the input, such as "ms". */
  unit?: string;
}

/** A labelled text input with help and an inline error. */
export function TextField({ label, labelSuffix, help, error, unit, className, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame {...{ label, labelSuffix, help, error, className }}>
      {(control) => (
        <>
          <input autoComplete="off" spellCheck={false} {...inputProps} {...control} className="input" type="text" />
          {unit ? (
            <span aria-hidden="true" className="field-unit">
              {unit}
            </span>
          ) : null}
        </>
      )}
    </FieldFrame>
  );
}
