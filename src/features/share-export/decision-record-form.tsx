import { useEffect, useId, useRef, useState } from 'react';
import { useReviewMessages } from '../../components/i18n/use-review-messages';
import { DECISION_STATUSES, type DecisionMetadata, type DecisionStatus } from '../../engine';
import { type DecisionFields, readDecisionFields, toDecisionFields } from './decision-fields';

interface FieldProps {
  readonly label: string;
  readonly help?: string | undefined;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Read before the error by screen readers ("Problem:"). */
  readonly problemPrefix: string;
}

/**
 * A labelled text input with help and an inline error, as components/text-field.tsx draws it. Not that component
 * itself: importing it from this lazy chunk makes the bundler split React out of the first-load chunk (+0.8 KB gzip
 * of the first load, measured with `npm run size`).
 */
function Field({ label, help, error, value, onChange, problemPrefix }: FieldProps) {
  const id = useId();
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {help ? (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      <div className="field-control">
        <input
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          className="input"
          id={id}
          onChange={(event) => onChange(event.target.value)}
          type="text"
          value={value}
        />
      </div>
      <p aria-live="polite" className="field-error" id={`${id}-error`}>
        {error ? (
          <>
            <span className="visually-hidden">{problemPrefix}</span> {error}
          </>
        ) : null}
      </p>
    </div>
  );
}

export interface DecisionRecordFormProps {
  /** The answers' `decision` (absent: nothing set yet). */
  readonly decision: DecisionMetadata | undefined;
  /** Called with the new `decision` whenever the fields are within the answers' limits. */
  readonly onDecisionChange: (decision: DecisionMetadata) => void;
}

/**
 * The decision record's own fields (status, date, people, title, this version's author), kept in the answers'
 * `decision` so they travel with the link and the answers file. They shape the record, never the recommendation.
 */
export function DecisionRecordForm({ decision, onDecisionChange }: DecisionRecordFormProps) {
  const { v, t } = useReviewMessages();
  const m = v.decisionForm;
  const [fields, setFields] = useState(() => toDecisionFields(decision));
  const emitted = useRef(JSON.stringify(decision ?? {}));
  const statusId = useId();
  const dateId = useId();

  // Answers replaced from outside (a file, a link, start over) bring their own decision: the form follows them.
  useEffect(() => {
    const incoming = JSON.stringify(decision ?? {});
    if (incoming === emitted.current) return;
    emitted.current = incoming;
    setFields(toDecisionFields(decision));
  }, [decision]);

  const read = readDecisionFields(fields);
  const problemOf = (field: keyof DecisionFields) => {
    const problem = read.ok ? undefined : read.problems[field];
    return problem ? m.problem(problem) : undefined;
  };

  const change = (field: keyof DecisionFields, value: string) => {
    const next = { ...fields, [field]: value };
    setFields(next);
    const result = readDecisionFields(next);
    if (!result.ok) return;
    emitted.current = JSON.stringify(result.value);
    onDecisionChange(result.value);
  };

  const text = (field: Exclude<keyof DecisionFields, 'status' | 'date'>, label: string, help?: string) => (
    <Field
      error={problemOf(field)}
      help={help}
      label={label}
      onChange={(value) => change(field, value)}
      problemPrefix={t.field.problemPrefix}
      value={fields[field]}
    />
  );

  return (
    <section aria-labelledby="decision-form-title" className="card decision-form no-print">
      <h2 className="card-title" id="decision-form-title">
        {m.heading}
      </h2>
      <p className="card-lede">{m.lede}</p>
      <div className="decision-form-grid">
        {text('author', m.author, m.authorHelp)}
        <div className="field">
          <label className="field-label" htmlFor={statusId}>
            {m.status}
          </label>
          <div className="field-control">
            <select
              className="input"
              id={statusId}
              onChange={(event) => change('status', event.target.value as DecisionStatus)}
              value={fields.status}
            >
              {DECISION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {m.statuses[status]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={dateId}>
            {m.date}
          </label>
          <div className="field-control">
            <input
              className="input"
              id={dateId}
              onChange={(event) => change('date', event.target.value)}
              type="date"
              value={fields.date}
            />
          </div>
        </div>
        {text('title', m.title)}
        {text('decisionMakers', m.decisionMakers, m.namesHelp)}
        {text('consulted', m.consulted, m.namesHelp)}
        {text('informed', m.informed, m.namesHelp)}
      </div>
    </section>
  );
}
