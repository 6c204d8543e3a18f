import { type ChangeEvent, type KeyboardEvent, useState } from 'react';

export interface ComboboxOptions<Option extends { readonly id: string }> {
  /** The input's id; options are `${id}-option-${index}`. */
  readonly id: string;
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** The matches of `query`, in the order they are listed. */
  readonly options: readonly Option[];
  /** Ids already chosen: listed as added, never active, never picked twice. */
  readonly taken: ReadonlySet<string>;
  readonly onPick: (option: Option) => void;
  /** What a screen reader hears once an option is added. */
  readonly announce: (option: Option) => string;
}

/**
 * The keyboard and state of an ARIA 1.2 combobox with a listbox popup, as the region picker and the places chooser
 * use it: the best enabled match is active from the start, arrow keys move past added options, Enter adds (and
 * never submits the surrounding form), Escape closes the popup and then clears the query.
 */
export function useCombobox<Option extends { readonly id: string }>({
  id,
  query,
  setQuery,
  options,
  taken,
  onPick,
  announce,
}: ComboboxOptions<Option>) {
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const isEnabled = (index: number) => {
    const option = options[index];
    return option !== undefined && !taken.has(option.id);
  };
  // The active option falls back to the best enabled match whenever the stored one is gone or disabled.
  const active = isEnabled(activeIndex) ? activeIndex : options.findIndex((option) => !taken.has(option.id));
  const expanded = open && query.trim() !== '';
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
    const option = options[index];
    if (!option || taken.has(option.id)) return;
    onPick(option);
    setAnnouncement(announce(option));
    setQuery('');
    setActiveIndex(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) setOpen(true);
      else move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded && active >= 0) pick(active);
    } else if (event.key === 'Escape' && (expanded || query !== '')) {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return {
    active,
    expanded,
    announcement,
    optionId,
    pick,
    /** Makes an option active as the pointer moves over it (not an added one). */
    hover: (index: number) => {
      if (isEnabled(index) && index !== active) setActiveIndex(index);
    },
    inputProps: {
      onBlur: () => setOpen(false),
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setQuery(event.target.value);
        setActiveIndex(0);
        setOpen(true);
      },
      onFocus: () => setOpen(true),
      onKeyDown,
    },
  };
}
