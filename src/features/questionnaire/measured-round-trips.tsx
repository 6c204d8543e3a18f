// The constraints editor's measured round trips: rows to fill in, and lines pasted from a spreadsheet.
import { useId, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { type ConstraintsMessages, useI18n } from '../../components/i18n';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { MAX_MEASURED_LATENCIES, regionDisplayName } from '../../engine';
import { RemoveButton, useFieldError } from './constraints-parts';
import { type QuestionnaireValues, regionLabel } from './form-values';
import { type PasteLineProblem, pasteLatencies } from './latency-paste';

function pasteProblemText(c: ConstraintsMessages, problem: PasteLineProblem): string {
  switch (problem.kind) {
    case 'shape':
      return c.pasteProblems.shape;
    case 'unknown-region':
      return c.pasteProblems.unknownRegion(problem.text);
    case 'not-number':
      return c.pasteProblems.notNumber(problem.text);
    case 'same-region':
      return c.pasteProblems.sameRegion;
  }
}

export function MeasuredRoundTrips({ c }: { c: ConstraintsMessages }) {
  const { control, register, getValues } = useFormContext<QuestionnaireValues>();
  const { fields, append, remove, replace } = useFieldArray({ control, name: 'latencies' });
  const regions = useWatch({ control, name: 'regions' });
  const hubId = useWatch({ control, name: 'hub.regionId' });
  const { t } = useI18n();
  const errorOf = useFieldError();
  const pasteId = useId();
  const [pasted, setPasted] = useState('');
  const [pasteReport, setPasteReport] = useState<{ summary: string; lines: readonly string[] } | null>(null);

  const ends = [
    ...regions.map((region) => ({ id: region.regionId, name: regionLabel(t.problems, region) })),
    ...(hubId !== '' && !regions.some((region) => region.regionId === hubId)
      ? [{ id: hubId, name: regionDisplayName({ id: hubId }) }]
      : []),
  ];
  const endOptions = (current: string) => (
    <>
      <option value="">{c.chooseRegion}</option>
      {ends.map((end) => (
        <option key={end.id} value={end.id}>
          {end.name}
        </option>
      ))}
      {current !== '' && !ends.some((end) => end.id === current) ? <option value={current}>{current}</option> : null}
    </>
  );
  const latencies = useWatch({ control, name: 'latencies' });

  const addPasted = () => {
    const result = pasteLatencies(pasted, getValues('latencies'), getValues('regions'), getValues('hub.regionId'));
    if (result.added + result.updated > 0) replace(result.latencies.slice(0, MAX_MEASURED_LATENCIES));
    setPasted(result.failed.map((line) => line.text).join('\n'));
    setPasteReport({
      summary: c.pasteResult(result.added, result.updated, result.failed.length),
      lines: result.failed.map((line) => c.pasteLine(line.line, pasteProblemText(c, line.problem))),
    });
  };

  return (
    <section aria-labelledby="constraints-latencies" className="constraints-group">
      <h3 className="subheading" id="constraints-latencies">
        {c.latenciesHeading}
      </h3>
      <p className="field-help">{c.latenciesHelp}</p>
      {fields.map((field, index) => {
        const legend = c.measurementLegend(index + 1);
        return (
          <fieldset className="constraint-row constraint-row--latency" key={field.id}>
            <legend className="visually-hidden">{legend}</legend>
            <SelectField
              error={errorOf(`latencies.${index}.from`)}
              label={c.fromLabel}
              labelSuffix={`(${legend})`}
              {...register(`latencies.${index}.from`)}
              value={latencies[index]?.from ?? ''}
            >
              {endOptions(latencies[index]?.from ?? '')}
            </SelectField>
            <SelectField
              error={errorOf(`latencies.${index}.to`)}
              label={c.toLabel}
              labelSuffix={`(${legend})`}
              {...register(`latencies.${index}.to`)}
              value={latencies[index]?.to ?? ''}
            >
              {endOptions(latencies[index]?.to ?? '')}
            </SelectField>
            <TextField
              className="constraint-ms"
              error={errorOf(`latencies.${index}.ms`)}
              inputMode="decimal"
              label={c.msLabel}
              labelSuffix={`(${legend})`}
              unit={c.ms}
              {...register(`latencies.${index}.ms`)}
            />
            <RemoveButton label={c.removeMeasurement(index + 1)} onClick={() => remove(index)} />
          </fieldset>
        );
      })}
      <button
        className="button button--secondary button--small"
        disabled={fields.length >= MAX_MEASURED_LATENCIES}
        onClick={() => append({ from: '', to: '', ms: '' })}
        type="button"
      >
        {c.addMeasurement}
      </button>
      <div className="field constraint-paste">
        <label className="field-label" htmlFor={pasteId}>
          {c.pasteLabel}
        </label>
        <p className="field-help" id={`${pasteId}-help`}>
          {c.pasteHelp}
        </p>
        <textarea
          aria-describedby={`${pasteId}-help${pasteReport ? ` ${pasteId}-report` : ''}`}
          className="input textarea"
          id={pasteId}
          onChange={(event) => setPasted(event.target.value)}
          rows={3}
          spellCheck={false}
          value={pasted}
        />
        <button className="button button--secondary button--small" onClick={addPasted} type="button">
          {c.pasteButton}
        </button>
        <div aria-live="polite" id={`${pasteId}-report`} role="status">
          {pasteReport ? (
            <>
              <p className="field-help">{pasteReport.summary}</p>
              {pasteReport.lines.length > 0 ? (
                <ul className="paste-problems">
                  {pasteReport.lines.map((line) => (
                    <li className="field-error" key={line}>
                      {line}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
