import { useId, useMemo, useState } from 'react';
import { type ConstraintsMessages, useI18n } from '../../components/i18n';
import { type Country, type LocationOption, searchLocations } from './location-search';
import { useCombobox } from './use-combobox';

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
  const { t } = useI18n();

  const options = useMemo(
    () => searchLocations(query, countries, sites, t.places.names),
    [query, countries, sites, t.places.names],
  );
  const { active, expanded, announcement, optionId, pick, hover, inputProps } = useCombobox({
    id,
    query,
    setQuery,
    options,
    taken: chosen,
    onPick,
    announce: (option) => c.addedLocation(option.name),
  });

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
          {...inputProps}
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
                  onMouseMove={() => hover(index)}
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
