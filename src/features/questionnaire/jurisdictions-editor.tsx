// The constraints editor's jurisdictions: each one's id and name, its rule (one-way or two-way) and where its planes
// may run.
import { useMemo } from 'react';
import { get, useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { type ConstraintsMessages, useI18n } from '../../components/i18n';
import { TextField } from '../../components/text-field';
import { MAX_ALLOWED_LOCATIONS, MAX_JURISDICTIONS } from '../../engine';
import { type Path, RemoveButton, useFieldError } from './constraints-parts';
import { type QuestionnaireValues, regionLabel } from './form-values';
import { LocationPicker } from './location-picker';
import { describeLocation, listCountries } from './location-search';

/** The places a jurisdiction's planes may run in: the chosen ones as a list, and a chooser to add more. */
function AllowedLocations({ c, index, legend }: { c: ConstraintsMessages; index: number; legend: string }) {
  const { control, setValue } = useFormContext<QuestionnaireValues>();
  const chosen = useWatch({ control, name: `jurisdictions.${index}.allowedLocations` }) ?? [];
  const regions = useWatch({ control, name: 'regions' });
  const { errors } = useFormState({ control, name: `jurisdictions.${index}.allowedLocations` });
  const { locale, t } = useI18n();
  const countries = useMemo(() => listCountries(locale), [locale]);
  const countryName = useMemo(() => {
    const byCode = new Map(countries.map((country) => [country.code, country.name]));
    return (code: string) => byCode.get(code) ?? code;
  }, [countries]);
  const sites = useMemo(
    () =>
      regions
        .filter((region) => region.kind === 'custom')
        .map((region) => ({ id: region.regionId, name: regionLabel(t.problems, region) })),
    [regions, t.problems],
  );
  const path = `jurisdictions.${index}.allowedLocations` as const;
  const change = (next: string[]) =>
    setValue(path, next, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
  const listError = get(errors, path) as { message?: string; type?: string } | undefined;
  const full = chosen.length >= MAX_ALLOWED_LOCATIONS;
  const headingId = `allowed-${index}`;

  return (
    <div className="allowed-locations">
      <p className="field-label" id={headingId}>
        {c.allowedLabel} <span className="visually-hidden">({legend})</span>
      </p>
      <p className="field-help">{c.allowedHelp}</p>
      {chosen.length === 0 ? (
        <p className="field-help allowed-none">{c.allowedNone}</p>
      ) : (
        <ul aria-labelledby={headingId} className="location-chips">
          {chosen.map((location, position) => {
            const described = describeLocation(location, countryName, sites);
            const name = described.name ?? location;
            return (
              <li
                className={described.name === null ? 'location-chip location-chip--invalid' : 'location-chip'}
                key={location}
              >
                <span className="location-chip-name">{name}</span>
                {described.name === null ? (
                  <span className="field-error">{c.unknownLocation(location, described.suggestion)}</span>
                ) : null}
                <RemoveButton
                  label={c.removeLocation(name)}
                  onClick={() => change(chosen.filter((_, other) => other !== position))}
                />
              </li>
            );
          })}
        </ul>
      )}
      {typeof listError?.message === 'string' && listError.type !== 'custom' ? (
        <p className="field-error" role="alert">
          {c.allowedFull(MAX_ALLOWED_LOCATIONS)}
        </p>
      ) : null}
      <LocationPicker
        c={c}
        chosen={new Set(chosen)}
        countries={countries}
        disabledReason={full ? c.allowedFull(MAX_ALLOWED_LOCATIONS) : undefined}
        labelSuffix={`(${legend})`}
        onPick={(option) => change([...chosen, option.id])}
        sites={sites}
      />
    </div>
  );
}

export function JurisdictionsEditor({ c }: { c: ConstraintsMessages }) {
  const { control, register } = useFormContext<QuestionnaireValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'jurisdictions' });
  const jurisdictions = useWatch({ control, name: 'jurisdictions' });
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
        const strictError = errorOf(`jurisdictions.${index}.planesManageOnlyInside`);
        const strictErrorId = `strict-error-${field.id}`;
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
            <div className="jurisdiction-rules">
              <label className="checkbox-field">
                <input type="checkbox" {...register(`jurisdictions.${index}.keepManagementInside`)} />
                <span>
                  {c.keepInsideLabel} <span className="visually-hidden">({legend})</span>
                </span>
              </label>
              <label className="checkbox-field checkbox-field--nested">
                <input
                  aria-describedby={strictError ? strictErrorId : undefined}
                  aria-invalid={strictError ? true : undefined}
                  type="checkbox"
                  {...register(`jurisdictions.${index}.planesManageOnlyInside`)}
                />
                <span>
                  {c.strictLabel} <span className="visually-hidden">({legend})</span>
                </span>
              </label>
              {strictError ? (
                <p className="field-error" id={strictErrorId} role="alert">
                  {jurisdictions[index]?.keepManagementInside === false ? c.strictNeedsInside : strictError}
                </p>
              ) : null}
            </div>
            <AllowedLocations c={c} index={index} legend={legend} />
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
        onClick={() =>
          append({ id: '', name: '', keepManagementInside: true, planesManageOnlyInside: false, allowedLocations: [] })
        }
        type="button"
      >
        {c.addJurisdiction}
      </button>
    </section>
  );
}
