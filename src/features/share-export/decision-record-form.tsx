import { useEffect, useRef, useState } from 'react';
import { FieldFrame } from '../../components/field';
import { useReviewMessages } from '../../components/i18n/use-review-messages';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { DECISION_STATUSES, type DecisionMetadata, type DecisionStatus } from '../../engine';
import { type DecisionFields, readDecisionFields, toDecisionFields } from './decision-fields';

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
  const { v } = useReviewMessages();
  const m = v.decisionForm;
  const [fields, setFields] = useState(() => toDecisionFields(decision));
  const emitted = useRef(JSON.stringify(decision ?? {}));

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
    <TextField
      error={problemOf(field)}
      help={help}
      label={label}
      onChange={(event) => change(field, event.target.value)}
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
        <SelectField
          label={m.status}
          onChange={(event) => change('status', event.target.value as DecisionStatus)}
          value={fields.status}
        >
          {DECISION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {m.statuses[status]}
            </option>
          ))}
        </SelectField>
        <FieldFrame label={m.date}>
          {(control) => (
            <input
              {...control}
              className="input"
              onChange={(event) => change('date', event.target.value)}
              type="date"
              value={fields.date}
            />
          )}
        </FieldFrame>
        {text('title', m.title)}
        {text('decisionMakers', m.decisionMakers, m.namesHelp)}
        {text('consulted', m.consulted, m.namesHelp)}
        {text('informed', m.informed, m.namesHelp)}
      </div>
    </section>
  );
}
