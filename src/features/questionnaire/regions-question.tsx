import { useEffect, useRef, useState } from 'react';
import { get, useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useI18n } from '../../components/i18n';
import { TextField } from '../../components/text-field';
import { type CatalogRegion, findCatalogRegion, MAX_REGIONS, type SiteKind } from '../../engine';
import {
  NEW_REGION_CONSTRAINTS,
  nextCustomSiteId,
  type QuestionnaireValues,
  readNumber,
  regionLabel,
} from './form-values';
import { fieldMessage, QuestionSegmentedField } from './question-fields';
import { RegionPicker } from './region-picker';
import { describeCatalogRegion } from './region-search';

function RemoveIcon() {
  return (
    <svg aria-hidden="true" className="icon" focusable="false" viewBox="0 0 16 16">
      <path d="m4 4 8 8M12 4l-8 8" />
    </svg>
  );
}

/** The kinds a site of one's own is added as, in the order offered. */
const CUSTOM_SITE_KINDS = ['datacenter', 'edge', 'cloud'] as const satisfies readonly SiteKind[];

/** Regions: the catalog picker, the list with clusters per region, and custom sites. */
export function RegionsQuestion() {
  const { control, register, trigger } = useFormContext<QuestionnaireValues>();
  const { errors, touchedFields } = useFormState({ control, name: 'regions' });
  const { fields, append, remove } = useFieldArray({ control, name: 'regions' });
  const regions = useWatch({ control, name: 'regions' });
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const pickerWrapRef = useRef<HTMLDivElement>(null);
  const [focusAfterRemove, setFocusAfterRemove] = useState<number | null>(null);
  const [focusClustersOf, setFocusClustersOf] = useState<number | null>(null);
  const { t } = useI18n();
  const m = t.regions;
  const nameOf = (region: (typeof regions)[number] | undefined) => regionLabel(t.problems, region);

  // A region just picked: its cluster count is what comes next, ready to be typed over.
  useEffect(() => {
    if (focusClustersOf === null) return;
    const input = listRef.current?.querySelector<HTMLInputElement>(`input[name="regions.${focusClustersOf}.clusters"]`);
    input?.focus();
    input?.select();
    setFocusClustersOf(null);
  }, [focusClustersOf]);

  useEffect(() => {
    if (focusAfterRemove === null) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-remove-region]') ?? [];
    const target = buttons[Math.min(focusAfterRemove, buttons.length - 1)];
    if (target) target.focus();
    else pickerWrapRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove]);

  const addedIds = new Set(regions.map((region) => region.regionId));
  const full = regions.length >= MAX_REGIONS;
  const fieldError = (path: string) => fieldMessage(errors, path, t.problems);
  // A new custom site starts blank: its fields say what is missing once the person has been in them, not before.
  // (A field just appended counts as changed in the form's eyes, so what was typed is asked instead.)
  const siteFieldError = (path: string) =>
    get(touchedFields, path) || String(get({ regions }, path) ?? '') !== '' ? fieldError(path) : undefined;
  const listError = fieldError('regions.root') ?? fieldError('regions');

  const addCatalogRegion = (region: CatalogRegion) => {
    append(
      { regionId: region.id, kind: 'catalog', name: '', lat: '', lon: '', clusters: '1', ...NEW_REGION_CONSTRAINTS },
      { shouldFocus: false },
    );
    setFocusClustersOf(regions.length);
  };

  // The kind is chosen with the button: an edge location never hosts a plane, so it is never assumed.
  const addCustomSite = (siteKind: SiteKind) => {
    append(
      {
        regionId: nextCustomSiteId(regions),
        kind: 'custom',
        name: '',
        lat: '',
        lon: '',
        clusters: '1',
        ...NEW_REGION_CONSTRAINTS,
        // A data centre is a custom site's default, which the form keeps as no answer.
        siteKind: siteKind === 'datacenter' ? '' : siteKind,
      },
      { focusName: `regions.${regions.length}.name` },
    );
    setStatus(m.addedCustomSite(m.siteKinds[siteKind]));
  };
  const siteKindOptions = CUSTOM_SITE_KINDS.map((kind) => ({
    value: kind === 'datacenter' ? '' : kind,
    label: m.siteKinds[kind],
  }));

  const removeRegion = (index: number) => {
    setStatus(m.removed(nameOf(regions[index])));
    remove(index);
    // A measurement of the region, or the hub pinned to it, is now a problem: the constraints section shows it.
    void trigger(['latencies', 'hub']);
    setFocusAfterRemove(index);
  };

  const totalClusters = regions.reduce((sum, region) => {
    const clusters = readNumber(region.clusters);
    return typeof clusters === 'number' && Number.isInteger(clusters) && clusters > 0 ? sum + clusters : sum;
  }, 0);

  return (
    <div className="regions-question">
      <div ref={pickerWrapRef}>
        <RegionPicker
          addedIds={addedIds}
          disabledReason={full ? m.pickerFull(MAX_REGIONS) : undefined}
          onPick={addCatalogRegion}
        />
      </div>

      <div className="region-list-head">
        <h3 className="subheading" id="your-regions-heading">
          {m.listHeading}
        </h3>
        <p className="region-list-total">{m.listTotal(regions.length, totalClusters)}</p>
      </div>
      {listError ? (
        <p className="field-error" role="alert">
          {listError}
        </p>
      ) : null}
      <ol aria-labelledby="your-regions-heading" className="region-list" ref={listRef}>
        {fields.map((field, index) => {
          const region = regions[index] ?? field;
          const name = nameOf(region);
          const removeButton = (
            <button
              className="icon-button"
              data-remove-region=""
              onClick={() => removeRegion(index)}
              title={m.remove(name)}
              type="button"
            >
              <RemoveIcon />
              <span className="visually-hidden">{m.remove(name)}</span>
            </button>
          );
          if (field.kind === 'catalog') {
            const catalog = findCatalogRegion(field.regionId);
            return (
              <li className="region-row" key={field.id}>
                <div className="region-row-text">
                  <span className="region-name">{name}</span>
                  <span className="region-meta">
                    {catalog ? describeCatalogRegion(catalog, t.places.place) : field.regionId}
                  </span>
                  {fieldError(`regions.${index}.id`) ? (
                    <span className="field-error">{fieldError(`regions.${index}.id`)}</span>
                  ) : null}
                </div>
                <TextField
                  className="region-clusters"
                  error={fieldError(`regions.${index}.clusters`)}
                  inputMode="numeric"
                  label={m.clustersLabel}
                  labelSuffix={m.inRegion(name)}
                  {...register(`regions.${index}.clusters`)}
                />
                {removeButton}
              </li>
            );
          }
          return (
            <li className="region-row region-row--custom" key={field.id}>
              <div className="region-row-text">
                <span className="region-name">
                  {region.name.trim() || m.newCustomSite} <span className="badge">{m.customSiteBadge}</span>
                </span>
                <span className="region-meta">{m.customSiteMeta(field.regionId)}</span>
              </div>
              {removeButton}
              <div className="custom-site-grid">
                <TextField
                  className="custom-site-name"
                  error={siteFieldError(`regions.${index}.name`)}
                  label={m.nameLabel}
                  labelSuffix={m.ofCustomSite(field.regionId)}
                  maxLength={80}
                  placeholder={m.namePlaceholder}
                  {...register(`regions.${index}.name`)}
                />
                <TextField
                  error={siteFieldError(`regions.${index}.lat`)}
                  inputMode="decimal"
                  label={m.latitudeLabel}
                  labelSuffix={m.ofRegion(name)}
                  placeholder="48.14"
                  unit="°"
                  {...register(`regions.${index}.lat`)}
                />
                <TextField
                  error={siteFieldError(`regions.${index}.lon`)}
                  inputMode="decimal"
                  label={m.longitudeLabel}
                  labelSuffix={m.ofRegion(name)}
                  placeholder="11.58"
                  unit="°"
                  {...register(`regions.${index}.lon`)}
                />
                <TextField
                  className="region-clusters"
                  error={fieldError(`regions.${index}.clusters`)}
                  inputMode="numeric"
                  label={m.clustersLabel}
                  labelSuffix={m.inRegion(name)}
                  {...register(`regions.${index}.clusters`)}
                />
                <QuestionSegmentedField
                  className="custom-site-kind"
                  help={m.siteKindHelp}
                  legend={
                    <>
                      {m.siteKindLabel} <span className="visually-hidden">{m.ofRegion(name)}</span>
                    </>
                  }
                  name={`regions.${index}.siteKind`}
                  options={siteKindOptions}
                />
              </div>
            </li>
          );
        })}
      </ol>
      {fields.length === 0 ? <p className="empty-note">{m.empty}</p> : null}

      <fieldset aria-describedby="custom-site-add-help" className="custom-site-add">
        <legend className="field-label">{m.addCustomSite}</legend>
        <p className="field-help" id="custom-site-add-help">
          {m.addCustomSiteHelp}
        </p>
        <div className="custom-site-add-buttons">
          {CUSTOM_SITE_KINDS.map((kind) => (
            <button
              className="button button--secondary"
              disabled={full}
              key={kind}
              onClick={() => addCustomSite(kind)}
              type="button"
            >
              <svg aria-hidden="true" className="icon" focusable="false" viewBox="0 0 16 16">
                <path d="M8 3v10M3 8h10" />
              </svg>
              {m.addSiteOfKind[kind]}
            </button>
          ))}
        </div>
      </fieldset>
      <p aria-live="polite" className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
