import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useI18n } from '../../components/i18n';
import type { CatalogRegion } from '../../engine';
import { describeCatalogRegion, flattenGroups, searchRegionGroups } from './region-search';

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
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const { t } = useI18n();
  const m = t.regions;

  const groups = useMemo(() => searchRegionGroups(query, undefined, t.places.names), [query, t.places.names]);
  const options = useMemo(() => flattenGroups(groups), [groups]);
  const isEnabled = (index: number) => {
    const option = options[index];
    return option !== undefined && !addedIds.has(option.id);
  };
  const firstEnabled = () => options.findIndex((option) => !addedIds.has(option.id));
  // The active option falls back to the best enabled match whenever the stored one is gone or disabled.
  const active = isEnabled(activeIndex) ? activeIndex : firstEnabled();
  const expanded = open && query.trim() !== '';
  const resultCount = options.length;
  const optionId = (index: number) => `${id}-option-${index}`;

  const move = (direction: 1 | -1) => {
    if (options.length === 0) return;
    let index = active;
    for (let step = 0; step < options.length; step++) {
      index = (index + direction + options.length) % options.length;
      if (isEnabled(index)) break;
    }
    setActiveIndex(index);
    document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' });
  };

  const pick = (index: number) => {
    const region = options[index];
    if (!region || addedIds.has(region.id)) return;
    onPick(region);
    setAnnouncement(m.addedRegion(region.name));
    setQuery('');
    setActiveIndex(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          return;
        }
        move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter':
        // Never submit the surrounding form from the picker.
        event.preventDefault();
        if (expanded && active >= 0) pick(active);
        return;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        return;
      default:
        return;
    }
  };

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
          onBlur={() => setOpen(false)}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
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
                        onMouseMove={() => {
                          if (!added && index !== active) setActiveIndex(index);
                        }}
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
