import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { type ConstraintsMessages, useI18n } from '../../components/i18n';
import { type Country, type LocationOption, searchLocations } from './location-search';

export interface LocationPickerProps {
  readonly c: ConstraintsMessages;
  /** What the picker adds to, for its label: "Add a place (Jurisdiction 1)". */
  readonly labelSuffix: string;
  readonly countries: readonly Country[];
  readonly sites: readonly { readonly id: string; readonly name: string }[];
  /** Places already chosen: shown as added, never added twice. */
  readonly chosen: ReadonlySet<string>;
  readonly onPick: (option: LocationOption) => void;
  /** Why nothing more can be added, or undefined. */
  readonly disabledReason?: string | undefined;
}

/**
 * A searchable chooser of places (the ARIA 1.2 combobox with a listbox popup, as the region picker): countries,
 * the answers' own sites and catalog regions. Only an option can be added, so no misspelt place gets in.
 */
export function LocationPicker({
  c,
  labelSuffix,
  countries,
  sites,
  chosen,
  onPick,
  disabledReason,
}: LocationPickerProps) {
  const id = useId();
  const listboxId = `${id}-listbox`;
  const helpId = `${id}-help`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const { t } = useI18n();

  const options = useMemo(
    () => searchLocations(query, countries, sites, t.places.names),
    [query, countries, sites, t.places.names],
  );
  const isEnabled = (index: number) => {
    const option = options[index];
    return option !== undefined && !chosen.has(option.id);
  };
  const active = isEnabled(activeIndex) ? activeIndex : options.findIndex((option) => !chosen.has(option.id));
  const expanded = open && query.trim() !== '';
  const optionId = (index: number) => `${id}-option-${index}`;

  const move = (direction: 1 | -1) => {
    let index = active;
    for (let step = 0; step < options.length; step++) {
      index = (index + direction + options.length) % options.length;
      if (isEnabled(index)) break;
    }
    setActiveIndex(index);
    document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' });
  };

  const pick = (index: number) => {
    const option = options[index];
    if (!option || chosen.has(option.id)) return;
    onPick(option);
    setAnnouncement(c.addedLocation(option.name));
    setQuery('');
    setActiveIndex(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) setOpen(true);
      else if (options.length > 0) move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      // Never submit the surrounding form; only a listed place is added.
      event.preventDefault();
      if (expanded && active >= 0) pick(active);
    } else if (event.key === 'Escape' && (expanded || query !== '')) {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="picker location-picker">
      <label className="field-label" htmlFor={id}>
        {c.allowedPickerLabel} <span className="visually-hidden">{labelSuffix}</span>
      </label>
      {disabledReason ? (
        <p className="field-help" id={helpId}>
          {disabledReason}
        </p>
      ) : null}
      <div className="picker-control">
        <svg aria-hidden="true" className="picker-icon" focusable="false" viewBox="0 0 16 16">
          <circle cx="7" cy="7" r="4.5" />
          <path d="m10.5 10.5 3.5 3.5" />
        </svg>
        <input
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-autocomplete="list"
          aria-controls={listboxId}
          aria-describedby={disabledReason ? helpId : undefined}
          aria-expanded={expanded && options.length > 0}
          autoComplete="off"
          className="input picker-input"
          disabled={disabledReason !== undefined}
          id={id}
          onBlur={() => setOpen(false)}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
          placeholder={c.allowedPlaceholder}
          role="combobox"
          spellCheck={false}
          type="text"
          value={query}
        />
        <div className="picker-popup" hidden={!expanded}>
          <div aria-label={c.allowedLabel} hidden={options.length === 0} id={listboxId} role="listbox">
            {options.map((option, index) => {
              const added = chosen.has(option.id);
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant).
                <div
                  aria-disabled={added || undefined}
                  aria-selected={index === active}
                  className="picker-option"
                  data-active={index === active || undefined}
                  id={optionId(index)}
                  key={`${option.kind}:${option.id}`}
                  onClick={() => pick(index)}
                  // Keep focus in the input, so typing can go on after a click.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => {
                    if (!added && index !== active) setActiveIndex(index);
                  }}
                  role="option"
                  tabIndex={-1}
                >
                  <span className="picker-option-name">{option.name}</span>
                  <span className="picker-option-meta">
                    {c.locationKinds[option.kind]} · {option.id}
                  </span>
                  {added ? <span className="badge">{t.regions.added}</span> : null}
                </div>
              );
            })}
          </div>
          {options.length === 0 ? <p className="picker-empty">{c.locationNoMatch(query.trim())}</p> : null}
        </div>
      </div>
      <p aria-live="polite" className="visually-hidden" role="status">
        {expanded
          ? options.length === 0
            ? c.locationNoMatch(query.trim())
            : c.locationMatches(options.length)
          : announcement}
      </p>
    </div>
  );
}
