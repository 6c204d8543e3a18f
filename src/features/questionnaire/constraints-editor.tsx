// Loaded when the "Constraints" section is first opened (constraints-section.tsx): none of this is in the first load.
import { useEffect, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { type ConstraintsMessages, useI18n } from '../../components/i18n';
import { useConstraintsMessages } from '../../components/i18n/use-constraints-messages';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { type CatalogRegion, DEFAULT_NODES_PER_CLUSTER, regionDisplayName } from '../../engine';
import { type Path, useFieldError } from './constraints-parts';
import { type QuestionnaireValues, type RegionFormValue, readNumber, regionLabel } from './form-values';
import { JurisdictionsEditor } from './jurisdictions-editor';
import { MeasuredRoundTrips } from './measured-round-trips';
import { RegionPicker } from './region-picker';
import { SiteConstraints } from './site-constraints';
import './constraints-editor.css';

/** Today's clusters across the regions (whole counts typed so far), which an empty expectation stands for. */
function todaysClusters(regions: readonly RegionFormValue[]): number {
  return regions.reduce((sum, region) => {
    const clusters = readNumber(region.clusters);
    return typeof clusters === 'number' && Number.isInteger(clusters) && clusters > 0 ? sum + clusters : sum;
  }, 0);
}

function EstateConstraints({ c }: { c: ConstraintsMessages }) {
  const { control, register } = useFormContext<QuestionnaireValues>();
  const regions = useWatch({ control, name: 'regions' });
  const expected = readNumber(useWatch({ control, name: 'clustersInTwoYears' }) ?? '');
  const errorOf = useFieldError();
  const today = todaysClusters(regions);
  const growthError = errorOf('clustersInTwoYears');
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
        <TextField
          error={
            growthError ??
            (typeof expected === 'number' && expected < today ? c.clustersInTwoYearsBelowToday(today) : undefined)
          }
          help={c.clustersInTwoYearsHelp(today)}
          inputMode="numeric"
          label={c.clustersInTwoYearsLabel}
          placeholder={String(today)}
          unit={c.clustersUnit}
          {...register('clustersInTwoYears')}
        />
      </div>
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
                ? `${regionLabel(t.problems, region)} (${t.regions.siteKinds.edge})`
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

/**
 * Rules across fields (clusters by kind above the region's clusters, a jurisdiction nobody is in, a measurement of a region no longer listed, a hub on an edge
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
    regions.map((region) => [
      region.regionId,
      region.siteKind,
      region.jurisdiction,
      region.lat,
      region.lon,
      region.clusters,
      region.clusterKinds,
    ]),
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
      // Clusters by kind must not count more than the region's clusters, typed in the regions question.
      ...regions.map((_, index) => `regions.${index}.clusterKinds` as const),
      // The two-way rule needs the one-way one.
      ...jurisdictions.map((_, index) => `jurisdictions.${index}.planesManageOnlyInside` as const),
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
