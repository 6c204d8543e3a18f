import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../components/i18n';
import type { CatalogRegion } from '../../engine';
import { describeCatalogRegion, flattenGroups, searchRegionGroups } from './region-search';
import { useCombobox } from './use-combobox';

export interface RegionPickerProps {
  /** Ids already in the answers: shown as added, never added twice. */
  addedIds: ReadonlySet<string>;
  onPick: (region: CatalogRegion) => void;
  /** Why nothing more can be added (the answers' region limit), or undefined. */
  disabledReason?: string | undefined;
  /** The label and help when the picker chooses something else than a region to add (the pinned hub). */
  label?: string;
  help?: string;
}

/**
 * A searchable picker over the cloud region catalog (the ARIA 1.2 combobox with a listbox popup): type a city,
 * a code or a provider, move with the arrow keys, add with Enter; the best match is active from the start.
 */
export function RegionPicker({ addedIds, onPick, disabledReason, label, help }: RegionPickerProps) {
  const id = useId();
  const listboxId = `${id}-listbox`;
  const helpId = `${id}-help`;
  const [query, setQuery] = useState('');
  const { t } = useI18n();
  const m = t.regions;

  const groups = useMemo(() => searchRegionGroups(query, undefined, t.places.names), [query, t.places.names]);
  const options = useMemo(() => flattenGroups(groups), [groups]);
  const resultCount = options.length;
  const { active, expanded, announcement, optionId, pick, hover, inputProps } = useCombobox({
    id,
    query,
    setQuery,
    options,
    taken: addedIds,
    onPick,
    announce: (region) => m.addedRegion(region.name),
  });

  const disabled = disabledReason !== undefined;

  return (
    <div className="picker">
      <label className="field-label" htmlFor={id}>
        {label ?? m.pickerLabel}
      </label>
      <p className="field-help" id={helpId}>
        {disabledReason ?? help ?? m.pickerHelp}
      </p>
      <div className="picker-control">
        <svg aria-hidden="true" className="picker-icon" focusable="false" viewBox="0 0 16 16">
          <circle cx="7" cy="7" r="4.5" />
          <path d="m10.5 10.5 3.5 3.5" />
        </svg>
        <input
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-autocomplete="list"
          aria-controls={listboxId}
          aria-describedby={helpId}
          aria-expanded={expanded && resultCount > 0}
          autoComplete="off"
          className="input picker-input"
          disabled={disabled}
          id={id}
          {...inputProps}
          placeholder={m.pickerPlaceholder}
          role="combobox"
          spellCheck={false}
          type="text"
          value={query}
        />
        <div className="picker-popup" hidden={!expanded}>
          <div aria-label={m.matchingRegions} hidden={resultCount === 0} id={listboxId} role="listbox">
            {groups.map((group) => {
              const labelId = `${id}-group-${group.key}`;
              return (
                // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group" (ARIA 1.2); a fieldset is not allowed there.
                <div aria-labelledby={labelId} className="picker-group" key={group.key} role="group">
                  <div className="picker-group-label" id={labelId} role="presentation">
                    {`${m.providers[group.provider]} · ${m.continents[group.continent]}`}
                  </div>
                  {group.regions.map((region) => {
                    const index = options.indexOf(region);
                    const added = addedIds.has(region.id);
                    return (
                      // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant).
                      <div
                        aria-disabled={added || undefined}
                        aria-selected={index === active}
                        className="picker-option"
                        data-active={index === active || undefined}
                        id={optionId(index)}
                        key={region.id}
                        // Keep focus in the input, so typing can go on after a click.
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => pick(index)}
                        onMouseMove={() => hover(index)}
                        role="option"
                        tabIndex={-1}
                      >
                        <span className="picker-option-name">{region.name}</span>
                        <span className="picker-option-meta">{describeCatalogRegion(region, t.places.place)}</span>
                        {added ? <span className="badge">{m.added}</span> : null}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
          {resultCount === 0 ? <p className="picker-empty">{m.noMatch(query.trim())}</p> : null}
        </div>
      </div>
      <p aria-live="polite" className="visually-hidden" role="status">
        {expanded ? (resultCount === 0 ? m.noMatchStatus : m.matchCount(resultCount)) : announcement}
      </p>
    </div>
  );
}
