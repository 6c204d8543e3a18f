import { type ComponentPropsWithRef, type ReactNode, useId } from 'react';

export interface SegmentedOption {
  readonly value: string;
  readonly label: string;
}

export interface SegmentedFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'type' | 'value' | 'id'> {
  legend: ReactNode;
  help?: ReactNode;
  options: readonly SegmentedOption[];
  error?: string | undefined;
  className?: string;
}

/**
 * A radio group drawn as a segmented control: native radios (arrow keys move, one tab stop), a fieldset and
 * legend for the question. The input props (from `register`) go to every radio.
 */
export function SegmentedField({ legend, help, options, error, className, ...inputProps }: SegmentedFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <fieldset
      aria-describedby={help ? helpId : undefined}
      className={['field', 'segmented-field', className ?? ''].filter(Boolean).join(' ')}
    >
      <legend className="field-label">{legend}</legend>
      {help ? (
        <p className="field-help" id={helpId}>
          {help}
        </p>
      ) : null}
      <div className="segmented" style={{ gridTemplateColumns: `repeat(${options.length}, minmax(0, 1fr))` }}>
        {options.map((option) => (
          <label className="segment" key={option.value}>
            <input {...inputProps} className="segment-input" type="radio" value={option.value} />
            <span className="segment-label">{option.label}</span>
          </label>
        ))}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
