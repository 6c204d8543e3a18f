import { useEffect, useId, useMemo, useRef } from 'react';
import { useI18n } from '../../components/i18n';
import { useEstateImportMessages } from '../../components/i18n/use-estate-import-messages';
import type { Answers } from '../../engine';
import {
  type EstateImport,
  groupByRegion,
  type ImportMode,
  type ImportPlan,
  importMessagesFor,
  type RegionCounts,
  type RegionNamer,
} from '../../engine/estate-import';
import { describeKinds, type PreviewRow, placeTargets, previewRows } from './preview-data';

export interface ImportPreviewProps {
  readonly answers: Answers;
  readonly estate: EstateImport;
  readonly plan: ImportPlan;
  readonly regionName: RegionNamer;
  readonly mode: ImportMode;
  readonly onMode: (mode: ImportMode) => void;
  readonly placements: ReadonlyMap<string, string>;
  readonly onPlace: (clusterKey: string, regionId: string | undefined) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

/** What an import would change: what was read, clusters to place, merge or replace, each region's change. */
export function ImportPreview(props: ImportPreviewProps) {
  const { answers, estate, plan, regionName, mode, onMode, placements, onPlace, onApply, onCancel } = props;
  const { locale } = useI18n();
  const m = useEstateImportMessages();
  const words = importMessagesFor(locale);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { title: useId(), unplaced: useId(), mode: useId(), modeHelp: useId() };

  // A new preview is announced by moving there (the panel above stays as it was).
  useEffect(() => headingRef.current?.focus(), []);

  const unplaceable = useMemo(() => groupByRegion(estate).unplaced, [estate]);
  const targets = useMemo(() => placeTargets(estate, answers, regionName), [estate, answers, regionName]);
  const { rows, unchanged } = previewRows(plan, regionName);

  return (
    <section aria-labelledby={ids.title} className="import-preview">
      <h3 className="subheading" id={ids.title} ref={headingRef} tabIndex={-1}>
        {m.previewTitle}
      </h3>
      <div>
        <h4 className="import-minor-heading">{m.readHeading}</h4>
        <ul className="import-read">
          {estate.sources.map((source) => (
            <li key={source.name}>{words.sourceSummary(source)}</li>
          ))}
          {estate.notes.map((note) => (
            <li className="field-help" key={words.note(note)}>
              {words.note(note)}
            </li>
          ))}
        </ul>
      </div>

      {unplaceable.length > 0 ? (
        <fieldset className="notice notice--warning import-unplaced">
          <legend className="import-minor-heading">{m.unplacedTitle(unplaceable.length)}</legend>
          <p>{m.unplacedHelp}</p>
          <ul>
            {unplaceable.map((cluster) => {
              const selectId = `${ids.unplaced}-${cluster.key}`;
              return (
                <li className="import-unplaced-row" key={cluster.key}>
                  <div>
                    <span className="import-cluster-name">{cluster.name}</span>
                    <span className="cell-note">
                      {words.whyUnplaced(cluster)} · {cluster.source}
                    </span>
                  </div>
                  <label className="visually-hidden" htmlFor={selectId}>
                    {m.placeLabel(cluster.name)}
                  </label>
                  <select
                    className="input select import-place"
                    id={selectId}
                    onChange={(event) => onPlace(cluster.key, event.target.value || undefined)}
                    value={placements.get(cluster.key) ?? ''}
                  >
                    <option value="">{m.leaveOut}</option>
                    {targets.map((target) => (
                      <option key={target.id} value={target.id}>
                        {target.label}
                      </option>
                    ))}
                  </select>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}

      <fieldset aria-describedby={ids.modeHelp} className="field segmented-field">
        <legend className="field-label">{m.modeLegend}</legend>
        <p className="field-help" id={ids.modeHelp}>
          {m.modeHelp}
        </p>
        <div className="segmented import-mode">
          {(['merge', 'replace'] as const).map((value) => (
            <label className="segment" key={value}>
              <input
                checked={mode === value}
                className="segment-input"
                name={ids.mode}
                onChange={() => onMode(value)}
                type="radio"
                value={value}
              />
              <span className="segment-label">{value === 'merge' ? m.modeMerge : m.modeReplace}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table import-changes">
            <caption className="import-caption">{m.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columns.region}</th>
                <th scope="col">{m.columns.clusters}</th>
                <th scope="col">{m.columns.nodes}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ChangeRow key={row.id} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{m.noChanges}</p>
      )}
      {unchanged > 0 ? <p className="field-help">{m.unchangedRegions(unchanged)}</p> : null}
      {plan.adjustments.length > 0 ? (
        <div>
          <p>{m.alsoChanges}</p>
          <ul className="import-adjustments">
            {plan.adjustments.map((adjustment) => (
              <li key={`${adjustment.kind}-${JSON.stringify(adjustment)}`}>
                {words.adjustment(adjustment, regionName)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!plan.result.ok ? (
        <div className="notice notice--error" role="alert">
          <p>{m.cannotApply}</p>
          <ul>
            {plan.result.problems.map((problem) => (
              <li key={JSON.stringify(problem)}>{words.planProblem(problem, regionName)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="import-actions">
        <button className="button button--primary" disabled={!plan.result.ok} onClick={onApply} type="button">
          {m.apply}
        </button>
        <button className="button button--ghost" onClick={onCancel} type="button">
          {m.cancel}
        </button>
      </div>
    </section>
  );
}

function ChangeRow({ row }: { row: PreviewRow }) {
  const { locale } = useI18n();
  const m = useEstateImportMessages();
  const words = importMessagesFor(locale);
  const { before, after } = row;
  const both = (read: (counts: RegionCounts) => string) => {
    if (after === undefined) return before === undefined ? '' : read(before);
    if (before === undefined || row.change === 'added') return read(after);
    const [was, is] = [read(before), read(after)];
    return was === is ? is : `${was} → ${is}`;
  };
  const nodes = (counts: RegionCounts) => (counts.nodes === undefined ? m.estimatedNodes : m.number(counts.nodes));
  const kinds = (counts: RegionCounts) =>
    describeKinds(counts.clusterKinds, words.kindName, m.kindCount, m.listSeparator) ?? m.noKinds;
  const saysKinds = before?.clusterKinds !== undefined || after?.clusterKinds !== undefined;
  return (
    <tr className={`import-change import-change--${row.change}`}>
      <th scope="row">
        {row.name} <span className="badge import-change-badge">{m.change[row.change]}</span>
        {row.name === row.id ? null : <span className="cell-note">{row.id}</span>}
      </th>
      <td>
        {both((counts) => m.number(counts.clusters))}
        {saysKinds ? <CellNote text={both(kinds)} /> : null}
      </td>
      <td>
        {both(nodes)}
        {row.nodesEstimatedFor ? <CellNote text={m.nodesEstimatedFor(row.nodesEstimatedFor)} /> : null}
      </td>
    </tr>
  );
}

/** A second line under a cell's figure (a space before it, so the cell reads as one phrase). */
function CellNote({ text }: { text: string }) {
  return (
    <>
      {' '}
      <span className="cell-note">{text}</span>
    </>
  );
}
