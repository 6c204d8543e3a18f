// The constraints editor's part for each region: its kind of site, connectivity, nodes, jurisdiction (with mainland
// China's inferred one) and clusters by kind.
import { useFormContext, useWatch } from 'react-hook-form';
import { type ConstraintsMessages, useI18n } from '../../components/i18n';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import {
  CONNECTIVITY_KINDS,
  DEFAULT_NODES_PER_CLUSTER,
  MAINLAND_CHINA_JURISDICTION_ID,
  SITE_KINDS,
} from '../../engine';
import { useFieldError } from './constraints-parts';
import {
  CLUSTER_KIND_KEYS,
  isInferredMainlandChina,
  type QuestionnaireValues,
  type RegionFormValue,
  readNumber,
  regionLabel,
} from './form-values';

/** The sum of the counts typed as whole numbers, or undefined when none is. */
function countedClusters(region: RegionFormValue): number | undefined {
  const counts = CLUSTER_KIND_KEYS.map((key) => readNumber(region.clusterKinds?.[key] ?? '')).filter(
    (count): count is number => typeof count === 'number' && Number.isInteger(count) && count >= 0,
  );
  return counts.length === 0 ? undefined : counts.reduce((sum, count) => sum + count, 0);
}

/** A region's clusters by kind: three counts, and how they relate to the region's clusters. */
function ClusterKindsFields({
  c,
  index,
  region,
  suffix,
}: {
  c: ConstraintsMessages;
  index: number;
  region: RegionFormValue;
  suffix: string;
}) {
  const { register } = useFormContext<QuestionnaireValues>();
  const errorOf = useFieldError();
  const clusters = readNumber(region.clusters);
  const counted = countedClusters(region);
  const exceeds = errorOf(`regions.${index}.clusterKinds`) !== undefined;
  const statusId = `cluster-kinds-status-${index}`;
  const known = counted !== undefined && typeof clusters === 'number';
  const over = known && counted > clusters;
  const status = known
    ? over
      ? c.clusterKindsExceed(counted, clusters)
      : c.clusterKindsCounted(counted, clusters)
    : null;
  return (
    <fieldset aria-describedby={status ? statusId : undefined} className="cluster-kinds">
      <legend className="field-label">
        {c.clusterKindsLegend} <span className="visually-hidden">{suffix}</span>
      </legend>
      <div className="cluster-kinds-fields">
        {CLUSTER_KIND_KEYS.map((key) => (
          <TextField
            error={errorOf(`regions.${index}.clusterKinds.${key}`)}
            inputMode="numeric"
            key={key}
            label={c.clusterKinds[key]}
            labelSuffix={suffix}
            {...register(`regions.${index}.clusterKinds.${key}`)}
          />
        ))}
      </div>
      {status ? (
        <p className={over ? 'field-error' : 'field-help'} id={statusId} role={exceeds ? 'alert' : undefined}>
          {status}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Each region's kind of site, connectivity, nodes, jurisdiction and clusters by kind. */
export function SiteConstraints({ c }: { c: ConstraintsMessages }) {
  const { control, register, setValue } = useFormContext<QuestionnaireValues>();
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
      <p className="field-help">{c.clusterKindsHelp}</p>
      <ul className="constraint-sites">
        {regions.map((region, index) => {
          const name = regionLabel(t.problems, region);
          const clusters = readNumber(region.clusters);
          const assumed = typeof clusters === 'number' ? Math.round(clusters * perCluster) : undefined;
          const defaultKind = region.kind === 'catalog' ? 'cloud' : 'datacenter';
          const suffix = `(${name})`;
          const inferredChina = isInferredMainlandChina(region);
          return (
            <li key={region.regionId}>
              <fieldset className="constraint-site">
                <legend className="constraint-site-name">{name}</legend>
                {/* Controlled, not registered: a custom site's kind is also chosen on the site itself (regions-question.tsx),
                    and one field registered by two controls would follow only the last. */}
                <SelectField
                  error={errorOf(`regions.${index}.siteKind`)}
                  label={c.siteKindLabel}
                  labelSuffix={suffix}
                  name={`regions.${index}.siteKind`}
                  onChange={(event) =>
                    setValue(`regions.${index}.siteKind`, event.target.value as RegionFormValue['siteKind'], {
                      shouldDirty: true,
                      shouldTouch: true,
                      shouldValidate: true,
                    })
                  }
                  value={region.siteKind}
                >
                  <option value="">{c.byDefault(t.regions.siteKinds[defaultKind])}</option>
                  {SITE_KINDS.filter((kind) => kind !== defaultKind).map((kind) => (
                    <option key={kind} value={kind}>
                      {t.regions.siteKinds[kind]}
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
                  <option value="">{inferredChina ? c.inferredChina : c.noJurisdiction}</option>
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
                    <option value={region.jurisdiction}>
                      {region.jurisdiction === MAINLAND_CHINA_JURISDICTION_ID
                        ? c.mainlandChina
                        : c.undeclaredJurisdiction(region.jurisdiction)}
                    </option>
                  ) : null}
                </SelectField>
                {inferredChina ? <p className="field-help constraint-site-note">{c.inferredChinaHelp}</p> : null}
                <ClusterKindsFields c={c} index={index} region={region} suffix={suffix} />
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
