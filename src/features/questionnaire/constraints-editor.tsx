// Loaded when the "Constraints" section is first opened (constraints-section.tsx): none of this is in the first load.
import { useEffect, useId, useRef, useState } from 'react';
import { type FieldPath, useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { type ConstraintsMessages, useI18n } from '../../components/i18n';
import { useConstraintsMessages } from '../../components/i18n/use-constraints-messages';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import {
  type CatalogRegion,
  CONNECTIVITY_KINDS,
  DEFAULT_NODES_PER_CLUSTER,
  MAX_JURISDICTIONS,
  MAX_MEASURED_LATENCIES,
  regionDisplayName,
  SITE_KINDS,
} from '../../engine';
import { type QuestionnaireValues, type RegionFormValue, readNumber, regionLabel } from './form-values';
import { type PasteLineProblem, pasteLatencies } from './latency-paste';
import { fieldMessage } from './question-fields';
import { RegionPicker } from './region-picker';
import './constraints-editor.css';

type Path = FieldPath<QuestionnaireValues>;

function useFieldError(): (path: Path) => string | undefined {
  const { control } = useFormContext<QuestionnaireValues>();
  const { errors } = useFormState({ control });
  const { t } = useI18n();
  return (path) => fieldMessage(errors, path, t.problems);
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button className="icon-button" onClick={onClick} title={label} type="button">
      <svg aria-hidden="true" className="icon" focusable="false" viewBox="0 0 16 16">
        <path d="m4 4 8 8M12 4l-8 8" />
      </svg>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}

/** Each region's kind of site, connectivity, nodes and jurisdiction. */
function SiteConstraints({ c }: { c: ConstraintsMessages }) {
  const { control, register } = useFormContext<QuestionnaireValues>();
  const regions = useWatch({ control, name: 'regions' });
  const jurisdictions = useWatch({ control, name: 'jurisdictions' });
  const nodesPerCluster = readNumber(useWatch({ control, name: 'nodesPerCluster' }));
  const { t } = useI18n();
  const errorOf = useFieldError();
  const perCluster =
    typeof nodesPerCluster === 'number' && nodesPerCluster >= 1 ? nodesPerCluster : DEFAULT_NODES_PER_CLUSTER;
  const declared = new Set(jurisdictions.map((jurisdiction) => jurisdiction.id));

  return (
    <section aria-labelledby="constraints-sites" className="constraints-group">
      <h3 className="subheading" id="constraints-sites">
        {c.sitesHeading}
      </h3>
      <p className="field-help">{c.sitesHelp}</p>
      <ul className="constraint-sites">
        {regions.map((region, index) => {
          const name = regionLabel(t.problems, region);
          const clusters = readNumber(region.clusters);
          const assumed = typeof clusters === 'number' ? Math.round(clusters * perCluster) : undefined;
          const defaultKind = region.kind === 'catalog' ? 'cloud' : 'datacenter';
          const suffix = `(${name})`;
          return (
            <li key={region.regionId}>
              <fieldset className="constraint-site">
                <legend className="constraint-site-name">{name}</legend>
                <SelectField
                  error={errorOf(`regions.${index}.siteKind`)}
                  label={c.siteKindLabel}
                  labelSuffix={suffix}
                  {...register(`regions.${index}.siteKind`)}
                >
                  <option value="">{c.byDefault(c.siteKinds[defaultKind])}</option>
                  {SITE_KINDS.filter((kind) => kind !== defaultKind).map((kind) => (
                    <option key={kind} value={kind}>
                      {c.siteKinds[kind]}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  error={errorOf(`regions.${index}.connectivity`)}
                  label={c.connectivityLabel}
                  labelSuffix={suffix}
                  {...register(`regions.${index}.connectivity`)}
                >
                  <option value="">{c.byDefault(c.connectivities.connected)}</option>
                  {CONNECTIVITY_KINDS.filter((kind) => kind !== 'connected').map((kind) => (
                    <option key={kind} value={kind}>
                      {c.connectivities[kind]}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  error={errorOf(`regions.${index}.nodes`)}
                  inputMode="numeric"
                  label={c.nodesLabel}
                  labelSuffix={suffix}
                  placeholder={assumed === undefined ? '' : c.nodesAssumed(assumed)}
                  {...register(`regions.${index}.nodes`)}
                />
                <SelectField
                  error={errorOf(`regions.${index}.jurisdiction`)}
                  label={c.jurisdictionLabel}
                  labelSuffix={suffix}
                  {...register(`regions.${index}.jurisdiction`)}
                >
                  <option value="">{c.noJurisdiction}</option>
                  {jurisdictions.map((jurisdiction, position) =>
                    jurisdiction.id.trim() === '' ? null : (
                      // Two rows may share an id while it is being typed; the form names that problem.
                      // biome-ignore lint/suspicious/noArrayIndexKey: ids may repeat while typed.
                      <option key={position} value={jurisdiction.id}>
                        {jurisdiction.name.trim() === ''
                          ? jurisdiction.id
                          : `${jurisdiction.name} (${jurisdiction.id})`}
                      </option>
                    ),
                  )}
                  {region.jurisdiction !== '' && !declared.has(region.jurisdiction) ? (
                    <option value={region.jurisdiction}>{c.undeclaredJurisdiction(region.jurisdiction)}</option>
                  ) : null}
                </SelectField>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function EstateConstraints({ c }: { c: ConstraintsMessages }) {
  const { register } = useFormContext<QuestionnaireValues>();
  const errorOf = useFieldError();
  return (
    <section aria-labelledby="constraints-estate" className="constraints-group">
      <h3 className="subheading" id="constraints-estate">
        {c.estateHeading}
      </h3>
      <div className="question-grid">
        <TextField
          error={errorOf('nodesPerCluster')}
          help={c.nodesPerClusterHelp(DEFAULT_NODES_PER_CLUSTER)}
          inputMode="decimal"
          label={c.nodesPerClusterLabel}
          placeholder={String(DEFAULT_NODES_PER_CLUSTER)}
          unit={c.nodesUnit}
          {...register('nodesPerCluster')}
        />
        <TextField
          error={errorOf('provisionedPercent')}
          help={c.provisionedHelp}
          inputMode="decimal"
          label={c.provisionedLabel}
          unit="%"
          {...register('provisionedPercent')}
        />
      </div>
    </section>
  );
}

function JurisdictionsEditor({ c }: { c: ConstraintsMessages }) {
  const { control, register } = useFormContext<QuestionnaireValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'jurisdictions' });
  const errorOf = useFieldError();
  return (
    <section aria-labelledby="constraints-jurisdictions" className="constraints-group">
      <h3 className="subheading" id="constraints-jurisdictions">
        {c.jurisdictionsHeading}
      </h3>
      <p className="field-help">{c.jurisdictionsHelp}</p>
      {fields.map((field, index) => {
        const legend = c.jurisdictionLegend(index + 1);
        const rowError = errorOf(`jurisdictions.${index}` as Path);
        return (
          <fieldset className="constraint-row constraint-row--jurisdiction" key={field.id}>
            <legend className="visually-hidden">{legend}</legend>
            <TextField
              error={errorOf(`jurisdictions.${index}.id`)}
              label={c.jurisdictionIdLabel}
              labelSuffix={`(${legend})`}
              maxLength={40}
              placeholder={c.jurisdictionIdPlaceholder}
              {...register(`jurisdictions.${index}.id`)}
            />
            <TextField
              error={errorOf(`jurisdictions.${index}.name`)}
              label={c.jurisdictionNameLabel}
              labelSuffix={`(${legend})`}
              maxLength={80}
              placeholder={c.jurisdictionNamePlaceholder}
              {...register(`jurisdictions.${index}.name`)}
            />
            <RemoveButton label={c.removeJurisdiction(index + 1)} onClick={() => remove(index)} />
            <label className="checkbox-field">
              <input type="checkbox" {...register(`jurisdictions.${index}.keepManagementInside`)} />
              <span>{c.keepInsideLabel}</span>
            </label>
            {rowError ? (
              <p className="field-error constraint-row-error" role="alert">
                {rowError}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <button
        className="button button--secondary button--small"
        disabled={fields.length >= MAX_JURISDICTIONS}
        onClick={() => append({ id: '', name: '', keepManagementInside: true })}
        type="button"
      >
        {c.addJurisdiction}
      </button>
    </section>
  );
}

function HubPin({ c }: { c: ConstraintsMessages }) {
  const { control, register, setValue } = useFormContext<QuestionnaireValues>();
  const regions = useWatch({ control, name: 'regions' });
  const hubId = useWatch({ control, name: 'hub.regionId' });
  const { t } = useI18n();
  const errorOf = useFieldError();
  const [status, setStatus] = useState('');
  const isRegion = regions.some((region) => region.regionId === hubId);
  const pin = (region: CatalogRegion) => {
    setValue('hub.regionId', region.id, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
    setStatus(c.hubPinned(region.name));
  };
  const isEdge = (region: RegionFormValue) => region.siteKind === 'edge';

  return (
    <section aria-labelledby="constraints-hub" className="constraints-group">
      <h3 className="subheading" id="constraints-hub">
        {c.hubHeading}
      </h3>
      <p className="field-help">{c.hubHelp}</p>
      {/* Controlled, so a pin made with the picker shows once its option is drawn. */}
      <SelectField error={errorOf('hub.regionId')} label={c.hubSelectLabel} {...register('hub.regionId')} value={hubId}>
        <option value="">{c.hubNotPinned}</option>
        <optgroup label={c.hubYourRegions}>
          {regions.map((region) => (
            <option
              disabled={isEdge(region) && region.regionId !== hubId}
              key={region.regionId}
              value={region.regionId}
            >
              {isEdge(region)
                ? `${regionLabel(t.problems, region)} (${c.siteKinds.edge})`
                : regionLabel(t.problems, region)}
            </option>
          ))}
        </optgroup>
        {hubId !== '' && !isRegion ? (
          <optgroup label={c.hubOtherRegion}>
            <option value={hubId}>{regionDisplayName({ id: hubId })}</option>
          </optgroup>
        ) : null}
      </SelectField>
      <RegionPicker
        addedIds={new Set(hubId === '' ? [] : [hubId])}
        help={c.hubPickerHelp}
        label={c.hubPickerLabel}
        onPick={pin}
      />
      <p aria-live="polite" className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}

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

function MeasuredRoundTrips({ c }: { c: ConstraintsMessages }) {
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

/**
 * Rules across fields (a jurisdiction nobody is in, a measurement of a region no longer listed, a hub on an edge
 * site) put their problem on a field other than the one changed, which the form alone would not look at again.
 * Each change to what they read checks those fields again; a row still being filled in waits until it is complete,
 * so a new row does not show problems before anything is typed in it.
 */
function useCrossFieldChecks() {
  const { control, trigger } = useFormContext<QuestionnaireValues>();
  const regions = useWatch({ control, name: 'regions' });
  const jurisdictions = useWatch({ control, name: 'jurisdictions' });
  const hubId = useWatch({ control, name: 'hub.regionId' });
  const latencies = useWatch({ control, name: 'latencies' });
  const inputs = JSON.stringify([
    regions.map((region) => [region.regionId, region.siteKind, region.jurisdiction, region.lat, region.lon]),
    jurisdictions,
    hubId,
    latencies,
  ]);
  const checked = useRef(inputs);
  useEffect(() => {
    if (checked.current === inputs) return;
    checked.current = inputs;
    const jurisdictionsComplete = jurisdictions.every((row) => row.id.trim() !== '' && row.name.trim() !== '');
    const names: Path[] = [
      'hub.regionId',
      ...regions.map((_, index) => `regions.${index}.jurisdiction` as const),
      ...(jurisdictionsComplete && jurisdictions.length > 0 ? (['jurisdictions'] as const) : []),
      ...latencies.flatMap((row, index) =>
        row.from !== '' && row.to !== '' && row.ms.trim() !== '' ? [`latencies.${index}` as const] : [],
      ),
    ];
    void trigger(names);
  }, [inputs, regions, jurisdictions, latencies, trigger]);
}

/** Everything inside the "Constraints" section. */
export default function ConstraintsEditor() {
  const c = useConstraintsMessages();
  useCrossFieldChecks();
  return (
    <div className="constraints-body">
      <p className="card-lede">{c.lede}</p>
      <SiteConstraints c={c} />
      <EstateConstraints c={c} />
      <JurisdictionsEditor c={c} />
      <HubPin c={c} />
      <MeasuredRoundTrips c={c} />
    </div>
  );
}
